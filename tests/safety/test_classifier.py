"""The model readers and the levels: the model runs here and matches the training data, the
levels keep their promises (route, ask, the passage behind each), and no text is kept."""

import numpy as np
import pytest
from django.core import checks

from safety.screening import encoder, levels, readers, screen_text, split_sentences
from safety.screening.encoder import embed
from safety.screening.training import dataset


def test_the_tuned_model_was_trained_on_the_examples_as_they_are_now():
    """Edit its training files without `manage.py train_screening_model` and this fails. A model
    trained by the command names its files (all of train/); the model shipped on 2026-11-22 did
    not, and learned from dataset.legacy_pairs() (README, Safety: retraining is pending)."""
    meta = encoder.tuned_meta()
    if "files" in meta:
        assert meta["files"] == [p.name for p in dataset.files(dataset.TRAIN)]
        expected = dataset.pairs(dataset.load())
    else:
        expected = dataset.legacy_pairs()
    assert meta["fingerprint"] == dataset.fingerprint(expected)
    assert meta["split"] == encoder.SPLIT


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


def _switch_off_the_model(monkeypatch):
    silent = readers.Reading(peak=np.zeros(len(readers.LABELS)), where={})
    monkeypatch.setattr(readers.Readers, "read_in_context", lambda self, sentences: silent)


def _reading(monkeypatch, **probabilities):
    peak = np.array([probabilities.get(flag, 0.0) for flag in readers.LABELS])
    reading = readers.Reading(peak=peak, where={})
    monkeypatch.setattr(readers.Readers, "read_in_context", lambda self, sentences: reading)


@pytest.mark.parametrize(
    "text,flag",
    [
        # No rule catches these (checked with the model switched off); the model does.
        ("the pills are in my drawer and i keep counting them", "self_harm"),
        ("she decides who i am allowed to text", "abuse"),
    ],
)
def test_phrasings_no_rule_was_written_for_are_caught(text, flag, monkeypatch):
    result = screen_text(text)
    assert flag in result.flags | result.possible
    assert {m.rule_id for m in result.matches if m.flag == flag} == {readers.MODEL_RULE_ID}
    assert all(0 < len(m.excerpt) <= 70 for m in result.matches)
    _switch_off_the_model(monkeypatch)
    assert not screen_text(text).flags | screen_text(text).possible


@pytest.mark.parametrize(
    "text",
    [
        "she has never laid a hand on me",
        "this commute is killing me",
        "he nailed his interview",
        "my sister's boyfriend drinks too much",
        "he had a drinking problem in college and has been sober ten years",
        "we argued about whose turn it was to do the bins and then watched a film",
        # the product's own content and everyday tiredness (written for this test)
        "red light. i brought up the bills and she snapped back, same as last week",
        "practised my own half again, kept my voice low when he was late home",
        "sent him the invitation for a walk on sunday, he said maybe",
        "my legs are dead after that spin class, i could sleep for a week",
    ],
)
def test_ordinary_and_tricky_nights_stay_quiet_with_every_reader(text):
    result = screen_text(text)
    assert result.flags | result.possible == frozenset()


def test_what_the_process_remembers_is_a_keyed_hash_not_the_text():
    text = "some nights i think everyone would be lighter without me around"
    screen_text(text)
    remembered = list(readers.shipped().readings.rows) + list(readers.shipped().embeddings.rows)
    assert remembered and all(isinstance(key, bytes) and len(key) == 16 for key in remembered)
    assert not any(b"lighter" in key for key in remembered)


def test_an_unchanged_sentence_is_not_read_again(monkeypatch):
    """Autosaves re-screen the whole entry: only the new sentence, and the windows it falls in,
    cost a forward pass."""
    screen_text("we had a quiet dinner. i said i was tired.")
    classified = []
    real = encoder.run

    def counting(texts, base=True, tuned=False, **kwargs):
        wants = np.broadcast_to(tuned, (len(texts),))
        classified.extend(t for t, want in zip(texts, wants, strict=True) if want)
        return real(texts, base=base, tuned=tuned, **kwargs)

    monkeypatch.setattr(encoder, "run", counting)
    screen_text("we had a quiet dinner. i said i was tired. then i went to bed early")
    assert sorted(classified) == [
        "then i went to bed early",
        "we had a quiet dinner. i said i was tired. then i went to bed early",
    ]


def test_a_missing_model_is_a_system_check_error(monkeypatch, tmp_path):
    assert not [e for e in checks.run_checks() if e.id.startswith("safety.")]
    monkeypatch.setattr(encoder, "MODEL_PATH", tmp_path / "missing.npz")
    assert "safety.E003" in [e.id for e in checks.run_checks()]


def test_the_model_gives_probabilities_per_flag():
    probs = encoder.classify(
        ["he grabbed me by the throat and said next time he wont stop", "we repainted the hall"]
    )
    assert probs.shape == (2, len(encoder.LABELS))
    assert probs[0, encoder.LABELS.index("danger")] > 0.9
    assert probs[1].max() < 0.1


def test_the_model_reads_windows_and_sentences():
    sentences = ["a b c", "d e", "f g h", "i j k l"]
    assert readers.units(sentences) == [(0, 3), (1, 4), (0, 1), (2, 3), (3, 4)]
    assert readers.units(["ok"]) == [(0, 1)]
    assert readers.units(["ok", "fine then"]) == [(0, 2)]


def test_every_reader_has_a_plain_reason_to_show_the_person():
    from safety.selectors import RULE_NOTES

    for rule_id in (readers.RULE_ID, readers.MODEL_RULE_ID, "danger.implies-abuse"):
        assert RULE_NOTES[rule_id][0].isupper() and len(RULE_NOTES[rule_id]) > 30


# --- levels: route now, ask first, or nothing (safety/screening/levels.py) --------------------------------

T = levels.Levels(ask=0.3, route=0.8, broad_ask=0.1, broad_route=0.5, knn_ask=2.0)


@pytest.mark.parametrize(
    "precise,broad,p,expected,source",
    [
        (True, False, 0.0, levels.ROUTE, "rule"),  # a precise rule names the act
        (False, True, 0.05, levels.NONE, ""),  # a broad rule the model finds no trace of
        (False, True, 0.2, levels.ASK, "rule"),
        (False, True, 0.6, levels.ROUTE, "rule"),
        (False, False, 0.2, levels.NONE, ""),
        (False, False, 0.5, levels.ASK, "model"),
        (False, False, 0.9, levels.ROUTE, "model"),
    ],
)
def test_levels_from_the_evidence(precise, broad, p, expected, source):
    level, by = levels.decide(precise, broad, p, 0.0, T)
    assert (int(level), str(by)) == (expected, source)


def test_decide_reads_arrays_as_it_reads_one_entry():
    rng = np.random.default_rng(3)
    precise, broad = rng.random(200) < 0.1, rng.random(200) < 0.3
    p, knn = rng.random(200), rng.random(200)
    t = levels.Levels(ask=0.3, route=0.8, broad_ask=0.1, broad_route=0.5, knn_ask=0.7)
    many, _ = levels.decide(precise, broad, p, knn, t)
    one = [
        int(levels.decide(a, b, c, d, t)[0])
        for a, b, c, d in zip(precise, broad, p, knn, strict=True)
    ]
    assert many.tolist() == one


def test_a_middle_probability_asks_and_a_high_one_routes(monkeypatch):
    ask = levels.THRESHOLDS["self_harm"].ask
    route = levels.THRESHOLDS["self_harm"].route
    assert ask < route
    _reading(monkeypatch, self_harm=(ask + route) / 2)
    middle = screen_text("a quiet sentence about the evening")
    assert middle.possible == {"self_harm"} and middle.flags == frozenset()
    _reading(monkeypatch, self_harm=max(route, 0.999))
    assert screen_text("a quiet sentence about the evening").flags == {"self_harm"}


def test_every_raised_name_has_a_match_at_its_level_with_its_passage():
    text = (
        "Work was long. He grabbed me by the throat last night and said next time he won't stop. "
        "I keep counting the tablets in my drawer."
    )
    result = screen_text(text)
    assert result.flags or result.possible
    assert not result.flags & result.possible
    sentences = split_sentences(text)
    for name in result.flags | result.possible:
        level = "route" if name in result.flags else "ask"
        mine = [m for m in result.matches if m.flag == name]
        assert mine and all(m.level == level for m in mine)
        assert all(m.passage in sentences for m in mine)
    assert screen_text(text).matches == result.matches  # a re-save gives the same passages


def test_an_urgent_rule_is_never_dropped_and_a_precise_rule_routes_when_the_model_agrees(
    monkeypatch,
):
    """A precise phrase can have an everyday sense, so where the model reads the words around it
    as nothing it is heard as a question; for danger and self-harm it is never dropped."""
    _switch_off_the_model(monkeypatch)
    throat = screen_text("he put his hands round my throat last night")
    assert "danger" in throat.possible and not throat.flags
    assert "self_harm" in screen_text("i want to kill myself").possible
    for flag, text in (
        ("danger", "he put his hands round my throat last night"),
        ("self_harm", "i want to kill myself"),
        ("abuse", "He headbutted me during the argument."),
        ("checked_out", "he has decided to leave me"),
    ):
        _reading(monkeypatch, **{flag: levels.THRESHOLDS[flag].precise_route})
        assert flag in screen_text(text).flags, flag


def test_abuse_never_brings_danger(monkeypatch):
    _reading(monkeypatch, abuse=0.99, danger=0.0)
    result = screen_text("he reads all my messages and takes my bank card")
    assert "abuse" in result.flags
    assert "danger" not in result.flags | result.possible


def test_danger_brings_the_abuse_guidance_with_it_at_its_level(monkeypatch):
    _reading(monkeypatch, danger=levels.THRESHOLDS["danger"].precise_route)
    result = screen_text("he tracks my phone everywhere i go")
    assert [(m.flag, m.rule_id, m.level) for m in result.matches] == [
        ("abuse", "danger.implies-abuse", "route"),
        ("danger", "danger.stalking", "route"),
    ]
    assert result.matches[0].passage == result.matches[1].passage
    ask = levels.THRESHOLDS["danger"].ask
    _reading(monkeypatch, danger=(ask + levels.THRESHOLDS["danger"].route) / 2)
    asked = screen_text("a quiet sentence about the evening")
    assert asked.possible == {"danger", "abuse"} and not asked.flags


def test_the_neighbours_are_not_run_unless_a_level_hears_them(monkeypatch):
    def refuse(self, sentences):
        raise AssertionError("the neighbour reader ran")

    monkeypatch.setattr(readers.Readers, "neighbour_shares", refuse)
    if levels.hears_neighbours():
        with pytest.raises(AssertionError):
            screen_text("we had a quiet dinner tonight")
    else:
        assert screen_text("we had a quiet dinner tonight").flags == frozenset()
