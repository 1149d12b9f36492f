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
from dvoe.lib import nostore, redirects

SIGNED_OUT = (
    "That was five tries that did not match, so you are signed out everywhere. "
    "Sign in with your password."
)
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


class _NewPinForm(forms.Form):
    pin = _pin_field("Choose a PIN (4 to 8 digits)", "new-password")
    pin_again = _pin_field("The same PIN again", "new-password")

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("pin") and data.get("pin_again") and data["pin"] != data["pin_again"]:
            self.add_error("pin_again", "The two PINs are different. Try them again.")
        return data


class LockSetForm(_NewPinForm):
    idle_seconds = forms.TypedChoiceField(
        label="Ask for it after this long without use",
        choices=lock.IDLE_CHOICES,
        coerce=int,
        initial=lock.DEFAULT_IDLE,
    )


class LockIdleForm(forms.Form):
    idle_seconds = LockSetForm.base_fields["idle_seconds"]


def _current_field():
    return forms.CharField(
        label="Your PIN now, or your account password",
        max_length=128,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter the PIN you use now, or your account password."},
    )


class LockOffForm(forms.Form):
    """Removing a PIN asks for it first (or the password), so a borrowed phone cannot do it."""

    current = _current_field()


class LockChangeForm(_NewPinForm):
    """Changing a PIN asks for the one in use (or the password) first."""

    current = _current_field()
    field_order = ["current", "pin", "pin_again"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pin"].label = "Your new PIN (4 to 8 digits)"
        self.fields["pin_again"].label = "The new PIN again"


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
        nostore.no_store(response)
        return response
    form = UnlockForm(request.POST)
    if not form.is_valid():
        response = _locked_page(request, form, status=400)
        nostore.no_store(response)
        return response
    outcome = lock.lock_try(request=request, user=user, pin=form.cleaned_data["pin"])
    if outcome == "open":
        return redirect(_safe_next(request) or "tonight")
    if outcome == "signed_out":
        messages.info(request, SIGNED_OUT)
        return redirect("accounts:login")
    left = lock.MAX_FAILURES - user.lock_failures
    form.add_error("pin", "That PIN did not match.")
    response = _locked_page(request, form, status=400, failures_left=left)
    nostore.no_store(response)
    return response


@require_POST
def lock_forgot(request):
    """A forgotten PIN: sign out here, then sign in again with the password."""
    logout(request)
    return redirect("accounts:login")


# Each form on the settings panel gets its own ids: two of them have a `current` field.
FORM_IDS = {"set": "lock_%s", "idle": "lock_%s", "change": "lockchange_%s", "off": "lockoff_%s"}


@login_required
@require_POST
def lock_settings(request):
    """Turn the lock on, change the idle time, change the PIN or turn the lock off.

    Without JavaScript a refused form comes back on a page of its own with the error summary at
    the top and each message beside its field (as the reminders panel does).
    """
    user = request.user
    action = request.POST.get("action", "set")
    if not user.lock_pin:
        if action != "set":
            return redirect("accounts:settings")  # nothing to change or turn off
        form: forms.Form = LockSetForm(request.POST, auto_id=FORM_IDS["set"])
        if not form.is_valid():
            return _refused(request, set_form=form)
        lock.lock_set(
            user=user,
            pin=form.cleaned_data["pin"],
            idle_seconds=form.cleaned_data["idle_seconds"],
            request=request,
        )
        messages.success(request, "The lock is on.")
        return redirect("accounts:settings")
    if action == "idle":
        form = LockIdleForm(request.POST, auto_id=FORM_IDS["idle"])
        if not form.is_valid():
            return _refused(request, idle_form=form)
        lock.lock_idle_update(user=user, idle_seconds=form.cleaned_data["idle_seconds"])
        messages.success(request, "Saved.")
        return redirect("accounts:settings")
    # An existing PIN is only ever changed or removed after the current PIN or the password.
    action = "off" if action == "off" else "change"
    form_class = LockOffForm if action == "off" else LockChangeForm
    form = form_class(request.POST, auto_id=FORM_IDS[action])
    if form.is_valid():
        outcome = lock.lock_confirm(request=request, user=user, secret=form.cleaned_data["current"])
        if outcome == "signed_out":
            messages.info(request, SIGNED_OUT)
            return redirect("accounts:login")
        if outcome == "ok":
            if action == "off":
                lock.lock_clear(user=user)
                messages.success(request, "The lock is off.")
            else:
                lock.lock_set(
                    user=user,
                    pin=form.cleaned_data["pin"],
                    idle_seconds=user.lock_idle_seconds,
                    request=request,
                )
                messages.success(request, "Your new PIN is saved.")
            return redirect("accounts:settings")
        left = lock.MAX_FAILURES - user.lock_failures
        form.add_error(
            "current",
            "That is not your PIN or your password. "
            + (
                "One more miss signs you out." if left == 1 else f"{left} more misses sign you out."
            ),
        )
    return _refused(request, **{f"{action}_form": form})


def _refused(request, **bound):
    return render(
        request,
        "accounts/lock_settings.html",
        {"panel": panel_context(request.user, **bound), "refused": next(iter(bound.values()))},
        status=400,
    )


@login_required
@require_http_methods(["GET", "POST"])
def lock_offer(request):
    """Onboarding step: offer the lock once. Nothing is pre-set; skipping counts as answered."""
    if request.user.lock_pin:
        return redirect("onboarding_next")  # a PIN in use is changed in settings, never here
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


def panel_context(user, *, set_form=None, idle_form=None, change_form=None, off_form=None):
    """The lock section of /accounts/settings/; bound forms when one came back refused."""
    return {
        "has_lock": bool(user.lock_pin),
        "passkeys": list(user.passkeys.all()) if user.lock_pin else [],
        "passkey_js": static("js/passkey.js"),
        "idle_label": lock.idle_label(user.lock_idle_seconds),
        "set_form": set_form or LockSetForm(auto_id=FORM_IDS["set"]),
        "idle_form": idle_form
        or LockIdleForm(auto_id=FORM_IDS["idle"], initial={"idle_seconds": user.lock_idle_seconds}),
        "change_form": change_form or LockChangeForm(auto_id=FORM_IDS["change"]),
        "off_form": off_form or LockOffForm(auto_id=FORM_IDS["off"]),
    }
