"""The ONNX Runtime path (safety/screening/encoder.py) computes what the NumPy reference
(safety/screening/reference.py) computes.

Two kinds of check:
- golden vectors: runtime_golden.npz beside this file holds, for TEXTS, the published model's
  embeddings and the probabilities of a tuned model made here from fixed numbers (SYNTHETIC, in
  screening_model.npz's format), both computed by the reference when the file was written. A tuned
  model of our own keeps the file valid while the shipped one is retrained. Rewrite it only when
  the reference's maths is meant to change: `.venv/bin/python -m tests.safety.test_runtime_golden`.
- agreement at run time: the runtime and the reference on the same texts, with the shipped tuned
  model, whatever file is there now.

Tolerance: ATOL per number. ONNX Runtime fp32 and the reference differ by about 1e-6 (summation
order); int8 weights differ by 0.1 and more (bench/screening_runtime.py), so a real error cannot
hide under it.
"""

from pathlib import Path

import numpy as np
import pytest

from safety.screening import encoder, onnx_runtime, reference

GOLDEN = Path(__file__).with_name("runtime_golden.npz")
ATOL = 1e-4
TEXTS = [
    "he hit me last night",
    "my partner struck me yesterday evening",
    "we are thinking of repainting the kitchen",
    "He made me a coffee this morning without being asked. Small, but I noticed.",
    "I keep telling myself it will get better",
    "Honestly I just want to sleep for a week",
    "I'm at the end of my rope with him",
    "he grabbed me by the throat and said next time he wont stop",
    "the pills are in my drawer and i keep counting them",
    "she decides who i am allowed to text",
    "this commute is killing me",
    "red light. i brought up the bills and she snapped back, same as last week",
    "practised my own half again, kept my voice low when he was late home",
    "he has been texting an old girlfriend every night and deletes the messages",
    "he was drunk again by noon and the bottles are hidden in the garage",
    "she said she's been done with us for ages and just stays for the kids",
    "ok",
    "Work ran late and dinner was leftovers. The kids went down easily for once. I tried to stay "
    "calm when the bills came up. We watched half a film and went to bed at different times.",
    "race save again 0",
    "a " * 200,  # cut at MAX_TOKENS
]


def synthetic_model(path: Path) -> Path:
    """A tuned model in screening_model.npz's format from fixed numbers (sines, not a random
    generator whose stream could change between NumPy versions)."""
    arrays = {}
    sizes = {"q": 384, "k": 384, "v": 384, "o": 384, "i": 1536, "f": 384}
    ins = {"f": 1536}
    rank = 16
    for offset in range(6 - encoder.SPLIT):
        for j, name in enumerate("qkvoif"):
            seed = 1 + offset * 6 + j
            a = 0.05 * np.sin(np.arange(rank * ins.get(name, 384)) * 0.37 * seed)
            b = 0.05 * np.cos(np.arange(sizes[name] * rank) * 0.11 * seed)
            arrays[f"a{offset}{name}"] = a.reshape(rank, -1).astype(np.float16)
            arrays[f"b{offset}{name}"] = b.reshape(-1, rank).astype(np.float16)
    arrays["head_w"] = (0.08 * np.sin(np.arange(384 * 6) * 0.71)).reshape(384, 6)
    arrays["head_w"] = arrays["head_w"].astype(np.float32)
    arrays["head_b"] = np.linspace(-0.5, 0.5, 6).astype(np.float32)
    arrays["meta"] = np.array('{"synthetic": true}')
    np.savez_compressed(path, **arrays)
    return path


def _with_model(path, run):
    return run(TEXTS, base=True, tuned=True, model_path=path)


@pytest.fixture(scope="module")
def golden():
    with np.load(GOLDEN) as data:
        assert list(data["texts"]) == TEXTS, "TEXTS changed: rewrite the golden file"
        return data["embeddings"], data["probs"]


@pytest.mark.parametrize("run", [encoder.run, reference.run], ids=["onnx", "reference"])
def test_both_runtimes_give_the_golden_vectors(run, golden, tmp_path):
    embeddings, probs = _with_model(synthetic_model(tmp_path / "synthetic.npz"), run)
    assert np.abs(embeddings - golden[0]).max() < ATOL
    assert np.abs(probs - golden[1]).max() < ATOL
    assert probs.min() > 0.02 and probs.max() < 0.98  # not saturated: the head is really tested


def test_the_runtime_agrees_with_the_reference_on_the_shipped_model():
    embeddings, probs = encoder.run(TEXTS, base=True, tuned=True)
    expected_e, expected_p = reference.run(TEXTS, base=True, tuned=True)
    assert np.abs(embeddings - expected_e).max() < ATOL
    assert np.abs(probs - expected_p).max() < ATOL


def test_mixed_requests_and_many_rows_match_the_reference():
    """Texts wanting embeddings, probabilities or both, more than one batch and more than one
    packed row: each row of the result is the text's own."""
    texts = [f"{t} {i}" for i, t in enumerate(TEXTS * 2)]
    base = [i % 3 != 0 for i in range(len(texts))]
    tuned = [i % 2 == 0 for i in range(len(texts))]
    got = encoder.run(texts, base=base, tuned=tuned, batch_size=7)
    expected = reference.run(texts, base=base, tuned=tuned)
    for g, e in zip(got, expected, strict=True):
        assert np.abs(g - e).max() < ATOL
    assert not got[0][~np.array(base)].any() and not got[1][~np.array(tuned)].any()
    assert encoder.run([], base=True, tuned=True)[0].shape == (0, encoder.DIMENSIONS)


def test_packing_keeps_each_text_to_itself():
    ids, positions, bias, pooling = onnx_runtime.pack([[1, 2, 3], [4, 5], [6] * 200], capacity=256)
    assert ids.shape == positions.shape == (1, 205)  # longest first: 200 + 3 + 2 in one row
    assert positions[0, :200].tolist() == list(range(200)) and positions[0, 200] == 0
    assert bias.shape == (1, 1, 205, 205) and bias[0, 0, 0, 199] == 0 and bias[0, 0, 0, 200] < -1
    assert np.allclose(pooling.sum(axis=1), 1.0)
    assert onnx_runtime.pack([[1] * 128, [2] * 128, [3] * 5], capacity=256)[0].shape == (2, 256)


def test_one_thread_per_session_built_once():
    encoder.run(["warming up"], base=True, tuned=True)
    lower, base = encoder._published_sessions()
    tuned = encoder._tuned_session(encoder.load_tuned())
    for session in (lower, base, tuned):
        assert session.get_session_options().intra_op_num_threads == 1
    assert encoder._published_sessions()[0] is lower
    assert encoder._tuned_session(encoder.load_tuned()) is tuned


def test_threads_share_the_sessions_safely():
    """gunicorn's threads (and Celery's) may screen at once: each gets its own texts' rows."""
    from concurrent.futures import ThreadPoolExecutor

    expected = encoder.run(TEXTS, base=True, tuned=True)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: encoder.run(TEXTS[i:], True, True), range(8)))
    for i, (vectors, probs) in enumerate(results):
        assert np.abs(vectors - expected[0][i:]).max() < ATOL
        assert np.abs(probs - expected[1][i:]).max() < ATOL


def test_a_missing_runtime_is_a_system_check_error(monkeypatch):
    from django.core import checks

    from safety import checks as safety_checks

    real = safety_checks.find_spec
    monkeypatch.setattr(
        safety_checks, "find_spec", lambda name: None if name == "onnxruntime" else real(name)
    )
    assert "safety.E004" in [e.id for e in checks.run_checks()]


def write_golden():  # pragma: no cover - run by hand, see the module docstring
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_model(Path(folder) / "synthetic.npz")
        embeddings, probs = _with_model(path, reference.run)
    np.savez_compressed(GOLDEN, texts=np.array(TEXTS), embeddings=embeddings, probs=probs)
    print(f"wrote {GOLDEN} ({GOLDEN.stat().st_size} bytes)")


if __name__ == "__main__":  # pragma: no cover
    write_golden()
