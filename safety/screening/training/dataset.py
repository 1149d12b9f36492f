"""The labelled screening examples: JSONL files under data/screening/ (see its DATASHEET.md).

Each line is {"text", "flags" (list of FLAGS, empty for a negative), "kind" (positive, ordinary or
tricky), "voice", "topic", "source"}; the blind set adds "danger_signs" to abuse/danger positives.
train/ is what the model and the neighbour index learn from; dev/ is frozen and only measured;
blind/ is written by someone else and is never read here (load() refuses it), only by
bench/screening_report.py when the person running it passes its paths.

The web app never reads these files: only the build commands and the benches do.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "data" / "screening"
TRAIN = DATA / "train"
DEV = DATA / "dev"
BLIND = DATA / "blind"
KINDS = ("positive", "ordinary", "tricky")


@dataclass(frozen=True)
class Example:
    text: str
    flags: frozenset
    kind: str
    voice: str = ""
    topic: str = ""
    source: str = ""
    file: str = ""
    danger_signs: bool | None = None


def read(path, allow_blind=False) -> list[Example]:
    """The examples in one JSONL file."""
    path = Path(path).resolve()
    if not allow_blind and BLIND.resolve() in path.parents:
        raise ValueError("data/screening/blind/ is measured once by bench/screening_report.py only")
    out = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            kind = row.get("kind") or ("positive" if row["flags"] else "ordinary")
            if kind not in KINDS or bool(row["flags"]) != (kind == "positive"):
                raise ValueError(f"{path.name}:{number}: kind {kind!r} with flags {row['flags']}")
            out.append(
                Example(
                    text=row["text"],
                    flags=frozenset(row["flags"]),
                    kind=kind,
                    voice=row.get("voice") or "",
                    topic=row.get("topic") or "",
                    source=row.get("source") or "",
                    file=path.stem,
                    danger_signs=row.get("danger_signs"),
                )
            )
    return out


def files(folder=TRAIN) -> list[Path]:
    return sorted(Path(folder).glob("*.jsonl"))


def load(paths=None) -> list[Example]:
    """Every example in `paths` (default: all of train/), in file order."""
    out = []
    for path in paths if paths is not None else files(TRAIN):
        out += read(path)
    return out


def pairs(examples) -> list[tuple[str, frozenset]]:
    """(text, flags) pairs, what the builders learn from; an empty frozenset is a negative."""
    return [(e.text, e.flags) for e in examples]


def fingerprint(pairs) -> str:
    blob = json.dumps([[text, sorted(flags)] for text, flags in pairs], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


# The files, in order, that the shipped tuned model (trained 2026-11-22, before this data moved out
# of tests/) learned from; rounds_tuning's negatives were listed twice then. The helper's files of
# 2026-12-03 (product_negatives, tricky_negatives, missed_positives) are not in it: training on
# them is `manage.py train_screening_model` (see README, Safety).
LEGACY_ORDER = (
    ("rounds_final", "rounds_fresh", "rounds_heldout", "rounds_tuning")
    + tuple(f"rounds_round{n}" for n in range(4, 13))
    + ("general_rule_negatives",)
)


def legacy_pairs() -> list[tuple[str, frozenset]]:
    """The shipped model's training pairs, in its order (see LEGACY_ORDER)."""
    stems = LEGACY_ORDER + tuple(sorted(p.stem for p in TRAIN.glob("corpus_*.jsonl")))
    out = []
    for stem in stems:
        rows = read(TRAIN / f"{stem}.jsonl")
        out += pairs(rows)
        if stem == "rounds_tuning":
            out += [(e.text, e.flags) for e in rows if not e.flags]
    return out


def unseen_by_shipped_model() -> list[Path]:
    """train/ files the shipped model never learned from (empty once it is retrained)."""
    return [p for p in files(TRAIN) if not p.stem.startswith(("corpus_", "rounds_", "general_"))]
