"""The model readers: the tuned model, and nearest neighbours in sentence-embedding space.

Hand-written rules (safety/screening/rules/, one file per flag) catch the phrasings someone thought of; held-out sets showed
them missing four in ten of the ones nobody did. The readers here work by meaning instead.

The tuned model (trained by safety/screening/training/tuning.py on data/screening/train/) reads windows of up to
WINDOW sentences and every sentence alone, and gives each flag a probability; read_in_context()
reports, per flag, the highest over the entry and the sentence to show. safety/screening/levels.py turns
those into levels (route, ask, nothing).

The similarity reader compares each sentence with the labelled example sentences: the sentence is
embedded (safety/screening/encoder.py), its K nearest examples vote, each weighted by exp(TEMPERATURE x
cosine similarity), and neighbour_shares() gives the weighted share carrying each flag. It is
heard only where safety/screening/levels.py gives it a threshold; otherwise it is never run.

The index (safety/screening/data/screening_index.npz, built by `manage.py build_screening_index`) holds only
embeddings of the examples we wrote, as int8, and their labels; the tuned model
(safety/screening/data/screening_model.npz, `manage.py train_screening_model`) only learned numbers: never
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
from pathlib import Path

import numpy as np

from safety.screening import encoder

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

# The tuned model (safety/screening/training/tuning.py) reads an entry in windows of up to WINDOW sentences and each
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


def load_index(path=INDEX_PATH) -> Index:
    """The neighbour index's file (encoder.read_once)."""
    return encoder.read_once(_read_index, path)


def _read_index(path: str) -> Index:
    with np.load(path) as data:
        vectors = data["vectors"].astype(np.float32) * data["scales"][:, None]
        labels = np.unpackbits(data["labels"][:, None], axis=1, count=8)[:, -len(LABELS) :]
        meta = json.loads(str(data["meta"]))
    return Index(vectors=vectors, labels=labels.astype(np.float32), meta=meta)


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


def scores(embeddings: np.ndarray, index: Index) -> np.ndarray:
    """(n, 6) weighted neighbour shares, one row per embedded sentence."""
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


def _text(sentences, span):
    return " ".join(sentences[span[0] : span[1]])


def _readable(sentence: str) -> bool:
    """Long enough for the neighbours to read meaning from (MIN_WORDS)."""
    return len(sentence.split()) >= MIN_WORDS


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


class Readers:
    """The two model readers over one tuned model and one neighbour index, with their own memory.

    The app reads through one shared instance of the shipped files (`shipped()`). Training and
    bench/ make their own (another fold's model, another index, a larger memory) instead of
    swapping anything inside the runtime, so no code path exists only for them.
    """

    def __init__(
        self,
        model_path=encoder.MODEL_PATH,
        index: Index | None = None,
        index_path=INDEX_PATH,
        memory: int = _CACHE_SIZE,
    ):
        self.model_path = Path(model_path)
        self._index, self.index_path = index, Path(index_path)
        self.embeddings = _Memo(memory)  # sentence -> embedding (similarity reader)
        self.readings = _Memo(memory)  # window or sentence -> tuned-model probabilities

    def index(self) -> Index:
        return self._index if self._index is not None else load_index(self.index_path)

    def _compute(self, embed_texts, classify_texts) -> None:
        """Fill the memory for texts not seen lately: embeddings for the first list, tuned-model
        probabilities for the second, in one pass of the model."""
        need_e = {t for t in embed_texts if self.embeddings.get(self.embeddings.digest(t)) is None}
        need_c = {t for t in classify_texts if self.readings.get(self.readings.digest(t)) is None}
        texts = sorted(need_e | need_c)
        if not texts:
            return
        base = [t in need_e for t in texts]
        tuned = [t in need_c for t in texts]
        vectors, probs = encoder.run(texts, base=base, tuned=tuned, model_path=self.model_path)
        for i, text in enumerate(texts):
            if base[i]:
                self.embeddings.put(self.embeddings.digest(text), vectors[i])
            if tuned[i]:
                self.readings.put(self.readings.digest(text), probs[i])

    def prepare(self, sentences: list[str], neighbours: bool = True) -> None:
        """Read everything the readers will ask about `sentences` in one pass (screen_text); the
        neighbours' embeddings only when `neighbours`."""
        spans = [_text(sentences, span) for span in units(sentences)]
        embed = [s for s in sentences if _readable(s)] if neighbours else []
        self._compute(embed, spans)

    def remember(self, sentences, vectors) -> None:
        """Seed the embedding memory (bench/screening_eval.py embeds everything once)."""
        for sentence, vector in zip(sentences, vectors, strict=True):
            self.embeddings.put(self.embeddings.digest(sentence), vector)

    def unit_readings(self, sentences: list[str]) -> tuple[list, np.ndarray]:
        """(spans, probabilities): the tuned model's reading of every unit (units x 6)."""
        spans = units(sentences)
        texts = [_text(sentences, span) for span in spans]
        self._compute([], texts)
        rows = [self.readings.get(self.readings.digest(t)) for t in texts]
        return spans, np.array(rows, dtype=np.float32).reshape(len(texts), len(LABELS))

    def read_in_context(self, sentences: list[str]) -> Reading:
        spans, probs = self.unit_readings(sentences)
        value, at = combine(spans, probs)
        return Reading(peak=value, where={flag: int(at[j]) for j, flag in enumerate(LABELS)})

    def sentence_embeddings(self, sentences: list[str]) -> np.ndarray:
        """Embeddings for each sentence, computing only those not seen lately."""
        self._compute(sentences, [])
        rows = [self.embeddings.get(self.embeddings.digest(s)) for s in sentences]
        return np.array(rows, dtype=np.float32).reshape(len(sentences), -1)

    def neighbour_shares(self, sentences: list[str]) -> np.ndarray:
        """(n, 6): for each sentence, the weighted share of its neighbours carrying each flag
        (zeros for sentences too short to read)."""
        read = [i for i, s in enumerate(sentences) if _readable(s)]
        out = np.zeros((len(sentences), len(LABELS)), dtype=np.float32)
        if read:
            found = self.sentence_embeddings([sentences[i] for i in read])
            out[read] = scores(found, self.index())
        return out


_shipped: Readers | None = None
_shipped_lock = threading.Lock()


def shipped() -> Readers:
    """The readers over the shipped model and index, one per process."""
    global _shipped
    if _shipped is None:
        with _shipped_lock:
            if _shipped is None:
                _shipped = Readers()
    return _shipped
