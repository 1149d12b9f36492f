"""Reminders in a real browser at 360px: the settings panel saves in place with htmx, the same
form works without JavaScript, and the email preview fits the phone."""

import datetime as dt

import pytest

from dvoe.reminders.models import ReminderSettings
from tests.browser.helpers import has_horizontal_scroll, sign_in_context

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_turning_reminders_on_saves_in_place_and_shows_the_next_one(browser, live_server, owner):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/settings/")
    panel = page.locator("main #reminders")
    panel.get_by_label("Send me an evening reminder").check()
    panel.locator("#id_nightly_time").fill("22:45")
    panel.get_by_role("button", name="Save reminders").click()
    page.locator("main #reminders .message").wait_for()
    assert page.url.endswith("/accounts/settings/")  # no page load: htmx swapped the panel
    assert "22:45 your time" in page.locator("main #reminders").inner_text()
    row = ReminderSettings.objects.get(user=owner)
    assert row.nightly_on and row.nightly_time == dt.time(22, 45)
    page.locator("main").get_by_role("link", name="See exactly what the email looks like").click()
    page.wait_for_url("**/accounts/reminders/preview/")
    assert "Your evening note" in page.locator("main").inner_text()
    assert not has_horizontal_scroll(page)
    context.close()


def test_the_same_form_works_without_javascript(browser, live_server, owner):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/settings/")
    panel = page.locator("main #reminders")
    panel.get_by_label("Remind me about the date I set").check()
    panel.get_by_role("button", name="Save reminders").click()
    page.wait_for_load_state()
    assert "Reminders saved." in page.locator("main").inner_text()
    assert ReminderSettings.objects.get(user=owner).checkpoint_on is True
    context.close()
