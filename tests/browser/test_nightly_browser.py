"""The nightly routine on a 360 x 740 phone, counted in taps, with and without JavaScript; light
chips that toggle; htmx errors under DEBUG that never wipe the page; the quiet /tonight/."""

import re

import pytest
from playwright.sync_api import expect

from checkins.models import JournalEntry, Light
from safety.models import Flag, Resource
from tests.browser.helpers import has_horizontal_scroll, sign_in_context
from tests.checkins.helpers import make_season

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEIGHT = 740
NOTE = "Quiet evening. I said what I needed once, plainly, and left it there."


def _phone(browser, live_server, owner, *, js=True, scheme="light"):
    context = browser.new_context(
        viewport={"width": 360, "height": HEIGHT}, java_script_enabled=js, color_scheme=scheme
    )
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    return context, page


class Taps:
    """Counts what the person taps, and refuses a tap on anything they would have to scroll to."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def tap(self, locator):
        box = locator.bounding_box()
        assert box is not None, locator
        assert box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT, (
            f"{locator} is off the first screen: {box}"
        )
        assert self.page.evaluate("window.scrollY") == 0
        locator.click()
        self.count += 1


@pytest.mark.parametrize("js", [True, False], ids=["htmx", "no-js"])
def test_the_nightly_routine_in_at_most_five_taps_and_no_scroll(browser, live_server, owner, js):
    make_season(owner, days_in=20)
    context, page = _phone(browser, live_server, owner, js=js)
    main = page.locator("main")
    taps = Taps(page)

    taps.tap(main.locator("#id_text"))  # 1: the note box is on the first screen
    page.keyboard.type(NOTE)
    taps.tap(main.locator("label[for=id_mood_2]"))  # 2: "Okay"
    taps.tap(main.get_by_role("button", name="Save", exact=True))  # 3
    expect(main.locator("#journal-h")).to_have_text("You wrote tonight. Rest.")
    expect(main.locator("#save-status")).to_contain_text(re.compile(r"Saved at \d\d:\d\d"))
    chip = main.get_by_role("button", name="Softened without being asked")
    taps.tap(chip)  # 4: one green light
    if js:
        expect(page.locator("#tonight-logged")).to_contain_text("Logged: Softened")
    else:
        page.wait_for_url(re.compile(r"/tonight/$"))
        expect(page.locator(".messages")).to_contain_text("Logged: Softened")
    expect(main.get_by_role("button", name="Softened without being asked")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(main.locator("#journal-h")).to_have_text("You wrote tonight. Rest.")
    assert taps.count <= 5
    entry = JournalEntry.objects.get(user=owner)
    assert (entry.text, entry.mood) == (NOTE, 3)
    assert list(Light.objects.filter(user=owner).values_list("code", flat=True)) == ["softened"]
    assert not has_horizontal_scroll(page)
    context.close()


def test_saving_shows_saving_then_the_time_in_place(browser, live_server, owner):
    context, page = _phone(browser, live_server, owner)
    # record every text the status beside Save shows, however briefly
    page.evaluate(
        """() => {
          window.seen = [];
          new MutationObserver(() => {
            const s = document.getElementById("autosave-status");
            if (s) { window.seen.push(s.textContent); }
          }).observe(document.body, {subtree: true, childList: true, characterData: true});
        }"""
    )
    page.locator("#id_text").fill(NOTE)
    # (the test database is SQLite: let the draft land first rather than race the Save)
    expect(page.locator("#autosave-status")).to_contain_text("Draft saved")
    page.get_by_role("button", name="Save", exact=True).focus()  # as a keyboard user would
    page.keyboard.press("Enter")
    expect(page.locator("#journal-h")).to_be_focused()
    expect(page.locator("#save-status")).to_contain_text(re.compile(r"Saved at \d\d:\d\d"))
    assert "Saving…" in page.evaluate("window.seen")
    assert page.locator("#save-status").get_attribute("role") == "status"
    assert page.url.endswith("/tonight/")
    context.close()


def test_a_light_chip_tapped_twice_is_taken_back_not_logged_twice(browser, live_server, owner):
    context, page = _phone(browser, live_server, owner)
    chip = page.get_by_role("button", name="Followed through without a reminder")
    chip.click()
    expect(page.locator("#tonight-logged")).to_contain_text("Logged: Followed through")
    expect(chip).to_have_attribute("aria-pressed", "true")
    assert Light.objects.filter(user=owner).count() == 1
    page.get_by_role("button", name="Followed through without a reminder").click()
    expect(page.locator("#tonight-logged")).to_contain_text("Taken back: Followed through")
    expect(
        page.get_by_role("button", name="Followed through without a reminder")
    ).to_have_attribute("aria-pressed", "false")
    assert not Light.objects.filter(user=owner).exists()
    context.close()


def test_under_debug_an_htmx_error_never_wipes_the_page(browser, live_server, owner, settings):
    settings.DEBUG = True
    context, page = _phone(browser, live_server, owner)
    text = "a" * 20010
    page.locator("#id_text").fill(text)
    # the counter says how many over, politely, and never stops the typing
    expect(page.locator("#id_text_count")).to_have_text("You have 10 characters too many")
    # the draft save is refused (400): only its status changes, the page and the text stay
    expect(page.locator("#autosave-status")).to_contain_text("Not saved")
    expect(page.locator(".site-header")).to_be_visible()
    assert page.locator("#id_text").input_value() == text
    # the explicit Save is refused too: the note card comes back with the message and the text
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#tonight-journal")).to_contain_text("the limit is 20,000")
    assert page.locator("#id_text").input_value() == text
    expect(page.locator("#tonight-lights")).to_be_visible()
    expect(page.locator(".site-header")).to_be_visible()
    assert not JournalEntry.objects.exists()
    context.close()


def test_under_debug_an_error_page_that_is_not_our_fragment_is_never_swapped_in(
    browser, live_server, owner, settings
):
    # Its own page, with a short note: the long note above keeps autosaves queued on the form.
    settings.DEBUG = True
    context, page = _phone(browser, live_server, owner)
    text = "A quiet evening."
    page.locator("#id_text").fill(text)
    # an error that is not our fragment (a forbidden answer, a proxy's page) is not swapped in
    page.route(
        "**/lights/log/",
        lambda route: route.fulfill(
            status=403, body="<h1>403 Forbidden</h1>", content_type="text/html"
        ),
    )
    page.get_by_role("button", name="Softened without being asked").click()
    expect(page.locator("#tonight-lights .htmx-error")).to_contain_text(
        "did not go through", timeout=15_000
    )
    assert page.locator("#id_text").input_value() == text
    context.close()


def test_under_debug_an_htmx_error_off_tonight_never_wipes_the_page(
    browser, live_server, owner, settings
):
    """The error script is loaded on every page (base.html), not only on /tonight/: a practice
    toggle on /coach/practice/ for a night too long ago is refused (400, a full page, not the
    panel's fragment), and under DEBUG the page stays with a short message in the panel."""
    settings.DEBUG = True
    context, page = _phone(browser, live_server, owner)
    page.goto(f"{live_server.url}/coach/practice/")
    page.locator("#practice input[name=night]").first.evaluate("el => el.value = '2001-01-01'")
    page.locator("#practice-regulate").click()
    expect(page.locator("#practice .htmx-error")).to_contain_text("did not go through")
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Do your half, stop doing theirs")
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tonight_is_quiet_while_danger_is_active(browser, live_server, owner, axe, scheme):
    # transactional tests flush the seeded contacts: put back the one this page needs
    Resource.objects.get_or_create(
        country="GB", kind="emergency", defaults={"name": "Emergency", "phone": "999"}
    )
    Flag.objects.create(user=owner, flag="danger", source="questionnaire")
    context, page = _phone(browser, live_server, owner, scheme=scheme)
    main = page.locator("main")
    card = main.locator(".care-card")
    expect(card).to_be_visible()
    assert card.bounding_box()["y"] < HEIGHT
    assert card.locator("a.tel").get_attribute("href") == "tel:999"
    expect(card.get_by_role("link", name="Other numbers to call or text")).to_be_visible()
    # the lights are folded behind one summary; practice is not asked for
    expect(main.get_by_role("button", name="Softened without being asked")).to_be_hidden()
    expect(main.locator("#practice")).to_have_count(0)
    main.locator("summary", has_text="Lights and your half").click()
    expect(main.get_by_role("button", name="Softened without being asked")).to_be_visible()
    assert not has_horizontal_scroll(page)
    assert axe(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("done", [False, True], ids=["writing", "done"])
def test_tonight_passes_axe_with_no_sideways_scroll(browser, live_server, owner, axe, scheme, done):
    make_season(owner, days_in=5)
    if done:
        from checkins import services
        from tests.checkins.helpers import tonight

        services.journal_save(user=owner, night=tonight(owner), text=NOTE, mood=4)
        services.light_log(user=owner, code="softened", night=tonight(owner))
    context, page = _phone(browser, live_server, owner, scheme=scheme)
    expect(page.locator("#id_text") if not done else page.locator("#journal-h")).to_be_visible()
    assert not has_horizontal_scroll(page)
    assert axe(page) == []
    context.close()
