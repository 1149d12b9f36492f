"""A night in a real browser: log in, write, log a green light, save; with htmx and without JS."""

import re

import pytest
from playwright.sync_api import expect

from checkins import selectors
from checkins.models import JournalEntry, Light
from tests.browser.helpers import has_horizontal_scroll, sign_in_context
from tests.checkins.helpers import make_season
from tests.conftest import browser_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_night_with_htmx_from_login_to_saved_entry_and_green_light(page, live_server, owner, axe):
    make_season(owner, days_in=12)
    browser_login(page, live_server.url, owner.email)
    assert page.url.endswith("/tonight/")
    main = page.locator("main")
    expect(main.get_by_text("Night 13")).to_be_visible()

    main.locator("#id_text").fill("We had a calm dinner and I kept my voice low.")
    # the debounced draft save lands without a click
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved")
    entry = selectors.entry_for_night(owner, selectors.current_night(owner))
    assert entry.text == "We had a calm dinner and I kept my voice low."

    main.get_by_role("button", name="Asked a real question about you").click()
    expect(page.locator("#tonight-lights")).to_contain_text("Logged: Asked a real question")
    expect(page.locator("#tonight-lights .logged-green")).to_have_count(1)
    expect(page.locator("#tonight-logged")).to_be_focused()  # not lost on a replaced button
    assert page.url.endswith("/tonight/")  # no page load: the panel was swapped in place
    assert main.locator("#id_text").input_value().startswith("We had a calm dinner")

    main.locator("label[for=id_mood_3]").click()
    main.get_by_role("button", name="Save", exact=True).click()
    expect(main.locator("#journal-h")).to_have_text("You wrote tonight. Rest.")
    expect(main.locator("#save-status")).to_contain_text("Saved at")
    entry = JournalEntry.objects.get(user=owner)
    assert (entry.text, entry.mood) == ("We had a calm dinner and I kept my voice low.", 4)
    assert Light.objects.get(user=owner).code == "real_question"
    assert not has_horizontal_scroll(page)
    assert axe(page) == []


def test_a_night_without_javascript(nojs_page, live_server, owner):
    page = nojs_page
    make_season(owner, days_in=3)
    browser_login(page, live_server.url, owner.email)
    main = page.locator("main")
    main.locator("#id_text").fill("Typed with no script at all.")
    # the page says plainly that a tap keeps the note too
    expect(main.locator("#lights-help")).to_contain_text("also keeps what you have written")
    main.get_by_role("button", name="Made the first move to repair").click()
    page.wait_for_url(re.compile(r"/tonight/$"))
    expect(page.locator(".messages")).to_contain_text("Logged: Made the first move to repair")
    # the note being typed went along with the light as a draft
    assert JournalEntry.objects.get(user=owner).text == "Typed with no script at all."
    assert Light.objects.get(user=owner).code == "repair_initiated"

    main.locator("summary", has_text="Read or change").click()
    main.locator("#id_text").fill("Typed with no script at all. And then some.")
    main.get_by_role("button", name="Save", exact=True).click()
    expect(main.locator("#journal-h")).to_have_text("You wrote tonight. Rest.")
    assert JournalEntry.objects.get(user=owner).text.endswith("And then some.")


def test_an_over_long_note_is_kept_on_the_page_without_javascript(nojs_page, live_server, owner):
    page = nojs_page
    browser_login(page, live_server.url, owner.email)
    text = "a" * 20010
    page.locator("main #id_text").fill(text)
    page.locator("main").get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("main")).to_contain_text("the limit is 20,000")
    assert page.locator("main #id_text").input_value() == text
    assert not JournalEntry.objects.exists()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_season_chart_is_visible_on_a_phone(browser, live_server, owner, axe, scheme):
    import random

    from checkins import demo

    demo.seed(user=owner, days=60, rng=random.Random(1))
    context = browser.new_context(viewport={"width": 360, "height": 740}, color_scheme=scheme)
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/season/")
    chart = page.locator("svg.trend-chart")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box["width"] > 250 and box["x"] + box["width"] <= 360
    assert page.locator("svg.trend-chart rect.bar-green").count() == 9
    fill = page.evaluate("getComputedStyle(document.querySelector('.bar-green')).fill")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert fill != background
    expect(page.locator("main")).to_contain_text("Green lights are building")
    assert not has_horizontal_scroll(page)
    assert axe(page) == []
    context.close()


def test_saving_words_that_signal_danger_leads_to_help_and_keeps_the_entry(
    page, live_server, owner
):
    browser_login(page, live_server.url, owner.email)
    text = "He choked me last night and I am scared."
    page.locator("main #id_text").fill(text)
    page.locator("main").get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(re.compile(r"/safety/urgent/$"))
    assert JournalEntry.objects.get(user=owner).text == text
