"""The model readers: the tuned model, and nearest neighbours in sentence-embedding space.

Hand-written rules (safety/rules/, one file per flag) catch the phrasings someone thought of; held-out sets showed
them missing four in ten of the ones nobody did. The readers here work by meaning instead.

The tuned model (trained by safety/tuning.py on data/screening/train/) reads windows of up to
WINDOW sentences and every sentence alone, and gives each flag a probability; read_in_context()
reports, per flag, the highest over the entry and the sentence to show. safety/levels.py turns
those into levels (route, ask, nothing).

The similarity reader compares each sentence with the labelled example sentences: the sentence is
embedded (safety/encoder.py), its K nearest examples vote, each weighted by exp(TEMPERATURE x
cosine similarity), and neighbour_shares() gives the weighted share carrying each flag. It is
heard only where safety/levels.py gives it a threshold; otherwise it is never run.

The index (safety/data/screening_index.npz, built by `manage.py build_screening_index`) holds only
embeddings of the examples we wrote, as int8, and their labels; the tuned model
(safety/data/screening_model.npz, `manage.py train_screening_model`) only learned numbers: never
anyone's journal. tests/safety/test_classifier.py fails if the model no longer matches the data.

Per process, results are remembered by a keyed hash of the text (a random key made at start,
never the text), so autosaves and re-renders do not run the model on the same sentence twice.
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

from safety import encoder

INDEX_PATH = Path(__file__).resolve().parent / "data" / "screening_index.npz"
LABELS = encoder.LABELS
K = 10
TEMPERATURE = 10.0
# A sentence with no example at least this close has no neighbours worth hearing. Kept low on
# purpose: at 0.55, leave-one-corpus-out self-harm recall fell from 92% to 87% for 1.7 points
# fewer ordinary entries flagged; short odd sentences are handled by MIN_WORDS instead.
MIN_SIMILARITY = 0.45
MIN_WORDS = encoder.MIN_WORDS
RULE_ID = "similar-meaning"

# The tuned model (safety/tuning.py) reads an entry in windows of up to WINDOW sentences and each
# sentence alone, so context ("my sister's boyfriend...", "...that was years ago") is in view.
WINDOW = 3
MODEL_RULE_ID = "read-in-context"
URGENT = frozenset({"danger", "self_harm"})
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


_memo = _Memo(_CACHE_SIZE)  # sentence -> embedding (similarity reader)
_read_memo = _Memo(_CACHE_SIZE)  # window or sentence -> tuned-model probabilities


def _compute(embed_texts, classify_texts):
    """Fill the memory for texts not seen lately: embeddings (similarity reader) for the first
    list, tuned-model probabilities for the second, in one pass of the model."""
    need_e = {t for t in embed_texts if _memo.get(_memo.digest(t)) is None}
    need_c = {t for t in classify_texts if _read_memo.get(_read_memo.digest(t)) is None}
    texts = sorted(need_e | need_c)
    if not texts:
        return
    base = [t in need_e for t in texts]
    tuned = [t in need_c for t in texts]
    vectors, probs = encoder.run(texts, base=base, tuned=tuned)
    for i, text in enumerate(texts):
        if base[i]:
            _memo.put(_memo.digest(text), vectors[i])
        if tuned[i]:
            _read_memo.put(_read_memo.digest(text), probs[i])


def prepare(sentences: list[str], neighbours: bool = True) -> None:
    """Read everything the model readers will ask about `sentences` in one pass (screen_text);
    the neighbours' embeddings only when `neighbours`."""
    spans = [_text(sentences, span) for span in units(sentences)]
    _compute(_read_by_neighbours(sentences) if neighbours else [], spans)


def _text(sentences, span):
    return " ".join(sentences[span[0] : span[1]])


def _readable(sentence: str) -> bool:
    """Long enough for the neighbours to read meaning from (MIN_WORDS)."""
    return len(sentence.split()) >= MIN_WORDS


def _read_by_neighbours(sentences):
    return [s for s in sentences if _readable(s)]


def _recall(memory, texts):
    return np.array([memory.get(memory.digest(t)) for t in texts], dtype=np.float32)


def sentence_embeddings(sentences: list[str]) -> np.ndarray:
    """Embeddings for each sentence, computing only those this process has not seen lately."""
    _compute(sentences, [])
    return _recall(_memo, sentences).reshape(len(sentences), -1)


def remember(sentences, vectors) -> None:
    """Seed the per-process memory (bench/screening_eval.py, which embeds everything once)."""
    for sentence, vector in zip(sentences, vectors, strict=True):
        _memo.put(_memo.digest(sentence), vector)


def forget_readings() -> None:
    """Drop remembered tuned-model readings (bench/screening_eval.py, between folds)."""
    _read_memo.clear()


def units(sentences: list[str]) -> list[tuple[int, int]]:
    """(start, end) sentence ranges the tuned model reads: windows of WINDOW sentences (the whole
    entry when it is that short) and every sentence of MIN_WORDS words or more on its own."""
    n = len(sentences)
    spans = [(i, min(i + WINDOW, n)) for i in range(max(1, n - WINDOW + 1))]
    for i in range(n):
        if _readable(sentences[i]) and (i, i + 1) not in spans:
            spans.append((i, i + 1))
    return spans


@dataclass(frozen=True)
class Reading:
    """The tuned model's view of one entry."""

    peak: np.ndarray  # (6,) each flag's probability for the entry (see COMBINE)
    where: dict  # flag -> index of the sentence to show (the one the model puts highest)


# How the readings of an entry's units become one probability per flag:
# "peak": the highest unit (any window or any sentence alone);
# "agree": a sentence counts only as far as a window around it agrees (the lower of the two), so
#   a sentence that reads alarming alone but not among its neighbours ("choking up at the
#   assembly... the kids were lovely"), or a window whose alarm no sentence in it carries, counts
#   for less. Long ordinary entries give "peak" many chances to spike; "agree" asks for two
#   readings at once. Chosen out of fold (bench/screening_thresholds.py, AGG=).
COMBINE = "peak"


def combine(spans, probs, how=None):
    """(value, at): per flag, the entry's probability and the sentence to show, from the
    readings `probs` (units x 6) of `spans` (units())."""
    how = how or COMBINE
    probs = np.asarray(probs, dtype=np.float32)
    singles = {a: k for k, (a, b) in enumerate(spans) if b - a == 1}
    windows = [k for k, (a, b) in enumerate(spans) if b - a > 1] or list(range(len(spans)))
    value = np.zeros(probs.shape[1], dtype=np.float32)
    at = np.zeros(probs.shape[1], dtype=int)
    if how == "peak":
        value = probs.max(axis=0)
        for j in range(probs.shape[1]):
            a, b = spans[int(np.argmax(probs[:, j]))]
            # show the sentence in that span the model puts highest on its own
            inside = [(probs[singles[k], j] if k in singles else -1.0, k) for k in range(a, b)]
            at[j] = max(inside)[1]
        return value, at
    paired = False
    for w in windows:
        a, b = spans[w]
        for i in range(a, b):
            if i not in singles:
                continue
            pair = np.minimum(probs[w], probs[singles[i]])
            better = pair > value
            value = np.where(better, pair, value)
            at = np.where(better, i, at)
            paired = True
    if not paired:  # no sentence long enough to read alone: the windows speak
        for w in windows:
            better = probs[w] > value
            value = np.where(better, probs[w], value)
            at = np.where(better, spans[w][0], at)
    return value, at


def read_in_context(sentences: list[str]) -> Reading:
    spans = units(sentences)
    texts = [_text(sentences, span) for span in spans]
    _compute([], texts)
    probs = _recall(_read_memo, texts).reshape(len(texts), len(LABELS))
    value, at = combine(spans, probs)
    return Reading(peak=value, where={flag: int(at[j]) for j, flag in enumerate(LABELS)})


def neighbour_shares(sentences: list[str]) -> np.ndarray:
    """(n, 6): for each sentence, the weighted share of its neighbours carrying each flag (zeros
    for sentences too short to read)."""
    read = [i for i, s in enumerate(sentences) if _readable(s)]
    out = np.zeros((len(sentences), len(LABELS)), dtype=np.float32)
    if read:
        out[read] = scores(sentence_embeddings([sentences[i] for i in read]))
    return out
