"""Training the screening model's tuned layers. Needs PyTorch, which only training uses.

The web app never imports this module: it runs the model with ONNX Runtime (safety/screening/encoder.py) from the
small file this writes, safety/screening/data/screening_model.npz. Training (`manage.py train_screening_model`,
after `pip install torch==2.13.0`) takes a few minutes on two CPU cores.

What is trained: all-MiniLM-L6-v2 stays as it is in its lower layers (SPLIT of six). Each linear
map of the upper layers gets a low-rank correction (LoRA: W + scale * B @ A, rank RANK), and a
six-way head reads the mean-pooled sentence vector, one sigmoid per flag. Only A, B and the head
are learned, about 330,000 numbers, stored as float16 (under a megabyte). The training texts are
whole labelled examples (one to four sentences: the reader sees an entry in windows of that size)
plus each sentence of a negative example on its own.

This mirrors encoder._encode exactly (tanh GELU, LayerNorm eps 1e-12, mean pooling), and a test
checks the two agree.
"""

import json
import math
import random
import sys
import time
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from safety.screening import encoder

LABELS = encoder.LABELS
RANK = 16
ALPHA = 32
EPOCHS = 3
LEARNING_RATE = 1e-3
BATCH = 32
# A negative's single sentences count this much each in the loss (training_rows). Out of fold
# (bench/screening_eval.py, FOLDS=2, fold 0, bench/screening_ranking.py), 0.3 against 1.0 raised
# average precision on every flag (self-harm 0.806 -> 0.831, abuse 0.804 -> 0.821).
SENTENCE_WEIGHT = 0.3
_NAMES = (
    ("q", "attention.self.query"),
    ("k", "attention.self.key"),
    ("v", "attention.self.value"),
    ("o", "attention.output.dense"),
    ("i", "intermediate.dense"),
    ("f", "output.dense"),
)


def _gelu(x):
    return 0.5 * x * (1.0 + torch.tanh(0.7978845608028654 * (x + 0.044715 * x**3)))


class _Linear(nn.Module):
    def __init__(self, weight, bias, rank):
        super().__init__()
        self.register_buffer("weight", torch.tensor(weight))  # (out, in), frozen
        self.register_buffer("bias", torch.tensor(bias))
        out_features, in_features = weight.shape
        self.rank = rank
        if rank:
            self.a = nn.Parameter(torch.randn(rank, in_features) / math.sqrt(in_features))
            self.b = nn.Parameter(torch.zeros(out_features, rank))

    def forward(self, x):
        y = F.linear(x, self.weight, self.bias)
        if self.rank:
            y = y + F.linear(F.linear(x, self.a), self.b) * (ALPHA / self.rank)
        return y


class _Layer(nn.Module):
    def __init__(self, weights, index, rank):
        super().__init__()
        p = f"encoder.layer.{index}."
        for name, key in _NAMES:
            setattr(
                self, name, _Linear(weights[p + key + ".weight"], weights[p + key + ".bias"], rank)
            )
        for name, key in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            self.register_buffer(name + "_g", torch.tensor(weights[p + key + ".weight"]))
            self.register_buffer(name + "_b", torch.tensor(weights[p + key + ".bias"]))

    def forward(self, x, bias):
        batch, length, _ = x.shape

        def heads(t):
            return t.view(batch, length, 12, 32).transpose(1, 2)

        scores = heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2) / math.sqrt(32) + bias
        attended = (scores.softmax(-1) @ heads(self.v(x))).transpose(1, 2).reshape(x.shape)
        x = F.layer_norm(self.o(attended) + x, (384,), self.ln1_g, self.ln1_b, 1e-12)
        return F.layer_norm(self.f(_gelu(self.i(x))) + x, (384,), self.ln2_g, self.ln2_b, 1e-12)


class Model(nn.Module):
    def __init__(self, rank=RANK):
        super().__init__()
        from safetensors.numpy import load_file

        weights = load_file(str(encoder.model_dir() / "model.safetensors"))
        for name, key in (
            ("words", "embeddings.word_embeddings.weight"),
            ("positions", "embeddings.position_embeddings.weight"),
            ("ln_g", "embeddings.LayerNorm.weight"),
            ("ln_b", "embeddings.LayerNorm.bias"),
        ):
            self.register_buffer(name, torch.tensor(weights[key]))
        self.register_buffer(
            "token_type", torch.tensor(weights["embeddings.token_type_embeddings.weight"][0])
        )
        self.layers = nn.ModuleList(
            _Layer(weights, i, rank if i >= encoder.SPLIT else 0) for i in range(6)
        )
        self.head = nn.Linear(384, len(LABELS))

    def bottom(self, ids, mask):
        x = self.words[ids] + self.positions[: ids.shape[1]] + self.token_type
        x = F.layer_norm(x, (384,), self.ln_g, self.ln_b, 1e-12)
        bias = (1.0 - mask[:, None, None, :]) * -1e9
        for layer in self.layers[: encoder.SPLIT]:
            x = layer(x, bias)
        return x

    def top(self, x, mask):
        bias = (1.0 - mask[:, None, None, :]) * -1e9
        for layer in self.layers[encoder.SPLIT :]:
            x = layer(x, bias)
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
        return self.head(F.normalize(pooled, dim=-1) * encoder.HEAD_SCALE)


def training_rows(pairs, sentence_weight=SENTENCE_WEIGHT):
    """(text, flags) pairs -> (text, 0/1 row, weight) training rows: every example whole (weight
    1), and each sentence of a negative on its own (a negative's every sentence is a negative),
    weighted `sentence_weight`. A positive is never split (which sentence carries it is not
    labelled), so these rows make short sentences mostly negatives; a lower weight keeps that
    from teaching "short means nothing"."""
    from safety.screening import split_sentences

    rows = []
    for text, flags in pairs:
        target = [float(flag in flags) for flag in LABELS]
        rows.append((text, target, 1.0))
        if not flags:
            sentences = split_sentences(text)
            if len(sentences) > 1:
                rows += [
                    (s, target, sentence_weight)
                    for s in sentences
                    if len(s.split()) >= encoder.MIN_WORDS
                ]
    return rows


def _tokens(texts):
    tokenizer = encoder.tokenizer()
    encoded = tokenizer.encode_batch(texts)
    return [e.ids for e in encoded]


def _lower_states(model, texts):
    """The frozen lower layers' output for every text, computed once (they never change)."""
    ids = _tokens(texts)
    order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
    states = [None] * len(texts)
    with torch.no_grad():
        for start in range(0, len(order), 64):
            chunk = order[start : start + 64]
            x, mask = _pad([torch.tensor(ids[i]) for i in chunk])
            hidden = model.bottom(x, mask)
            for row, i in enumerate(chunk):
                states[i] = hidden[row, : len(ids[i])].clone()
    return states


def _pad(rows):
    length = max(r.shape[0] for r in rows)
    shape = (len(rows), length) + tuple(rows[0].shape[1:])
    out = torch.zeros(shape, dtype=rows[0].dtype)
    mask = torch.zeros(len(rows), length)
    for i, r in enumerate(rows):
        out[i, : r.shape[0]] = r
        mask[i, : r.shape[0]] = 1
    return out, mask


def options_from_env(environ=None) -> dict:
    """Training options for bench/screening_eval.py experiments, from the environment:
    EPOCHS=4, POS_WEIGHT=self_harm=2,danger=2 (a positive example's weight in the loss, per flag;
    the others 1). Empty when none is set: the shipped recipe."""
    import os

    environ = os.environ if environ is None else environ
    options: dict[str, Any] = {}
    if environ.get("EPOCHS"):
        options["epochs"] = int(environ["EPOCHS"])
    if environ.get("SENTENCE_WEIGHT"):
        options["sentence_weight"] = float(environ["SENTENCE_WEIGHT"])
    if environ.get("POS_WEIGHT"):
        weights = dict(part.split("=") for part in environ["POS_WEIGHT"].split(","))
        options["pos_weight"] = {flag: float(w) for flag, w in weights.items()}
    return options


def train(
    pairs, seed=0, epochs=EPOCHS, log=sys.stderr, pos_weight=None, sentence_weight=SENTENCE_WEIGHT
) -> Model:
    """Train on (text, flags) pairs. `pos_weight` (flag -> weight) counts a positive example of
    that flag this many times in the loss (default: once each); `sentence_weight` as in
    training_rows."""
    torch.manual_seed(seed)
    shuffle = random.Random(seed)
    rows = training_rows(pairs, sentence_weight)
    model = Model()
    started = time.monotonic()
    states = _lower_states(model, [text for text, _, _ in rows])
    targets = torch.tensor([target for _, target, _ in rows])
    row_weights = torch.tensor([weight for _, _, weight in rows])
    weights = torch.tensor([(pos_weight or {}).get(flag, 1.0) for flag in LABELS])
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=LEARNING_RATE, weight_decay=0.01)
    by_length = sorted(range(len(rows)), key=lambda i: states[i].shape[0])
    batches = [by_length[i : i + BATCH] for i in range(0, len(by_length), BATCH)]
    schedule = torch.optim.lr_scheduler.OneCycleLR(
        optimiser, max_lr=LEARNING_RATE, total_steps=len(batches) * epochs, pct_start=0.1
    )
    for epoch in range(epochs):
        shuffle.shuffle(batches)
        total = 0.0
        for batch in batches:
            x, mask = _pad([states[i] for i in batch])
            losses = F.binary_cross_entropy_with_logits(
                model.top(x, mask), targets[batch], pos_weight=weights, reduction="none"
            )
            loss = (losses.mean(dim=1) * row_weights[batch]).mean()
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += loss.item()
        print(
            f"epoch {epoch + 1}/{epochs}: loss {total / len(batches):.4f}, "
            f"{time.monotonic() - started:.0f}s, {len(rows)} rows",
            file=log,
        )
    model.eval()
    return model


def export(model: Model, path, meta: dict) -> None:
    """Write the learned numbers (LoRA factors with their scale folded into B, and the head)."""
    arrays = {}
    for offset, layer in enumerate(model.layers[encoder.SPLIT :]):
        for name, _key in _NAMES:
            linear = getattr(layer, name)
            arrays[f"a{offset}{name}"] = linear.a.detach().numpy().astype(np.float16)
            b = linear.b.detach().numpy() * (ALPHA / linear.rank)
            arrays[f"b{offset}{name}"] = b.astype(np.float16)
    arrays["head_w"] = model.head.weight.detach().numpy().T.astype(np.float32)
    arrays["head_b"] = model.head.bias.detach().numpy().astype(np.float32)
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez_compressed(path, **arrays)


def check_export(model: Model, path, texts, tolerance=2e-3) -> float:
    """Run `texts` through the exported file with the runtime (ONNX Runtime) and through `model`; raise if
    they disagree (float16 storage costs about 1e-4). Returns the largest difference."""
    ids = _tokens(texts)
    with torch.no_grad():
        expected = []
        for i in range(len(texts)):
            x, mask = _pad([torch.tensor(ids[i])])
            expected.append(torch.sigmoid(model.top(model.bottom(x, mask), mask))[0].numpy())
    gap = float(np.abs(encoder.classify(texts, model_path=path) - np.array(expected)).max())
    if gap > tolerance:
        raise RuntimeError(f"the runtime disagrees with the trained model by {gap}")
    return gap
