from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from dvoe.reminders import selectors, services
from dvoe.reminders.forms import ReminderSettingsForm
from dvoe.reminders.models import Kind
from dvoe.reminders.services import UnsubscribeResult


def panel_context(user, form=None) -> dict:
    row = selectors.settings_for(user)
    return {
        "form": form or ReminderSettingsForm.for_row(row),
        "row": row,
        "next": selectors.next_times(row, user.profile.tz),
    }


@login_required
@require_POST
def settings_update(request):
    form = ReminderSettingsForm(request.POST)
    if form.is_valid():
        services.reminder_settings_update(user=request.user, **form.cleaned_data)
        if request.htmx:
            context = panel_context(request.user)
            context["saved"] = True
            return render(request, "reminders/panel.html", {"panel": context})
        messages.success(request, "Reminders saved.")
        return redirect("accounts:settings")
    context = panel_context(request.user, form=form)
    template = "reminders/panel.html" if request.htmx else "reminders/settings.html"
    return render(request, template, {"panel": context}, status=400)


@login_required
@require_GET
def preview(request):
    kind = request.GET.get("kind", Kind.NIGHTLY)
    if kind not in Kind.values:
        raise Http404
    return render(
        request,
        "reminders/preview.html",
        {"email": selectors.email_preview(request.user, kind), "kinds": Kind.choices},
    )


@login_required
@require_http_methods(["GET", "POST"])
def start(request):
    """Onboarding step: offer reminders once. Skipping counts as done."""
    if request.method == "POST" and "skip" in request.POST:
        services.reminder_offer_skip(user=request.user)
        return redirect("onboarding_next")
    # Never pre-ticked: reminders stay off until the person turns them on (README, Reminders).
    form = ReminderSettingsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.reminder_settings_update(user=request.user, offered=True, **form.cleaned_data)
        return redirect("onboarding_next")
    return render(
        request, "reminders/start.html", {"form": form}, status=400 if form.errors else 200
    )


# No login and no CSRF token: the signed token is the only credential, and mail apps POST here
# themselves for RFC 8058 one-click unsubscribe. A GET only shows the button, because mail
# scanners open links and must not switch anything off.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def stop(request, token):
    if request.method == "POST":
        result, kind = services.unsubscribe_apply(token=token)
        done = result == UnsubscribeResult.STOPPED
    else:
        result, kind = services.unsubscribe_check(token=token)
        done = False
    status = 404 if result == UnsubscribeResult.INVALID else 200
    return render(
        request,
        "reminders/stop.html",
        {
            "result": result,
            "done": done,
            "kind_label": Kind(kind).label.lower() if kind else "",
            "token": token,
        },
        status=status,
    )
