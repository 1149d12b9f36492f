"""dvoe's text screening, as a library that knows nothing of Django.

It reads one night's text and says which of six flags to route now, which only to ask about, and
which passage raised each (core.screen_text). The Django app `safety` is a thin layer over it:
it stores the outcome, remembers dismissals by keyed hash, and routes the person.

    core.py            screen_text, gather, the rule guards, the outcome per flag
    rules/             the documented rules, one file per flag (common.py: shared words)
    normalise.py       the text the rules see (contractions, typos, one-letter slips)
    levels.py          the three levels and their thresholds, chosen out of fold
    readers.py         the model readers (tuned model, neighbours) and their per-process memory
    encoder.py         the sentence encoder and the tuned model, run by ONNX Runtime
    onnx_runtime.py    the ONNX graphs, built in memory from the model wheel and the tuned file
    reference.py       the same maths in NumPy, the reference the runtime is pinned to
    data/              the tuned model and the neighbour index (learned numbers, no text)
    training/          reading the labelled data and training (PyTorch, the `train` extra);
                       the runtime never imports it

Import contracts (pyproject.toml, `lint-imports`) keep Django, the rest of dvoe and PyTorch out.
"""

from safety.screening.core import (
    FLAGS,
    GUIDANCE_FLAGS,
    Match,
    ScreenResult,
    gather,
    rule_flags,
    rule_matches,
    screen_text,
    split_sentences,
)

__all__ = [
    "FLAGS",
    "GUIDANCE_FLAGS",
    "Match",
    "ScreenResult",
    "gather",
    "rule_flags",
    "rule_matches",
    "screen_text",
    "split_sentences",
    "warm",
]


def warm() -> None:
    """Load the shipped model and index and read one sentence, so no request pays for it."""
    from safety.screening import readers

    reader = readers.shipped()
    reader.index()
    reader.prepare(["warming up the reader"], neighbours=True)
