import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
# Each web worker embeds one entry's sentences at a time: one BLAS thread each keeps several
# workers from fighting over the same cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
application = get_wsgi_application()

# Load the screening model before the first request rather than during someone's save (about
# two seconds with ONNX Runtime, once per worker). DVOE_WARM_SCREENING=false skips it.
if os.environ.get("DVOE_WARM_SCREENING", "true").lower() not in ("0", "false", "no"):
    from safety.screening import warm

    warm()
