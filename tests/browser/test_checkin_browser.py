"""The check-in in a real browser at 360x740: a calm question with three real buttons, with and
without JavaScript, axe-clean in light and dark; and a dismissed note that stays dismissed when the
same words are saved again.

Today's screening library leaves `possible` empty, so the question is opened through the services'
seam (tests/safety/pages.py: a real ScreenResult with a possible flag); every save typed in the
browser goes through real screening."""

import re

import pytest
from playwright.sync_api import expect

from safety.models import CheckIn, DismissedPassage, Flag
from tests.browser.helpers import has_horizontal_scroll, sign_in_context
from tests.safety.pages import ask_self_harm

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("contacts"),
]


@pytest.fixture
def contacts(db):
    """Transactional tests flush the contacts the data migration seeded; put them back."""
    import importlib

    from django.apps import apps

    importlib.import_module("safety.migrations.0002_seed_resources").seed(apps, None)


def _context(browser, live_server, owner, *, javascript=True, scheme="light"):
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        color_scheme=scheme,
        java_script_enabled=javascript,
    )
    sign_in_context(context, live_server.url, owner)
    return context


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_question_and_the_not_sure_page_pass_axe_and_fit_a_phone(
    browser, live_server, owner, axe, scheme, tmp_path
):
    url = ask_self_harm(owner).redirect_url
    context = _context(browser, live_server, owner, scheme=scheme)
    page = context.new_page()
    hosts = set()
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(f"{live_server.url}{url}")
    page.wait_for_load_state("networkidle")
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Are you having thoughts of ending your life or hurting yourself?")
    for name in ("Yes", "No", "Not sure"):
        button = page.get_by_role("button", name=name, exact=True)
        expect(button).to_be_visible()
        box = button.bounding_box()
        assert box["height"] >= 44 and box["x"] + box["width"] <= 360  # easy to tap
    expect(page.locator("#quick-exit")).to_be_visible()
    assert axe(page) == []
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(tmp_path / f"checkin-{scheme}.png"), full_page=True)

    page.get_by_role("button", name="Not sure", exact=True).click()
    page.wait_for_url(f"**{url}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Not being sure is all right")
    expect(page.locator("main a[href='tel:116123']").first).to_be_visible()
    assert axe(page) == []
    assert not has_horizontal_scroll(page)
    page.screenshot(path=str(tmp_path / f"checkin-not-sure-{scheme}.png"), full_page=True)
    assert hosts == {live_server.url.split("/")[2]}
    assert not Flag.objects.exists()
    context.close()


def test_yes_with_javascript_lands_on_the_urgent_page(browser, live_server, owner):
    url = ask_self_harm(owner).redirect_url
    context = _context(browser, live_server, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}{url}")
    page.get_by_role("button", name="Yes", exact=True).click()
    page.wait_for_url(re.compile(r"/safety/urgent/$"))
    expect(page.locator("main")).to_contain_text("Tell a crisis line")
    assert list(Flag.objects.values_list("flag", "source")) == [("self_harm", "check-in")]
    context.close()


def test_no_without_javascript_goes_back_to_tonight_and_remembers(browser, live_server, owner):
    url = ask_self_harm(owner).redirect_url
    context = _context(browser, live_server, owner, javascript=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{url}")
    page.get_by_role("button", name="No", exact=True).click()
    page.wait_for_url(re.compile(r"/tonight/$"))
    expect(page.locator(".messages")).to_contain_text("will not bring this question back")
    assert not Flag.objects.exists()
    assert DismissedPassage.objects.count() == 1
    assert CheckIn.objects.get().answer == "no"
    # the same words never ask again
    assert ask_self_harm(owner).redirect_url is None
    context.close()


def test_yes_without_javascript_works_too(browser, live_server, owner):
    url = ask_self_harm(owner).redirect_url
    context = _context(browser, live_server, owner, javascript=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{url}")
    page.get_by_role("button", name="Yes", exact=True).click()
    page.wait_for_url(re.compile(r"/safety/urgent/$"))
    context.close()


def test_a_dismissed_note_stays_dismissed_when_the_same_words_are_saved(
    browser, live_server, owner
):
    context = _context(browser, live_server, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    page.fill("#id_text", "She came home drunk again.")
    page.locator("main #tonight-form button[type=submit]", has_text="Save").click()
    # The Save answers in place (the done card) or, when it raises a new flag, moves to its
    # guidance page; the draft autosave may have recorded the flag first.
    page.wait_for_function(
        "() => location.pathname.startsWith('/safety/guidance/')"
        " || document.querySelector('#tonight-journal.note-done')"
    )
    page.goto(f"{live_server.url}/tonight/")
    banner = page.locator("[aria-label='Note about addiction']")
    expect(banner).to_be_visible()
    banner.get_by_role("button", name="This was about something else").click()
    page.wait_for_url(re.compile(r"/tonight/$"))
    expect(banner).to_have_count(0)
    page.goto(f"{live_server.url}/tonight/")
    page.get_by_text("Read or change tonight's note").click()
    page.fill("#id_text", "She came home drunk again.")
    with page.expect_response(lambda r: r.url.endswith("/journal/save/")) as saved:
        page.locator("main #tonight-form button[type=submit]", has_text="Save").click()
    assert saved.value.status == 200
    expect(page.locator("#tonight-journal.note-done")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/tonight/$"))
    expect(page.locator("[aria-label='Note about addiction']")).to_have_count(0)
    assert not Flag.objects.filter(flag="addiction", dismissed_at__isnull=True).exists()
    context.close()
