"""The "I" statement builder's sentence and its accusation rules."""

import pytest

from coaching import istatement


def compose(**parts):
    base = {"happened": "", "situation": "", "feel": "", "need": ""}
    return istatement.compose(**{**base, **parts})


def test_four_parts_become_one_sentence():
    sentence = compose(
        happened="The plans changed at the last minute.",
        situation="a work night",
        feel="anxious",
        need="a message when plans move",
    )
    assert sentence == (
        "When the plans changed at the last minute in a work night, I feel anxious, "
        "and what I need is a message when plans move."
    )


def test_a_situation_that_already_starts_with_a_preposition_is_kept():
    assert "when we are out with friends" not in compose(
        happened="x", situation="at a party", feel="y", need="z"
    )
    assert "x at a party," in compose(happened="x", situation="at a party", feel="y", need="z")


def test_repeated_lead_ins_are_not_doubled():
    sentence = compose(happened="x", feel="I feel lonely", need="what I need is a hug")
    assert "I feel lonely" in sentence and "I feel I feel" not in sentence
    assert "what I need is a hug." in sentence and "need is what" not in sentence


def test_empty_situation_leaves_no_gap():
    assert compose(happened="x", feel="y", need="z") == "When x, I feel y, and what I need is z."


def test_missing_parts_show_a_placeholder():
    assert "…" in compose(happened="x")


@pytest.mark.parametrize(
    "text,code,rewrite",
    [
        ("you always leave the dishes", "you_always", "more than once lately, you"),
        ("You're always late", "youre_always", "more than once lately, you were"),
        ("you never listen to me", "you_never", "lately it has felt to me as if you don't"),
        ("you are never home", "youre_never", "lately it has felt to me as if you are not"),
        ("you make me feel small", "you_make_me", "I feel"),
        ("you made me angry", "you_make_me", "I feel"),
        ("you're so selfish", "name_calling", "I felt my needs did not count"),
        ("such a liar", "name_calling", "I found it hard to trust what I heard"),
        ("you are an idiot", "name_calling", "I felt frustrated"),
    ],
)
def test_accusations_are_flagged_with_a_gentler_wording(text, code, rewrite):
    flags = istatement.flags_in(text, "happened")
    assert [f.code for f in flags] == [code]
    assert flags[0].rewrite == rewrite
    assert flags[0].field == "happened"
    assert flags[0].why


def test_soften_rewrites_only_the_flagged_parts():
    assert istatement.soften("you never listen to me") == (
        "lately it has felt to me as if you don't listen to me"
    )
    assert istatement.soften("you make me feel small") == "I feel small"
    assert istatement.soften("you always interrupt and you're so selfish") == (
        "more than once lately, you interrupt and I felt my needs did not count"
    )


def test_plain_words_are_not_flagged():
    for text in ["the dishes were left", "I always feel tired on Mondays", "you came home late"]:
        assert istatement.flags_in(text) == []
    assert istatement.soften("the dishes were left") == "the dishes were left"


def test_words_inside_longer_words_are_not_flagged():
    assert istatement.flags_in("a lazyboy chair and a selfishness study") == []


def test_check_looks_at_every_field():
    flags = istatement.check(
        {"happened": "you never call", "situation": "", "feel": "you make me sad", "need": "x"}
    )
    assert [(f.field, f.code) for f in flags] == [
        ("happened", "you_never"),
        ("feel", "you_make_me"),
    ]
