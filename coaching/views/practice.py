from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from coaching import checkins_bridge, panels, selectors, services
from coaching.catalog import practice as catalog
from coaching.forms import ToggleForm
from dvoe.lib.redirects import safe_next

# How far back a night can still be marked (a late entry for last night, say).
MARKABLE_NIGHTS = 7


@login_required
@require_GET
def practice(request):
    user = request.user
    night = checkins_bridge.current_night(user)
    first, last, season = checkins_bridge.season_window(user)
    counts, nights = selectors.practice_counts(user, first, last)
    span = (last - first).days + 1
    items = [{**item, "count": counts.get(item["code"], 0)} for item in catalog.ITEMS]
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
            "panel": panels.practice_context(user, night, next_url=reverse("coaching:practice")),
        },
    )


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
    services.practice_toggle(user=user, night=night, code=form.cleaned_data["code"])
    next_url = safe_next(request, reverse("tonight"))
    if request.htmx:
        return render(
            request,
            "coaching/panels/practice.html",
            {"panel": panels.practice_context(user, night, next_url=next_url)},
        )
    # A URL, never a view name: safe_next only ever answers a path on dvoe.
    return HttpResponseRedirect(next_url + "#practice")
