"""The similarity reader: its model runs here, its index matches the examples, and it keeps to the
same promises as the rules (no text kept, guards respected)."""

import numpy as np
import pytest
from django.core import checks

from safety import classifier, encoder
from safety.encoder import embed
from safety.screening import screen_text
from tests.safety.corpus import sources


def test_the_index_was_built_from_the_examples_as_they_are_now():
    """Edit an example without `manage.py build_screening_index` and this fails."""
    meta = classifier.load_index().meta
    assert meta["fingerprint"] == sources.fingerprint(sources.examples())


def test_the_tuned_model_was_trained_on_the_examples_as_they_are_now():
    """Edit an example without `manage.py train_screening_model` and this fails."""
    meta = encoder.tuned_meta()
    assert meta["fingerprint"] == sources.fingerprint(sources.examples())
    assert meta["split"] == encoder.SPLIT


@pytest.mark.parametrize("name", ["examples_round13", "examples_round14"])
def test_the_blind_sets_are_not_training_data(name):
    import importlib

    blind_set = importlib.import_module(f"tests.safety.{name}")
    trained = {text for text, _ in sources.examples()}
    blind = (
        {text for text, _ in blind_set.POSITIVES} | set(blind_set.ORDINARY) | set(blind_set.TRICKY)
    )
    assert len(blind) > 400 if name == "examples_round14" else len(blind) > 150
    assert not trained & blind


def test_the_model_reads_meaning_not_words():
    vectors = embed(
        [
            "he hit me last night",
            "my partner struck me yesterday evening",
            "we are thinking of repainting the kitchen",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    same, different = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert same > different + 0.3


@pytest.mark.parametrize(
    "text,flag",
    [
        # No rule catches these (checked with both readers switched off); the readers do.
        ("i sorted out who gets my things, just in case", "self_harm"),
        ("the pills are in my drawer and i keep counting them", "self_harm"),
        ("he counts the petrol in my car each evening", "abuse"),
        ("she decides who i am allowed to text", "abuse"),
    ],
)
def test_phrasings_no_rule_was_written_for_are_caught(text, flag, monkeypatch):
    result = screen_text(text)
    assert flag in result.flags
    readers = {classifier.RULE_ID, classifier.MODEL_RULE_ID}
    assert {m.rule_id for m in result.matches if m.flag == flag} <= readers
    assert all(0 < len(m.excerpt) <= 70 for m in result.matches)
    _switch_off_the_model(monkeypatch)
    monkeypatch.setattr(classifier, "flags_by_sentence", lambda s: [frozenset()] * len(s))
    assert screen_text(text).flags == frozenset()


def _switch_off_the_model(monkeypatch):
    silent = classifier.Reading(peak=np.full(len(classifier.LABELS), 0.5), where={})
    monkeypatch.setattr(classifier, "read_in_context", lambda sentences: silent)


@pytest.mark.parametrize(
    "text",
    [
        "she has never laid a hand on me",
        "this commute is killing me",
        "he nailed his interview",
        "my sister's boyfriend drinks too much",
        "he had a drinking problem in college and has been sober ten years",
        "we argued about whose turn it was to do the bins and then watched a film",
    ],
)
def test_the_issues_negatives_stay_quiet_with_both_readers(text):
    assert screen_text(text).flags == frozenset()


def test_what_the_process_remembers_is_a_keyed_hash_not_the_text():
    text = "some nights i think everyone would be lighter without me around"
    screen_text(text)
    remembered = list(classifier._memo.rows)
    assert remembered and all(isinstance(key, bytes) and len(key) == 16 for key in remembered)
    assert not any(b"lighter" in key for key in remembered)


def test_an_unchanged_sentence_is_not_read_again(monkeypatch):
    """Autosaves re-screen the whole entry: only the new sentence, and the windows it falls in,
    cost a forward pass."""
    screen_text("we had a quiet dinner. i said i was tired.")
    embedded, classified = [], []
    real = encoder.run

    def counting(texts, base=True, tuned=False, **kwargs):
        wants = np.broadcast_to(base, (len(texts),)), np.broadcast_to(tuned, (len(texts),))
        embedded.extend(t for t, want in zip(texts, wants[0], strict=True) if want)
        classified.extend(t for t, want in zip(texts, wants[1], strict=True) if want)
        return real(texts, base=base, tuned=tuned, **kwargs)

    monkeypatch.setattr(encoder, "run", counting)
    screen_text("we had a quiet dinner. i said i was tired. then i went to bed early")
    assert embedded == ["then i went to bed early"]
    assert sorted(classified) == [
        "then i went to bed early",
        "we had a quiet dinner. i said i was tired. then i went to bed early",
    ]


def test_a_missing_model_or_index_is_a_system_check_error(monkeypatch, tmp_path):
    assert not [e for e in checks.run_checks() if e.id.startswith("safety.")]
    monkeypatch.setattr(classifier, "INDEX_PATH", tmp_path / "missing.npz")
    monkeypatch.setattr(encoder, "MODEL_PATH", tmp_path / "missing-too.npz")
    ids = [e.id for e in checks.run_checks()]
    assert "safety.E002" in ids and "safety.E003" in ids


# --- the tuned model (safety/tuning.py, run by safety/encoder.py) -------------------------------


def _switch_off_the_neighbours(monkeypatch):
    monkeypatch.setattr(classifier, "flags_by_sentence", lambda s: [frozenset()] * len(s))


def test_the_model_catches_what_neither_rules_nor_neighbours_do(monkeypatch):
    text = "i keep thinking the kids would be fine with just her"
    result = screen_text(text)
    assert result.flags == {"self_harm"}
    assert [(m.rule_id, m.excerpt) for m in result.matches] == [(classifier.MODEL_RULE_ID, text)]
    _switch_off_the_model(monkeypatch)
    assert screen_text(text).flags == frozenset()


def test_the_model_gives_probabilities_per_flag():
    probs = encoder.classify(
        ["he grabbed me by the throat and said next time he wont stop", "we repainted the hall"]
    )
    assert probs.shape == (2, len(encoder.LABELS))
    assert probs[0, encoder.LABELS.index("danger")] > 0.9
    assert probs[1].max() < 0.1


def test_a_neighbour_vote_the_model_finds_no_trace_of_is_dropped(monkeypatch):
    """The second sentence sits near examples of abuse; read with the first, the model sees an
    ordinary bad day, and for abuse or a guidance flag that settles it."""
    text = "had a cry at my desk today. my boss was kind about it"
    assert screen_text(text).flags == frozenset()
    monkeypatch.setattr(classifier, "VETO", None)
    assert screen_text(text).flags == {"abuse"}


def test_rules_are_never_overruled_by_the_model(monkeypatch):
    nothing = classifier.Reading(peak=np.zeros(len(classifier.LABELS)), where={})
    monkeypatch.setattr(classifier, "read_in_context", lambda sentences: nothing)
    _switch_off_the_neighbours(monkeypatch)
    assert screen_text("he stopped loving me").flags == {"checked_out"}
    assert screen_text("He headbutted me during the argument.").flags == {"abuse"}


def test_urgent_flags_from_rules_are_never_dropped_by_the_model(monkeypatch):
    nothing = classifier.Reading(peak=np.zeros(len(classifier.LABELS)), where={})
    monkeypatch.setattr(classifier, "read_in_context", lambda sentences: nothing)
    _switch_off_the_neighbours(monkeypatch)
    assert "danger" in screen_text("he put his hands round my throat last night").flags
    assert "self_harm" in screen_text("i want to kill myself").flags


def test_abuse_a_rule_names_is_kept_even_when_the_model_misses_the_word():
    """The model gives "headbutted" almost no chance of being abuse; the rule knows the act."""
    assert classifier.read_in_context(["he headbutted me during the argument."]).peak[0] < 0.05
    assert screen_text("He headbutted me during the argument.").flags == {"abuse"}


def test_danger_brings_the_abuse_guidance_with_it(monkeypatch):
    nothing = classifier.Reading(peak=np.zeros(len(classifier.LABELS)), where={})
    monkeypatch.setattr(classifier, "read_in_context", lambda sentences: nothing)
    _switch_off_the_neighbours(monkeypatch)
    result = screen_text("he tracks my phone everywhere i go")
    assert [(m.flag, m.rule_id) for m in result.matches] == [
        ("danger", "danger.stalking"),
        ("abuse", "danger.implies-abuse"),
    ]
    assert result.matches[0].excerpt == result.matches[1].excerpt


def test_the_model_reads_windows_and_sentences():
    sentences = ["a b c", "d e", "f g h", "i j k l"]
    assert classifier.units(sentences) == [(0, 3), (1, 4), (0, 1), (2, 3), (3, 4)]
    assert classifier.units(["ok"]) == [(0, 1)]
    assert classifier.units(["ok", "fine then"]) == [(0, 2)]


def test_every_reader_has_a_plain_reason_to_show_the_person():
    from safety.selectors import RULE_NOTES

    for rule_id in (classifier.RULE_ID, classifier.MODEL_RULE_ID, "danger.implies-abuse"):
        assert RULE_NOTES[rule_id][0].isupper() and len(RULE_NOTES[rule_id]) > 30


def test_near_misses_the_model_still_reads_as_flags_do_not_grow():
    """The rules' near-miss negatives (test_screening_general.QUIET) with every reader on. The
    model's low bar for self-harm and danger (MODEL_THRESHOLDS) costs some of them, training data
    though they are: "i burned myself on the oven" is read as self-harm. Pinned at the count of
    2026-11-22 so it can only go down; README (Safety) says so."""
    from tests.safety.test_screening_general import QUIET

    loud = [(flag, text) for flag, text in QUIET if flag in screen_text(text).flags]
    print(*loud, sep="\n")
    assert len(loud) <= 8
    assert ("self_harm", "i burned myself on the oven") in loud  # the example README gives
