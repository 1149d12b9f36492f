"""Scoring the "which no is it" quiz. The rules are documented in coaching/catalog/refusals.py."""

from dataclasses import dataclass, field

from coaching.catalog import refusals

_OPTIONS = {q.code: {option.code: option for option in q.options} for q in refusals.QUESTIONS}


MAX_REASONS = 3


@dataclass(frozen=True)
class Result:
    kind: str  # "" when the answers point nowhere
    scores: dict = field(default_factory=dict)
    reasons: tuple = ()
    misread_risk: bool = False


def score(answers: dict) -> Result:
    """answers maps question code -> option code. Unknown codes are ignored."""
    scores = dict.fromkeys(refusals.TYPE_ORDER, 0)
    contributions = []  # (type, points, why)
    for question in refusals.QUESTIONS:
        option = _OPTIONS[question.code].get(answers.get(question.code) or "")
        if option is None:
            continue
        for kind, value in option.points.items():
            scores[kind] += value
            if option.why:
                contributions.append((kind, value, option.why))
    best = max(scores.values())
    if best == 0:
        return Result(kind="", scores=scores)
    # Ties go to the more treatable reading: TYPE_ORDER lists scared first.
    kind = next(k for k in refusals.TYPE_ORDER if scores[k] == best)
    # The strongest signs first, at most MAX_REASONS of them.
    reasons = tuple(
        dict.fromkeys(why for k, _v, why in sorted(contributions, key=lambda c: -c[1]) if k == kind)
    )[:MAX_REASONS]
    # The common misread: a checked-out reading with real signs of fear underneath.
    misread_risk = kind == refusals.CHECKED_OUT and scores[refusals.SCARED] >= 2
    return Result(kind=kind, scores=scores, reasons=reasons, misread_risk=misread_risk)


def reasons_for(answers: dict, kind: str) -> tuple:
    """The why-lines behind a stored reading (the reading keeps the answers, not the copy)."""
    result = score(answers)
    return result.reasons if result.kind == kind else ()
