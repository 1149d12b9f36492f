"""How well the tuned model alone ranks disclosures above ordinary nights, from out-of-fold
readings (bench/screening_eval.py): to compare training recipes or data on the same folds, before
any threshold is chosen. No text is read or printed.

Per flag: average precision against every example without that flag, and recall (positives whose
peak probability clears the line) where the line lets through 1% and 3% of ordinary and tricky
nights. Then the same for all flags together: an example counts as caught if any of its flags
clears its line.

    PYTHONPATH=. python bench/screening_ranking.py bench/results/screening_folds.jsonl [more.jsonl]
"""

import json
import sys

import numpy as np

FLAGS = ("abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out")
RATES = (0.01, 0.03)


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    hits = labels[order]
    if not hits.any():
        return float("nan")
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float(precision[hits].mean())


def report(path: str) -> None:
    with open(path) as lines_in:
        rows = [json.loads(line) for line in lines_in]
    p = np.array([r["p"] for r in rows])
    negative = np.array([r["kind"] != "positive" for r in rows])
    print(f"{path}: {len(rows)} readings, {int(negative.sum())} ordinary or tricky")
    lines = {}
    for j, flag in enumerate(FLAGS):
        label = np.array([flag in r["flags"] for r in rows])
        recalls = []
        for rate in RATES:
            line = np.quantile(p[negative, j], 1 - rate)
            lines.setdefault(rate, []).append(line)
            recalls.append((p[label, j] > line).mean())
        ap = average_precision(p[:, j], label)
        cells = "  ".join(f"@{rate:.0%} {r:6.1%}" for rate, r in zip(RATES, recalls, strict=True))
        print(f"  {flag:12} AP {ap:.3f}  recall {cells}  ({int(label.sum())} positives)")
    positive = ~negative
    for rate in RATES:
        over = p > np.array(lines[rate])
        caught = [
            any(over[i, FLAGS.index(f)] for f in rows[i]["flags"]) for i in np.flatnonzero(positive)
        ]
        flagged = over[negative].any(axis=1).mean()
        print(
            f"  each flag's line at {rate:.0%}: any flag on {flagged:.1%} of ordinary or tricky;"
            f" positives caught {np.mean(caught):.1%}"
        )


if __name__ == "__main__":
    for name in sys.argv[1:]:
        report(name)
