"""Views and forms for the app lock (dvoe/accounts/lock.py holds the rules)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.validators import RegexValidator
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.http import require_http_methods, require_POST

from dvoe.accounts import lock
from dvoe.lib import redirects

_digits = RegexValidator(r"^[0-9]{4,8}$", "Use 4 to 8 digits, numbers only.")


def _pin_field(label, autocomplete):
    return forms.CharField(
        label=label,
        max_length=8,
        validators=[_digits],
        strip=True,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": autocomplete, "maxlength": "8"}
        ),
        error_messages={"required": "Enter your PIN.", "max_length": "Use at most 8 digits."},
    )


class LockSetForm(forms.Form):
    pin = _pin_field("Choose a PIN (4 to 8 digits)", "new-password")
    pin_again = _pin_field("The same PIN again", "new-password")
    idle_seconds = forms.TypedChoiceField(
        label="Ask for it after this long without use",
        choices=lock.IDLE_CHOICES,
        coerce=int,
        initial=lock.DEFAULT_IDLE,
    )

    def clean(self):
        data = super().clean()
        if data.get("pin") and data.get("pin_again") and data["pin"] != data["pin_again"]:
            self.add_error("pin_again", "The two PINs are different. Try them again.")
        return data


class LockIdleForm(forms.Form):
    idle_seconds = LockSetForm.base_fields["idle_seconds"]


class UnlockForm(forms.Form):
    pin = _pin_field("PIN", "current-password")


def _safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    return target if target.startswith("/") and redirects.is_safe(request, target) else ""


def _locked_page(request, form, status=200, failures_left=None):
    """Rendered as for a signed-out visitor: no menu, no banners, a plain title and icon."""
    request.lock_has_passkey = request.user.is_authenticated and request.user.passkeys.exists()
    request.user = AnonymousUser()
    return render(
        request,
        "accounts/lock.html",
        {
            "form": form,
            "next": _safe_next(request),
            "failures_left": failures_left,
            "has_passkey": request.lock_has_passkey,
            "discreet": True,
            "brand_name": settings.DISCREET_NAME,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def lock_screen(request):
    user = request.user
    if not user.is_authenticated:
        return redirect("accounts:login")
    if not lock.has_lock(user):
        return redirect("tonight")
    if request.method == "GET":
        lock.lock_now(request)  # opening the lock screen locks: it only ever locks
        response = _locked_page(request, UnlockForm())
        response.private = True
        return response
    form = UnlockForm(request.POST)
    if not form.is_valid():
        response = _locked_page(request, form, status=400)
        response.private = True
        return response
    outcome = lock.lock_try(request=request, user=user, pin=form.cleaned_data["pin"])
    if outcome == "open":
        return redirect(_safe_next(request) or "tonight")
    if outcome == "signed_out":
        messages.info(
            request,
            "That was five PINs that did not match, so you are signed out everywhere. "
            "Sign in with your password.",
        )
        return redirect("accounts:login")
    left = lock.MAX_FAILURES - user.lock_failures
    form.add_error("pin", "That PIN did not match.")
    response = _locked_page(request, form, status=400, failures_left=left)
    response.private = True
    return response


@require_POST
def lock_forgot(request):
    """A forgotten PIN: sign out here, then sign in again with the password."""
    logout(request)
    return redirect("accounts:login")


@login_required
@require_POST
def lock_settings(request):
    user = request.user
    action = request.POST.get("action", "set")
    if action == "off":
        lock.lock_clear(user=user)
        messages.success(request, "The lock is off.")
        return redirect("accounts:settings")
    if action == "idle" and user.lock_pin:
        form = LockIdleForm(request.POST)
        if form.is_valid():
            lock.lock_idle_update(user=user, idle_seconds=form.cleaned_data["idle_seconds"])
            messages.success(request, "Saved.")
        return redirect("accounts:settings")
    form = LockSetForm(request.POST)
    if form.is_valid():
        lock.lock_set(
            user=user,
            pin=form.cleaned_data["pin"],
            idle_seconds=form.cleaned_data["idle_seconds"],
            request=request,
        )
        messages.success(request, "The lock is on.")
        return redirect("accounts:settings")
    messages.error(
        request,
        "The lock was not changed: "
        + " ".join(str(e) for errors in form.errors.values() for e in errors),
    )
    return redirect("accounts:settings")


@login_required
@require_http_methods(["GET", "POST"])
def lock_offer(request):
    """Onboarding step: offer the lock once. Nothing is pre-set; skipping counts as answered."""
    if request.method == "POST" and "skip" in request.POST:
        lock.lock_offer_skip(user=request.user)
        return redirect("onboarding_next")
    form = LockSetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        lock.lock_set(
            user=request.user,
            pin=form.cleaned_data["pin"],
            idle_seconds=form.cleaned_data["idle_seconds"],
            request=request,
        )
        return redirect("onboarding_next")
    return render(
        request, "accounts/lock_offer.html", {"form": form}, status=400 if form.errors else 200
    )


def settings_panel(request):
    user = request.user
    return (
        "accounts/lock_panel.html",
        {
            "has_lock": bool(user.lock_pin),
            "passkeys": list(user.passkeys.all()) if user.lock_pin else [],
            "passkey_js": static("js/passkey.js"),
            "idle_label": lock.idle_label(user.lock_idle_seconds),
            "set_form": LockSetForm(auto_id="lock_%s"),
            "idle_form": LockIdleForm(
                auto_id="lock_%s", initial={"idle_seconds": user.lock_idle_seconds}
            ),
        },
    )
