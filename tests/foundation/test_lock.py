"""Issue #12: the optional PIN lock (dvoe/accounts/lock.py)."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.hashers import identify_hasher
from django.test import Client

from dvoe.accounts import lock
from dvoe.accounts.models import User
from dvoe.lib import onboarding
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

START = dt.datetime(2026, 12, 3, 1, 0, tzinfo=dt.UTC)
JOURNAL_WORDS = "a secret sentence"


def _with_lock(user, idle=300, pin="2468"):
    lock.lock_set(user=user, pin=pin, idle_seconds=idle)
    user.refresh_from_db()
    return user


def _signed_in(user):
    c = Client()
    c.force_login(user)
    return c


def test_no_lock_by_default_and_nothing_changes_without_one(owner, owner_client):
    assert owner.lock_pin == ""
    with time_machine.travel(START, tick=False) as traveller:
        assert owner_client.get("/accounts/settings/").status_code == 200
        traveller.shift(dt.timedelta(days=1))
        assert owner_client.get("/accounts/settings/").status_code == 200


def test_the_pin_is_stored_with_djangos_hashers(owner):
    _with_lock(owner, pin="02468")
    assert "02468" not in owner.lock_pin
    assert identify_hasher(owner.lock_pin)  # a Django hasher's format


def test_idle_time_locks_and_the_locked_screen_shows_nothing_personal(owner):
    owner.profile.display_name = "Sam"
    owner.profile.discreet_mode = False
    owner.profile.save()
    _with_lock(owner, idle=300)
    c = _signed_in(owner)
    with time_machine.travel(START, tick=False) as traveller:
        assert c.get("/tonight/").status_code == 200
        traveller.shift(dt.timedelta(seconds=299))
        assert c.get("/accounts/settings/").status_code == 200  # still inside the idle time
        traveller.shift(dt.timedelta(seconds=301))
        response = c.get("/journal/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/lock/?next=%2Fjournal%2F"
        screen = c.get(response["Location"])
        html = screen.content.decode()
        assert "no-store" in screen["Cache-Control"]
        assert "<title>Notes</title>" in html and "dvoe" not in html.split("</title>")[0]
        for private in ["Sam", "Tonight", "Journal", "Settings", "Log out", 'role="region"']:
            assert private not in html, private
        # every other page stays behind the lock, in this tab or a new one (same session)
        for path in ["/tonight/", "/accounts/settings/", "/accounts/export/", "/safety/urgent/"]:
            assert c.get(path)["Location"].startswith("/accounts/lock/"), path


def test_help_and_the_exit_stay_open_while_locked_as_for_a_visitor(owner):
    from safety import services

    services.screening_submit(user=owner, answers={"hark_afraid": "yes", "danger": ["stalking"]})
    _with_lock(owner)
    c = _signed_in(owner)
    c.get("/accounts/lock/")  # opening the lock screen locks
    html = c.get("/help/").content.decode()
    assert 'href="tel:' in html
    assert "Numbers to call now" not in html and "Log out" not in html  # no banner, no menu
    assert c.get("/exit/")["Location"].startswith("http")


def test_the_right_pin_opens_and_returns_to_the_page(owner):
    _with_lock(owner)
    c = _signed_in(owner)
    c.get("/accounts/lock/")
    response = c.post("/accounts/lock/", {"pin": "2468", "next": "/journal/"})
    assert response["Location"] == "/journal/"
    assert c.get("/tonight/").status_code == 200
    # and never to another site
    c.get("/accounts/lock/")
    response = c.post("/accounts/lock/", {"pin": "2468", "next": "https://example.com/"})
    assert response["Location"] == "/tonight/"


def test_five_wrong_pins_sign_the_person_out_everywhere(owner):
    _with_lock(owner)
    here, elsewhere = _signed_in(owner), _signed_in(owner)
    here.get("/accounts/lock/")
    for attempt in range(1, 5):
        response = here.post("/accounts/lock/", {"pin": "0000"})
        assert response.status_code == 400
        left = 5 - attempt
        assert f"{left} more tr" in response.content.decode()
    assert User.objects.get(pk=owner.pk).lock_failures == 4
    response = here.post("/accounts/lock/", {"pin": "0000"})
    assert response["Location"] == "/accounts/login/"
    for c in (here, elsewhere):
        assert c.get("/tonight/")["Location"].startswith("/accounts/login/")
    owner.refresh_from_db()
    assert owner.lock_failures == 0 and owner.lock_pin  # the lock stays; the password opens


def test_failures_count_across_sessions_and_reset_on_the_right_pin(owner):
    _with_lock(owner)
    a, b = _signed_in(owner), _signed_in(owner)
    for c in (a, b):
        c.get("/accounts/lock/")
        c.post("/accounts/lock/", {"pin": "1111"})
        c.post("/accounts/lock/", {"pin": "1111"})
    assert User.objects.get(pk=owner.pk).lock_failures == 4
    a.post("/accounts/lock/", {"pin": "2468"})
    assert User.objects.get(pk=owner.pk).lock_failures == 0


def test_a_pin_that_is_not_4_to_8_digits_is_refused(owner_client, owner):
    for pin in ["123", "123456789", "12a4", ""]:
        owner_client.post(
            "/accounts/lock/settings/",
            {"action": "set", "pin": pin, "pin_again": pin, "idle_seconds": "300"},
        )
        owner.refresh_from_db()
        assert owner.lock_pin == "", pin
    owner_client.post(
        "/accounts/lock/settings/",
        {"action": "set", "pin": "1234", "pin_again": "4321", "idle_seconds": "300"},
    )
    owner.refresh_from_db()
    assert owner.lock_pin == ""


def test_settings_turn_the_lock_on_change_the_time_and_off(owner_client, owner):
    page = owner_client.get("/accounts/settings/").content.decode()
    assert "Lock with a PIN" in page and 'action="/accounts/lock/settings/"' in page
    owner_client.post(
        "/accounts/lock/settings/",
        {"action": "set", "pin": "135790", "pin_again": "135790", "idle_seconds": "900"},
    )
    owner.refresh_from_db()
    assert owner.lock_pin and owner.lock_idle_seconds == 900
    assert owner_client.get("/tonight/").status_code == 200  # setting it does not lock at once
    owner_client.post("/accounts/lock/settings/", {"action": "idle", "idle_seconds": "60"})
    owner.refresh_from_db()
    assert owner.lock_idle_seconds == 60
    owner_client.post("/accounts/lock/settings/", {"action": "off", "current": "135790"})
    owner.refresh_from_db()
    assert owner.lock_pin == ""


def test_a_refused_lock_form_says_what_is_wrong_at_the_top_and_beside_the_field(owner_client):
    response = owner_client.post(
        "/accounts/lock/settings/",
        {"action": "set", "pin": "12a4", "pin_again": "12a4", "idle_seconds": "300"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    main = html.split('id="main"', 1)[1]
    summary = main.split('class="error-summary"', 1)[1].split("</section>", 1)[0]
    assert 'href="#lock_pin"' in summary and "Use 4 to 8 digits" in summary
    assert main.index("error-summary") < main.index("Lock with a PIN")  # at the top
    # beside the field: between its label and its input, and tied to the input for screen readers
    field = main.split('for="lock_pin"', 1)[1].split(">", 1)[1].split('id="lock_pin"', 1)[0]
    assert 'id="lock_pin_error"' in field and "Use 4 to 8 digits" in field
    assert 'aria-describedby="lock_pin_error"' in field and 'aria-invalid="true"' in field
    assert "The lock was not changed" not in html  # no second, detached message


def _post_settings(c, **data):
    return c.post("/accounts/lock/settings/", data)


def test_changing_a_pin_asks_for_the_current_one_or_the_password(owner):
    from tests.conftest import PASSWORD

    _with_lock(owner, pin="2468")
    c = _signed_in(owner)
    new = {"action": "change", "pin": "97531", "pin_again": "97531"}
    response = _post_settings(c, **new)
    assert response.status_code == 400
    assert "Enter the PIN you use now, or your account password." in response.content.decode()
    response = _post_settings(c, **new, current="1111")
    assert response.status_code == 400 and 'id="lockchange_current_error"' in (
        response.content.decode()
    )
    assert "4 more misses sign you out" in response.content.decode()
    owner.refresh_from_db()
    assert lock.check_password("2468", owner.lock_pin) and owner.lock_failures == 1
    # the old "set" action cannot overwrite a PIN in use either
    _post_settings(c, action="set", pin="0000", pin_again="0000", idle_seconds="300")
    owner.refresh_from_db()
    assert lock.check_password("2468", owner.lock_pin)
    assert _post_settings(c, **new, current="2468")["Location"] == "/accounts/settings/"
    owner.refresh_from_db()
    assert lock.check_password("97531", owner.lock_pin) and owner.lock_failures == 0
    assert (
        _post_settings(c, **(new | {"pin": "8642", "pin_again": "8642"}), current=PASSWORD)[
            "Location"
        ]
        == "/accounts/settings/"
    )
    owner.refresh_from_db()
    assert lock.check_password("8642", owner.lock_pin)


def test_removing_a_pin_asks_for_the_current_one_or_the_password(owner):
    from tests.conftest import PASSWORD

    _with_lock(owner, pin="2468")
    c = _signed_in(owner)
    assert _post_settings(c, action="off").status_code == 400
    assert _post_settings(c, action="off", current="9999").status_code == 400
    owner.refresh_from_db()
    assert owner.lock_pin
    assert _post_settings(c, action="off", current=PASSWORD)["Location"] == "/accounts/settings/"
    owner.refresh_from_db()
    assert owner.lock_pin == "" and owner.lock_failures == 0


def test_five_misses_in_settings_sign_the_person_out_everywhere(owner):
    _with_lock(owner, pin="2468")
    c, other = _signed_in(owner), _signed_in(owner)
    for _ in range(4):
        assert _post_settings(c, action="off", current="0000").status_code == 400
    response = _post_settings(c, action="off", current="0000")
    assert response["Location"] == "/accounts/login/"
    owner.refresh_from_db()
    assert owner.lock_pin  # nothing was removed
    for client in (c, other):
        assert client.get("/tonight/")["Location"].startswith("/accounts/login/")


def test_the_onboarding_offer_never_replaces_a_pin_in_use(owner):
    _with_lock(owner, pin="2468")
    c = _signed_in(owner)
    response = c.post(
        "/accounts/lock/offer/", {"pin": "0000", "pin_again": "0000", "idle_seconds": "300"}
    )
    assert response["Location"] == "/onboarding/next/"
    owner.refresh_from_db()
    assert lock.check_password("2468", owner.lock_pin)


def test_forgotten_pin_means_signing_in_again_with_the_password(owner):
    _with_lock(owner)
    c = _signed_in(owner)
    c.get("/accounts/lock/")
    assert c.post("/accounts/lock/forgot/")["Location"] == "/accounts/login/"
    assert c.get("/tonight/")["Location"].startswith("/accounts/login/")
    c.force_login(owner)  # a fresh sign-in starts unlocked
    assert c.get("/tonight/").status_code == 200


def test_onboarding_offers_the_lock_once_and_never_presets_it(client):
    user = make_user("lockoffer@example.test", timezone="Europe/London")
    client.force_login(user)
    step = onboarding.step("accounts:lock_offer")
    assert step.is_done(user) is False
    html = client.get("/accounts/lock/offer/").content.decode()
    assert "Not now" in html and 'value="2468"' not in html
    assert client.post("/accounts/lock/offer/", {"skip": "1"})["Location"] == "/onboarding/next/"
    user.refresh_from_db()
    assert step.is_done(user) and user.lock_pin == ""


def test_the_page_script_knows_the_idle_time_only_when_a_lock_is_on(owner_client, owner):
    assert "data-lock-after" not in owner_client.get("/tonight/").content.decode()
    _with_lock(owner, idle=60)
    assert 'data-lock-after="60"' in owner_client.get("/tonight/").content.decode()


def test_an_htmx_request_while_locked_is_sent_to_the_lock_screen(owner):
    _with_lock(owner)
    c = _signed_in(owner)
    c.get("/accounts/lock/")
    response = c.get("/tonight/", HTTP_HX_REQUEST="true")
    assert response.status_code == 204 and response["HX-Redirect"] == "/accounts/lock/"


def test_log_out_still_works_while_locked(owner):
    _with_lock(owner)
    c = _signed_in(owner)
    c.get("/accounts/lock/")
    c.post("/accounts/logout/")
    assert c.get("/tonight/")["Location"].startswith("/accounts/login/")


def test_passkey_endpoints_refuse_without_a_lock_or_a_challenge(owner, other_user):
    from dvoe.accounts.models import Passkey

    c = _signed_in(owner)
    assert c.post("/accounts/lock/passkey/new/options/").status_code == 400  # no PIN, no passkey
    _with_lock(owner)
    options = c.post("/accounts/lock/passkey/new/options/")
    assert options.status_code == 200 and "no-store" in options["Cache-Control"]
    data = options.json()
    assert data["rp"]["name"] == "Notes" and data["user"]["name"] == "notes"  # discreet
    assert owner.email not in options.content.decode()
    assert (
        c.post("/accounts/lock/passkey/new/", "{}", content_type="application/json").status_code
        == 400
    )
    # while locked, the passkey unlock endpoints answer rather than redirect
    c.get("/accounts/lock/")
    assert c.post("/accounts/lock/passkey/options/").status_code == 400  # none registered
    assert (
        c.post("/accounts/lock/passkey/", "{}", content_type="application/json").status_code == 400
    )
    assert c.get("/tonight/")["Location"].startswith("/accounts/lock/")  # still locked
    # a passkey can only be removed by its owner
    key = Passkey.objects.create(user=owner, credential_id="abc", public_key=b"x")
    _signed_in(other_user).post(f"/accounts/lock/passkey/{key.pk}/remove/")
    assert Passkey.objects.filter(pk=key.pk).exists()
    # turning the lock off removes passkeys too: they only ever open the lock
    lock.lock_clear(user=owner)
    assert not Passkey.objects.filter(user=owner).exists()


def test_the_lock_panel_and_a_refused_lock_form_are_valid_html(owner, nu_checker):
    c = _signed_in(owner)
    pages = {"settings, no lock": c.get("/accounts/settings/")}
    pages["refused set"] = _post_settings(
        c, action="set", pin="1", pin_again="1", idle_seconds="60"
    )
    _with_lock(owner)
    pages["settings, lock on"] = c.get("/accounts/settings/")
    pages["refused change"] = _post_settings(c, action="change", pin="12", current="")
    pages["refused off"] = _post_settings(c, action="off", current="0000")
    failures = {
        name: errors
        for name, response in pages.items()
        if (errors := nu_checker(response.content.decode()))
    }
    assert failures == {}
