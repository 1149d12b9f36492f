"""Reflections on the night: at most three short notes from the documented rules in
coaching/catalog/reflections.py. Safety comes first: no note while a flag is active or when the
entry's own text raises one."""

import re
from dataclasses import dataclass

from coaching.catalog import reflections
from safety.screening import screen_text

_COMPILED = [
    (rule, [re.compile(p, re.IGNORECASE) for p in rule["patterns"]]) for rule in reflections.RULES
]
MAX_NOTES = 3


@dataclass(frozen=True)
class Note:
    rule_id: str
    group: str
    text: str
    link: str = ""
    link_text: str = ""
    signal: str = ""
    colour: str = ""
    log_text: str = ""


def notes_for_text(text: str) -> list[Note]:
    """The rule engine alone: one note per group at most, in GROUP_ORDER."""
    text = text or ""
    first_in_group = {}
    for rule, patterns in _COMPILED:
        if rule["group"] in first_in_group:
            continue
        if any(p.search(text) for p in patterns):
            first_in_group[rule["group"]] = Note(
                rule_id=rule["id"],
                group=rule["group"],
                text=rule["note"],
                link=rule.get("link", ""),
                link_text=rule.get("link_text", ""),
                signal=rule.get("signal", ""),
                colour=rule.get("colour", ""),
                log_text=rule.get("log_text", ""),
            )
    notes = [first_in_group[g] for g in reflections.GROUP_ORDER if g in first_in_group]
    return notes[:MAX_NOTES]


def notes_for_entry(text: str, *, active_flags: frozenset) -> list[Note]:
    """What the person sees: nothing while safety has anything to say."""
    if active_flags:
        return []
    notes = notes_for_text(text)
    # Screening is the costly read, and only matters when there is a note to hold back.
    if not notes:
        return []
    screened = screen_text(text or "")
    if screened.flags or screened.possible:  # raised, or put to a question: coaching is silent
        return []
    return notes
