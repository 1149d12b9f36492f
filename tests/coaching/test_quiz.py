"""Every scoring path of the "which no is it" quiz."""

import pytest

from coaching import quiz
from coaching.catalog import refusals

SCARED = {
    "reaction": "stung",
    "reason": "blame",
    "talk": "tense",
    "leaving": "anger",
    "after": "awkward",
    "go_first": "relieved",
}
MINIMIZING = {
    "reaction": "brushed",
    "reason": "cost",
    "talk": "fine",
    "leaving": "never",
    "after": "nothing_happened",
    "go_first": "whatever",
}
CHECKED_OUT = {
    "reaction": "flat",
    "reason": "pointless",
    "talk": "elsewhere",
    "leaving": "calmly",
    "after": "no_repair",
    "go_first": "indifferent",
}
NOTHING = {
    "reaction": "unsure",
    "reason": "none",
    "leaving": "unsure",
    "after": "unsure",
}


@pytest.mark.parametrize(
    "answers,kind",
    [(SCARED, "scared"), (MINIMIZING, "minimizing"), (CHECKED_OUT, "checked_out")],
)
def test_clear_answers_give_their_reading_with_reasons(answers, kind):
    result = quiz.score(answers)
    assert result.kind == kind
    assert 1 <= len(result.reasons) <= quiz.MAX_REASONS
    assert result.scores[kind] == max(result.scores.values())


def test_reasons_are_the_strongest_signs_for_the_reading_only():
    result = quiz.score(CHECKED_OUT)
    # Calm talk of leaving is worth the most points, so it leads the reasons.
    assert result.reasons[0].startswith("Calm, repeated talk of leaving")
    assert all("scared" not in why for why in result.reasons)


def test_answers_that_point_nowhere_give_no_reading():
    result = quiz.score(NOTHING)
    assert result.kind == ""
    assert result.reasons == ()
    assert set(result.scores.values()) == {0}


def test_an_empty_or_unknown_answer_set_gives_no_reading():
    assert quiz.score({}).kind == ""
    assert quiz.score({"reaction": "made-up", "nonsense": "stung"}).kind == ""


def test_a_tie_between_scared_and_checked_out_reads_as_scared():
    # reaction stung (+2 scared) vs reason pointless (+2 checked out)
    result = quiz.score({"reaction": "stung", "reason": "pointless"})
    assert result.scores["scared"] == result.scores["checked_out"] == 2
    assert result.kind == "scared"


def test_a_tie_between_minimizing_and_checked_out_reads_as_minimizing():
    result = quiz.score({"reaction": "brushed", "reason": "pointless"})
    assert result.kind == "minimizing"


def test_a_tie_between_scared_and_minimizing_reads_as_scared():
    result = quiz.score({"talk": "sometimes"})
    assert result.scores["scared"] == result.scores["minimizing"] == 1
    assert result.kind == "scared"


def test_checked_out_with_signs_of_fear_warns_about_the_misread():
    answers = {**CHECKED_OUT, "reaction": "stung"}
    result = quiz.score(answers)
    assert result.kind == "checked_out"
    assert result.misread_risk is True


def test_a_plain_checked_out_reading_does_not_raise_the_misread_flag():
    assert quiz.score(CHECKED_OUT).misread_risk is False
    assert quiz.score(SCARED).misread_risk is False


def test_every_option_of_every_question_scores_without_error():
    for question in refusals.QUESTIONS:
        assert len(question.options) >= 4
        for option in question.options:
            code, points, why = option.code, option.points, option.why
            result = quiz.score({question.code: code})
            assert set(points) <= set(refusals.TYPE_ORDER)
            assert bool(points) == bool(why), (question.code, code)
            if points:
                top = max(points.values())
                expected = next(k for k in refusals.TYPE_ORDER if points.get(k) == top)
                assert result.kind == expected
            else:
                assert result.kind == ""


def test_the_quiz_has_five_to_seven_questions():
    assert 5 <= len(refusals.QUESTIONS) <= 7


def test_reasons_for_a_stored_reading():
    assert quiz.reasons_for(SCARED, "scared") == quiz.score(SCARED).reasons
    assert quiz.reasons_for(SCARED, "checked_out") == ()
