"""Recall and false-positive figures on the held-out sets, as first measured.

Each set was written before a round of rule changes and measured once; the next round's changes
used its misses. Round five was not read when the general constructions were written (they came
from round six's misses, then round seven's); round seven measured them once before its own fixes. This test fails if a rule
change makes either set worse, and prints the current figures (pytest -s).

Since the similarity reader and the tuned model (safety/classifier.py) every set here but rounds
13 and 14 is also their training data, so those figures no longer say anything about unseen
writing; they stay as regression pins. The honest figures are the blind sets' first runs (round
13: written before the similarity reader; round 14: written before the tuned model, whose
settings were chosen on bench/screening_eval.py's leave-corpus-out readings, never on round 14)
and bench/screening_eval.py itself.
"""

from collections import Counter

import pytest

from safety.screening import screen_text
from tests.safety import (
    examples_final,
    examples_round4,
    examples_round5,
    examples_round6,
    examples_round7,
    examples_round8,
    examples_round9,
    examples_round10,
    examples_round11,
    examples_round12,
    examples_round13,
    examples_round14,
)

BASELINES = {
    # First run of examples_round14.py (written blind by a helper who saw no rules, no examples and
    # no earlier set) with the readers as they were then: rules and nearest neighbours. It is
    # never training data (test_classifier.py checks). The tuned model's first run on it, with
    # everything else fixed beforehand, is in CURRENT and the README.
    "round14": (
        examples_round14,
        {
            "danger": 51 / 60,
            "self_harm": 53 / 60,
            "abuse": 59 / 60,
            "infidelity": 27 / 30,
            "addiction": 27 / 30,
            "checked_out": 25 / 30,
        },
        10 / 100,
    ),
    # First run of examples_round13.py, written blind by a helper who saw neither the rules nor the
    # similarity reader's examples, measured once with both readers (rules alone, the same day:
    # self_harm 17/40, danger 22/40, abuse 23/40, infidelity 10/20, addiction 11/20,
    # checked_out 15/20, ordinary 0/80). It is never training data (test_classifier.py checks).
    "round13": (
        examples_round13,
        {
            "danger": 37 / 40,
            "self_harm": 36 / 40,
            "abuse": 33 / 40,
            "infidelity": 17 / 20,
            "addiction": 18 / 20,
            "checked_out": 17 / 20,
        },
        5 / 80,
    ),
    # first run of examples_final.py, rules unchanged since the round of examples_fresh.py
    "final": (
        examples_final,
        {
            "danger": 9 / 15,
            "self_harm": 4 / 10,
            "abuse": 9 / 15,
            "infidelity": 3 / 5,
            "addiction": 4 / 5,
            "checked_out": 2 / 5,
        },
        0 / 40,
    ),
    # first run of examples_round4.py (the broad nets were then tuned on it)
    "round4": (
        examples_round4,
        {
            "danger": 9 / 15,
            "self_harm": 3 / 10,
            "abuse": 10 / 15,
            "infidelity": 3 / 5,
            "addiction": 3 / 5,
            "checked_out": 1 / 5,
        },
        0 / 40,
    ),
    # first run of examples_round5.py, the last unseen set
    "round5": (
        examples_round5,
        {
            "danger": 9 / 15,
            "self_harm": 2 / 10,
            "abuse": 13 / 15,
            "infidelity": 4 / 5,
            "addiction": 4 / 5,
            "checked_out": 4 / 5,
        },
        1 / 40,
    ),
    # first run of examples_round6.py, written before the general constructions
    "round6": (
        examples_round6,
        {
            "danger": 21 / 25,
            "self_harm": 16 / 25,
            "abuse": 16 / 20,
            "infidelity": 6 / 10,
            "addiction": 6 / 10,
            "checked_out": 7 / 10,
        },
        0 / 40,
    ),
    # first run of examples_round7.py, written after the general constructions to probe them
    "round7": (
        examples_round7,
        {"danger": 22 / 30, "self_harm": 10 / 30, "abuse": 13 / 20},
        2 / 20,
    ),
    # first run of examples_round8.py, written after both rounds of general constructions
    "round8": (
        examples_round8,
        {
            "danger": 16 / 25,
            "self_harm": 7 / 25,
            "abuse": 9 / 20,
            "infidelity": 1 / 5,
            "addiction": 1 / 5,
            "checked_out": 2 / 5,
        },
        1 / 40,
    ),
    # first run of examples_round9.py, written after the wider nets: the honest unseen estimate
    "round9": (
        examples_round9,
        {
            "danger": 7 / 20,
            "self_harm": 3 / 20,
            "abuse": 7 / 15,
            "infidelity": 1 / 5,
            "addiction": 0 / 5,
            "checked_out": 1 / 5,
        },
        2 / 30,
    ),
    # first run of examples_round10.py, written after the rules from round nine: latest unseen estimate
    "round10": (
        examples_round10,
        {
            "danger": 11 / 20,
            "self_harm": 5 / 20,
            "abuse": 7 / 15,
            "infidelity": 2 / 5,
            "addiction": 1 / 5,
            "checked_out": 2 / 5,
        },
        1 / 30,
    ),
    # first run of examples_round11.py, written after the rules from round ten
    "round11": (
        examples_round11,
        {
            "danger": 11 / 15,
            "self_harm": 1 / 15,
            "abuse": 9 / 10,
            "infidelity": 2 / 3,
            "addiction": 2 / 3,
            "checked_out": 3 / 3,
        },
        0 / 20,
    ),
    # first run of examples_round12.py, written after the lexicon rules: the estimate to quote
    "round12": (
        examples_round12,
        {
            "danger": 7 / 12,
            "self_harm": 9 / 15,
            "abuse": 9 / 10,
            "infidelity": 2 / 3,
            "addiction": 2 / 3,
            "checked_out": 3 / 3,
        },
        0 / 20,
    ),
}
# Tricky negatives (negation, figures of speech, others' stories, a past that is over) flagged,
# as measured with the tuned model on 2026-11-22; the count may only go down. (Rounds ten, eleven
# and twelve each rose by one with it; the blind sets fell: round 13 from 16 to 12, round 14 from
# 35 to 20.)
TRICKY_BASELINES = {
    "final": 0,
    "round10": 2,
    "round11": 1,
    "round12": 1,
    "round13": 12,
    "round14": 20,
    "round4": 0,
    "round5": 0,
    "round6": 2,
    "round7": 0,
    "round8": 0,
    "round9": 0,
}

# Ordinary entries flagged, as measured with the tuned model on 2026-11-22; the count may only go
# down. The ceiling (1 in 10) is checked on the blind sets, where it means something.
ORDINARY_NOW = {
    "final": (0, 40),
    "round10": (2, 30),
    "round11": (2, 20),
    "round12": (1, 20),
    "round13": (8, 80),
    "round14": (5, 100),
    "round4": (0, 40),
    "round5": (0, 40),
    "round6": (0, 40),
    "round7": (4, 20),
    "round8": (2, 40),
    "round9": (0, 30),
}
BLIND = ("round13", "round14")

# Figures with the tuned model (2026-11-22): a change may not lower any of them.
CURRENT = {
    "round14": {
        "abuse": (59, 60),
        "addiction": (28, 30),
        "checked_out": (27, 30),
        "danger": (59, 60),
        "infidelity": (29, 30),
        "self_harm": (58, 60),
    },
    "round13": {
        "abuse": (40, 40),
        "addiction": (20, 20),
        "checked_out": (19, 20),
        "danger": (38, 40),
        "infidelity": (20, 20),
        "self_harm": (39, 40),
    },
    "final": {
        "abuse": (15, 15),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (15, 15),
        "infidelity": (5, 5),
        "self_harm": (10, 10),
    },
    "round10": {
        "abuse": (15, 15),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (20, 20),
        "infidelity": (5, 5),
        "self_harm": (20, 20),
    },
    "round11": {
        "abuse": (10, 10),
        "addiction": (3, 3),
        "checked_out": (3, 3),
        "danger": (15, 15),
        "infidelity": (3, 3),
        "self_harm": (15, 15),
    },
    "round12": {
        "abuse": (10, 10),
        "addiction": (3, 3),
        "checked_out": (3, 3),
        "danger": (12, 12),
        "infidelity": (3, 3),
        "self_harm": (15, 15),
    },
    "round4": {
        "abuse": (15, 15),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (15, 15),
        "infidelity": (5, 5),
        "self_harm": (10, 10),
    },
    "round5": {
        "abuse": (15, 15),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (15, 15),
        "infidelity": (5, 5),
        "self_harm": (10, 10),
    },
    "round6": {
        "abuse": (20, 20),
        "addiction": (10, 10),
        "checked_out": (10, 10),
        "danger": (25, 25),
        "infidelity": (10, 10),
        "self_harm": (25, 25),
    },
    "round7": {"abuse": (20, 20), "danger": (30, 30), "self_harm": (30, 30)},
    "round8": {
        "abuse": (20, 20),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (25, 25),
        "infidelity": (5, 5),
        "self_harm": (25, 25),
    },
    "round9": {
        "abuse": (15, 15),
        "addiction": (5, 5),
        "checked_out": (5, 5),
        "danger": (20, 20),
        "infidelity": (5, 5),
        "self_harm": (20, 20),
    },
}


def measure(module):
    total, caught = Counter(), Counter()
    for text, flag in module.POSITIVES:
        total[flag] += 1
        caught[flag] += flag in screen_text(text).flags
    recall = {flag: caught[flag] / total[flag] for flag in total}
    flagged = sum(1 for text in module.ORDINARY if screen_text(text).flags)
    return recall, flagged / len(module.ORDINARY)


@pytest.mark.parametrize("name", sorted(BASELINES))
def test_held_out_figures_do_not_get_worse(name):
    module, baseline_recall, baseline_fp = BASELINES[name]
    recall, false_positive = measure(module)
    for flag, value in sorted(recall.items()):
        print(f"{name}: recall {flag:12} {value:.0%} (first run {baseline_recall[flag]:.0%})")
    print(f"{name}: ordinary entries flagged {false_positive:.0%}")
    assert all(recall[flag] >= baseline_recall[flag] for flag in baseline_recall)
    for flag, (caught, total) in CURRENT[name].items():
        assert recall[flag] >= caught / total, f"{name} {flag} fell below {caught}/{total}"
    flagged, total = ORDINARY_NOW[name]
    assert round(false_positive * total) <= flagged
    if name in BLIND:
        assert false_positive <= 0.10
    tricky = [text for text in getattr(module, "TRICKY", []) if screen_text(text).flags]
    print(f"{name}: tricky negatives flagged {len(tricky)}")
    assert len(tricky) <= TRICKY_BASELINES.get(name, 0)
