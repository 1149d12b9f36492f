"""Screening figures for labelled JSONL files, without ever printing an entry's text.

    PYTHONPATH=. .venv/bin/python bench/screening_report.py data/screening/dev/*.jsonl

Takes any JSONL files in the data/screening schema (safety/screening/training/dataset.py) and runs screen_text on
every entry with the shipped model, index and rules. Prints: recall per flag counting route OR
ask, and route alone; ordinary nights with any flag or ask, and routed to the urgent page (danger or
self_harm in flags); tricky negatives with any flag or ask; abuse entries without danger signs given
danger; tables per voice and per topic; flags raised on positives that their labels do not hold.
Only counts and rates are printed, never text, so it can be run on a blind set once.

--knn-ask X hears the nearest-neighbour reader at vote share X for every flag (a comparison: the
shipped levels decide whether it is heard at all).
"""

import os
import sys
from collections import Counter, defaultdict
from dataclasses import replace

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
django.setup()

from safety.screening import (  # noqa: E402
    FLAGS,
    levels,  # noqa: E402
    screen_text,
)
from safety.screening.training import dataset  # noqa: E402

ORDER = ("danger", "self_harm", "abuse", "infidelity", "addiction", "checked_out")
URGENT = {"danger", "self_harm"}


def pct(a, b):
    return f"{a}/{b} {a / b:6.1%}" if b else "-"


def abuse_without_danger_signs(e):
    """Abuse positives that carry no danger sign: danger_signs false where the set says so,
    otherwise abuse-labelled entries not labelled danger."""
    if "abuse" not in e.flags or "danger" in e.flags:
        return False
    return e.danger_signs is not True


def main(paths):
    if not paths:
        sys.exit(__doc__)
    if paths[0] == "--knn-ask":
        share, paths = float(paths[1]), paths[2:]
        levels.THRESHOLDS.update(
            {f: replace(t, knn_ask=share) for f, t in levels.THRESHOLDS.items()}
        )
        print(f"neighbours heard at a vote share of {share}")
    examples = []
    for path in paths:
        examples += dataset.read(path, allow_blind=True)
    results = [screen_text(e.text) for e in examples]
    total, any_level, routed = Counter(), Counter(), Counter()
    extra_any, extra_route = Counter(), Counter()
    neg = {"ordinary": [0, 0, 0], "tricky": [0, 0, 0]}  # n, any flag or ask, urgent route
    abuse_danger = [0, 0, 0]  # n, danger routed or asked, danger routed
    voice = defaultdict(lambda: [0, 0, 0, 0])  # positives, caught (any), negatives, flagged (any)
    topic = defaultdict(lambda: [0, 0, 0, 0])
    for e, r in zip(examples, results, strict=True):
        seen = r.flags | r.possible
        for table, key in ((voice, e.voice or "?"), (topic, e.topic or "?")):
            row = table[key]
            if e.kind == "positive":
                row[0] += 1
                row[1] += bool(e.flags & seen)
            else:
                row[2] += 1
                row[3] += bool(seen)
        if e.kind != "positive":
            cell = neg[e.kind]
            cell[0] += 1
            cell[1] += bool(seen)
            cell[2] += bool(r.flags & URGENT)
            continue
        for flag in e.flags:
            total[flag] += 1
            any_level[flag] += flag in seen
            routed[flag] += flag in r.flags
        allowed = e.flags | ({"abuse"} if "danger" in e.flags else set())
        for flag in seen - allowed:
            extra_any[flag] += 1
            extra_route[flag] += flag in r.flags
        if abuse_without_danger_signs(e):
            abuse_danger[0] += 1
            abuse_danger[1] += "danger" in seen
            abuse_danger[2] += "danger" in r.flags
    print(f"{len(examples)} entries from {len(paths)} file(s)\n")
    print(f"{'recall':14}{'route or ask':>18}{'route only':>18}")
    for flag in ORDER:
        if total[flag]:
            print(
                f"{flag:14}{pct(any_level[flag], total[flag]):>18}{pct(routed[flag], total[flag]):>18}"
            )
    print()
    for kind in ("ordinary", "tricky"):
        n, flagged, urgent = neg[kind]
        print(
            f"{kind:9} any flag or ask {pct(flagged, n):>16}   routed to urgent {pct(urgent, n):>16}"
        )
    n, any_danger, routed_danger = abuse_danger
    print(
        f"abuse without danger signs given danger: {pct(any_danger, n)} (routed {pct(routed_danger, n)})"
    )
    print("\nwrong extra flags on positives (any level / routed):")
    for flag in ORDER:
        if extra_any[flag]:
            print(f"  {flag:14}{extra_any[flag]:5} /{extra_route[flag]:5}")
    for name, table in (("voice", voice), ("topic", topic)):
        print(f"\nper {name}:{'positives caught':>34}{'negatives flagged':>24}")
        for key in sorted(table):
            p, c, n, f = table[key]
            print(f"  {key[:30]:30}{pct(c, p):>16}{pct(f, n):>24}")
    assert set(ORDER) == FLAGS


if __name__ == "__main__":
    main(sys.argv[1:])
