"""Everything accounts add to shared pages (dvoe.lib.hooks), in one place."""

from django.http import HttpRequest

from dvoe.accounts import lock, lock_views
from dvoe.lib import hooks, onboarding
from dvoe.lib.panels import Panel


@hooks.register("settings_panel", order=15)
def lock_panel(request: HttpRequest) -> Panel:
    return Panel("accounts/lock_panel.html", lock_views.panel_context(request.user))


@hooks.register("onboarding_step", order=30)
def lock_offer_step() -> onboarding.Step:
    return onboarding.Step("accounts:lock_offer", is_done=lock.offer_answered)
