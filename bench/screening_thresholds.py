"""Choose the screening levels (safety/screening/levels.py THRESHOLDS) on out-of-fold readings.

Reads bench/results/screening_folds.jsonl (bench/screening_eval.py) and, flag by flag, tries every
combination of thresholds on a grid, keeping the one with the lowest expected cost as stated in
safety/screening/levels.py (COST below), with ordinary and tricky nights weighted so that they are NEG_SHARE
of all nights. Danger is chosen first, then abuse with danger's levels applied (danger brings abuse).
Prints the thresholds to paste into safety/screening/levels.py and the out-of-fold figures they give, with
and without the neighbour reader, pooled and per file. No text is read or printed.

    PYTHONPATH=. .venv/bin/python bench/screening_thresholds.py [bench/results/screening_folds.jsonl]
"""

import itertools
import json
import os
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety.screening import levels  # noqa: E402
from safety.screening.levels import ASK, NONE, ROUTE, Levels, decide  # noqa: E402

FLAGS = ("abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out")
URGENT = {"danger", "self_harm"}
NEG_SHARE = 0.95  # real nights: about 19 in 20 hold no disclosure (DOMAIN.md)
# FALSE_SCALE=k multiplies every false-alarm cost: the stated cost (safety/screening/levels.py) is k = 4;
# k = 1 was the cost until 2026-12-03, kept to show that operating point beside this one.
_K = float(os.environ.get("FALSE_SCALE", "4"))
COST = {
    "false_ask": 1.0 * _K,
    "false_route": {"danger": 12.0 * _K, "self_harm": 12.0 * _K},  # the urgent page
    "false_route_guidance": 4.0 * _K,
    "miss": {"danger": 150.0, "self_harm": 150.0, "abuse": 80.0},
    "miss_guidance": 25.0,
    "asked_not_routed": {"danger": 2.0, "self_harm": 2.0},
    "asked_not_routed_guidance": 0.5,
}
P_GRID = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)
BROAD_GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01)
KNN_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 2.0)


def aggregate(units, how):
    """One probability per flag from the model's readings of an entry's units ([start, end,
    probs] for every window and every readable sentence alone; bench/screening_eval.py), combined
    as safety.screening.readers.combine does with `how` ("peak" or "agree", see there)."""
    from safety.screening import readers

    return readers.combine([(u[0], u[1]) for u in units], [u[2] for u in units], how)[0]


def load(path, how=None):
    how = how or os.environ.get("AGG", "peak")
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line]
    if how != "peak":
        for r in rows:
            r["p"] = [float(x) for x in aggregate(r["units"], how)]
    j = {f: levels_index(f) for f in FLAGS}
    data = {
        "kind": np.array([r["kind"] for r in rows]),
        "file": np.array([r["file"] for r in rows]),
        "words": np.array([r["words"] for r in rows]),
    }
    for f in FLAGS:
        data[f] = {
            "label": np.array([f in r["flags"] for r in rows]),
            "precise": np.array([f in r["precise"] for r in rows]),
            "broad": np.array([f in r["broad"] for r in rows]),
            "p": np.array([r["p"][j[f]] for r in rows]),
            "knn": np.array([r["knn"][j[f]] for r in rows]),
        }
    return rows, data


def levels_index(flag):
    from safety.screening.encoder import LABELS

    return LABELS.index(flag)


def weights(data):
    negative = data["kind"] != "positive"
    return np.where(negative, NEG_SHARE / (1 - NEG_SHARE) * (~negative).sum() / negative.sum(), 1.0)


def cost(flag, level, data, w, allowed=None):
    d = data[flag]
    pos = d["label"]
    free = allowed if allowed is not None else np.zeros_like(pos)
    miss = COST["miss"].get(flag, COST["miss_guidance"])
    slow = COST["asked_not_routed"].get(flag, COST["asked_not_routed_guidance"])
    false_route = COST["false_route"].get(flag, COST["false_route_guidance"])
    c = np.where(pos & (level == NONE), miss, 0.0)
    c += np.where(pos & (level == ASK), slow, 0.0)
    wrong = ~pos & ~free
    c += np.where(wrong & (level == ASK), COST["false_ask"], 0.0)
    c += np.where(wrong & (level == ROUTE), false_route, 0.0)
    return float((c * w).sum())


def grid(knn_on):
    for ask, route in itertools.product(P_GRID, P_GRID):
        if route < ask:
            continue
        for broad_ask, broad_route in itertools.product(BROAD_GRID, BROAD_GRID):
            if broad_route < broad_ask or broad_ask > ask or broad_route > route:
                continue
            for knn in KNN_GRID if knn_on else (2.0,):
                yield Levels(ask, route, broad_ask, broad_route, knn)


def level_of(flag, data, t, floor=None):
    d = data[flag]
    level, _ = decide(d["precise"], d["broad"], d["p"], d["knn"], t)
    return np.maximum(level, floor) if floor is not None else level


PRECISE_GRID = (0.0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


def refine(start, score, urgent=False):
    """Coordinate descent from `start` over every field's grid, including when a precise rule is
    heard (precise_route, precise_ask), keeping the order constraints of grid(). For the urgent
    flags a precise rule is never dropped (README, Safety): precise_ask stays 0."""
    grids = {
        "ask": P_GRID,
        "route": P_GRID,
        "broad_ask": BROAD_GRID,
        "broad_route": BROAD_GRID,
        "precise_ask": PRECISE_GRID,
        "precise_route": PRECISE_GRID,
    }
    best, best_cost = start, score(start)
    for _ in range(3):
        moved = False
        for name, values in grids.items():
            if urgent and name == "precise_ask":
                continue
            for value in values:
                t = replace(best, **{name: value})
                if t.route < t.ask or t.broad_route < t.broad_ask or t.broad_ask > t.ask:
                    continue
                if t.broad_route > t.route or t.precise_route < t.precise_ask:
                    continue
                c = score(t)
                if c < best_cost - 1e-9:
                    best, best_cost, moved = t, c, True
        if not moved:
            break
    return best


def choose(data, knn_on):
    w = weights(data)
    chosen, out = {}, {}
    order = ("danger", "abuse", "self_harm", "infidelity", "addiction", "checked_out")
    for flag in order:
        floor = out["danger"] if flag == "abuse" else None
        allowed = data["danger"]["label"] if flag == "abuse" else None

        def score(t, f=flag, fl=floor, al=allowed):
            return cost(f, level_of(f, data, t, fl), data, w, al)

        best = min(grid(knn_on), key=score)
        if os.environ.get("PRECISE", "1") == "1":
            best = refine(best, score, urgent=flag in URGENT)
        chosen[flag] = best
        out[flag] = level_of(flag, data, best, floor)
    return chosen, out


def report(data, out, label):
    kind = data["kind"]
    print(f"\n[{label}]")
    for flag in FLAGS:
        pos = data[flag]["label"]
        if flag == "abuse":
            pos = pos & ~data["danger"]["label"]
        n = pos.sum()
        a = (out[flag][pos] > NONE).sum()
        r = (out[flag][pos] == ROUTE).sum()
        print(f"  {flag:12} recall route or ask {a}/{n} {a / n:.1%}   route only {r / n:.1%}")
    any_level = np.zeros(len(kind), bool)
    urgent = np.zeros(len(kind), bool)
    for flag in FLAGS:
        any_level |= out[flag] > NONE
        if flag in URGENT:
            urgent |= out[flag] == ROUTE
    for k in ("ordinary", "tricky"):
        m = kind == k
        print(
            f"  {k:9} any flag or ask {any_level[m].sum()}/{m.sum()} {any_level[m].mean():.1%}"
            f"   routed to urgent {urgent[m].mean():.1%}"
        )
    m = data["abuse"]["label"] & ~data["danger"]["label"]
    given = out["danger"][m] > NONE
    print(f"  abuse without danger given danger {given.sum()}/{m.sum()} {given.mean():.1%}")
    long_ = (kind == "ordinary") & (data["words"] > 80)
    if long_.any():
        print(f"  ordinary over 80 words flagged {any_level[long_].mean():.1%} of {long_.sum()}")
    return any_level


def per_file(data, out, any_level):
    table = defaultdict(lambda: [0, 0, 0, 0])
    for i, name in enumerate(data["file"]):
        row = table[name]
        if data["kind"][i] == "positive":
            row[0] += 1
            row[1] += any(out[f][i] > NONE for f in FLAGS if data[f]["label"][i])
        else:
            row[2] += 1
            row[3] += bool(any_level[i])
    print("  per file: positives caught / negatives flagged")
    for name in sorted(table):
        p, c, n, f = table[name]
        cells = f"{c}/{p}" if p else "-"
        print(f"    {name:28} {cells:>10} {f'{f}/{n}' if n else '-':>10}")


def main(path):
    _rows, data = load(path)
    heard = any(data[f]["knn"].any() for f in FLAGS)  # NEIGHBOURS=1 in screening_eval.py
    for knn_on in (False, True) if heard else (False,):
        chosen, out = choose(data, knn_on)
        label = "with neighbours" if knn_on else "without neighbours"
        w = weights(data)
        total = sum(
            cost(
                f,
                out[f],
                data,
                w,
                data["danger"]["label"] if f == "abuse" else None,
            )
            for f in FLAGS
        )
        any_level = report(data, out, f"{label}: total weighted cost {total:.0f}")
        per_file(data, out, any_level)
        for flag in FLAGS:
            print(f'    "{flag}": {chosen[flag]},')
    assert levels.THRESHOLDS  # the shipped ones, for comparison:
    out = {}
    for flag in ("danger", "abuse", "self_harm", "infidelity", "addiction", "checked_out"):
        floor = out["danger"] if flag == "abuse" else None
        out[flag] = level_of(flag, data, levels.THRESHOLDS[flag], floor)
    report(data, out, "shipped thresholds")


if __name__ == "__main__":
    main(
        sys.argv[1]
        if len(sys.argv) > 1
        else Path(__file__).parent / "results" / "screening_folds.jsonl"
    )
