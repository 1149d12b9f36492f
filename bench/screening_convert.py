"""One-off: move the labelled screening examples out of tests/ into data/screening/*.jsonl.

Run once (2026-12-03) from the tree that still had tests/safety/corpus/ and
tests/safety/examples_*.py; kept so the conversion can be read and checked. Each line is
{"text", "flags", "kind" (positive|ordinary|tricky), "voice", "topic", "source"}.

    PYTHONPATH=. .venv/bin/python bench/screening_convert.py
"""

import ast
import importlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "screening"
ROUNDS = ("final", "fresh", "heldout", "tuning") + tuple(f"round{n}" for n in range(4, 13))
DEV = ("round13", "round14")
# Voice of each corpus file, from its docstring; the round sets are the rule rounds' hand-written
# night entries (mixed voices, mostly lower case at 1 am).
VOICES = {
    "addressed": "addressed to someone (letters, second person)",
    "buried": "long ordinary entries with the disclosure buried",
    "formal": "formal, careful writing",
    "lives": "varied lives (jobs, ages, family shapes)",
    "long": "long entries",
    "numb": "flat, numb understatement",
    "oblique": "oblique, sideways phrasing",
    "others": "writers whose partner is not a husband (same-sex, older, younger)",
    "pairs": "minimal pairs: a disclosure and a near miss",
    "plain": "minimising, plain, some non-native grammar",
    "raw": "raw, angry, unpunctuated",
    "short": "very short entries",
    "slang": "slang and regional words",
}


def _flags(label):
    return sorted({label} if isinstance(label, str) else set(label))


def _split_negatives(module):
    """(ordinary, tricky): ORDINARY/TRICKY, or NEGATIVES split at its '# tricky' comment."""
    if hasattr(module, "ORDINARY"):
        return list(module.ORDINARY), list(getattr(module, "TRICKY", []))
    source = Path(module.__file__).read_text()
    lines = source.splitlines()
    marker = next((i for i, line in enumerate(lines, 1) if line.strip() == "# tricky"), None)
    negatives = list(getattr(module, "NEGATIVES", []))
    if marker is None:
        return [], negatives  # examples_tuning's NEGATIVES are near misses written for rules
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "NEGATIVES":
            split = sum(1 for element in node.value.elts if element.lineno < marker)
            return negatives[:split], negatives[split:]
    raise ValueError(module.__name__)


def rows(module, voice, source):
    out = []
    for text, label in getattr(module, "ALL", None) or module.POSITIVES:
        if not _flags(label):
            continue  # examples_tuning.ALL holds its negatives too
        flag = _flags(label)
        out.append(_row(text, flag, "positive", voice, flag[0] if len(flag) == 1 else None, source))
    ordinary, tricky = _split_negatives(module)
    out += [_row(_text(t), [], "ordinary", voice, None, source) for t in ordinary]
    out += [_row(_text(t), [], "tricky", voice, None, source) for t in tricky]
    return out


def _text(item):
    return item[0] if isinstance(item, tuple) else item


def _row(text, flags, kind, voice, topic, source):
    return {
        "text": text,
        "flags": flags,
        "kind": kind,
        "voice": voice,
        "topic": topic,
        "source": source,
    }


def write(path, items):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items):5} -> {path.relative_to(ROOT)}")


def main():
    for stem in VOICES:  # the voice key; VOICES describes it (DATASHEET.md)
        module = importlib.import_module(f"tests.safety.corpus.train_{stem}")
        write(
            OUT / "train" / f"corpus_{stem}.jsonl",
            rows(module, stem, f"tests/safety/corpus/train_{stem}.py"),
        )
    for name in ROUNDS:
        module = importlib.import_module(f"tests.safety.examples_{name}")
        write(
            OUT / "train" / f"rounds_{name}.jsonl",
            rows(module, "rule rounds", f"tests/safety/examples_{name}.py"),
        )
    from tests.safety.test_screening_general import QUIET

    write(
        OUT / "train" / "general_rule_negatives.jsonl",
        [
            _row(
                text,
                [],
                "tricky",
                "rule near misses",
                flag,
                "tests/safety/test_screening_general.py",
            )
            for flag, text in QUIET
        ],
    )
    for name in DEV:
        module = importlib.import_module(f"tests.safety.examples_{name}")
        write(
            OUT / "dev" / f"{name}.jsonl",
            rows(module, "blind helper", f"tests/safety/examples_{name}.py"),
        )


if __name__ == "__main__":
    main()
