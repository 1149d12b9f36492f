"""Everything safety adds to shared pages and tasks (dvoe.lib.hooks), in one place."""

from typing import Any

from dvoe.lib import hooks, nav, onboarding
from dvoe.lib.env import env_bool
from dvoe.lib.panels import Panel
from dvoe.lib.requests import SignedInRequest
from safety import demo, screening, selectors


@hooks.register("onboarding_step", order=10)
def check_step() -> onboarding.Step:
    # Recommended and skippable: skipping leaves a row, so it counts as done.
    return onboarding.Step("safety:check", is_done=selectors.has_screening)


@hooks.register("settings_panel", order=30)
def settings_panel(request: SignedInRequest) -> Panel:
    return Panel(
        "safety/_settings_panel.html", {"screening": selectors.screening_for(request.user)}
    )


@hooks.register("menu_link", order=90)
def safety_link() -> nav.Link:
    return nav.Link("Safety", "safety:answers", section="safety")


@hooks.register("export")
def export(user: Any) -> dict[str, Any]:
    return {"safety": selectors.export_for(user)}


hooks.register("demo_seed", order=90)(demo.seed)


@hooks.register("worker_start")
def warm_screening() -> None:
    """Load the screening model before the first request rather than during someone's save
    (about two seconds with ONNX Runtime, once per worker). DVOE_WARM_SCREENING=false skips it."""
    if env_bool("DVOE_WARM_SCREENING", True):
        screening.warm()
