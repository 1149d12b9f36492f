"""The labelled screening data (data/screening/, safety/screening/training/dataset.py) and the line between the app
and its tests: the app never imports tests, the dev set is never training data, and blind/ is never
read by the loader."""

import ast
import json
from pathlib import Path

import pytest

from safety.screening.training import dataset

ROOT = Path(__file__).resolve().parents[2]
APP_PACKAGES = ("dvoe", "checkins", "coaching", "safety")


def _imports(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            yield str(node.args[0].value)


def test_no_app_module_imports_tests():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for package in APP_PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in _imports(path)
        if name == "tests" or name.startswith("tests.")
    ]
    assert offenders == []


def test_the_import_check_would_see_an_import_of_tests(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import os\nfrom tests.safety import x\nimport tests\n")
    assert [n for n in _imports(module) if n.split(".")[0] == "tests"] == ["tests.safety", "tests"]


@pytest.mark.parametrize(
    "path", dataset.files(dataset.TRAIN) + dataset.files(dataset.DEV), ids=lambda p: p.name
)
def test_every_line_follows_the_schema(path):
    flags = {"abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out"}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        row = json.loads(line)
        assert {"text", "flags", "kind", "voice"} <= set(row), number
        assert set(row["flags"]) <= flags and row["text"].strip(), number
        assert (row["kind"] == "positive") == bool(row["flags"]), number
        assert row["kind"] in dataset.KINDS, number
    assert dataset.read(path)


def test_dev_is_never_training_data():
    train = {e.text for e in dataset.load()}
    dev = {e.text for e in dataset.load(dataset.files(dataset.DEV))}
    assert len(dev) > 700 and len(train) > 9000
    assert not train & dev


def test_the_loader_refuses_the_blind_set(tmp_path):
    with pytest.raises(ValueError):
        dataset.read(dataset.BLIND / "anything.jsonl")
    with pytest.raises(ValueError):
        dataset.load([dataset.BLIND / "x" / ".." / "anything.jsonl"])


def test_the_datasheet_names_every_file_with_its_count():
    sheet = (dataset.DATA / "DATASHEET.md").read_text()
    for path in dataset.files(dataset.TRAIN) + dataset.files(dataset.DEV):
        count = len(path.read_text().splitlines())
        row = f"| `{path.parent.name}/{path.name}` | {count} |"
        assert any(line.startswith(row) for line in sheet.splitlines()), row
