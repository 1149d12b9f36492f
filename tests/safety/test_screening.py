"""Unit tests for the text-screening rules: every rule fires on its examples, and the guards hold
(negation, figures of speech, someone else's story, a past that is over)."""

import pytest

from safety.screening import FLAGS, rule_flags, rule_matches, rules
from safety.screening.normalise import normalise
from safety.screening.training import dataset


def _round(name, kind=None):
    """A rule round's examples from data/screening/train/rounds_<name>.jsonl."""
    rows = dataset.read(dataset.TRAIN / f"rounds_{name}.jsonl")
    return [e for e in rows if kind is None or e.kind == kind]


def _positives(*names):
    return [(e.text, next(iter(e.flags))) for n in names for e in _round(n, "positive")]


TUNING = [(e.text, set(e.flags)) for e in _round("tuning")]

# Unit tests of the rules: the model readers are switched off (see conftest.rules_only).
pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("text,expected", TUNING, ids=[t[:40] for t, _ in TUNING])
def test_tuning_examples(text, expected):
    # danger brings abuse with it (screen_text adds it, whichever reader found the danger)
    assert set(rule_flags(text)) == expected | ({"abuse"} if "danger" in expected else set())


@pytest.mark.parametrize(
    "text,flag",
    _positives("heldout", "fresh"),
    ids=[t[:40] for t, _ in _positives("heldout", "fresh")],
)
def test_earlier_held_out_positives_stay_caught(text, flag):
    assert flag in rule_flags(text)


@pytest.mark.parametrize(
    "text",
    [e.text for n in ("heldout", "fresh") for e in _round(n, "ordinary")],
    ids=[e.text[:40] for n in ("heldout", "fresh") for e in _round(n, "ordinary")],
)
def test_ordinary_entries_raise_nothing(text):
    assert rule_flags(text) == frozenset()


def test_every_rule_has_a_positive_example():
    # the rounds the rules were written from: the broad nets from round 4, the general
    # constructions from rounds 6 and 7, the wider nets from 8 and 9, the lexicon rules from 10, 11
    texts = [t for t, _ in TUNING]
    texts += [t for t, _ in _positives("heldout", "round4", "round6", "round7", "round8")]
    texts += [t for t, _ in _positives("round9", "round10", "round11")]
    fired = {m.rule_id for t in texts for m in rule_matches(t)} - {"danger.implies-abuse"}
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
    assert rule_flags(text) == frozenset()


@pytest.mark.parametrize(
    "text,flag",
    [
        ("hid my car keys", "abuse"),
        ("reads all my messages", "abuse"),
        ("I have to ask for money", "abuse"),
    ],
)
def test_the_issues_coercive_control_examples(text, flag):
    assert flag in rule_flags(text)


def test_typos_and_contractions_are_normalised():
    assert normalise("He doesnt let me") == "he does not let me"
    assert normalise("she won’t stop") == "she will not stop"
    assert normalise("he threatend me") == "he threatened me"
    assert normalise("soooo tired") == "soo tired"
    assert "threatened" in normalise("he threatenned me")  # one slip from a long keyword
    assert normalise("he cooked me dinner") == "he cooked me dinner"  # real words are left alone


def test_danger_in_the_past_still_counts_but_other_pasts_do_not():
    assert "danger" in rule_flags("He strangled me years ago, before we married.")
    assert rule_flags("He hit me once years ago and got help, it's over now.") == frozenset()


def test_a_story_carried_into_the_next_sentence_is_still_someone_elses():
    assert rule_flags("My friend's husband is a mess. He drinks every night.") == frozenset()
    assert "addiction" in rule_flags("My friend came over. My husband drinks every night.")


def test_matches_say_why_without_keeping_more_than_a_short_excerpt():
    (match,) = rule_matches(
        "We had a long talk about the garden and then he reads all my messages again."
    )
    assert match.rule_id == "abuse.control_phone" and "reads all my messages" in match.excerpt
    assert len(match.excerpt) < 80


def test_empty_text():
    assert rule_flags("") == frozenset()
    assert rule_matches("   \n ") == ()
