"""Panel providers: checkins' parts of /tonight/ (season 10, journal 20, signals 30)."""

from checkins import catalog, selectors
from checkins.forms import JournalForm
from checkins.views.common import bound_forms, season_of, tonight_of


def season_panel(request):
    tonight = tonight_of(request)
    season = season_of(request)
    context = {"season": season, "tonight": tonight}
    if season is not None:
        context["day"] = (tonight - season.started_on).days + 1
        context["days_left"] = (season.checkpoint_on - tonight).days
        context["needs_review"] = season.reviewed_at is None and season.checkpoint_on <= tonight
    return "checkins/panels/season.html", context


def journal_panel(request):
    tonight = tonight_of(request)
    form = bound_forms(request).get("journal")
    entry = None
    if form is None:
        entry = selectors.entry_for_request(request, tonight)
        form = JournalForm(
            tonight=tonight,
            season=season_of(request),
            initial={
                "night": tonight,
                "text": entry.text if entry else "",
                "mood": str(entry.mood) if entry and entry.mood else "",
            },
        )
    from django.utils import timezone

    local_today = timezone.localtime(timezone.now(), request.user.profile.tz).date()
    return "checkins/panels/journal.html", {
        "form": form,
        "entry": entry,
        "tonight": tonight,
        "after_midnight": local_today != tonight,
    }


def signals_panel(request):
    tonight = tonight_of(request)
    return "checkins/panels/signals.html", signals_context(request, tonight)


def signals_context(request, tonight, *, logged=None):
    form = bound_forms(request).get("signal")
    journal = bound_forms(request).get("journal")
    errors = [e for errs in (form.errors.values() if form is not None else []) for e in errs]
    if journal is not None and journal.errors:
        errors.append("Your note was not saved yet: see the message next to it.")
    return {
        "tonight": tonight,
        "logged_tonight": selectors.signals_for_night(request.user, tonight),
        "greens": catalog.GREENS,
        "reds": catalog.REDS,
        "errors": errors,
        "note": form.data.get("note", "") if form is not None else "",
        "just_logged": logged,
    }
