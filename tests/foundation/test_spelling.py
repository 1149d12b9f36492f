"""One spelling throughout: UK English in every page, catalog, email and the README. Stored
choice keys spelled the US way (for example "minimizing") stay as keys; only labels change."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
US = re.compile(
    r"\b(counsel(?:ing|or|ors)|recogniz\w*|behavior\w*|organiz\w*|apologiz\w*|minimiz\w*"
    r"|realiz\w*|color\w*|practicing|practiced|favorite)\b",
)
# Code identifiers and stored keys, not copy.
ALLOWED = {"minimizing", "color", "MINIMIZING"}


def _copy_files():
    yield from (ROOT / "templates").rglob("*.html")
    yield from (ROOT / "templates").rglob("*.txt")
    yield from (ROOT / "coaching" / "catalog").glob("*.py")
    yield ROOT / "checkins" / "catalog.py"
    yield ROOT / "safety" / "questions.py"
    yield ROOT / "README.md"


def test_copy_uses_uk_spelling():
    found = []
    for path in _copy_files():
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if 'meta name="color-scheme"' in line:
                continue
            line = re.sub(r"`[^`]*`", "", line)  # code spans name identifiers, not copy
            for word in US.findall(line):
                if word in ALLOWED and ('"' + word + '"' in line or "_" in line or "#" in line):
                    continue
                found.append(f"{path.relative_to(ROOT)}:{number}: {word}")
    assert found == []
