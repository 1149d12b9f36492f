"""Helpers shared by the checkins views: per-request caching of the season and tonight, safe
redirects, the safety hand-off, and re-rendering /tonight/ with bound forms."""

from django.shortcuts import render

from checkins import selectors
from dvoe.lib import panels
from dvoe.lib.redirects import go  # noqa: F401 (the views import it from here)


def tonight_of(request):
    if not hasattr(request, "_checkins_tonight"):
        request._checkins_tonight = selectors.current_night(request.user)
    return request._checkins_tonight


def season_of(request):
    return selectors.active_season_for_request(request)


def bound_forms(request) -> dict:
    if not hasattr(request, "_checkins_forms"):
        request._checkins_forms = {}
    return request._checkins_forms


def screen(request, *, text: str, source: str) -> str | None:
    """Hand saved text to safety; the text is already stored whatever safety says."""
    outcome = screen_outcome(request, text=text, source=source)
    return outcome.redirect_url if outcome else None


def screen_outcome(request, *, text: str, source: str):
    """safety's whole Outcome for saved text (None for empty text): where to go next, and whether
    that is a route (flags) or only a question (possible)."""
    if not text.strip():
        return None
    from safety.services import screen_and_record

    return screen_and_record(user=request.user, text=text, source=source)


def render_tonight(request, *, status: int = 200):
    """/tonight/ composed from every app's panels, with any bound (invalid) forms kept."""
    return render(
        request,
        "tonight.html",
        {"panels": panels.render_list("tonight", request)},
        status=status,
    )
