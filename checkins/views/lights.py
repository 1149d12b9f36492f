from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from checkins import catalog, selectors, services
from checkins.forms import JournalForm, LightForm
from checkins.models import Light
from checkins.panels import lights_context
from checkins.views.common import go, render_tonight, screen
from dvoe.lib.owned import get_owned_or_404
from dvoe.lib.redirects import safe_next
from dvoe.lib.requests import SignedInRequest


def _from_tonight(request) -> bool:
    return "text" in request.POST


@login_required
@require_POST
def light_log(request):
    """Log one light. Accepts code, night (optional), note (optional), next (optional) and toggle.

    From /tonight/ the light chips send toggle=1: a second tap on tonight's light undoes it
    instead of logging it twice. Without JavaScript the chips submit the journal form too (the
    `form` attribute), so the note being typed is kept as a draft on the way, and the page says
    so next to the chips. With htmx the chip sends only the light: the draft autosaves itself."""
    tonight, season = selectors.current_night(request.user), selectors.active_season(request.user)
    form = LightForm(request.POST, tonight=tonight, season=season)
    toggle = request.POST.get("toggle") == "1"
    journal = None
    if _from_tonight(request):
        journal = JournalForm(request.POST, tonight=tonight, season=season)
        journal_ok, light_ok = journal.is_valid(), form.is_valid()
        if not (journal_ok and light_ok):
            return _tonight_error(request, {"journal": journal, "light": form})
    elif not form.is_valid():
        if request.htmx and _is_tonight(request):
            return _tonight_error(request, {"light": form})
        return _lights_page(request, form=form, status=400)
    journal_route = None
    if journal is not None:
        text = journal.cleaned_data["text"]
        if text.strip() or selectors.entry_for_night(request.user, journal.cleaned_data["night"]):
            services.journal_save(
                user=request.user,
                night=journal.cleaned_data["night"],
                text=text,
                mood=journal.cleaned_data["mood"],
            )
            # The journal text typed before the tap is screened like any explicit save.
            journal_route = screen(request, text=text, source="journal")
    removed = False
    if toggle and not form.cleaned_data["note"].strip():
        entry, removed = services.light_toggle(
            user=request.user, code=form.cleaned_data["code"], night=form.cleaned_data["night"]
        )
    else:
        entry = services.light_log(
            user=request.user,
            code=form.cleaned_data["code"],
            night=form.cleaned_data["night"],
            note=form.cleaned_data["note"],
        )
    redirect_url = (None if removed else screen(request, text=entry.note, source="signal")) or (
        journal_route
    )
    if redirect_url:
        return go(request, redirect_url)
    if request.htmx and _is_tonight(request):
        night = selectors.tonight_with(request.user, tonight, season)
        return render(
            request,
            "checkins/panels/lights.html#tonight-lights",
            {"panel": lights_context(request.user, night, {}, logged=entry, removed=removed)},
        )
    if removed:
        messages.success(request, f"Taken back: {entry.item.label}.")
    else:
        messages.success(request, f"Logged: {entry.item.label}.")
    return go(request, safe_next(request, reverse("checkins:lights")))


def _is_tonight(request) -> bool:
    return safe_next(request, "") == reverse("tonight")


def _tonight_error(request: SignedInRequest, bound: dict[str, Form]) -> HttpResponse:
    if request.htmx:
        tonight = selectors.tonight_for(request.user)
        return render(
            request,
            "checkins/panels/lights.html#tonight-lights",
            {"panel": lights_context(request.user, tonight, bound)},
            status=400,
        )
    return render_tonight(request, bound=bound, status=400)


def _lights_page(request, *, form=None, status=200):
    tonight, season = selectors.current_night(request.user), selectors.active_season(request.user)
    return render(
        request,
        "checkins/lights.html",
        {
            "form": form or LightForm(tonight=tonight, season=season),
            "lights": selectors.recent_lights(request.user),
            "greens": catalog.GREENS,
            "reds": catalog.REDS,
            "season": season,
            "tonight": tonight,
        },
        status=status,
    )


@login_required
@require_GET
def lights_page(request):
    return _lights_page(request)


@login_required
@require_http_methods(["GET", "POST"])
def light_edit(request, pk):
    entry = get_owned_or_404(Light, request.user, pk=pk)
    tonight, season = selectors.current_night(request.user), selectors.active_season(request.user)
    if request.method == "POST":
        form = LightForm(request.POST, tonight=tonight, season=season)
        if form.is_valid():
            services.light_update(
                entry=entry,
                code=form.cleaned_data["code"],
                night=form.cleaned_data["night"],
                note=form.cleaned_data["note"],
            )
            redirect_url = screen(request, text=entry.note, source="signal")
            if redirect_url:
                return go(request, redirect_url)
            messages.success(request, "Updated.")
            return go(request, reverse("checkins:lights"))
        status = 400
    else:
        form = LightForm(
            tonight=tonight,
            season=season,
            initial={"code": entry.code, "night": entry.night, "note": entry.note},
        )
        status = 200
    return render(
        request, "checkins/light_edit.html", {"form": form, "entry": entry}, status=status
    )


@login_required
@require_http_methods(["GET", "POST"])
def light_delete(request, pk):
    entry = get_owned_or_404(Light, request.user, pk=pk)
    if request.method == "POST":
        services.light_delete(entry=entry)
        messages.success(request, "Deleted.")
        return go(request, safe_next(request, reverse("checkins:lights")))
    return render(request, "checkins/light_delete.html", {"entry": entry})


OLD_PREFIX, NEW_PREFIX = "/signals/", "/lights/"


@require_http_methods(["GET", "HEAD", "POST"])
def moved_from_signals(request: HttpRequest, rest: str = "") -> HttpResponsePermanentRedirect:
    """/signals/… was the lights' old address: 308 to the same place under /lights/, query kept,
    so a bookmark still opens and a form posted from an old cached page keeps its method and
    body (the page it lands on checks the sign-in and the CSRF token as always)."""
    full = request.get_full_path()
    at = full.index(OLD_PREFIX)
    return HttpResponsePermanentRedirect(
        full[:at] + NEW_PREFIX + full[at + len(OLD_PREFIX) :], preserve_request=True
    )
