from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from checkins import selectors, services, trend
from checkins.forms import CheckpointForm, SeasonForm
from checkins.views.common import go


def season_overview(user, season, today) -> dict:
    """Everything /season/, the review and the printable summary show about one season.
    A fixed number of queries: lights in the window, journaled nights, checkpoint moves."""
    first, last = selectors.season_window(season, today)
    lights = selectors.lights_between(user, first, last)
    weeks = trend.weeks_for(first, last, lights)
    moods = selectors.night_moods(user, first, last)  # the nights written, with their moods
    written = set(moods)
    nights_so_far = (last - first).days + 1
    return {
        "season": season,
        "weeks": weeks,
        "chart": trend.chart_for(weeks),
        "reading": trend.reading_for(weeks, lights),
        "calendar": trend.calendar_for(
            first, last, written, link_prefix=reverse("checkins:journal"), moods=moods
        ),
        "mood_chart": selectors.mood_chart(user, first, last, moods=moods),
        "nights_written": len(written),
        "nights_so_far": nights_so_far,
        "total_greens": sum(w.greens for w in weeks),
        "total_reds": sum(w.reds for w in weeks),
        "moves": selectors.moves_for(season),
        "day": (min(today, season.checkpoint_on) - season.started_on).days + 1,
        "days_left": (season.checkpoint_on - today).days,
    }


@login_required
@require_GET
def season_detail(request):
    season, today = selectors.active_season(request.user), selectors.current_night(request.user)
    if season is None:
        return render(
            request,
            "checkins/season_none.html",
            {"last": selectors.latest_season(request.user)},
        )
    context = season_overview(request.user, season, today)
    context["needs_review"] = season.checkpoint_on <= today
    return render(request, "checkins/season.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def season_new(request):
    today, active = selectors.current_night(request.user), selectors.active_season(request.user)
    if active is not None:
        # One active season at a time (a database constraint too): say so instead of a form.
        status = 400 if request.method == "POST" else 200
        return render(request, "checkins/season_new.html", {"active": active}, status=status)
    form = SeasonForm(request.POST or None, today=today)
    if request.method == "POST" and form.is_valid():
        try:
            services.season_start(
                user=request.user,
                checkpoint_on=form.cleaned_data["checkpoint_on"],
                focus=form.cleaned_data["focus"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "Your season has started. Tonight is night one.")
            return go(request, reverse("tonight"))
    status = 400 if request.method == "POST" else 200
    return render(request, "checkins/season_new.html", {"form": form}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def season_checkpoint(request):
    season, today = selectors.active_season(request.user), selectors.current_night(request.user)
    if season is None:
        return redirect("checkins:season_new")
    form = CheckpointForm(request.POST or None, season=season, today=today)
    if request.method == "POST" and form.is_valid():
        services.season_move_checkpoint(
            season=season, checkpoint_on=form.cleaned_data["checkpoint_on"]
        )
        messages.success(request, "Checkpoint moved. The review will show this change.")
        return go(request, reverse("checkins:season"))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "checkins/season_checkpoint.html",
        {"form": form, "season": season, "moves": selectors.moves_for(season)},
        status=status,
    )
