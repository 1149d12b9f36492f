"""The "I" statement builder's rules: compose one sentence from four parts, notice accusations and
offer gentler wording for the flagged part. Patterns live in coaching/catalog/builder.py."""

import re
from dataclasses import dataclass

from coaching.catalog import builder

_COMPILED = [(rule, re.compile(rule.pattern, re.IGNORECASE)) for rule in builder.ACCUSATIONS]


@dataclass(frozen=True)
class Flag:
    code: str
    field: str
    found: str
    rewrite: str
    why: str


def _clean(value: str) -> str:
    return " ".join((value or "").split()).strip().rstrip(".!?,;:")


def _lower_first(value: str) -> str:
    if value[:2].isupper():  # an acronym or a shouted word stays as typed
        return value
    return value[:1].lower() + value[1:]


def compose(*, happened: str, situation: str, feel: str, need: str) -> str:
    happened = _lower_first(_clean(happened)) or "…"
    situation = _lower_first(_clean(situation))
    feel = _clean(feel)
    need = _clean(need)
    if situation and not situation.lower().startswith(builder.SITUATION_STARTS):
        situation = "in " + situation
    feel = re.sub(r"^(?:i\s+feel|i'm|i\s+am|feeling)\s+", "", feel, flags=re.IGNORECASE) or "…"
    need = re.sub(r"^(?:what\s+)?i\s+need(?:\s+is)?\s+", "", need, flags=re.IGNORECASE) or "…"
    sentence = builder.TEMPLATE.format(
        happened=happened, situation=situation, feel=_lower_first(feel), need=_lower_first(need)
    )
    return re.sub(r"\s+,", ",", re.sub(r" {2,}", " ", sentence))


def _replacement(rule: builder.Accusation, match: re.Match) -> str:
    if rule.rewrite is not None:
        return rule.rewrite
    return builder.LABELS[match.group("label").lower()]


def _spans(text: str, field: str = "") -> list[tuple[int, int, Flag]]:
    found = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in _COMPILED:
        for match in pattern.finditer(text or ""):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            taken.append(span)
            found.append(
                (
                    span[0],
                    span[1],
                    Flag(
                        code=rule.code,
                        field=field,
                        found=match.group(0),
                        rewrite=_replacement(rule, match),
                        why=rule.why,
                    ),
                )
            )
    return sorted(found, key=lambda item: item[0])


def flags_in(text: str, field: str = "") -> list[Flag]:
    """Every accusation in the text, earliest first; overlapping matches count once."""
    return [flag for _start, _end, flag in _spans(text, field)]


def soften(text: str) -> str:
    """The text with every flagged part replaced by its gentler wording."""
    out = text or ""
    for start, end, flag in reversed(_spans(out)):
        out = out[:start] + flag.rewrite + out[end:]
    return out


def check(parts: dict) -> list[Flag]:
    flags = []
    for field in builder.FIELDS:
        flags.extend(flags_in(parts.get(field.name, ""), field.name))
    return flags
