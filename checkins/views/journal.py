import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from checkins import selectors, services
from checkins.forms import JournalForm
from checkins.panels import journal_context
from checkins.views.common import go, render_tonight, screen, screen_outcome
from dvoe.lib.redirects import safe_next

PAGE_SIZE = 30


def _night(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Http404("No such night") from None


def _posted_night(request) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.POST.get("night", ""))
    except ValueError:
        return None


def _journal_form(request, data=None, *, night=None, initial=None):
    existing = set()
    if data is not None:
        try:
            posted = dt.date.fromisoformat(data.get("night", ""))
        except ValueError:
            posted = None
        if posted and selectors.entry_for_night(request.user, posted) is not None:
            existing.add(posted)
    return JournalForm(
        data,
        tonight=selectors.current_night(request.user),
        season=selectors.active_season(request.user),
        existing_nights=existing,
        initial=initial,
    )


@login_required
@require_POST
def journal_save(request):
    """The explicit Save: stores the entry, then hands the text to safety, which may route."""
    form = _journal_form(request, request.POST)
    if not form.is_valid():
        if request.POST.get("from") == "edit":
            return render(
                request,
                "checkins/journal_edit.html",
                {"form": form, "night": _posted_night(request) or form.tonight},
                status=400,
            )
        if request.htmx:
            # Only the note card comes back, with the message and every word kept; the rest of
            # the page stays as it is (static/js/nightly-errors.js swaps a 400 into its target).
            return render(
                request,
                "checkins/panels/journal.html#tonight-journal",
                {
                    "panel": journal_context(
                        request.user, selectors.tonight_for(request.user), form=form
                    )
                },
                status=400,
            )
        return render_tonight(request, bound={"journal": form}, status=400)
    entry = services.journal_save(
        user=request.user,
        night=form.cleaned_data["night"],
        text=form.cleaned_data["text"],
        mood=form.cleaned_data["mood"],
    )
    redirect_url = screen(request, text=entry.text, source="journal")
    if redirect_url:
        return go(request, redirect_url)
    next_url = safe_next(request, reverse("tonight"))
    if next_url == reverse("tonight"):
        # The done state on /tonight/ says it was saved, and when: no flash message needed.
        if request.htmx:
            tonight = selectors.tonight_with(request.user, form.tonight, form.season)
            return render(
                request,
                "checkins/panels/journal.html#tonight-journal",
                {"panel": journal_context(request.user, tonight, just_saved=True)},
            )
        return go(request, next_url)
    messages.success(request, "Saved. Only you can read it.")
    return go(request, next_url)


@login_required
@require_POST
def journal_autosave(request):
    """The htmx draft save, as the person types (debounced) and on blur.

    It stores the text and does NOT run safety routing: being sent to another page mid-sentence
    would lose the thread. The explicit Save (journal_save) screens and routes."""
    form = _journal_form(request, request.POST)
    if not form.is_valid():
        errors = [e for field in form.errors.values() for e in field]
        return render(
            request,
            "checkins/partials/autosave_status.html",
            {"error": errors[0] if errors else "Not saved."},
            status=400,
        )
    night, text, mood = (form.cleaned_data[k] for k in ("night", "text", "mood"))
    if not text.strip() and selectors.entry_for_night(request.user, night) is None:
        return render(request, "checkins/partials/autosave_status.html", {"empty": True})
    services.journal_save(user=request.user, night=night, text=text, mood=mood)
    saved_at = timezone.localtime(timezone.now(), request.user.profile.tz)
    # Screened and recorded like every save, but never routed mid-sentence: a calm link instead.
    outcome = screen_outcome(request, text=text, source="journal")
    help_url = outcome.redirect_url if outcome else None
    return render(
        request,
        "checkins/partials/autosave_status.html",
        # Only a question (nothing routes): say so plainly, never "serious".
        {
            "saved_at": saved_at,
            "help_url": help_url,
            "asking": bool(outcome and help_url and not outcome.flags),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def journal_list(request):
    """Entries newest first; search by POST so the words searched for never land in the address
    bar, the browser history or a server log (a partner may read those)."""
    query = request.POST.get("q", "").strip()[:200] if request.method == "POST" else ""
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    if not selectors.journal_page_exists(page, PAGE_SIZE):
        raise Http404("There is no page with that number.")
    if query:
        entries, has_more = selectors.journal_search(request.user, query), False
    else:
        entries, has_more = selectors.journal_page(
            request.user, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE
        )
    return render(
        request,
        "checkins/journal_list.html",
        {
            "entries": entries,
            "query": query,
            "page": page,
            "has_more": has_more,
            "tonight": selectors.current_night(request.user),
        },
    )


@login_required
@require_GET
def journal_detail(request, night):
    night = _night(night)
    entry = selectors.entry_for_night(request.user, night)
    if entry is None:
        if night > selectors.current_night(request.user):
            raise Http404("No such night")
        return render(
            request, "checkins/journal_detail.html", {"entry": None, "night": night}, status=404
        )
    return render(request, "checkins/journal_detail.html", {"entry": entry, "night": night})


@login_required
@require_GET
def journal_edit(request, night):
    night = _night(night)
    tonight = selectors.current_night(request.user)
    if night > tonight:
        raise Http404("That night has not happened yet")
    entry = selectors.entry_for_night(request.user, night)
    form = JournalForm(
        tonight=tonight,
        season=selectors.active_season(request.user),
        initial={
            "night": night,
            "text": entry.text if entry else "",
            "mood": str(entry.mood) if entry and entry.mood else "",
        },
    )
    return render(
        request, "checkins/journal_edit.html", {"form": form, "night": night, "entry": entry}
    )


@login_required
@require_http_methods(["GET", "POST"])
def journal_delete(request, night):
    night = _night(night)
    entry = selectors.entry_for_night(request.user, night)
    if entry is None:
        raise Http404("No such entry")
    if request.method == "POST":
        services.journal_delete(entry=entry)
        messages.success(request, "That entry is deleted.")
        return go(request, reverse("checkins:journal"))
    return render(request, "checkins/journal_delete.html", {"entry": entry, "night": night})
