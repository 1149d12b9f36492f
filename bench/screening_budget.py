"""Spend a false-alarm budget where it buys the most recall (a check on safety/screening/levels.py).

The thresholds bench (bench/screening_thresholds.py) chooses each flag's levels on its own, at a
stated cost; but every flag's questions land on the same ordinary nights, and the issue's limit is
on all of them together (any flag or question on at most BUDGET of ordinary nights). This starts
from the shipped levels with every model-only question switched off, then lowers one flag's `ask`
threshold a grid step at a time, always the step that saves the most missed-disclosure cost
(COST["miss"] in bench/screening_thresholds.py) per ordinary night it adds, while ordinary nights
with any flag or question stay within BUDGET. Prints the asks it arrives at and the out-of-fold
figures they give. No text is read or printed.

    BUDGET=0.03 PYTHONPATH=. python bench/screening_budget.py bench/results/screening_folds.jsonl
"""

import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.screening_thresholds import COST, FLAGS, P_GRID, load, report  # noqa: E402
from safety.screening import levels  # noqa: E402
from safety.screening.levels import NONE  # noqa: E402

BUDGET = float(os.environ.get("BUDGET", "0.03"))
ORDER = ("danger", "abuse", "self_harm", "infidelity", "addiction", "checked_out")


def outcome(data, chosen):
    out = {}
    for flag in ORDER:
        d = data[flag]
        level, _ = levels.decide(d["precise"], d["broad"], d["p"], d["knn"], chosen[flag])
        out[flag] = np.maximum(level, out["danger"]) if flag == "abuse" else level
    return out


def measure(data, chosen):
    out = outcome(data, chosen)
    ordinary = data["kind"] == "ordinary"
    raised = np.zeros(len(ordinary), bool)
    missed = 0.0
    for flag in FLAGS:
        raised |= out[flag] > NONE
        pos = data[flag]["label"]
        miss = COST["miss"].get(flag, COST["miss_guidance"])
        missed += miss * float((pos & (out[flag] == NONE)).sum())
    return float(raised[ordinary].mean()), missed, out


def main(path):
    _rows, data = load(path)
    chosen = {f: replace(t, ask=1.01) for f, t in levels.THRESHOLDS.items()}
    rate, missed, _ = measure(data, chosen)
    print(f"start: ordinary any {rate:.1%}, missed cost {missed:.0f}")
    while True:
        best = None
        for flag in FLAGS:
            lower = [v for v in P_GRID if v < chosen[flag].ask]
            if not lower:
                continue
            trial = dict(chosen)
            trial[flag] = replace(chosen[flag], ask=max(lower))
            t_rate, t_missed, _ = measure(data, trial)
            if t_rate > BUDGET or t_missed >= missed:
                continue
            gain = (missed - t_missed) / max(t_rate - rate, 1e-6)
            if best is None or gain > best[0]:
                best = (gain, flag, trial, t_rate, t_missed)
        if best is None:
            break
        _gain, flag, chosen, rate, missed = best
        print(
            f"  {flag:12} ask -> {chosen[flag].ask:<5} ordinary any {rate:.1%}, missed {missed:.0f}"
        )
    _rate, _missed, out = measure(data, chosen)
    report(data, out, f"asks within a budget of {BUDGET:.0%} of ordinary nights")
    for flag in FLAGS:
        print(f'    "{flag}": ask={chosen[flag].ask}')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/results/screening_folds.jsonl")
