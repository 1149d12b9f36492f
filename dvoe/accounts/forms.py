import zoneinfo

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from dvoe.accounts.models import COUNTRIES, Profile, User, normalise_email, validate_timezone


def timezone_choices():
    return [
        (name, name.replace("_", " "))
        for name in sorted(zoneinfo.available_timezones())
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/"))
    ] + [("UTC", "UTC")]


class SignupConfirmForm(forms.Form):
    """The button behind the sign-up link also asks for the password chosen at sign-up, so a link
    someone else requested with your address (and their password) cannot open an account that
    they could later sign in to."""

    password = forms.CharField(
        label="The password you chose when you signed up",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class SignupForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        max_length=254,  # the column's length: longer was a DataError on PostgreSQL
        help_text="Used to sign in. Pick one that only you read if you can.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        help_text="At least 8 characters, not a common one.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    # Filled in by the browser's own time-zone guess where JavaScript runs; checked on the server.
    timezone = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-tz-guess": ""})
    )

    def clean_email(self):
        # An email that already has an account is not refused here: the answer would tell anyone
        # who has an account. The view answers the same way and tells the owner by email.
        return normalise_email(self.cleaned_data["email"])

    def clean_timezone(self):
        value = self.cleaned_data.get("timezone") or "UTC"
        try:
            validate_timezone(value)
        except forms.ValidationError:
            return "UTC"
        return value

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        password = cleaned.get("password")
        if password:
            try:
                password_validation.validate_password(
                    password, User(email=cleaned.get("email", ""))
                )
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label="Email address",
        max_length=254,  # longer never reaches authenticate() nor axes' 255-character column
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    def clean_username(self):
        return normalise_email(self.cleaned_data["username"])

    error_messages = {
        # Said the same way for a wrong password, an unknown email and a sign-up whose link has
        # not been used yet (there is no account until it is), so it tells nobody who has one.
        "invalid_login": (
            "That email and password do not match an account. Check both and try again. "
            "Just signed up? Open the link we emailed you first: your account starts there."
        ),
        "inactive": "This account is not active.",
    }


class PlaceForm(forms.ModelForm):
    timezone = forms.ChoiceField(
        label="Your time zone",
        help_text="Your nights and reminders follow this clock.",
        choices=timezone_choices,
    )
    country = forms.ChoiceField(
        label="Where you live",
        help_text="So the help numbers dvoe shows are ones you can call.",
        choices=COUNTRIES,
    )

    class Meta:
        model = Profile
        fields = ["timezone", "country"]


class ProfileForm(forms.ModelForm):
    timezone = PlaceForm.base_fields["timezone"]
    country = PlaceForm.base_fields["country"]

    class Meta:
        model = Profile
        fields = ["display_name", "partner_name", "timezone", "country", "discreet_mode"]
        # Encrypted text columns, but one short line each (40 characters) as before.
        widgets = {
            "display_name": forms.TextInput(attrs={"maxlength": 40}),
            "partner_name": forms.TextInput(attrs={"maxlength": 40}),
        }
        labels = {
            "display_name": "Your name (optional)",
            "partner_name": "Your partner’s first name (optional)",
            "discreet_mode": "Discreet mode",
        }


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your current password.")
        return password
