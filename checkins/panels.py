"""checkins' panels on /tonight/ (their places are in checkins/hooks.py).

/tonight/ is a short flow: the note and mood first, then the lights as chips, then the season line.
After the note is written the journal panel becomes a done state ("You wrote tonight. Rest.") with
the note folded away for editing. While a danger or self-harm flag is active a calm card comes
first and the lights are folded behind one summary (safety.selectors.active_flags is cached on the
user, so asking costs no query).

Each panel takes the request, the Tonight the composing view read once (night, season, entry) and
`bound`: the forms a refused post sent back ("journal", "light"), to show with their errors."""

from collections.abc import Mapping
from typing import Any

from django.forms import Form
from django.utils import timezone

from checkins import catalog, selectors
from checkins.forms import JournalForm
from checkins.models import Light
from checkins.selectors import Tonight
from dvoe.lib.panels import Panel
from dvoe.lib.requests import SignedInRequest
from safety import selectors as safety_selectors

QUIET_FLAGS = frozenset({"danger", "self_harm"})
Bound = Mapping[str, Form]


def is_quiet(user: Any) -> bool:
    """Tonight is quieter while danger or self-harm is active: no asks, just the way to a person."""
    return bool(QUIET_FLAGS & safety_selectors.active_flags(user))


def care_panel(request: SignedInRequest, tonight: Tonight, bound: Bound) -> Panel | None:
    flags = QUIET_FLAGS & safety_selectors.active_flags(request.user)
    if not flags:
        return None
    resources = safety_selectors.resources_for(request.user.profile.country)
    emergency = next(
        (
            item
            for group in resources["groups"]
            if group["kind"] == "emergency"
            for item in group["items"]
            if item.phone
        ),
        None,
    )
    return Panel(
        "checkins/panels/care.html",
        {"emergency": emergency, "self_harm": "self_harm" in flags, "danger": "danger" in flags},
    )


def season_panel(request: SignedInRequest, tonight: Tonight, bound: Bound) -> Panel:
    season, night = tonight.season, tonight.night
    context: dict[str, Any] = {"season": season, "tonight": night}
    if season is not None:
        context["day"] = (night - season.started_on).days + 1
        context["days_left"] = (season.checkpoint_on - night).days
        context["needs_review"] = season.reviewed_at is None and season.checkpoint_on <= night
    return Panel("checkins/panels/season.html", context)


def journal_context(
    user: Any, tonight: Tonight, *, form: Form | None = None, just_saved: bool = False
) -> dict[str, Any]:
    """The note card: a form, or the done state once tonight's note has words in it."""
    night, entry = tonight.night, tonight.entry
    if form is None:
        form = JournalForm(
            tonight=night,
            season=tonight.season,
            initial={
                "night": night,
                "text": entry.text if entry else "",
                "mood": str(entry.mood) if entry and entry.mood else "",
            },
        )
    tz = user.profile.tz
    local_today = timezone.localtime(timezone.now(), tz).date()
    return {
        "form": form,
        "entry": entry,
        "tonight": night,
        "after_midnight": local_today != night,
        "done": not form.is_bound and tonight.written,
        "saved_at": timezone.localtime(entry.updated_at, tz)
        if entry and entry.updated_at
        else None,
        "just_saved": just_saved,
        "label": f"Your note for {night:%A} {night.day} {night:%B}",
    }


def journal_panel(request: SignedInRequest, tonight: Tonight, bound: Bound) -> Panel:
    return Panel(
        "checkins/panels/journal.html",
        journal_context(request.user, tonight, form=bound.get("journal")),
    )


def lights_panel(request: SignedInRequest, tonight: Tonight, bound: Bound) -> Panel:
    return Panel("checkins/panels/lights.html", lights_context(request.user, tonight, bound))


def lights_context(
    user: Any,
    tonight: Tonight,
    bound: Bound,
    *,
    logged: Light | None = None,
    removed: bool = False,
) -> dict[str, Any]:
    form, journal = bound.get("light"), bound.get("journal")
    errors = [e for errs in (form.errors.values() if form is not None else []) for e in errs]
    if journal is not None and journal.errors:
        errors.append("Your note was not saved yet: see the message next to it.")
    logged_tonight = selectors.lights_for_night(user, tonight.night)
    on = {s.code for s in logged_tonight}

    def chips(items: tuple[catalog.Item, ...]) -> list[dict[str, Any]]:
        return [{"item": item, "on": item.code in on} for item in items]

    return {
        "tonight": tonight.night,
        "logged_tonight": logged_tonight,
        "greens": catalog.GREENS,
        "reds": catalog.REDS,
        "green_chips": chips(catalog.GREENS),
        "red_chips": chips(catalog.REDS),
        "errors": errors,
        "just_logged": None if removed else logged,
        "just_removed": logged if removed else None,
        "quiet": is_quiet(user),
        # Once the note is written (the done state) a tap carries nothing else; say so only before.
        "note_open": not tonight.written,
    }
