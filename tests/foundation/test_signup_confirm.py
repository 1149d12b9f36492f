"""Sign-up by email link (issue #13): the form always ends on "Check your email", the account is
created only when the emailed link is used, once, within two days, and the owner of an existing
account is told by email instead."""

import datetime as dt
import re

import pytest
import time_machine
from django.contrib.auth.hashers import check_password, make_password
from django.test import Client

from dvoe.accounts import services
from dvoe.accounts.models import PendingSignup, User
from tests.conftest import PASSWORD
from tests.foundation.signup import fresh_throttle, link_in, sign_up_link

SENSITIVE = ["dvoe", "partner", "relationship", "journal", "therapy", "safety", "coach"]
CSRF = re.compile(
    r'(csrfmiddlewaretoken" value="|X-CSRFToken&quot;: &quot;|"X-CSRFToken": ")[^"&]+'
)


@pytest.fixture(autouse=True)
def _fresh_throttle():
    fresh_throttle()


def _answer(email, password=PASSWORD):
    """Everything a visitor sees for one sign-up: the redirect, then the page it leads to."""
    client = Client()
    response = client.post("/accounts/signup/", {"email": email, "password": password})
    page = client.get(response["Location"])
    return {
        "status": response.status_code,
        "location": response["Location"],
        "cookies": sorted(response.cookies),
        "page status": page.status_code,
        "page": CSRF.sub("", page.content.decode()),
        "signed in": "_auth_user_id" in client.session,
    }


@pytest.mark.django_db
def test_a_taken_email_and_a_new_one_get_the_same_answer(owner, mailoutbox, monkeypatch):
    hashes = []
    real = services.make_password
    monkeypatch.setattr(services, "make_password", lambda p: hashes.append(p) or real(p))

    new, taken = _answer("new@example.test"), _answer("Owner@Example.test")

    assert new == taken
    assert new["location"] == "/accounts/signup/sent/" and not new["signed in"]
    assert "Check your email" in new["page"]
    assert hashes == [PASSWORD, PASSWORD]  # the same slow work on both paths
    assert [m.to for m in mailoutbox] == [["new@example.test"], ["owner@example.test"]]


@pytest.mark.django_db
def test_the_owner_of_a_taken_email_is_told_and_nothing_changes(owner, mailoutbox):
    _answer("owner@example.test", password="someone-else-typed-this-1")
    (message,) = mailoutbox
    assert message.to == ["owner@example.test"] and message.subject == "About your sign-in"
    body = message.body
    assert "Someone tried to open a new account with this address" in body
    assert "/accounts/login/" in body and "/accounts/password/reset/" in body
    assert "/accounts/signup/confirm/" not in body
    assert not PendingSignup.objects.exists()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


@pytest.mark.django_db
def test_the_link_email_is_discreet(mailoutbox):
    _answer("new@example.test")
    (message,) = mailoutbox
    assert message.subject == "Your sign-in link"
    assert link_in(message) in message.alternatives[0][0]  # the HTML part carries it too
    for word in SENSITIVE:
        assert word not in (message.subject + message.body).lower(), word


@pytest.mark.django_db
def test_no_account_exists_until_the_link_is_used_and_it_cannot_sign_in(client, mailoutbox):
    sign_up_link(client, "new@example.test", PASSWORD)
    assert not User.objects.exists()
    pending = PendingSignup.objects.get()
    assert pending.password != PASSWORD and check_password(PASSWORD, pending.password)  # hashed
    # Signing in with the right password is refused in the same words as any wrong one, with a
    # hint for whoever has just signed up: it tells nobody whether an account exists.
    response = client.post(
        "/accounts/login/", {"username": "new@example.test", "password": PASSWORD}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "That email and password do not match an account" in html
    assert "Just signed up? Open the link we emailed you first" in html
    assert "_auth_user_id" not in client.session
    assert client.get("/tonight/")["Location"].startswith("/accounts/login/")
    assert client.get("/accounts/welcome/")["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_the_link_shows_a_button_and_the_button_signs_in_once(client, mailoutbox):
    path = sign_up_link(client, "New@Example.test", PASSWORD, "Europe/Dublin")
    # Opening the link (as a mail scanner would) neither signs in nor uses it up.
    for _ in range(2):
        page = client.get(path)
        assert page.status_code == 200 and "Open my account" in page.content.decode()
        assert "no-store" in page["Cache-Control"]
    assert "_auth_user_id" not in client.session and not User.objects.exists()

    # The link alone opens nothing: the password chosen at sign-up is asked for again, beside
    # its field, and a wrong one keeps the link good.
    wrong = client.post(path, {"password": "someone-elses-pass"})
    assert (
        wrong.status_code == 400 and "not the password chosen at sign-up" in wrong.content.decode()
    )
    assert "_auth_user_id" not in client.session and not User.objects.exists()
    assert client.post(path, {}).status_code == 400 and not User.objects.exists()

    response = client.post(path, {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/accounts/welcome/"
    user = User.objects.get(email="new@example.test")
    assert user.is_active and user.check_password(PASSWORD)
    assert user.profile.timezone == "Europe/Dublin" and user.profile.onboarded_at is None
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.get("/tonight/")["Location"] == "/accounts/welcome/"  # onboarding starts
    assert not PendingSignup.objects.exists()

    # Used: a calm page with the ways on, for a GET and for the button again.
    again = Client()
    used = again.get(path)
    assert used.status_code == 200
    html = used.content.decode()
    assert "This link no longer works" in html
    assert 'href="/accounts/login/"' in html and 'href="/accounts/signup/"' in html
    assert again.post(path).status_code == 400
    assert "_auth_user_id" not in again.session
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_using_one_link_ends_the_other_links_for_that_address(client, mailoutbox):
    first = sign_up_link(Client(), "new@example.test", PASSWORD)
    second = sign_up_link(Client(), "new@example.test", "a-second-quiet-password-8")
    sign_up_link(Client(), "someone@example.test", PASSWORD)
    assert Client().post(second, {"password": "a-second-quiet-password-8"}).status_code == 302
    assert User.objects.get(email="new@example.test").check_password("a-second-quiet-password-8")
    assert "This link no longer works" in Client().get(first).content.decode()
    assert Client().post(first, {"password": PASSWORD}).status_code == 400
    assert PendingSignup.objects.get().email == "someone@example.test"  # others untouched


@pytest.mark.django_db
def test_an_expired_link_shows_the_calm_page_and_a_new_sign_up_clears_it(mailoutbox):
    with time_machine.travel(dt.datetime(2026, 3, 1, 23, 0, tzinfo=dt.UTC), tick=False):
        path = sign_up_link(Client(), "late@example.test", PASSWORD)
    with time_machine.travel(dt.datetime(2026, 3, 3, 22, 59, tzinfo=dt.UTC), tick=False):
        assert "Open my account" in Client().get(path).content.decode()  # just inside two days
    with time_machine.travel(dt.datetime(2026, 3, 3, 23, 1, tzinfo=dt.UTC), tick=False):
        page = Client().get(path)
        assert page.status_code == 200 and "This link no longer works" in page.content.decode()
        assert Client().post(path, {"password": PASSWORD}).status_code == 400
        assert not User.objects.exists()
        sign_up_link(Client(), "other@example.test", PASSWORD)
        # The expired row went with the next sign-up; only the new one is kept.
        assert list(PendingSignup.objects.values_list("email", flat=True)) == ["other@example.test"]


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["nope", "a:b:c", "x" * 300, "%00", "key:AAAAAA:BBBBBB"])
def test_a_forged_or_mangled_link_shows_the_calm_page(client, bad):
    response = client.get(f"/accounts/signup/confirm/{bad}/")
    assert response.status_code == 200
    assert "This link no longer works" in response.content.decode()
    assert client.post(f"/accounts/signup/confirm/{bad}/").status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["\ud800:a:b", "a:\ud800:b", "a:b:\ud800", "\x00:a:b"])
def test_a_link_no_url_can_carry_is_refused_too(bad):
    assert services.signup_pending(token=bad) is None
    assert services.signup_confirm(token=bad, password=PASSWORD) is None


@pytest.mark.django_db
def test_a_link_for_an_address_that_has_an_account_by_now_is_used(mailoutbox):
    path = sign_up_link(Client(), "owner@example.test", PASSWORD)
    from tests.conftest import make_user

    make_user("owner@example.test")  # made another way meanwhile (the admin, seed_demo)
    assert "This link no longer works" in Client().get(path).content.decode()
    assert Client().post(path, {"password": PASSWORD}).status_code == 400
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_two_presses_of_one_link_make_one_account():
    path = services.signup_link_create(
        email="twice@example.test", hashed_password=make_password(PASSWORD)
    )
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert services.signup_confirm(token=token, password=PASSWORD) is not None
    assert services.signup_confirm(token=token, password=PASSWORD) is None
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_sign_up_is_throttled_per_email_whether_or_not_it_has_an_account(
    owner, mailoutbox, settings
):
    settings.PASSWORD_RESET_PER_EMAIL = 2
    for email in ["owner@example.test", "new@example.test"]:
        statuses = [
            Client()
            .post(
                "/accounts/signup/",
                {"email": email, "password": PASSWORD},
                REMOTE_ADDR=f"203.0.113.{i + 1}",
            )
            .status_code
            for i in range(3)
        ]
        assert statuses == [302, 302, 429], email
    assert len(mailoutbox) == 4


@pytest.mark.django_db
def test_a_signed_in_person_is_not_shown_the_sign_up_form(owner_client):
    assert owner_client.get("/accounts/signup/")["Location"] == "/tonight/"


@pytest.mark.django_db
def test_the_check_your_email_page_says_where_local_mail_goes_only_when_it_is_local(
    client, settings
):
    settings.EMAIL_FILE_PATH = "/srv/dvoe/var/mail"
    settings.DEBUG, settings.EMAIL_BACKEND = (
        True,
        "django.core.mail.backends.filebased.EmailBackend",
    )
    assert "/srv/dvoe/var/mail" in client.get("/accounts/signup/sent/").content.decode()
    settings.DEBUG, settings.EMAIL_BACKEND = False, "django.core.mail.backends.smtp.EmailBackend"
    assert "var/mail" not in client.get("/accounts/signup/sent/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_presses_at_the_same_moment_make_one_account_and_no_error():
    """Two threads, two database connections, released together by a barrier: one press opens
    the account, the other gets the calm page (on SQLite the second waits for the first's write
    lock; on PostgreSQL it waits for the row the first deleted)."""
    import threading

    from django.db import close_old_connections, connection

    for round_ in range(3):
        path = services.signup_link_create(
            email=f"both{round_}@example.test", hashed_password=make_password(PASSWORD)
        )
        barrier = threading.Barrier(2)
        statuses, errors = [], []

        def press(path=path, barrier=barrier, statuses=statuses, errors=errors):
            try:
                client = Client(raise_request_exception=True)
                barrier.wait(timeout=10)
                statuses.append(client.post(path, {"password": PASSWORD}).status_code)
            except Exception as exc:  # reported below
                errors.append(exc)
            finally:
                close_old_connections()
                connection.close()

        threads = [threading.Thread(target=press) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        assert sorted(statuses) == [302, 400]
        assert User.objects.filter(email=f"both{round_}@example.test").count() == 1
