"""Onboarding pages say "step X of N" and show a reduced header: no menu, but the quick exit and
"Get help now" stay."""

import pytest

from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _reduced(html: str) -> bool:
    return 'aria-label="Main"' not in html and "Get help now" in html and "Exit this page" in html


def test_each_onboarding_page_says_its_step_and_hides_the_menu(client):
    user = make_user("new@example.test", onboarded=False)
    client.force_login(user)
    welcome = client.get("/accounts/welcome/").content.decode()
    assert "Getting started: step 1 of 5" in welcome and _reduced(welcome)
    place = client.get("/accounts/welcome/place/").content.decode()
    assert "Getting started: step 2 of 5" in place and _reduced(place)
    response = client.post(
        "/accounts/welcome/place/", {"timezone": "Europe/London", "country": "GB"}
    )
    assert response.status_code == 302
    check = client.get("/safety/check/").content.decode()
    assert "Getting started: step 3 of 5" in check and _reduced(check)
    client.post("/safety/check/skip/")
    reminders = client.get("/accounts/reminders/start/")
    if reminders.status_code == 200:
        html = reminders.content.decode()
        assert "Getting started: step 4 of 5" in html and _reduced(html)
    client.post("/accounts/reminders/start/", {})
    lock = client.get("/accounts/lock/offer/").content.decode()
    assert "Getting started: step 5 of 5" in lock and _reduced(lock)


def test_after_onboarding_the_same_pages_show_the_full_menu(owner_client, owner):
    from safety import services

    services.screening_skip(user=owner)
    check = owner_client.get("/safety/check/").content.decode()
    assert "Getting started" not in check and 'aria-label="Main"' in check
    tonight = owner_client.get("/tonight/").content.decode()
    assert "Getting started" not in tonight and 'aria-label="Main"' in tonight
