"""Reflections on the night: at most three short notes from the documented rules in
coaching/catalog/reflections.py. Safety comes first: no note while a flag is active or when
safety had something to say about the entry when it was saved (what it stored, not a second
screening while the page renders)."""

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coaching.catalog import reflections
from safety import selectors as safety_selectors

if TYPE_CHECKING:  # a type only: coaching reads entries through checkins' selectors
    from checkins.models import JournalEntry

_COMPILED = [
    (rule, [re.compile(p, re.IGNORECASE) for p in rule.patterns]) for rule in reflections.RULES
]
MAX_NOTES = 3


@dataclass(frozen=True)
class Note:
    rule_id: str
    group: str
    text: str
    link: str = ""
    link_text: str = ""
    light_code: str = ""
    colour: str = ""
    log_text: str = ""


def notes_for_text(text: str) -> list[Note]:
    """The rule engine alone: one note per group at most, in GROUP_ORDER."""
    text = text or ""
    first_in_group: dict[str, Note] = {}
    for rule, patterns in _COMPILED:
        if rule.group in first_in_group:
            continue
        if any(p.search(text) for p in patterns):
            first_in_group[rule.group] = Note(
                rule_id=rule.id,
                group=rule.group,
                text=rule.note,
                link=rule.link,
                link_text=rule.link_text,
                light_code=rule.light_code,
                colour=rule.colour,
                log_text=rule.log_text,
            )
    notes = [first_in_group[g] for g in reflections.GROUP_ORDER if g in first_in_group]
    return notes[:MAX_NOTES]


def notes_for_entry(user: Any, entry: "JournalEntry") -> list[Note]:
    """What the person sees for a journal entry: nothing while safety has anything to say."""
    if safety_selectors.active_flags(user):
        return []
    notes = notes_for_text(entry.text)
    # Only asked when there is a note to hold back: a flag raised or a question opened when the
    # entry was last saved (screen_and_record runs on every save).
    if not notes or safety_selectors.spoke_since(user, entry.updated_at):
        return []
    return notes
