import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from dvoe.accounts import selectors, services, throttle
from dvoe.accounts.forms import (
    DeleteAccountForm,
    PlaceForm,
    ProfileForm,
    SignupConfirmForm,
    SignupForm,
)
from dvoe.lib import nostore, panels


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("tonight")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not throttle.signup_allowed(request, form.cleaned_data["email"]):
            form.add_error(
                None,
                "Too many sign-ups from here or for this address. Please wait an hour, then try "
                "again. Any link already sent still works.",
            )
            return render(request, "accounts/signup.html", {"form": form}, status=429)
        # The same answer whether or not the email has an account: "Check your email". The email
        # carries a sign-up link, or tells the owner of the existing account that someone tried.
        services.signup_request(
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password"],
            timezone_name=form.cleaned_data["timezone"],
        )
        return redirect("accounts:signup_sent")
    return render(
        request, "accounts/signup.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
def signup_sent(request):
    # Under `make run` (DEBUG, emails saved as files) the page says where the link is.
    local = settings.DEBUG and settings.EMAIL_BACKEND.endswith("filebased.EmailBackend")
    context = {"local_mail_dir": settings.EMAIL_FILE_PATH if local else ""}
    return render(request, "accounts/signup_sent.html", context)


@require_http_methods(["GET", "POST"])
def signup_confirm(request, token):
    """The link in the sign-up email. Opening it only shows a button: mail scanners open links
    to check them, and must not use up a one-time link or sign themselves in. The button signs
    the person in and starts onboarding."""
    form = SignupConfirmForm(request.POST or None)
    if request.method == "POST":
        template, status = "accounts/signup_link_used.html", 400
        if form.is_valid():
            try:
                user = services.signup_confirm(token=token, password=form.cleaned_data["password"])
            except services.WrongSignupPassword:
                form.add_error("password", "That is not the password chosen at sign-up.")
                user = None
                template = "accounts/signup_confirm.html"
            if user is not None:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                return redirect("accounts:welcome")
        elif services.signup_pending(token=token) is not None:
            template = "accounts/signup_confirm.html"
    elif services.signup_pending(token=token) is None:
        template, status = "accounts/signup_link_used.html", 200
    else:
        template, status = "accounts/signup_confirm.html", 200
    response = render(request, template, {"token": token, "form": form}, status=status)
    nostore.no_store(response)  # the address holds a key: no cache keeps it
    return response


@login_required
@require_GET
def welcome(request):
    return render(request, "accounts/welcome.html")


@login_required
@require_http_methods(["GET", "POST"])
def welcome_place(request):
    profile = selectors.profile_for(request.user)
    form = PlaceForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        services.onboarding_complete(profile=profile)
        return redirect("onboarding_next")
    return render(
        request, "accounts/welcome_place.html", {"form": form}, status=400 if form.errors else 200
    )


@login_required
@require_http_methods(["GET", "POST"])
def account_settings(request):
    profile = selectors.profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("accounts:settings")
    context = {
        "form": form,
        "sessions": selectors.sessions_for(request.user),
        "current_session": request.session.session_key,
        # Other apps add their settings (reminders, safety screening) as panels on this page.
        "settings_sections": panels.render("settings_panel", request),
    }
    return render(request, "accounts/settings.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def sessions_end_others(request):
    count = services.sessions_end_others(user=request.user, request=request)
    messages.success(
        request,
        "You are now signed out everywhere else." if count else "No other browsers were signed in.",
    )
    return redirect("accounts:settings")


@login_required
@require_GET
def export(request):
    fmt = request.GET.get("format")
    if fmt not in {"json", "html"}:
        return render(request, "accounts/export.html")
    data = selectors.export_for(request.user)
    stamp = timezone.now().strftime("%Y-%m-%d")
    if fmt == "json":
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
        )
    else:
        response = HttpResponse(
            render_to_string("accounts/export_file.html", {"data": data, "stamp": stamp}),
            content_type="text/html; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="notes-{stamp}.{fmt}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.account_delete(user=user)
        return redirect("accounts:deleted")
    return render(
        request, "accounts/delete.html", {"form": form}, status=400 if form.errors else 200
    )


@require_GET
def deleted(request):
    return render(request, "accounts/deleted.html")


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset, throttled per address and per email (dvoe/accounts/throttle.py). Over the
    limit, the form says so with a 429; the answer is the same whether or not an account exists."""

    def form_valid(self, form):
        if not throttle.password_reset_allowed(self.request, form.cleaned_data["email"]):
            form.add_error(
                None,
                "Too many requests for a new password. Please wait an hour, then try again. "
                "Any link already sent still works.",
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
