"""Reflections on the night: every documented rule, the three-note ceiling and safety first."""

from typing import Any

import pytest

from checkins import selectors as checkins_selectors
from checkins import services as checkins_services
from checkins.models import JournalEntry
from coaching import reflect
from coaching.catalog import reflections
from safety import selectors as safety_selectors
from safety import services as safety_services
from tests.coaching.helpers import flag_abuse
from tests.safety.pages import ask_self_harm

EXAMPLES = {
    "acc_absolutes": "He never asks about my day.",
    "acc_labels": "Honestly he was so selfish about the car.",
    "of_chasing": "I kept texting to see if we could talk.",
    "of_moods": "I spent the evening walking on eggshells.",
    "of_repair": "After the row I apologised first, again.",
    "of_project": "I booked everything for the weekend as usual.",
    "of_covering": "I made excuses for him at the party.",
    "g_repair": "Later she came to find me in the kitchen.",
    "g_question": "They asked how I was sleeping lately.",
    "g_yes": "Tonight he said yes to a session next month.",
    "g_follow": "The bins went out without me asking.",
    "g_raised": "She brought up our relationship at dinner.",
    "r_snapback": "Warm all week, then went cold again.",
    "r_agree": "He agreed but I doubt it will stick.",
    "r_reset": "Feels like we are back to square one.",
    "r_absent": "He was glued to his phone all evening.",
}


def test_every_rule_has_an_example():
    assert set(EXAMPLES) == {rule.id for rule in reflections.RULES}


@pytest.mark.parametrize("rule_id,text", sorted(EXAMPLES.items()))
def test_each_rule_fires_on_its_example(rule_id, text):
    notes = reflect.notes_for_text(text)
    assert rule_id in [n.rule_id for n in notes]


def test_a_neutral_entry_gets_no_notes():
    assert reflect.notes_for_text("We ate dinner and watched a film. Quiet night.") == []
    assert reflect.notes_for_text("") == []


def test_light_notes_carry_a_light_code_and_accusation_notes_a_builder_link():
    (note,) = reflect.notes_for_text("They asked how I was sleeping lately.")
    assert (note.light_code, note.colour, note.group) == ("real_question", "green", "light")
    assert note.log_text
    (note,) = reflect.notes_for_text("He was glued to his phone all evening.")
    assert (note.light_code, note.colour) == ("present_absent", "red")
    (note,) = reflect.notes_for_text("You never listen.")
    assert note.link == "coaching:builder" and note.light_code == ""


def test_at_most_one_note_per_group_and_three_in_all_in_group_order():
    text = (
        "You never listen. I kept texting him. I was walking on eggshells. "
        "He asked how I was. He was glued to his phone."
    )
    notes = reflect.notes_for_text(text)
    assert [n.group for n in notes] == ["accusation", "overfunctioning", "light"]
    assert len(notes) == reflect.MAX_NOTES == 3


def test_the_first_rule_in_a_group_wins():
    notes = reflect.notes_for_text("I kept texting him and walked on eggshells.")
    assert [n.rule_id for n in notes] == ["of_chasing"]


def _saved(user: Any, text: str) -> JournalEntry:
    """Saved and screened the way the journal's Save does it (the text first, then safety)."""
    night = checkins_selectors.current_night(user)
    entry = checkins_services.journal_save(user=user, night=night, text=text, mood=None)
    safety_services.screen_and_record(user=user, text=text, source="journal")
    return entry


@pytest.mark.django_db
def test_no_note_while_a_safety_flag_is_active(owner: Any) -> None:
    entry = _saved(owner, "I kept texting him.")
    flag_abuse(owner)
    assert reflect.notes_for_entry(owner, entry) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "I kept texting him. Then he hit me.",
        "I kept texting him and he threatened to kill me.",
        "I kept texting him. Some nights I want to die.",
    ],
)
def test_no_note_when_the_entry_text_itself_raises_a_safety_flag(owner: Any, text: str) -> None:
    assert reflect.notes_for_text(text)  # the coaching rules alone would say something
    assert reflect.notes_for_entry(owner, _saved(owner, text)) == []


@pytest.mark.django_db
def test_no_note_while_safety_asks_about_the_entry(owner: Any) -> None:
    # Screening put the entry to a question (stored as an open check-in, no flag): coaching reads
    # that stored outcome and stays silent; it does not screen the text again.
    entry = _saved(owner, "I kept texting him.")
    ask_self_harm(owner)
    assert safety_selectors.active_flags(owner) == frozenset()
    assert reflect.notes_for_entry(owner, entry) == []


@pytest.mark.django_db
def test_notes_show_when_safety_has_nothing_to_say(owner: Any) -> None:
    notes = reflect.notes_for_entry(owner, _saved(owner, "I kept texting him."))
    assert [n.rule_id for n in notes] == ["of_chasing"]


def test_notes_never_judge_the_partner():
    for rule in reflections.RULES:
        note = rule.note.lower()
        for word in (
            "your partner is",
            "your partner was wrong",
            "you were right",
            "toxic",
            "selfish",
        ):
            assert word not in note, (rule.id, word)
