from dataclasses import asdict
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from coaching import checkins_bridge, panels, selectors, services
from coaching.catalog import practice as catalog
from coaching.forms import FocusForm, ToggleForm
from dvoe.lib.redirects import safe_next

# How far back a night can still be marked (a late entry for last night, say).
MARKABLE_NIGHTS = 7


def _practice_page(request, *, focus_form=None, status=200):
    user = request.user
    night = checkins_bridge.current_night(user)
    first, last, season = checkins_bridge.season_window(user)
    counts, nights = selectors.practice_counts(user, first, last)
    span = (last - first).days + 1
    items = [{**asdict(item), "count": counts.get(item.code, 0)} for item in catalog.ITEMS]
    panel = panels.practice_context(
        user, night, next_url=reverse("coaching:practice"), season=season
    )
    panel["open"] = not panel["focus"]
    if focus_form is None:
        focus_form = FocusForm(initial={"codes": [item["code"] for item in panel["focus"]]})
    return render(
        request,
        "coaching/practice.html",
        {
            "do_items": [i for i in items if i["group"] == catalog.DO],
            "stop_items": [i for i in items if i["group"] == catalog.STOP],
            "season": season,
            "first": first,
            "last": last,
            "span": span,
            "nights": nights,
            "feels_worse": catalog.FEELS_WORSE,
            "frequency_note": catalog.FREQUENCY_NOTE,
            "panel": panel,
            "focus_form": focus_form,
        },
        status=status,
    )


@login_required
@require_GET
def practice(request):
    return _practice_page(request)


@login_required
@require_POST
def practice_focus(request):
    """Choose one to three practices for the current season; they come first on /tonight/."""
    season = checkins_bridge.active_season(request.user)
    form = FocusForm(request.POST)
    if season is None or not form.is_valid():
        return _practice_page(request, focus_form=form, status=400)
    services.practice_focus_set(user=request.user, season=season, codes=form.cleaned_data["codes"])
    messages.success(request, "Your focus for this season is saved. It comes first on Tonight.")
    return HttpResponseRedirect(reverse("coaching:practice") + "#focus")


@login_required
@require_POST
def practice_toggle(request):
    user = request.user
    form = ToggleForm(request.POST)
    today = checkins_bridge.current_night(user)
    ok = form.is_valid() and (
        today - timedelta(days=MARKABLE_NIGHTS) <= form.cleaned_data["night"] <= today
    )
    if not ok:
        return render(
            request,
            "coaching/toggle_error.html",
            {"back": safe_next(request, reverse("tonight"))},
            status=400,
        )
    night = form.cleaned_data["night"]
    code = form.cleaned_data["code"]
    services.practice_toggle(user=user, night=night, code=code)
    next_url = safe_next(request, reverse("tonight"))
    if request.htmx:
        panel = panels.practice_context(
            user, night, next_url=next_url, season=checkins_bridge.active_season(user)
        )
        # A tap inside the fold keeps the fold open; a tap on a focus practice leaves it shut.
        panel["open"] = code not in {item["code"] for item in panel["focus"]}
        return render(request, "coaching/panels/practice.html", {"panel": panel})
    # A URL, never a view name: safe_next only ever answers a path on dvoe.
    return HttpResponseRedirect(next_url + "#practice")
