"""Unit tests for the text-screening rules: every rule fires on its examples, and the guards hold
(negation, figures of speech, someone else's story, a past that is over)."""

import pytest

from safety import rules
from safety.screening import FLAGS, normalise, screen_text
from tests.safety import (
    examples_fresh,
    examples_heldout,
    examples_round4,
    examples_round6,
    examples_round7,
    examples_round8,
    examples_round9,
    examples_round10,
    examples_round11,
    examples_tuning,
)

# Unit tests of the rules: the model readers are switched off (see conftest.rules_only).
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(
    "text,expected", examples_tuning.ALL, ids=[t[:40] for t, _ in examples_tuning.ALL]
)
def test_tuning_examples(text, expected):
    # danger brings abuse with it (screen_text adds it, whichever reader found the danger)
    assert set(screen_text(text).flags) == expected | ({"abuse"} if "danger" in expected else set())


@pytest.mark.parametrize(
    "text,flag",
    examples_heldout.POSITIVES + examples_fresh.POSITIVES,
    ids=[t[:40] for t, _ in examples_heldout.POSITIVES + examples_fresh.POSITIVES],
)
def test_earlier_held_out_positives_stay_caught(text, flag):
    assert flag in screen_text(text).flags


@pytest.mark.parametrize(
    "text",
    examples_heldout.ORDINARY + examples_fresh.ORDINARY,
    ids=[t[:40] for t in examples_heldout.ORDINARY + examples_fresh.ORDINARY],
)
def test_ordinary_entries_raise_nothing(text):
    assert screen_text(text).flags == frozenset()


def test_every_rule_has_a_positive_example():
    texts = [t for t, _ in examples_tuning.ALL] + [t for t, _ in examples_heldout.POSITIVES]
    texts += [t for t, _ in examples_round4.POSITIVES]  # the broad nets were written from these
    texts += [t for t, _ in examples_round6.POSITIVES]  # the general constructions from these
    texts += [t for t, _ in examples_round7.POSITIVES]  # and their second round from these
    texts += [t for t, _ in examples_round8.POSITIVES]  # the wider nets from these
    texts += [t for t, _ in examples_round9.POSITIVES]  # and the last round from these
    texts += [t for t, _ in examples_round10.POSITIVES]  # and the very last from these
    texts += [t for t, _ in examples_round11.POSITIVES]  # the lexicon rules after these
    fired = {m.rule_id for t in texts for m in screen_text(t).matches} - {"danger.implies-abuse"}
    assert fired == {rule_id for rule_id, *_ in rules.RULES + rules.BROAD_RULES}


def test_rules_only_use_known_flags_and_unique_ids():
    every = rules.RULES + rules.BROAD_RULES
    ids = [rule_id for rule_id, *_ in every]
    assert len(ids) == len(set(ids))
    assert {flag for _, flag, *_ in every} == FLAGS
    assert all(rule_id.split(".")[0] == flag for rule_id, flag, *_ in every)


@pytest.mark.parametrize(
    "text",
    [
        # the issue's own examples
        "she has never laid a hand on me",
        "this commute is killing me",
        "he nailed his interview",
        "my sister's boyfriend drinks too much",
        "he had a drinking problem in college and has been sober ten years",
    ],
)
def test_the_issues_negative_examples(text):
    assert screen_text(text).flags == frozenset()


@pytest.mark.parametrize(
    "text,flag",
    [
        ("hid my car keys", "abuse"),
        ("reads all my messages", "abuse"),
        ("I have to ask for money", "abuse"),
    ],
)
def test_the_issues_coercive_control_examples(text, flag):
    assert flag in screen_text(text).flags


def test_typos_and_contractions_are_normalised():
    assert normalise("He doesnt let me") == "he does not let me"
    assert normalise("she won’t stop") == "she will not stop"
    assert normalise("he threatend me") == "he threatened me"
    assert normalise("soooo tired") == "soo tired"
    assert "threatened" in normalise("he threatenned me")  # one slip from a long keyword
    assert normalise("he cooked me dinner") == "he cooked me dinner"  # real words are left alone


def test_danger_in_the_past_still_counts_but_other_pasts_do_not():
    assert "danger" in screen_text("He strangled me years ago, before we married.").flags
    assert screen_text("He hit me once years ago and got help, it's over now.").flags == frozenset()


def test_a_story_carried_into_the_next_sentence_is_still_someone_elses():
    assert screen_text("My friend's husband is a mess. He drinks every night.").flags == frozenset()
    assert "addiction" in screen_text("My friend came over. My husband drinks every night.").flags


def test_matches_say_why_without_keeping_more_than_a_short_excerpt():
    result = screen_text(
        "We had a long talk about the garden and then he reads all my messages again."
    )
    (match,) = result.matches
    assert match.rule_id == "abuse.control_phone" and "reads all my messages" in match.excerpt
    assert len(match.excerpt) < 80


def test_empty_text():
    assert screen_text("").flags == frozenset()
    assert screen_text("   \n ").matches == ()
