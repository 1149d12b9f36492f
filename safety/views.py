from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

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
def help_now(request):
    country = _country(request)
    context = selectors.resources_for(country)
    context.update({"countries": COUNTRIES, "picked": country or ""})
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
    return redirect(redirects.safe_referer(request, reverse("tonight")))
