"""The reference implementation of the screening model: the hand-written NumPy forward pass.

The web app runs the model with ONNX Runtime (safety/screening/encoder.py, safety/screening/onnx_runtime.py); this
module is what that runtime is checked against (tests/safety/test_runtime_golden.py) and timed
against (bench/screening_runtime.py), and the one to read to see the maths: the standard BERT
encoder with mean pooling, GELU by its tanh form (which differs from erf by under 1e-3),
LayerNorm eps 1e-12, exactly as safety/screening/training/tuning.py trains it. The app never imports it.

`run(texts, base, tuned)` has the signature and results of encoder.run.
"""

from functools import cache

import numpy as np

from safety.screening import encoder


@cache
def _load():
    """The published weights as NumPy arrays (about 90 MB, kept while this process lives)."""
    return encoder.published()


@cache
def _tuned_layers(tuned):
    """The tuned upper layers for one encoder.load_tuned() result (cached per result; a new file
    gives a new result)."""
    return encoder.merge(_load()[1][encoder.SPLIT :], tuned)


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


def run(texts, base=True, tuned=False, batch_size=32, model_path=encoder.MODEL_PATH):
    """encoder.run, computed with NumPy: batches of up to `batch_size` texts sorted by length and
    padded to the longest, the lower layers once, then the upper layers each text asked for."""
    n = len(texts)
    want_base = np.broadcast_to(np.asarray(base, dtype=bool), (n,))
    want_tuned = np.broadcast_to(np.asarray(tuned, dtype=bool), (n,))
    vectors = np.zeros((n, encoder.DIMENSIONS), dtype=np.float32)
    probs = np.zeros((n, len(encoder.LABELS)), dtype=np.float32)
    if not n:
        return vectors, probs
    (words, positions, token_type, ln_g, ln_b), layers = _load()
    if want_tuned.any():
        model = encoder.load_tuned(model_path)
        tuned_layers, (head_w, head_b) = _tuned_layers(model), model.head
    encoded = encoder.encode(texts)
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
        x = _layers(_layer_norm(x, ln_g, ln_b), mask, layers[: encoder.SPLIT]).reshape(
            len(chunk), length, -1
        )
        for wanted, upper in ((want_base, "base"), (want_tuned, "tuned")):
            rows = np.flatnonzero(wanted[chunk])
            if not len(rows):
                continue
            sub_mask = mask[rows]
            sub = x[rows].reshape(len(rows) * length, -1)
            if upper == "base":
                vectors[chunk[rows]] = _pool(
                    _layers(sub, sub_mask, layers[encoder.SPLIT :]), sub_mask
                )
            else:
                pooled = _pool(_layers(sub, sub_mask, tuned_layers), sub_mask)
                probs[chunk[rows]] = _sigmoid(pooled * encoder.HEAD_SCALE @ head_w + head_b)
    return vectors, probs
