"""Recall and false-positive figures on the final held-out set (never tuned on).

The first and only run before any change gave the figures in BASELINE; this test fails if a rule
change makes them worse, and prints them (pytest -s) so the README can quote the current ones.
"""

from collections import Counter

from safety.screening import screen_text
from tests.safety import examples_final

# Measured on the first run of examples_final.py, 2026-11-22 (rules unchanged since).
BASELINE_RECALL = {
    "danger": 9 / 15,
    "self_harm": 4 / 10,
    "abuse": 9 / 15,
    "infidelity": 3 / 5,
    "addiction": 4 / 5,
    "checked_out": 2 / 5,
}
BASELINE_FALSE_POSITIVE = 0 / 40


def measure():
    total, caught = Counter(), Counter()
    for text, flag in examples_final.POSITIVES:
        total[flag] += 1
        caught[flag] += flag in screen_text(text).flags
    recall = {flag: caught[flag] / total[flag] for flag in total}
    flagged = sum(1 for text in examples_final.ORDINARY if screen_text(text).flags)
    return recall, flagged / len(examples_final.ORDINARY)


def test_figures_on_the_final_held_out_set_do_not_get_worse():
    recall, false_positive = measure()
    for flag, value in sorted(recall.items()):
        print(f"recall {flag:12} {value:.0%}")
    print(f"ordinary entries flagged {false_positive:.0%}")
    assert all(recall[flag] >= BASELINE_RECALL[flag] for flag in BASELINE_RECALL)
    assert false_positive <= max(BASELINE_FALSE_POSITIVE, 0.10)
