"""The frozen dev set's figures (data/screening/dev/: rounds 13 and 14), pinned so a change can
only keep or improve them. Each entry is screened once per test run (one fixture).

These are dev figures, not blind ones: the levels were chosen on out-of-fold readings of the
training data (bench/screening_thresholds.py), and dev was measured while building, so it has been
looked at. The blind set (data/screening/blind/) is measured once with bench/screening_report.py.
The older rounds are training data now and are no longer pinned here (their rules are unit-tested
in test_screening.py). Print the figures with `pytest tests/safety/test_screening_figures.py -s`.
"""

from collections import Counter

import pytest

from safety.screening import screen_text
from safety.screening.training import dataset

# Pinned on 2026-12-03 with the model trained by the recipe chosen out of fold (tuning.py: layers
# from SPLIT=2 up, negatives' single sentences at SENTENCE_WEIGHT 0.3, round 18 in train/) and the
# levels chosen for it at the stated cost of safety/screening/levels.py: (caught by route or ask,
# total). The pins before: danger 96, self_harm 90, abuse 93, infidelity 44, addiction 47,
# checked_out 45; ordinary 3, tricky 13, abuse given danger 4. Danger lost two and ordinary gained
# one; the rest held or improved (README, Safety). From here they can only hold or improve.
RECALL = {
    "danger": (94, 100),
    "self_harm": (95, 100),
    "abuse": (95, 100),
    "infidelity": (48, 50),
    "addiction": (48, 50),
    "checked_out": (45, 50),
}
# Upper bounds, as counts: ordinary nights with any flag or question, ordinary nights routed to the
# urgent page, tricky negatives with any flag or question, abuse-only entries given danger.
ORDINARY_ANY = (4, 180)
ORDINARY_URGENT = (0, 180)
TRICKY_ANY = (10, 140)
ABUSE_GIVEN_DANGER = (2, 100)


@pytest.fixture(scope="module")
def figures():
    examples = dataset.load(dataset.files(dataset.DEV))
    total, caught = Counter(), Counter()
    counts = Counter()
    for e in examples:
        r = screen_text(e.text)
        seen = r.flags | r.possible
        if e.kind == "positive":
            for flag in e.flags:
                total[flag] += 1
                caught[flag] += flag in seen
            if e.flags == {"abuse"}:
                counts["abuse"] += 1
                counts["abuse_danger"] += "danger" in seen
        else:
            counts[e.kind] += 1
            counts[e.kind + "_any"] += bool(seen)
            counts[e.kind + "_urgent"] += bool(r.flags & {"danger", "self_harm"})
    for flag in RECALL:
        print(f"dev recall {flag:12} {caught[flag]}/{total[flag]}")
    print(f"dev ordinary any {counts['ordinary_any']}/{counts['ordinary']}")
    print(f"dev ordinary urgent {counts['ordinary_urgent']}/{counts['ordinary']}")
    print(f"dev tricky any {counts['tricky_any']}/{counts['tricky']}")
    print(f"dev abuse given danger {counts['abuse_danger']}/{counts['abuse']}")
    return total, caught, counts


@pytest.mark.parametrize("flag", sorted(RECALL))
def test_dev_recall_does_not_fall(figures, flag):
    total, caught, _ = figures
    pinned, size = RECALL[flag]
    assert total[flag] == size
    assert caught[flag] >= pinned


@pytest.mark.parametrize(
    "key,kind,pinned",
    [
        ("ordinary_any", "ordinary", ORDINARY_ANY),
        ("ordinary_urgent", "ordinary", ORDINARY_URGENT),
        ("tricky_any", "tricky", TRICKY_ANY),
        ("abuse_danger", "abuse", ABUSE_GIVEN_DANGER),
    ],
)
def test_dev_false_alarms_do_not_grow(figures, key, kind, pinned):
    _, _, counts = figures
    most, size = pinned
    assert counts[kind] == size
    assert counts[key] <= most
