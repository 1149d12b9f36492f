"""How well screening reads phrasings it has not seen: leave corpus files out.

The corpus files (tests/safety/corpus/train_*.py) are split into FOLDS groups. For each group, the
tuned model is trained (safety/tuning.py, PyTorch) and the similarity index built from every OTHER
labelled example, and screen_text (rules + similarity reader + tuned model) runs over the held-out
files. Rules were never tuned on the corpus files, so this is the estimate for all three readers
together. Prints recall per flag and the share of ordinary and tricky entries flagged, per file
and pooled, for a few ways of combining the readers. The blind sets examples_round13.py and
examples_round14.py are measured by tests/safety/test_screening_figures.py instead.

    pip install torch==2.13.0   # training only
    PYTHONPATH=. .venv/bin/python bench/screening_eval.py        # about 15 minutes on 2 cores

FOLDS=4 by default. DUMP=path.json also writes what each reader said about each held-out text
(the model's probabilities, the rules' and the neighbours' flags), to try other ways of combining
them without training again; the shipped thresholds (classifier.MODEL_THRESHOLDS) were chosen so.
"""

import ast
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
django.setup()

import numpy as np  # noqa: E402

from safety import classifier, encoder, tuning  # noqa: E402
from safety.management.commands.build_screening_index import index_rows  # noqa: E402
from safety.screening import screen_text, split_sentences  # noqa: E402
from tests.safety.corpus import sources  # noqa: E402

FLAGS = classifier.LABELS
SHIPPED_THRESHOLDS = dict(classifier.MODEL_THRESHOLDS)


def negatives(module):
    """(ordinary, tricky) lists: ORDINARY/TRICKY, or NEGATIVES split at its '# tricky' comment
    (the older corpus files), found by the line numbers of the list's elements."""
    if hasattr(module, "ORDINARY"):
        return list(module.ORDINARY), list(module.TRICKY)
    source = Path(module.__file__).read_text()
    marker = next(i for i, line in enumerate(source.splitlines(), 1) if line.strip() == "# tricky")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NEGATIVES":
            split = sum(1 for element in node.value.elts if element.lineno < marker)
            return module.NEGATIVES[:split], module.NEGATIVES[split:]
    raise ValueError(f"{module.__name__} has no NEGATIVES list")


def variants():
    """(label, neighbours on?, model thresholds, veto): the shipped way and a few others."""
    shipped = dict(SHIPPED_THRESHOLDS)
    flat = dict.fromkeys(FLAGS, 0.5)
    return [
        ("shipped", True, shipped, classifier.VETO),
        ("shipped, no neighbours", False, shipped, classifier.VETO),
        ("0.5 everywhere", True, flat, classifier.VETO),
        ("0.5 everywhere, no veto", True, flat, None),
    ]


def main():
    modules = sources.corpus_modules()
    folds = int(os.environ.get("FOLDS", 4))
    groups = [modules[i::folds] for i in range(folds)]
    everything = sources.examples()
    sentences = sorted({s for text, _ in everything for s in (split_sentences(text) or [text])})
    print(f"embedding {len(sentences)} example sentences once…", file=sys.stderr)
    vectors = encoder.embed(sentences, batch_size=64)
    lookup = dict(zip(sentences, vectors, strict=True))
    classifier._memo.size = len(sentences) + 50_000
    classifier._read_memo.size = 200_000
    classifier.remember(sentences, vectors)
    real_reader = classifier.flags_by_sentence
    dump = []  # (corpus, kind, labels, rules, neighbours, peak) per held-out text, for DUMP
    tallies = {v[0]: [Counter(), Counter(), [0, 0], [0, 0]] for v in variants()}
    with tempfile.TemporaryDirectory() as tmp:
        for number, held in enumerate(groups):
            kept = sources.ROUND_SETS + tuple(m for m in modules if m not in held)
            train = sources.examples(kept)
            model = tuning.train(train, seed=0)
            path = Path(tmp) / f"fold{number}.npz"
            tuning.export(model, path, {})
            encoder.use_tuned(path)
            classifier.forget_readings()
            index_vectors, rows = index_rows(train, lookup)
            labels = np.array([[f in r for f in FLAGS] for r in rows], dtype=np.float32)
            classifier.use_index(classifier.Index(vectors=index_vectors, labels=labels, meta={}))
            if os.environ.get("DUMP"):
                dump += _readings(held, real_reader)
            for variant in variants():
                _name, knn, classifier.MODEL_THRESHOLDS, classifier.VETO = variant
                classifier.flags_by_sentence = real_reader if knn else _no_reader
                total, caught, ordinary, tricky = tallies[variant[0]]
                for module in held:
                    t, c = _positives(module)
                    ordinary_texts, tricky_texts = negatives(module)
                    o = sum(bool(screen_text(x).flags) for x in ordinary_texts)
                    k = sum(bool(screen_text(x).flags) for x in tricky_texts)
                    total.update(t)
                    caught.update(c)
                    ordinary[0] += o
                    ordinary[1] += len(ordinary_texts)
                    tricky[0] += k
                    tricky[1] += len(tricky_texts)
                    name = module.__name__.rsplit(".", 1)[-1]
                    cells = "  ".join(f"{f} {c[f]}/{t[f]}" for f in FLAGS if t[f])
                    print(
                        f"{_label(variant)} {name:16} {cells}  ordinary {o}/{len(ordinary_texts)}"
                        f"  tricky {k}/{len(tricky_texts)}",
                        flush=True,
                    )
    classifier.flags_by_sentence = real_reader
    classifier.use_index(None)
    encoder.use_tuned(None)
    if os.environ.get("DUMP"):
        Path(os.environ["DUMP"]).write_text(json.dumps(dump))
    print("pooled:")
    for name, (total, caught, ordinary, tricky) in tallies.items():
        cells = "  ".join(f"{f} {caught[f] / total[f]:.1%}" for f in FLAGS)
        print(
            f"[{name}] {cells}  ordinary {ordinary[0] / ordinary[1]:.1%}"
            f"  tricky {tricky[0] / tricky[1]:.1%}"
        )


def _readings(held, real_reader):
    """What each reader says about each held-out text, to try other ways of combining them."""
    out = []
    silent = classifier.Reading(peak=np.full(len(FLAGS), 0.5), where={})
    for module in held:
        ordinary, tricky = negatives(module)
        items = [(text, sorted(sources._flags(label))) for text, label in module.POSITIVES]
        items += [(text, "ordinary") for text in ordinary] + [(text, "tricky") for text in tricky]
        for text, labels in items:
            original = classifier.read_in_context
            classifier.read_in_context = lambda sentences: silent
            classifier.flags_by_sentence = _no_reader
            rules = sorted(screen_text(text).flags - {"abuse"} | _rule_abuse(text))
            classifier.flags_by_sentence = real_reader
            neighbours = sorted(screen_text(text).flags)
            classifier.read_in_context = original
            peak = classifier.read_in_context(split_sentences(text)).peak
            out.append(
                {
                    "corpus": module.__name__.rsplit(".", 1)[-1],
                    "labels": labels,
                    "rules": rules,
                    "rules_knn": neighbours,
                    "peak": [round(float(p), 4) for p in peak],
                }
            )
    return out


def _rule_abuse(text):
    """Abuse from a rule itself, not implied by danger."""
    found = screen_text(text)
    return (
        {"abuse"}
        if any(m.flag == "abuse" and m.rule_id != "danger.implies-abuse" for m in found.matches)
        else set()
    )


def _no_reader(sentences):
    return [frozenset()] * len(sentences)


def _label(variant):
    return f"[{variant[0]}]"


def _positives(module):
    t, c = Counter(), Counter()
    for text, label in module.POSITIVES:
        flags = sources._flags(label)
        found = screen_text(text).flags
        for flag in flags:
            t[flag] += 1
            c[flag] += flag in found
    return t, c


if __name__ == "__main__":
    main()
