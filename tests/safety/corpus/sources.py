"""Every labelled example the similarity reader learns from, in one place.

The hand-written example sets from the rule rounds (each a held-out set once, now training data) and
the corpus files written for the reader (train_*.py). examples_round13.py is NOT here: it was written
blind to all of this and is kept to judge the reader (tests/safety/test_screening_figures.py).
"""

import hashlib
import importlib
import json
from pathlib import Path

from tests.safety import (
    examples_final,
    examples_fresh,
    examples_heldout,
    examples_round4,
    examples_round5,
    examples_round6,
    examples_round7,
    examples_round8,
    examples_round9,
    examples_round10,
    examples_round11,
    examples_round12,
    examples_tuning,
)


class _GeneralRuleNegatives:
    """The near-misses written for the general rules (test_screening_general.QUIET): hard negatives
    the reader must learn too, so they are training data, not a measure of it."""

    POSITIVES = ()

    @property
    def NEGATIVES(self):
        from tests.safety.test_screening_general import QUIET

        return [text for _flag, text in QUIET]


ROUND_SETS = (
    examples_final,
    examples_fresh,
    examples_heldout,
    examples_tuning,
    examples_round4,
    examples_round5,
    examples_round6,
    examples_round7,
    examples_round8,
    examples_round9,
    examples_round10,
    examples_round11,
    examples_round12,
    _GeneralRuleNegatives(),
)


def corpus_modules():
    here = Path(__file__).resolve().parent
    return [
        importlib.import_module(f"tests.safety.corpus.{path.stem}")
        for path in sorted(here.glob("train_*.py"))
    ]


def _flags(label) -> frozenset:
    return frozenset({label} if isinstance(label, str) else label)


def examples(modules=None) -> list[tuple[str, frozenset]]:
    """(text, flags) pairs; an empty frozenset is a negative."""
    out = []
    for module in modules if modules is not None else ROUND_SETS + tuple(corpus_modules()):
        positives = getattr(module, "ALL", None) or module.POSITIVES
        out += [(text, _flags(label)) for text, label in positives]
        for name in ("NEGATIVES", "ORDINARY", "TRICKY"):
            for item in getattr(module, name, ()):
                text = item[0] if isinstance(item, tuple) else item
                out.append((text, frozenset()))
    return out


def fingerprint(pairs) -> str:
    blob = json.dumps([[text, sorted(flags)] for text, flags in pairs], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()
