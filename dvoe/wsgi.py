import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
# Each web worker embeds one entry's sentences at a time: one BLAS thread each keeps several
# workers from fighting over the same cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
application = get_wsgi_application()

# Before the first request: whatever the apps want ready in each worker (safety/hooks.py loads
# the screening model unless DVOE_WARM_SCREENING=false, a strictly parsed boolean).
from dvoe.lib import hooks  # noqa: E402  (after Django is set up)

for start in hooks.get("worker_start"):
    start()
