"""The similarity reader: its model runs here, its index matches the examples, and it keeps to the
same promises as the rules (no text kept, guards respected)."""

import numpy as np
import pytest
from django.core import checks

from safety import classifier
from safety.encoder import embed
from safety.screening import screen_text
from tests.safety.corpus import sources


def test_the_index_was_built_from_the_examples_as_they_are_now():
    """Edit an example without `manage.py build_screening_index` and this fails."""
    meta = classifier.load_index().meta
    assert meta["fingerprint"] == sources.fingerprint(sources.examples())


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
        # No rule catches these (checked with the reader switched off); the reader does.
        ("i sorted out who gets my things, just in case", "self_harm"),
        ("the pills are in my drawer and i keep counting them", "self_harm"),
        ("he counts the petrol in my car each evening", "abuse"),
        ("she decides who i am allowed to text", "abuse"),
    ],
)
def test_phrasings_no_rule_was_written_for_are_caught(text, flag, monkeypatch):
    result = screen_text(text)
    assert flag in result.flags
    assert [(m.flag, m.rule_id) for m in result.matches] == [(flag, classifier.RULE_ID)]
    assert 0 < len(result.matches[0].excerpt) <= 70
    monkeypatch.setattr(classifier, "flags_by_sentence", lambda s: [frozenset()] * len(s))
    assert screen_text(text).flags == frozenset()


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


def test_an_unchanged_sentence_is_not_embedded_again(monkeypatch):
    """Autosaves re-screen the whole entry: only the sentence being typed costs a forward pass."""
    import safety.encoder

    screen_text("we had a quiet dinner. i said i was tired.")
    seen = []
    real = safety.encoder.embed

    def counting(sentences, **kwargs):
        seen.extend(sentences)
        return real(sentences, **kwargs)

    monkeypatch.setattr(safety.encoder, "embed", counting)
    screen_text("we had a quiet dinner. i said i was tired. then i went to bed early")
    assert seen == ["then i went to bed early"]


def test_a_missing_model_or_index_is_a_system_check_error(monkeypatch, tmp_path):
    assert not [e for e in checks.run_checks() if e.id.startswith("safety.")]
    monkeypatch.setattr(classifier, "INDEX_PATH", tmp_path / "missing.npz")
    assert "safety.E002" in [e.id for e in checks.run_checks()]
