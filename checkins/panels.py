"""Panel providers: checkins' parts of /tonight/ (care 5, journal 10, signals 20, season 60).

/tonight/ is a short flow: the note and mood first, then the lights as chips, then the season line.
After the note is written the journal panel becomes a done state ("You wrote tonight. Rest.") with
the note folded away for editing. While a danger or self-harm flag is active a calm card comes
first and the lights are folded behind one summary (safety.selectors.active_flags is cached on the
user, so asking costs no query)."""

from django.utils import timezone

from checkins import catalog, selectors
from checkins.forms import JournalForm
from checkins.views.common import bound_forms, season_of, tonight_of
from safety import selectors as safety_selectors

QUIET_FLAGS = frozenset({"danger", "self_harm"})


def is_quiet(user) -> bool:
    """Tonight is quieter while danger or self-harm is active: no asks, just the way to a person."""
    return bool(QUIET_FLAGS & safety_selectors.active_flags(user))


def care_panel(request):
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
    return "checkins/panels/care.html", {
        "emergency": emergency,
        "self_harm": "self_harm" in flags,
        "danger": "danger" in flags,
    }


def season_panel(request):
    tonight = tonight_of(request)
    season = season_of(request)
    context = {"season": season, "tonight": tonight}
    if season is not None:
        context["day"] = (tonight - season.started_on).days + 1
        context["days_left"] = (season.checkpoint_on - tonight).days
        context["needs_review"] = season.reviewed_at is None and season.checkpoint_on <= tonight
    return "checkins/panels/season.html", context


def journal_context(request, *, form=None, just_saved=False) -> dict:
    """The note card: a form, or the done state once tonight's note has words in it."""
    tonight = tonight_of(request)
    form = form or bound_forms(request).get("journal")
    entry = selectors.entry_for_request(request, tonight)
    if form is None:
        form = JournalForm(
            tonight=tonight,
            season=season_of(request),
            initial={
                "night": tonight,
                "text": entry.text if entry else "",
                "mood": str(entry.mood) if entry and entry.mood else "",
            },
        )
    tz = request.user.profile.tz
    local_today = timezone.localtime(timezone.now(), tz).date()
    done = not form.is_bound and entry is not None and bool(entry.text.strip())
    return {
        "form": form,
        "entry": entry,
        "tonight": tonight,
        "after_midnight": local_today != tonight,
        "done": done,
        "saved_at": timezone.localtime(entry.updated_at, tz)
        if entry and entry.updated_at
        else None,
        "just_saved": just_saved,
        "label": f"Your note for {tonight:%A} {tonight.day} {tonight:%B}",
    }


def journal_panel(request):
    return "checkins/panels/journal.html", journal_context(request)


def signals_panel(request):
    tonight = tonight_of(request)
    return "checkins/panels/signals.html", signals_context(request, tonight)


def signals_context(request, tonight, *, logged=None, removed=False):
    form = bound_forms(request).get("signal")
    journal = bound_forms(request).get("journal")
    errors = [e for errs in (form.errors.values() if form is not None else []) for e in errs]
    if journal is not None and journal.errors:
        errors.append("Your note was not saved yet: see the message next to it.")
    logged_tonight = selectors.signals_for_night(request.user, tonight)
    on = {s.code for s in logged_tonight}

    def chips(items):
        return [{"item": item, "on": item.code in on} for item in items]

    return {
        "tonight": tonight,
        "logged_tonight": logged_tonight,
        "greens": catalog.GREENS,
        "reds": catalog.REDS,
        "green_chips": chips(catalog.GREENS),
        "red_chips": chips(catalog.REDS),
        "errors": errors,
        "just_logged": None if removed else logged,
        "just_removed": logged if removed else None,
        "quiet": is_quiet(request.user),
        # Once the note is written (the done state) a tap carries nothing else; say so only before.
        "note_open": not _note_written(request, tonight),
    }


def _note_written(request, tonight) -> bool:
    entry = selectors.entry_for_request(request, tonight)
    return entry is not None and bool(entry.text.strip())
