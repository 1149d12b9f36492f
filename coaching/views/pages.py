from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from coaching import panels, selectors, services
from coaching.catalog import help as help_catalog
from coaching.catalog import is_it_me, scripts
from coaching.forms import ReflectionForm
from coaching.models import IsItMeReflection
from dvoe.lib.owned import get_owned_or_404


@login_required
@require_GET
def hub(request):
    return render(
        request,
        "coaching/hub.html",
        {"invitations_allowed": selectors.invitations_allowed(request.user)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def is_it_me_view(request):
    status = 200
    if request.method == "POST":
        form = ReflectionForm(request.POST)
        if form.is_valid():
            services.reflection_save(user=request.user, **form.cleaned_data)
            messages.success(request, "Saved. It will be there at your checkpoint.")
            return redirect("coaching:is_it_me")
        status = 400
    else:
        form = ReflectionForm()
    past = [panels.reflection_context(r) for r in selectors.reflections_for(request.user)]
    return render(
        request,
        "coaching/is_it_me.html",
        {"form": form, "intro": is_it_me.INTRO, "past": past},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def reflection_delete(request, pk):
    """GET asks first (a page, not a pop-up); POST deletes."""
    reflection = get_owned_or_404(IsItMeReflection, request.user, pk=pk)
    if request.method == "GET":
        return render(request, "coaching/reflection_delete.html", {"reflection": reflection})
    services.reflection_delete(reflection=reflection)
    messages.success(request, "Reflection deleted.")
    return redirect("coaching:is_it_me")


@login_required
@require_GET
def help_view(request):
    country = request.user.profile.country
    return render(
        request,
        "coaching/help.html",
        {
            "intro": help_catalog.INTRO,
            "sections": help_catalog.SECTIONS,
            "question": scripts.THERAPIST_QUESTION,
            "books": help_catalog.BOOKS,
            "directories": selectors.referral_directories(country),
            "directory_note": help_catalog.DIRECTORY_NOTE,
            "country": "" if country == "XX" else request.user.profile.get_country_display(),
        },
    )
