"""The one extension mechanism (dvoe.lib.hooks) and the import contracts that keep the README's
diagram true."""

import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dvoe.lib import hooks, nav, onboarding

ROOT = Path(__file__).resolve().parents[2]


def names(fns: list[Callable[..., Any]]) -> list[str]:
    return [f"{fn.__module__}.{fn.__name__}" for fn in fns]


def test_tonight_is_one_flow_across_the_apps() -> None:
    assert names(hooks.get("tonight_panel")) == [
        "checkins.panels.care_panel",
        "checkins.panels.journal_panel",
        "checkins.panels.lights_panel",
        "coaching.panels.tonight_reflections",
        "coaching.panels.tonight_practice",
        "checkins.panels.season_panel",
    ]


def test_onboarding_steps_and_menu_in_order() -> None:
    assert [s.url_name for s in onboarding.steps()] == [
        "safety:check",
        "reminders:start",
        "accounts:lock_offer",
    ]
    assert [link.label for link in nav.links()] == [
        "Journal",
        "Lights",
        "Season",
        "Coach",
        "Safety",
    ]


def test_every_app_exports_its_data_and_seeds_the_demo() -> None:
    every_app = {"checkins.hooks", "coaching.hooks", "safety.hooks", "dvoe.reminders.hooks"}
    assert {fn.__module__ for fn in hooks.get("export")} == every_app
    assert len(hooks.get("demo_seed")) == 4


def test_an_unknown_hook_name_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown hook"):
        hooks.register("tonight_panels")
    with pytest.raises(ValueError, match="Unknown hook"):
        hooks.get("tonight_panels")


def test_the_import_contracts_hold_with_no_exceptions() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    assert config["contracts"]
    assert not [c["id"] for c in config["contracts"] if c.get("ignore_imports")]
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    done = subprocess.run(
        [lint, "--no-logo", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_worker_start_hook_reads_dvoe_warm_screening_strictly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dvoe.lib.env import EnvError
    from safety import hooks as safety_hooks
    from safety import screening

    warmed = []
    monkeypatch.setattr(screening, "warm", lambda: warmed.append(True))
    assert safety_hooks.warm_screening in hooks.get("worker_start")
    monkeypatch.setenv("DVOE_WARM_SCREENING", "false")
    safety_hooks.warm_screening()
    assert warmed == []
    monkeypatch.setenv("DVOE_WARM_SCREENING", "ture")  # a typo stops the worker, never "true"
    with pytest.raises(EnvError, match="DVOE_WARM_SCREENING"):
        safety_hooks.warm_screening()
    monkeypatch.setenv("DVOE_WARM_SCREENING", "yes")
    safety_hooks.warm_screening()
    assert warmed == [True]
