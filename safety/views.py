from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from dvoe.accounts.models import COUNTRIES
from dvoe.lib import redirects, steps
from dvoe.lib.owned import get_owned_or_404
from safety import selectors, services
from safety.forms import STEPS, ScreeningForm, step_answers
from safety.models import Flag

# Which contacts each guidance page lists.
GUIDANCE_CASES = {
    "abuse": {"emergency", "domestic_violence"},
    "infidelity": {"therapist_directory", "discernment"},
    "addiction": {"addiction", "family_support"},
    "checked_out": {"discernment", "therapist_directory"},
}
COUNTRY_CODES = {code for code, _ in COUNTRIES}


def _country(request) -> str | None:
    picked = request.GET.get("country")
    if picked in COUNTRY_CODES:
        return picked
    if request.user.is_authenticated:
        return request.user.profile.country
    return None


@require_GET
def help_now(request):
    country = _country(request)
    context = selectors.resources_for(country)
    context.update({"countries": COUNTRIES, "picked": country or ""})
    return render(request, "safety/help.html", context)


CHECK_DRAFT = "safety_check"


@login_required
@require_http_methods(["GET", "POST"])
def check(request):
    """The check in four short steps (?step=1..4). Each step's answers are kept in the session
    (encrypted) until the last step submits them all; a POST without `step` submits everything
    at once, as the single-page form did."""
    total = len(STEPS)
    if request.method == "POST" and "step" not in request.POST:
        form = ScreeningForm(request.POST)
        if not form.is_valid():
            # Keep every valid answer for the other steps; show the first step with a problem.
            kept = {k: v for n in range(1, total + 1) for k, v in step_answers(form, n).items()}
            steps.draft_save(request, CHECK_DRAFT, {k: v for k, v in kept.items() if v})
            first = next(i for i, (_t, keys) in enumerate(STEPS, 1) if set(keys) & set(form.errors))
            steps.keep_errors(form, STEPS[first - 1][1])
            return _check_page(request, form, first, status=400)
        return _check_submit(request, form.answers())
    number = steps.step_number(request, total)
    draft = steps.draft_load(request, CHECK_DRAFT)
    if request.method == "GET":
        return _check_page(request, ScreeningForm(initial=draft), number)
    form = ScreeningForm(request.POST)
    valid = form.is_valid()
    draft.update(step_answers(form, number))
    draft = {key: value for key, value in draft.items() if value}
    steps.draft_save(request, CHECK_DRAFT, draft)
    go = request.POST.get("go")
    if go == "back":
        return redirect(f"{reverse('safety:check')}?step={max(1, number - 1)}")
    if not valid:
        steps.keep_errors(form, STEPS[number - 1][1])
        return _check_page(request, form, number, status=400)
    if go == "finish" or number == total:
        steps.draft_clear(request, CHECK_DRAFT)
        return _check_submit(request, draft)
    return redirect(f"{reverse('safety:check')}?step={number + 1}")


def _check_page(request, form, number, status=200):
    title, keys = STEPS[number - 1]
    context = {
        "form": form,
        "fields": [form[key] for key in keys],
        "progress": steps.progress(number, len(STEPS), title),
    }
    return render(request, "safety/check.html", context, status=status)


def _check_submit(request, answers):
    _screening, flags = services.screening_submit(user=request.user, answers=answers)
    if {"danger", "self_harm"} & flags:
        return redirect("safety:urgent")
    return redirect("safety:answers")


@login_required
@require_POST
def check_skip(request):
    steps.draft_clear(request, CHECK_DRAFT)
    services.screening_skip(user=request.user)
    return redirect("onboarding_next")


@login_required
@require_GET
def answers(request):
    return render(request, "safety/answers.html", selectors.screening_view(request.user))


@login_required
@require_POST
def answers_delete(request):
    services.screening_delete(user=request.user)
    messages.success(request, "Your answers and what they raised are deleted.")
    return redirect("safety:answers")


@login_required
@require_GET
def urgent(request):
    flags = selectors.active_flags(request.user)
    resources = selectors.resources_for(request.user.profile.country)
    first = ["emergency", "crisis", "domestic_violence"]
    if "self_harm" not in flags:
        first = ["emergency", "domestic_violence", "crisis"]
    groups = sorted(
        (g for g in resources["groups"] if g["kind"] in first), key=lambda g: first.index(g["kind"])
    )
    return render(
        request,
        "safety/urgent.html",
        {"groups": groups, "fallback": resources["fallback"], "flags": flags},
    )


@login_required
@require_POST
def urgent_safe(request):
    messages.success(
        request, "Thank you for letting us know. Get help now stays at the top of every page."
    )
    return redirect("tonight")


@require_GET
def guidance(request, case):
    if case not in GUIDANCE_CASES:
        raise Http404
    resources = selectors.resources_for(_country(request))
    resources["groups"] = [g for g in resources["groups"] if g["kind"] in GUIDANCE_CASES[case]]
    return render(request, f"safety/guidance_{case}.html", {"case": case, **resources})


@require_GET
def tech(request):
    return render(request, "safety/tech.html")


@login_required
@require_POST
def dismiss(request, pk):
    flag = get_owned_or_404(Flag, request.user, pk=pk)
    services.flag_dismiss(flag=flag)
    messages.success(request, "Thanks for saying. That note is gone.")
    back = request.headers.get("Referer", "")
    if redirects.is_safe(request, back):
        return redirect(back)
    return redirect("tonight")
