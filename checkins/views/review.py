"""The checkpoint review in four steps that each fit a phone screen: look back, questions to
sit with, decide, and a summary to print. Answers are kept in the session (encrypted, through
dvoe.lib.steps) until the decision is recorded; a POST without `step` records everything at once,
as the single-page review did."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from checkins import catalog, selectors, services
from checkins.forms import SUMMARY_PARTS, ReviewForm, SummaryForm
from checkins.views.common import go
from checkins.views.season import season_overview
from dvoe.lib import panels, steps

STEPS = [
    "Your season",
    "What you did",
    "What the lights show",
    "Questions to sit with",
    "What next",
    "A summary to print",
]
PANELS_STEP, QUESTIONS_STEP, DECIDE_STEP, SUMMARY_STEP = 2, 4, 5, 6
# The other apps' review panels open one at a time on a phone, each under its own summary line.
QUESTION_KEYS = [q.key for q in catalog.REVIEW_QUESTIONS]
DRAFT = "season_review"
MOOD_PARTIAL = "checkins/partials/mood_chart.html"


def _review_target(request):
    return selectors.active_season(request.user) or selectors.latest_season(request.user)


def _mood_available() -> bool:
    """The mood line (another branch) is offered in the summary once its partial exists."""
    try:
        get_template(MOOD_PARTIAL)
    except TemplateDoesNotExist:
        return False
    return True


def _summary_form(**kwargs) -> SummaryForm:
    form = SummaryForm(**kwargs)
    if not _mood_available():
        field = form.fields["include"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [c for c in SUMMARY_PARTS if c[0] != "mood"]
    return form


def _url(number: int) -> str:
    return f"{reverse('checkins:season_review')}?step={number}"


@login_required
@require_http_methods(["GET", "POST"])
def season_review(request):
    season, today = _review_target(request), selectors.current_night(request.user)
    if season is None:
        return redirect("checkins:season_new")
    total = len(STEPS)
    if request.method == "POST" and (not season.is_active or "step" not in request.POST):
        return _review_all_at_once(request, season, today)
    number = steps.step_number(request, total)
    draft = steps.draft_load(request, DRAFT) if season.is_active else {}
    if request.method == "GET":
        kwargs = {"initial": draft} if draft else {}
        form = ReviewForm(today=today, **kwargs) if season.is_active else None
        return _review_page(request, season, today, number, form)
    form = ReviewForm(request.POST, today=today)
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    if number == QUESTIONS_STEP:
        draft.update({key: data.get(key, "") for key in QUESTION_KEYS if key not in form.errors})
    elif number == DECIDE_STEP:
        for key in ("decision", "next_checkpoint_on"):
            if key in request.POST:
                draft[key] = request.POST[key]
    steps.draft_save(request, DRAFT, draft)
    if request.POST.get("go") == "back":
        return redirect(_url(max(1, number - 1)))
    if number == QUESTIONS_STEP:
        if any(key in form.errors for key in QUESTION_KEYS):
            steps.keep_errors(form, QUESTION_KEYS)
            return _review_page(request, season, today, number, form, status=400)
        return redirect(_url(DECIDE_STEP))
    if number != DECIDE_STEP:
        return redirect(_url(min(total, number + 1)))
    if draft.get("decision") == "another_season" and "next_checkpoint_on" not in request.POST:
        # Only another season needs a date: ask for it on its own short page.
        return redirect(_url(DECIDE_STEP) + "&part=date")
    full = ReviewForm({**draft, **request.POST.dict()}, today=today)
    response = _record(request, season, full)
    if response is not None:
        steps.draft_clear(request, DRAFT)
        if full.cleaned_data["decision"] == "another_season":
            return redirect("checkins:season")  # the next season has started: its page
        return redirect(_url(SUMMARY_STEP))
    return _review_page(request, season, today, DECIDE_STEP, full, status=400)


def _review_all_at_once(request, season, today):
    if not season.is_active:
        return redirect("checkins:season_review")
    form = ReviewForm(request.POST, today=today)
    if _record(request, season, form) is not None:
        steps.draft_clear(request, DRAFT)
        return go(request, reverse("checkins:season_review"))
    # Keep what was written for its step, and show the first step with a problem.
    draft = {k: request.POST.get(k, "") for k in QUESTION_KEYS}
    draft.update(
        {k: request.POST[k] for k in ("decision", "next_checkpoint_on") if k in request.POST}
    )
    steps.draft_save(request, DRAFT, draft)
    number = QUESTIONS_STEP if any(k in form.errors for k in QUESTION_KEYS) else DECIDE_STEP
    if number == QUESTIONS_STEP:
        steps.keep_errors(form, QUESTION_KEYS)
    return _review_page(request, season, today, number, form, status=400)


def _record(request, season, form):
    """Record the decision; None when the form has a problem (added to the form)."""
    if not form.is_valid():
        return None
    data = form.cleaned_data
    answers = {key: data[key] for key in QUESTION_KEYS}
    try:
        services.season_review(
            season=season,
            decision=data["decision"],
            answers=answers,
            next_checkpoint_on=data["next_checkpoint_on"],
        )
    except ValidationError as exc:
        form.add_error(None, exc)
        return None
    messages.success(request, "Your decision is recorded.")
    return True


def _review_page(request, season, today, number, form, status=200):
    context = {
        "season": season,
        "form": form,
        "progress": steps.progress(number, len(STEPS), STEPS[number - 1]),
        "early": season.is_active and season.checkpoint_on > today,
        "answers": selectors.review_answers(season) if not season.is_active else {},
        "questions": catalog.REVIEW_QUESTIONS,
        "decisions": catalog.DECISIONS,
        "decision_label": catalog.DECISION_LABELS.get(season.decision, ""),
        "decision_help": {d.code: d.help for d in catalog.DECISIONS}.get(season.decision, ""),
    }
    if number in (1, 3):
        context.update(season_overview(request.user, season, today))
    context["date_part"] = number == DECIDE_STEP and (
        request.GET.get("part") == "date"
        or (form is not None and "next_checkpoint_on" in form.errors)
    )
    if number == PANELS_STEP:
        context["review_panels"] = panels.render("review_panel", request)
    if number == SUMMARY_STEP:
        context["summary_form"] = _summary_form()
    return render(request, "checkins/season_review.html", context, status=status)


@login_required
@require_GET
def season_summary(request):
    """The printable summary: only the parts the person ticked."""
    season, today = _review_target(request), selectors.current_night(request.user)
    if season is None:
        return redirect("checkins:season_new")
    form = _summary_form(data=request.GET)
    parts = set(form.cleaned_data["include"]) if form.is_valid() else set()
    context = season_overview(request.user, season, today)
    context.update(
        {
            "parts": parts,
            "part_labels": dict(SUMMARY_PARTS),
            "answers": selectors.review_answers(season),
            "questions": catalog.REVIEW_QUESTIONS,
            "decision_label": catalog.DECISION_LABELS.get(season.decision, ""),
            "today": today,
            "mood_partial": MOOD_PARTIAL if "mood" in parts else None,
            "mood": (
                selectors.mood_chart(request.user, season.started_on, today)
                if "mood" in parts
                else None
            ),
        }
    )
    return render(request, "checkins/season_summary.html", context)
