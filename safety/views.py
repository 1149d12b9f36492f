from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from dvoe.accounts.models import COUNTRIES
from dvoe.lib import nostore, redirects, steps
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
@vary_on_headers("Accept-Language")
def help_now(request):
    """Numbers on first load, signed in or not, with or without JavaScript or cookies.

    The country comes from the picker, else the profile, else a guess from the browser's
    Accept-Language region (said plainly, with the picker to change it). With no country at all
    the page lists every supported country's emergency number and first line.
    """
    country = _country(request)
    guessed = None
    if country is None:  # signed out and nothing picked
        guessed = selectors.guess_country(
            request.headers.get("Accept-Language", ""), selectors.resource_countries()
        )
        country = guessed
    resources = selectors.resources_for(country)
    calls = [] if resources["fallback"] else selectors.call_first(resources)
    context = {
        **resources,
        "calls": calls,
        "groups": selectors.without(resources, calls),
        "countries": COUNTRIES,
        "picked": country or "",
        "country_name": dict(COUNTRIES).get(country or "", ""),
        "guessed": guessed,
        "every_country": selectors.every_country_first() if resources["fallback"] else [],
        **selectors.checked(resources),
    }
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
@require_http_methods(["GET", "POST"])
def answers_delete(request):
    """GET asks first (a page of its own, works without JavaScript); POST deletes."""
    if request.method == "GET":
        return render(request, "safety/answers_delete.html")
    services.screening_delete(user=request.user)
    messages.success(request, "Your answers and what they raised are deleted.")
    return redirect("safety:answers")


@login_required
@require_GET
def urgent(request):
    """First screen at 360 x 740: the call buttons, one calm line, then the rest (issue #12)."""
    flags = selectors.active_flags(request.user)
    resources = selectors.resources_for(request.user.profile.country)
    self_harm = "self_harm" in flags
    calls = [] if resources["fallback"] else selectors.call_first(resources, self_harm=self_harm)
    first = ["emergency", "crisis", "domestic_violence"]
    if not self_harm:
        first = ["emergency", "domestic_violence", "crisis"]
    groups = sorted(
        selectors.without(resources, calls, kinds=set(first)), key=lambda g: first.index(g["kind"])
    )
    return render(
        request,
        "safety/urgent.html",
        {
            "calls": calls,
            "groups": groups,
            "fallback": resources["fallback"],
            "flags": flags,
            **selectors.checked(resources),
        },
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
    # the date checked, said once under the contacts rather than on each one (#12)
    resources.update(selectors.checked(resources))
    return render(request, f"safety/guidance_{case}.html", {"case": case, **resources})


@csrf_exempt  # it only ever signs out: a forged request can do no more than the button does
@require_http_methods(["GET", "POST"])
def exit_now(request):
    """The quick exit's server half: end the session, then leave for the neutral site.

    The button's script hides the page, sends a keepalive POST here and leaves when it is answered
    (or after a short wait); without JavaScript the link itself comes here. Either way the session is gone, so
    Back (private pages are no-store) re-fetches and meets the sign-in page, not the journal.
    """
    logout(request)
    # The script's POST needs no page (following a redirect would make a request to another site);
    # the link is sent on to the neutral site.
    response = (
        HttpResponse(status=204) if request.method == "POST" else redirect(settings.QUICK_EXIT_URL)
    )
    nostore.no_store(response)  # no-store, like every private page
    # Ask the browser to drop anything it kept for this site, the back-forward cache included.
    # Only honoured on secure origins; the no-store pages and the signed-out session do the work.
    response["Clear-Site-Data"] = '"cache"'
    return response


@require_GET
def exit_info(request):
    return render(request, "safety/exit.html")


@require_GET
def tech(request):
    return render(request, "safety/tech.html")


@login_required
@require_POST
def dismiss(request, pk):
    flag = get_owned_or_404(Flag, request.user, pk=pk)
    services.flag_dismiss(flag=flag)
    messages.success(request, "Thanks for saying. That note is gone.")
    return redirect(redirects.safe_referer(request, reverse("tonight")))
