"""How well screening reads phrasings it has not seen: leave one corpus file out.

For each tests/safety/corpus/train_*.py file, the similarity index is rebuilt from every OTHER
labelled example, and screen_text (rules + similarity reader) runs over the held-out file. Rules
were never tuned on the corpus files, so this is the estimate for both readers together. Prints
recall per flag and the share of ordinary and tricky entries flagged, per file and pooled; the
blind set examples_round13.py is measured by tests/safety/test_screening_figures.py instead.

    PYTHONPATH=. .venv/bin/python bench/screening_eval.py
"""

import ast
import os
import sys
from collections import Counter
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
django.setup()

import numpy as np  # noqa: E402

from safety import classifier  # noqa: E402
from safety.encoder import embed  # noqa: E402
from safety.management.commands.build_screening_index import index_rows  # noqa: E402
from safety.screening import screen_text, split_sentences  # noqa: E402
from tests.safety.corpus import sources  # noqa: E402

FLAGS = classifier.LABELS


def tricky_start(module):
    """NEGATIVES lists ordinary entries, then a '# tricky' comment line, then the tricky ones."""
    source = Path(module.__file__).read_text()
    marker = next(i for i, line in enumerate(source.splitlines(), 1) if line.strip() == "# tricky")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NEGATIVES":
            return sum(1 for element in node.value.elts if element.lineno < marker)
    raise ValueError(f"{module.__name__} has no NEGATIVES list")


def main():
    modules = sources.corpus_modules()
    everything = sources.examples()
    sentences = sorted({s for text, _ in everything for s in (split_sentences(text) or [text])})
    print(f"embedding {len(sentences)} example sentences once…", file=sys.stderr)
    vectors = embed(sentences, batch_size=64)
    lookup = dict(zip(sentences, vectors, strict=True))
    classifier._memo.size = len(sentences) + 10_000
    classifier.remember(sentences, vectors)
    thresholds = [
        float(x) for x in os.environ.get("THRESHOLDS", str(classifier.THRESHOLD)).split(",")
    ]
    floors = [float(x) for x in os.environ.get("FLOORS", str(classifier.MIN_SIMILARITY)).split(",")]
    for threshold in thresholds:
        for floor in floors:
            classifier.THRESHOLD, classifier.MIN_SIMILARITY = threshold, floor
            print(f"threshold {threshold}, nearest example at least {floor}:")
            measure(modules, lookup)


def measure(modules, lookup):
    total, caught = Counter(), Counter()
    ordinary = [0, 0]
    tricky = [0, 0]
    for held in modules:
        train = sources.examples(sources.ROUND_SETS + tuple(m for m in modules if m is not held))
        vectors, rows = index_rows(train, lookup)
        labels = np.array([[flag in r for flag in FLAGS] for r in rows], dtype=np.float32)
        classifier.use_index(classifier.Index(vectors=vectors, labels=labels, meta={}))
        t, c = Counter(), Counter()
        for text, flag in held.POSITIVES:
            t[flag] += 1
            c[flag] += flag in screen_text(text).flags
        split = tricky_start(held)
        o = sum(bool(screen_text(text).flags) for text in held.NEGATIVES[:split])
        k = sum(bool(screen_text(text).flags) for text in held.NEGATIVES[split:])
        name = held.__name__.rsplit(".", 1)[-1]
        cells = "  ".join(f"{f} {c[f]}/{t[f]}" for f in FLAGS if t[f])
        print(f"{name:14} {cells}  ordinary {o}/{split}  tricky {k}/{len(held.NEGATIVES) - split}")
        total += t
        caught += c
        ordinary = [ordinary[0] + o, ordinary[1] + split]
        tricky = [tricky[0] + k, tricky[1] + len(held.NEGATIVES) - split]
    classifier.use_index(None)
    print("pooled:")
    for f in FLAGS:
        print(f"  recall {f:12} {caught[f]:4}/{total[f]:<4} {caught[f] / total[f]:.1%}")
    print(f"  ordinary flagged   {ordinary[0]}/{ordinary[1]} {ordinary[0] / ordinary[1]:.1%}")
    print(f"  tricky flagged     {tricky[0]}/{tricky[1]} {tricky[0] / tricky[1]:.1%}")


if __name__ == "__main__":
    main()
