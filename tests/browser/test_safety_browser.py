"""Safety in a real browser: a danger entry lands on the urgent page, the banner, the questionnaire,
the invitation gate, and /help/ logged out without JavaScript."""

import pytest

from safety import services
from safety.models import Flag
from tests.browser.helpers import has_horizontal_scroll, sign_in_context

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


@pytest.fixture
def signed_in(browser, live_server, owner):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    yield page
    context.close()


def test_a_danger_entry_saves_and_lands_on_the_urgent_page(signed_in, live_server, owner):
    page = signed_in
    page.goto(f"{live_server.url}/tonight/")
    page.fill("#id_text", "Bad night. He said hed kill me if I ever left him.")
    page.locator("main #tonight-form button[type=submit]", has_text="Save").click()
    page.wait_for_url("**/safety/urgent/")
    # the country's numbers first: the owner lives in the UK
    first_call = page.locator("main a[href^='tel:']").first  # the large call buttons (#12)
    assert first_call.get_attribute("href") == "tel:999"
    assert page.locator("main a[href='tel:08082000247']").is_visible()
    assert Flag.objects.filter(user=owner, flag="danger", source__isnull=False).exists()
    # the entry itself was kept
    from checkins.models import JournalEntry

    assert JournalEntry.objects.filter(user=owner).count() == 1
    page.locator("main button", has_text="I’m safe right now").click()
    page.wait_for_url("**/tonight/")
    banner = page.locator("[role=region][aria-label='Safety note']")
    assert banner.is_visible()
    assert not has_horizontal_scroll(page)


def test_banner_can_be_dismissed_as_about_something_else(signed_in, live_server, owner):
    services.screen_and_record(user=owner, text="she came home drunk again", source="journal")
    page = signed_in
    page.goto(f"{live_server.url}/accounts/settings/")
    page.get_by_role("button", name="This was about something else").click()
    page.wait_for_url("**/accounts/settings/")
    assert page.locator("[aria-label='Note about addiction']").count() == 0
    assert Flag.objects.get(user=owner).dismissed_at is not None


def test_questionnaire_on_a_phone_ends_with_the_negative_screen_sentence(signed_in, live_server):
    page = signed_in
    page.goto(f"{live_server.url}/safety/check/")
    assert not has_horizontal_scroll(page)
    page.check("#id_hark_afraid_1")
    page.get_by_role("button", name="Next").click()  # the check is in steps (test_steps_browser)
    page.get_by_role("button", name="Next").click()
    page.select_option("#id_hits_scream", "2")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.check("#id_affair_3")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="See what fits").click()
    page.wait_for_url("**/safety/check/answers/")
    assert "does not mean you are safe" in page.locator("main").inner_text()
    page.get_by_role("link", name="Delete my answers…").click()
    page.wait_for_url("**/safety/check/answers/delete/")  # asks first, on a page of its own
    page.get_by_role("button", name="Yes, delete it").click()
    page.wait_for_url("**/safety/check/answers/")
    assert page.get_by_role("link", name="Take the safety check").is_visible()


def test_a_flagged_person_sees_no_invitation_scripts(signed_in, live_server, owner):
    services.screen_and_record(user=owner, text="He hid my car keys again.", source="journal")
    page = signed_in
    page.goto(f"{live_server.url}/coach/invite/")
    text = page.locator("main").inner_text()
    assert "Invitations are paused" in text
    assert page.locator("main a[href='/safety/guidance/abuse/']").is_visible()


def test_help_works_logged_out_without_javascript(nojs_page, live_server):
    page = nojs_page
    page.goto(f"{live_server.url}/help/")
    # Numbers on first load (#12): Chromium's Accept-Language (en-US) is the guess, said plainly
    assert "guessed from your browser" in page.locator("main").inner_text()
    assert page.locator("main a[href='tel:911']").first.is_visible()
    page.select_option("#country", "AU")
    page.locator("main button", has_text="Show numbers").click()
    page.wait_for_url("**/help/?country=AU")
    assert page.locator("main a[href='tel:000']").is_visible()
    assert page.locator("main a[href='tel:1800737732']").is_visible()
    assert not has_horizontal_scroll(page)


def test_help_text_links_use_sms(nojs_page, live_server):
    nojs_page.goto(f"{live_server.url}/help/?country=NZ")
    assert nojs_page.locator("main a[href='sms:1737']").is_visible()
