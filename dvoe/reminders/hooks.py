"""Everything reminders add to shared pages and tasks (dvoe.lib.hooks), in one place."""

from typing import Any

from django.http import HttpRequest

from dvoe.lib import hooks, onboarding
from dvoe.lib.panels import Panel
from dvoe.reminders import demo, selectors, views

hooks.register("demo_seed", order=60)(demo.seed)


@hooks.register("settings_panel", order=20)
def settings_panel(request: HttpRequest) -> Panel:
    return Panel("reminders/panel.html", views.panel_context(request.user))


@hooks.register("onboarding_step", order=20)
def start_step() -> onboarding.Step:
    return onboarding.Step("reminders:start", is_done=selectors.offer_answered)


@hooks.register("export")
def export(user: Any) -> dict[str, Any]:
    return {"reminders": selectors.export_for(user)}
