import json

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from dvoe.accounts.models import Profile, User, UserSession
from tests.conftest import PASSWORD
from tests.foundation.signup import sign_up


@pytest.mark.django_db
def test_sign_up_goes_through_onboarding_to_tonight(client):
    # The form, "Check your email", then the link in the email (tests/foundation/signup.py).
    sign_up(client, "New@Example.test", PASSWORD, "Australia/Sydney")
    user = User.objects.get(email="new@example.test")
    assert user.profile.timezone == "Australia/Sydney"  # the browser's guess was kept

    # /tonight/ sends a person who has not finished onboarding back to it
    assert client.get("/tonight/")["Location"] == "/accounts/welcome/"
    welcome = client.get("/accounts/welcome/")
    assert "coaching, not therapy" in welcome.content.decode()
    assert "An app cannot judge whether you are safe" in welcome.content.decode()

    response = client.post(
        "/accounts/welcome/place/", {"timezone": "Europe/Dublin", "country": "IE"}
    )
    assert response.status_code == 302
    # The apps' own steps follow, each skippable: the safety check, the reminder offer, the lock.
    response = client.get(response["Location"], follow=True)
    assert response.request["PATH_INFO"] == "/safety/check/"
    response = client.post("/safety/check/skip/", follow=True)
    assert response.request["PATH_INFO"] == "/accounts/reminders/start/"
    response = client.post("/accounts/reminders/start/", {"skip": "1"}, follow=True)
    # then the lock offer (#12), never pre-set
    assert response.request["PATH_INFO"] == "/accounts/lock/offer/"
    response = client.post("/accounts/lock/offer/", {"skip": "1"}, follow=True)
    assert response.request["PATH_INFO"] == "/tonight/"
    # Once answered, onboarding does not ask again.
    assert client.get("/onboarding/next/")["Location"] == "/tonight/"
    profile = Profile.objects.get(user=user)
    assert (profile.timezone, profile.country) == ("Europe/Dublin", "IE")
    assert profile.onboarded_at is not None
    assert client.get("/tonight/").status_code == 200


@pytest.mark.django_db
def test_sign_up_errors_sit_next_to_the_field_and_keep_what_was_typed(client, owner):
    response = client.post(
        "/accounts/signup/",
        {"email": "owner@example.test", "password": "123", "timezone": "Mars/Base"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "already has an account" not in html  # never tells who has an account (#13)
    assert 'value="owner@example.test"' in html
    assert "This password is too short" in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_an_unknown_timezone_guess_falls_back_to_utc_and_onboarding_rejects_it(client):
    sign_up(client, "a@b.test", PASSWORD, "Nope/Nope")
    assert User.objects.get(email="a@b.test").profile.timezone == "UTC"
    response = client.post("/accounts/welcome/place/", {"timezone": "Nope/Nope", "country": "US"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_login_is_throttled_with_a_calm_message_and_a_correct_password_waits_too(client, owner):
    for _ in range(5):
        response = client.post(
            "/accounts/login/", {"username": owner.email, "password": "wrong-password"}
        )
    assert response.status_code == 429
    assert "sign-in for this account is paused for 15 minutes" in response.content.decode()
    response = client.post("/accounts/login/", {"username": owner.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_wrong_password_says_so_and_keeps_the_email(client, owner):
    response = client.post("/accounts/login/", {"username": owner.email, "password": "nope"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "That email and password do not match an account" in html
    assert f'value="{owner.email}"' in html


@pytest.mark.django_db
def test_logging_in_records_the_browser_and_log_out_everywhere_ends_other_sessions(owner):
    phone, laptop = Client(HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14) Chrome/130"), Client()
    for c in (phone, laptop):
        assert (
            c.post("/accounts/login/", {"username": owner.email, "password": PASSWORD}).status_code
            == 302
        )
    assert UserSession.objects.filter(user=owner).count() == 2
    assert "Chrome on Android" in laptop.get("/accounts/settings/").content.decode()

    response = laptop.post("/accounts/settings/sessions/end/", follow=True)
    assert "signed out everywhere else" in response.content.decode()
    assert laptop.get("/tonight/").status_code == 200  # this browser stays in
    assert phone.get("/tonight/")["Location"].startswith("/accounts/login/")  # the other is out
    assert UserSession.objects.filter(user=owner).count() == 1


@pytest.mark.django_db
def test_delete_account_needs_the_password_and_then_removes_every_row(
    owner_client, owner, other_user
):
    response = owner_client.post("/accounts/delete/", {"password": "not-it"})
    assert response.status_code == 400
    assert "That is not your current password" in response.content.decode()

    owner_id = owner.pk
    session_keys = list(
        UserSession.objects.filter(user=owner).values_list("session_key", flat=True)
    )
    assert session_keys
    response = owner_client.post("/accounts/delete/", {"password": PASSWORD})
    assert response["Location"] == "/accounts/deleted/"
    assert not User.objects.filter(pk=owner_id).exists()
    # Every model with a foreign key to the user holds nothing of theirs any more.
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if getattr(field, "related_model", None) is User and field.many_to_one:
                assert not model.objects.filter(**{field.name + "_id": owner_id}).exists(), model
    assert not Session.objects.filter(session_key__in=session_keys).exists()
    assert User.objects.filter(pk=other_user.pk).exists()
    assert owner_client.get("/tonight/").status_code == 302


@pytest.mark.django_db
def test_export_downloads_json_and_a_readable_page(owner_client, owner):
    page = owner_client.get("/accounts/export/")
    assert page.status_code == 200
    data = owner_client.get("/accounts/export/?format=json")
    assert data["Content-Disposition"].startswith("attachment;")
    assert json.loads(data.content)["account"]["email"] == owner.email
    readable = owner_client.get("/accounts/export/?format=html")
    assert "owner@example.test" in readable.content.decode()


@pytest.mark.django_db
def test_settings_save_the_partner_name_and_discreet_mode_changes_the_title(owner_client, owner):
    response = owner_client.post(
        reverse("accounts:settings"),
        {
            "display_name": "Kit",
            "partner_name": "Robin",
            "timezone": "Europe/London",
            "country": "GB",
            "discreet_mode": "on",
        },
    )
    assert response.status_code == 302
    owner.profile.refresh_from_db()
    assert owner.profile.partner == "Robin"
    html = owner_client.get("/tonight/").content.decode()
    assert "<title>Notes</title>" in html
    assert "dvoe" not in html.split("</title>")[0]
    assert "img/plain.svg" in html


@pytest.mark.django_db
def test_password_reset_email_is_discreet(client, owner, mailoutbox):
    client.post("/accounts/password/reset/", {"email": owner.email})
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.subject == "Your sign-in link"
    for word in ("dvoe", "relationship", "partner", "therapy", "journal"):
        assert word not in message.subject.lower() + message.body.lower()
