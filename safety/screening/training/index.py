"""Building the neighbour index (safety/screening/data/screening_index.npz) from labelled pairs."""

import json
from pathlib import Path

import numpy as np

from safety.screening import readers, split_sentences
from safety.screening.encoder import embed


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


def write_index(pairs, meta: dict, path: Path = readers.INDEX_PATH) -> int:
    """Embed `pairs` into the index file at `path`; returns the number of rows."""
    vectors, rows = index_rows(pairs)
    quantised, scales = readers.quantise(vectors)
    path.parent.mkdir(exist_ok=True)
    np.savez_compressed(
        path,
        vectors=quantised,
        scales=scales,
        labels=readers.pack_labels(rows),
        meta=np.array(json.dumps({**meta, "rows": len(rows)})),
    )
    return len(rows)
