"""Helpers shared by the checkins views: the safety hand-off and /tonight/ composed from every
app's panels (with any refused forms kept)."""

from collections.abc import Mapping

from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import render

from checkins import selectors
from dvoe.lib import panels
from dvoe.lib.redirects import go  # noqa: F401 (the views import it from here)
from dvoe.lib.requests import SignedInRequest
from safety.services import Outcome, screen_and_record


def screen(request: SignedInRequest, *, text: str, source: str) -> str | None:
    """Hand saved text to safety; the text is already stored whatever safety says."""
    outcome = screen_outcome(request, text=text, source=source)
    return outcome.redirect_url if outcome else None


def screen_outcome(request: SignedInRequest, *, text: str, source: str) -> Outcome | None:
    """safety's whole Outcome for saved text (None for empty text): where to go next, and whether
    that is a route (flags) or only a question (possible)."""
    if not text.strip():
        return None
    return screen_and_record(user=request.user, text=text, source=source)


def render_tonight(
    request: SignedInRequest, *, bound: Mapping[str, Form] | None = None, status: int = 200
) -> HttpResponse:
    """/tonight/ composed from every app's `tonight_panel` hooks, with any refused forms kept."""
    tonight = selectors.tonight_for(request.user)
    found = panels.render("tonight_panel", request, tonight=tonight, bound=bound or {})
    return render(request, "tonight.html", {"panels": found}, status=status)
