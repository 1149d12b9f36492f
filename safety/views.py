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
from dvoe.lib import redirects
from dvoe.lib.owned import get_owned_or_404
from safety import selectors, services
from safety.forms import ScreeningForm
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


@login_required
@require_http_methods(["GET", "POST"])
def check(request):
    form = ScreeningForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "safety/check.html", {"form": form}, status=400)
        _screening, flags = services.screening_submit(user=request.user, answers=form.answers())
        if {"danger", "self_harm"} & flags:
            return redirect("safety:urgent")
        return redirect("safety:answers")
    return render(request, "safety/check.html", {"form": form})


@login_required
@require_POST
def check_skip(request):
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

    The button's script sends a POST here with navigator.sendBeacon and replaces the page at
    once; without JavaScript the link itself comes here. Either way the session is gone, so
    Back (private pages are no-store) re-fetches and meets the sign-in page, not the journal.
    """
    logout(request)
    # The beacon needs no answer (following a redirect would make a request to another site);
    # the link is sent on to the neutral site.
    response = (
        HttpResponse(status=204) if request.method == "POST" else redirect(settings.QUICK_EXIT_URL)
    )
    response.private = True  # no-store, like every private page
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
