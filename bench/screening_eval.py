"""Out-of-fold readings of the training data, to choose the screening levels on.

The training examples (data/screening/train/*.jsonl) are split into FOLDS groups. For each group
the tuned model is trained (safety/screening/training/tuning.py, PyTorch) and the neighbour index built from every
OTHER example, and each held-out example is read by all readers (safety.screening.gather): which
precise and which broad rules matched, the model's peak probability and the neighbours' peak share
per flag. The readings go to bench/results/screening_folds.jsonl (no text: the example's file and
line, its labels and the numbers), and bench/screening_thresholds.py chooses the levels from them.

Folds: a file is held out whole (leave-corpus-out: each corpus file is one voice, so a held-out
file is a voice the fold's model never read), except the files written in the product's own voice
(FOLD_BY_LINE), which are dealt out line by line so every fold's model has read some of that voice,
as the shipped model has. Rules were never written from these files' negatives, so the rules'
readings are as if unseen too (they were written from the rounds' positives: see README).

    pip install torch==2.13.0   # training only
    PYTHONPATH=. .venv/bin/python bench/screening_eval.py     # FOLDS=3; ~30 min on 2 quiet cores
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
django.setup()

import numpy as np  # noqa: E402

from safety.screening import encoder, gather, readers, split_sentences  # noqa: E402
from safety.screening.training import dataset, tuning  # noqa: E402
from safety.screening.training.index import index_rows  # noqa: E402

OUT = Path(
    os.environ.get("OUT", Path(__file__).resolve().parent / "results" / "screening_folds.jsonl")
)
FOLD_BY_LINE = (
    "product_negatives",
    "tricky_negatives",
    "missed_positives",
    "round15_ordinary",
    "round15_positives_tricky",
    "round18_positives",
    "round18_negatives",
)
FLAGS = readers.LABELS
# NEIGHBOURS=1 also builds each fold's neighbour index and records the neighbours' votes (embedding
# every training sentence first: some twenty thousand, a long wait on a busy machine).
NEIGHBOURS = os.environ.get("NEIGHBOURS") == "1"


def assign(paths, folds):
    """(path, line) -> fold: whole files dealt to the smallest fold, largest first; the product
    voice files line by line."""
    sizes = [0] * folds
    out = {}
    rows = {path: dataset.read(path) for path in paths}
    for path in sorted(paths, key=lambda p: -len(rows[p])):
        if path.stem in FOLD_BY_LINE:
            for line in range(len(rows[path])):
                out[(path, line)] = line % folds
                sizes[line % folds] += 1
            continue
        fold = sizes.index(min(sizes))
        for line in range(len(rows[path])):
            out[(path, line)] = fold
        sizes[fold] += len(rows[path])
    return rows, out


def shipped():
    """SHIPPED=1: no training; read the train/ files the shipped model never learned from
    (dataset.unseen_by_shipped_model) with the shipped model: out-of-sample for that model."""
    done = set()
    if os.environ.get("RESUME") == "1" and OUT.exists():  # keep what an interrupted run read
        done = {(r["file"], r["line"]) for r in map(json.loads, OUT.read_text().splitlines())}
    limit = int(os.environ.get("LIMIT", 10**9))  # at most this many lines a negatives file
    reader = readers.Readers(memory=200_000)
    with OUT.open("a" if done else "w") as out:
        only = os.environ.get("ONLY", "")  # comma-separated file stems
        for path in dataset.unseen_by_shipped_model():
            if only and path.stem not in only.split(","):
                continue
            rows = dataset.read(path)
            rows = rows if any(e.flags for e in rows) else rows[:limit]
            for line, e in enumerate(rows):
                if (path.stem, line) not in done:
                    out.write(json.dumps(reading(0, path, line, e, reader)) + "\n")
                    out.flush()
            print(f"{path.name} read", file=sys.stderr, flush=True)


def dev():
    """DEV=1: the shipped model's readings of the frozen dev set (data/screening/dev/), which it
    never learned from, in the same form as the folds' readings."""
    reader = readers.Readers(memory=200_000)
    with OUT.open("w") as out:
        for path in dataset.files(dataset.DEV):
            for line, e in enumerate(dataset.read(path)):
                out.write(json.dumps(reading(0, path, line, e, reader)) + "\n")
            print(f"{path.name} read", file=sys.stderr, flush=True)


def main():
    if os.environ.get(
        "SPLIT"
    ):  # an experiment: tune the layers from SPLIT up (shipped: encoder.SPLIT)
        encoder.SPLIT = int(os.environ["SPLIT"])
    if os.environ.get("SHIPPED") == "1":
        return shipped()
    if os.environ.get("DEV") == "1":
        return dev()
    folds = int(os.environ.get("FOLDS", 3))
    paths = dataset.files(dataset.TRAIN)
    rows, fold_of = assign(paths, folds)
    items = [(path, line, e) for path in paths for line, e in enumerate(rows[path])]
    started = time.monotonic()
    lookup, sentences, vectors = None, [], None
    if NEIGHBOURS:
        sentences = sorted({s for _p, _l, e in items for s in split_sentences(e.text) or [e.text]})
        lookup = _cached_embeddings(sentences)
        vectors = np.array([lookup[s] for s in sentences], dtype=np.float32)
        print(f"  {time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
    OUT.parent.mkdir(exist_ok=True)
    only = os.environ.get("ONLY_FOLD")  # e.g. ONLY_FOLD=0: one fold (half the data held out)
    with tempfile.TemporaryDirectory() as tmp, OUT.open("w") as out:
        for fold in range(folds):
            if only is not None and fold != int(only):
                continue
            train = [(e.text, e.flags) for p, n, e in items if fold_of[(p, n)] != fold]
            held = [(p, n, e) for p, n, e in items if fold_of[(p, n)] == fold]
            model = tuning.train(train, seed=0, **tuning.options_from_env())
            path = Path(tmp) / f"fold{fold}.npz"
            tuning.export(model, path, {})
            index = None
            if NEIGHBOURS:
                index_vectors, labels = index_rows(train, lookup)
                matrix = np.array([[f in r for f in FLAGS] for r in labels], dtype=np.float32)
                index = readers.Index(vectors=index_vectors, labels=matrix, meta={})
            reader = readers.Readers(model_path=path, index=index, memory=len(sentences) + 200_000)
            if NEIGHBOURS:
                reader.remember(sentences, vectors)
            for p, n, e in held:
                out.write(json.dumps(reading(fold, p, n, e, reader)) + "\n")
            out.flush()
            print(
                f"fold {fold}: {len(held)} held out, {time.monotonic() - started:.0f}s",
                file=sys.stderr,
                flush=True,
            )


def _cached_embeddings(sentences):
    """sentence -> embedding, reusing EMBED_CACHE (an .npz outside the repository) if given."""
    cache = os.environ.get("EMBED_CACHE")
    lookup = {}
    if cache and Path(cache).exists():
        with np.load(cache) as data:
            lookup = dict(zip(data["sentences"].tolist(), data["vectors"], strict=True))
    missing = [s for s in sentences if s not in lookup]
    print(f"embedding {len(missing)} sentences once…", file=sys.stderr, flush=True)
    if missing:
        lookup.update(zip(missing, encoder.embed(missing, batch_size=64), strict=True))
        if cache:
            keys = sorted(lookup)
            np.savez(cache, sentences=np.array(keys), vectors=np.array([lookup[k] for k in keys]))
    return lookup


def reading(fold, path, line, e, reader):
    sentences = split_sentences(e.text) or [e.text]
    evidence = gather(sentences, neighbours=NEIGHBOURS, reader=reader)
    return {
        "fold": fold,
        "file": path.stem,
        "line": line,
        "kind": e.kind,
        "flags": sorted(e.flags),
        "voice": e.voice,
        "words": len(e.text.split()),
        "precise": [f for f in FLAGS if evidence[f].precise],
        "broad": [f for f in FLAGS if evidence[f].broad],
        "p": [round(evidence[f].p, 4) for f in FLAGS],
        "knn": [round(evidence[f].knn, 4) for f in FLAGS],
        # which rules matched (ids only), and the model's reading of every unit (window or
        # sentence) so other ways of combining them can be tried without reading the text again
        "rules": sorted(
            {m.rule_id for f in FLAGS for _i, m in evidence[f].precise + evidence[f].broad}
        ),
        "units": _unit_readings(sentences, reader),
    }


def _unit_readings(sentences, reader):
    spans, probs = reader.unit_readings(sentences)
    return [
        [a, b, [round(float(x), 4) for x in row]] for (a, b), row in zip(spans, probs, strict=True)
    ]


if __name__ == "__main__":
    main()
