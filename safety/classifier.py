"""The second reader: nearest neighbours in sentence-embedding space.

Hand-written rules (safety/rules.py) catch the phrasings someone thought of; held-out sets showed
them missing four in ten of the ones nobody did. This reader compares each sentence of an entry with
a few thousand labelled example sentences (tests/safety/corpus/ and the earlier example sets) by
meaning rather than by words: the entry's sentence is embedded (safety/encoder.py), its K nearest
examples vote, each weighted by exp(TEMPERATURE x cosine similarity), and a flag is raised when the
weighted share of neighbours carrying it reaches THRESHOLD. Negative examples (ordinary nights,
negation, figures of speech, someone else's story, a past that is over) vote for no flag, which is
how it learns to leave those alone.

The index (safety/data/screening_index.npz) holds only embeddings of the examples we wrote, as
int8, and their labels: never anyone's journal. `manage.py build_screening_index` rebuilds it;
tests/safety/test_classifier.py fails if it no longer matches the examples.

Per process, results are remembered by a keyed hash of the sentence (a random key made at start,
never the text), so autosaves and re-renders do not embed the same sentence twice.
"""

import hashlib
import json
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

INDEX_PATH = Path(__file__).resolve().parent / "data" / "screening_index.npz"
LABELS = ("abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out")
K = 10
TEMPERATURE = 10.0
THRESHOLD = 0.5
# A sentence with no example at least this close has no neighbours worth hearing. Kept low on
# purpose: at 0.55, leave-one-corpus-out self-harm recall fell from 92% to 87% for 1.7 points
# fewer ordinary entries flagged; short odd sentences are handled by MIN_WORDS instead.
MIN_SIMILARITY = 0.45
MIN_WORDS = 3  # "ok.", "entry 12", "whatever": too little to read meaning from
RULE_ID = "similar-meaning"
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Index:
    vectors: np.ndarray  # (n, 384) float32, unit length (dequantised at load)
    labels: np.ndarray  # (n, 6) float32, 0/1
    meta: dict


@cache
def load_index() -> Index:
    with np.load(INDEX_PATH) as data:
        vectors = data["vectors"].astype(np.float32) * data["scales"][:, None]
        labels = np.unpackbits(data["labels"][:, None], axis=1, count=8)[:, -len(LABELS) :]
        meta = json.loads(str(data["meta"]))
    return Index(vectors=vectors, labels=labels.astype(np.float32), meta=meta)


_override = None


def current_index() -> Index:
    return _override or load_index()


def use_index(index: Index | None) -> None:
    """Swap the index (bench/screening_eval.py builds one per held-out corpus); None restores."""
    global _override
    _override = index


def quantise(vectors: np.ndarray):
    """int8 with a scale per row: a quarter of the size, cosine error under 0.01."""
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    return np.round(vectors / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def pack_labels(rows) -> np.ndarray:
    """Each row's flags as one byte (bit i from the right = LABELS[-1 - i])."""
    bits = np.zeros((len(rows), 8), dtype=np.uint8)
    for i, flags in enumerate(rows):
        for flag in flags:
            bits[i, 8 - len(LABELS) + LABELS.index(flag)] = 1
    return np.packbits(bits, axis=1)[:, 0]


def scores(embeddings: np.ndarray, index: Index | None = None) -> np.ndarray:
    """(n, 6) weighted neighbour shares, one row per embedded sentence."""
    index = index or current_index()
    if not len(embeddings):
        return np.zeros((0, len(LABELS)), dtype=np.float32)
    sims = embeddings @ index.vectors.T
    top = np.argpartition(-sims, K, axis=1)[:, :K]
    top_sims = np.take_along_axis(sims, top, axis=1)
    weights = np.exp(TEMPERATURE * (top_sims - top_sims.max(axis=1, keepdims=True)))
    votes = (weights[:, :, None] * index.labels[top]).sum(axis=1)
    shares = votes / weights.sum(axis=1, keepdims=True)
    shares[top_sims.max(axis=1) < MIN_SIMILARITY] = 0.0
    return shares


class _Memo:
    """A small LRU of keyed sentence hashes -> embeddings, per process."""

    def __init__(self, size):
        self.size, self.rows, self.lock = size, OrderedDict(), threading.Lock()
        self.key = os.urandom(16)

    def digest(self, sentence: str) -> bytes:
        return hashlib.blake2b(sentence.encode(), key=self.key, digest_size=16).digest()

    def get(self, digest):
        with self.lock:
            row = self.rows.get(digest)
            if row is not None:
                self.rows.move_to_end(digest)
            return row

    def put(self, digest, row):
        with self.lock:
            self.rows[digest] = row
            if len(self.rows) > self.size:
                self.rows.popitem(last=False)

    def clear(self):
        with self.lock:
            self.rows.clear()


_memo = _Memo(_CACHE_SIZE)


def sentence_embeddings(sentences: list[str]) -> np.ndarray:
    """Embeddings for each sentence, computing only those this process has not seen lately."""
    from safety import encoder

    digests = [_memo.digest(s) for s in sentences]
    rows = [_memo.get(d) for d in digests]
    missing = [i for i, row in enumerate(rows) if row is None]
    if missing:
        fresh = encoder.embed([sentences[i] for i in missing])
        for i, row in zip(missing, fresh, strict=True):
            rows[i] = row
            _memo.put(digests[i], row)
    return np.array(rows, dtype=np.float32).reshape(len(sentences), -1)


def remember(sentences, vectors) -> None:
    """Seed the per-process memory (bench/screening_eval.py, which embeds everything once)."""
    for sentence, vector in zip(sentences, vectors, strict=True):
        _memo.put(_memo.digest(sentence), vector)


def flags_by_sentence(sentences: list[str]) -> list[frozenset]:
    """For each sentence, the flags its neighbours vote for."""
    read = [i for i, s in enumerate(sentences) if len(s.split()) >= MIN_WORDS]
    out = [frozenset()] * len(sentences)
    if read:
        rows = scores(sentence_embeddings([sentences[i] for i in read]))
        for i, row in zip(read, rows, strict=True):
            out[i] = frozenset(LABELS[j] for j in np.flatnonzero(row >= THRESHOLD))
    return out
