"""Issue #12 in a real browser at 360 x 740: the urgent page's first screen, a quick exit that
really leaves (Back never shows dvoe content), the lock, and /help/ signed out."""

import importlib

import pytest
from django.apps import apps
from django.conf import settings

from dvoe.accounts import lock
from safety import services as safety_services
from tests.browser.helpers import has_horizontal_scroll, serve_neutral_site, sign_in_context

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("contacts"),
]

SECRET = "The quiet sentence only I should ever read"


@pytest.fixture
def contacts(db):
    """Transactional tests flush the contacts the data migrations seeded; put them back."""
    for name in ["0002_seed_resources", "0005_resource_source_countries"]:
        importlib.import_module(f"safety.migrations.{name}").seed(apps, None)
    importlib.import_module("safety.migrations.0006_resource_sources_checked").check(apps, None)
    importlib.import_module("safety.migrations.0007_resource_more_countries").seed(apps, None)


def _idle_for(context, seconds):
    """As if nobody had used dvoe in this browser for `seconds`: the server locks on the session's
    last-use stamp, so the stamp is moved back instead of waiting for a clock to pass it."""
    key = next(c["value"] for c in context.cookies() if c["name"] == settings.SESSION_COOKIE_NAME)
    session = importlib.import_module(settings.SESSION_ENGINE).SessionStore(key)
    assert lock.SEEN in session, "the session has not been used since sign-in"
    session[lock.SEEN] -= seconds
    session.save()


def _flag_danger(user):
    safety_services.screening_submit(
        user=user, answers={"hark_afraid": "yes", "danger": ["stalking"]}
    )
    safety_services.screen_and_record(user=user, text="He reads all my messages.", source="journal")


def _write_tonight(user):
    from checkins import selectors, services

    services.journal_save(user=user, night=selectors.current_night(user), text=SECRET, mood=None)


def _context(browser, live_server, user, **kwargs):
    context = browser.new_context(viewport={"width": 360, "height": 740}, **kwargs)
    serve_neutral_site(context)
    sign_in_context(context, live_server.url, user)
    return context


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_call_button_is_on_the_first_screen_of_the_urgent_page(
    browser, live_server, owner, scheme
):
    _flag_danger(owner)
    context = _context(browser, live_server, owner, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{live_server.url}/safety/urgent/")
    buttons = page.locator("main a.call-button")
    assert buttons.count() == 2
    for i in range(2):
        box = buttons.nth(i).bounding_box()
        assert box["y"] + box["height"] <= 740, box
        assert box["height"] >= 48, box
    assert buttons.first.get_attribute("href") == "tel:999"
    assert buttons.nth(1).get_attribute("href") == "tel:08082000247"
    saved = page.get_by_text("What you shared is saved").bounding_box()
    assert saved["y"] < 740
    assert page.locator("[role=region]").count() <= 1  # at most one banner
    assert not has_horizontal_scroll(page)
    context.close()


def _signed_in_anything(page) -> bool:
    html = page.content()
    return SECRET in html or "Log out" in html or "Numbers to call now" in html


@pytest.mark.parametrize("how", ["button", "shift three times"])
@pytest.mark.parametrize("start", ["/tonight/", "/journal/", "/safety/urgent/"])
def test_after_the_exit_back_never_shows_dvoe_content(browser, live_server, owner, how, start):
    _write_tonight(owner)
    _flag_danger(owner)
    context = _context(browser, live_server, owner)
    page = context.new_page()
    for path in ["/tonight/", "/journal/", "/safety/urgent/", start]:
        page.goto(f"{live_server.url}{path}")
    assert _signed_in_anything(page)
    if how == "button":
        page.click("#quick-exit")
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(settings.QUICK_EXIT_URL)
    assert page.title() == "Weather"
    for press in range(3):
        page.go_back()
        page.wait_for_load_state()
        assert not _signed_in_anything(page), (press, page.url)
        if page.url.startswith(live_server.url):
            assert "/accounts/login/" in page.url or page.url.rstrip("/") == live_server.url
    # the session is gone on the server too
    page.goto(f"{live_server.url}/tonight/")
    assert "/accounts/login/" in page.url
    context.close()


def test_without_javascript_the_exit_link_signs_out_and_leaves(browser, live_server, owner):
    _write_tonight(owner)
    context = _context(browser, live_server, owner, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    assert SECRET in page.content()
    page.click("#quick-exit")
    page.wait_for_url(settings.QUICK_EXIT_URL)
    for _ in range(3):
        page.go_back()
        page.wait_for_load_state()
        assert not _signed_in_anything(page), page.url
    context.close()


def test_the_lock_appears_after_the_idle_time_and_hides_everything(browser, live_server, owner):
    _write_tonight(owner)
    lock.lock_set(user=owner, pin="2468", idle_seconds=2)  # two seconds, for the test only
    context = _context(browser, live_server, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    assert SECRET in page.content()
    page.wait_for_url("**/accounts/lock/**", timeout=10_000)  # the idle timer takes the screen
    assert SECRET not in page.content() and "Log out" not in page.content()
    assert page.title() == settings.DISCREET_NAME
    page.go_back()  # the locked page replaced the journal in history
    page.wait_for_load_state()
    assert SECRET not in page.content()
    # a new tab of the same browser meets the lock too
    other = context.new_page()
    other.goto(f"{live_server.url}/journal/")
    assert "/accounts/lock/" in other.url and SECRET not in other.content()
    other.fill("#id_pin", "2468")
    other.click("main button:has-text('Open')")
    other.wait_for_url(lambda url: "/accounts/lock/" not in url and url.endswith("/journal/"))
    context.close()


def test_the_lock_works_without_javascript(browser, live_server, owner, nu_checker):
    _write_tonight(owner)
    lock.lock_set(user=owner, pin="2468", idle_seconds=300)
    context = _context(browser, live_server, owner, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    assert SECRET in page.content()
    _idle_for(context, 240)  # no script runs here: the server alone decides
    page.goto(f"{live_server.url}/tonight/")
    assert SECRET in page.content()  # still inside the idle time
    _idle_for(context, 301)
    page.goto(f"{live_server.url}/tonight/")
    assert "/accounts/lock/" in page.url and SECRET not in page.content()
    assert not has_horizontal_scroll(page)
    assert nu_checker(page.content()) == []
    for _ in range(4):
        page.fill("#id_pin", "0000")
        page.click("main button:has-text('Open')")
        assert "/accounts/lock/" in page.url
    page.fill("#id_pin", "0000")
    page.click("main button:has-text('Open')")
    page.wait_for_url("**/accounts/login/")
    page.goto(f"{live_server.url}/tonight/")
    assert "/accounts/login/" in page.url
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_lock_screen_and_offer_pass_axe(browser, live_server, owner, axe, scheme):
    lock.lock_set(user=owner, pin="2468", idle_seconds=300)
    context = _context(browser, live_server, owner, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/lock/")
    page.fill("#id_pin", "1")
    page.click("main button:has-text('Open')")  # with an error showing
    assert axe(page) == []
    page.fill("#id_pin", "2468")
    page.click("main button:has-text('Open')")
    page.goto(f"{live_server.url}/accounts/settings/")
    assert axe(page) == []
    page.fill("#lockoff_current", "0000")  # a refused form: messages at the top and beside it
    page.click("main button:has-text('Turn the lock off')")
    assert page.locator("#lockoff_current_error").is_visible()
    assert axe(page) == []
    context.close()


def test_help_signed_out_has_numbers_on_first_load(browser, live_server):
    for header, first in [("en-GB", "tel:999"), ("en-GB,en;q=0.9", "tel:999")]:
        context = browser.new_context(
            viewport={"width": 360, "height": 740},
            java_script_enabled=False,
            extra_http_headers={"Accept-Language": header},
        )
        page = context.new_page()
        page.goto(f"{live_server.url}/help/")
        assert page.locator("main a[href^='tel:']").first.get_attribute("href") == first
        box = page.locator("main a.call-button").first.bounding_box()
        assert box["y"] + box["height"] <= 740 and box["height"] >= 48
        assert "guessed from your browser" in page.locator("main").inner_text()
        context.close()
    # A browser always sends some Accept-Language; a bare language has no region to go on,
    # so the page lists every country (the no-header case is in tests/safety/test_help_exit.py).
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        java_script_enabled=False,
        extra_http_headers={"Accept-Language": "en"},
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/help/")
    main = page.locator("main")
    assert "guessed" not in main.inner_text()
    assert main.locator("a[href='tel:999']").count() == 1
    assert main.locator("a[href='tel:911']").count() >= 1
    assert main.locator(".every-country li").count() >= 15
    assert main.locator("a[href^='tel:']").first.bounding_box()["y"] < 740
    assert not has_horizontal_scroll(page)
    context.close()


def test_new_and_changed_pages_are_valid_html_without_javascript(
    browser, live_server, owner, nu_checker
):
    _flag_danger(owner)
    context = _context(browser, live_server, owner, java_script_enabled=False)
    anonymous = browser.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=False
    )
    problems = {}
    for ctx, path in [
        (context, "/safety/urgent/"),
        (context, "/help/"),
        (context, "/accounts/settings/"),
        (context, "/accounts/lock/offer/"),
        (anonymous, "/help/"),
        (anonymous, "/help/?country=ZA"),
        (anonymous, "/safety/exit/"),
    ]:
        page = ctx.new_page()
        page.goto(f"{live_server.url}{path}")
        errors = nu_checker(page.content())
        if has_horizontal_scroll(page):
            errors.append("scrolls sideways")
        if errors:
            problems[path] = errors
        page.close()
    context.close()
    anonymous.close()
    assert problems == {}


def test_a_passkey_added_in_settings_opens_the_lock(browser, live_server, owner):
    """Chromium's virtual authenticator stands in for a fingerprint or the phone's screen lock."""
    from dvoe.accounts.models import Passkey

    _write_tonight(owner)
    lock.lock_set(user=owner, pin="2468", idle_seconds=300)
    context = _context(browser, live_server, owner)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    page.goto(f"{live_server.url}/accounts/settings/")
    page.get_by_role("button", name="Add a passkey").click()
    page.get_by_text("Passkey added").wait_for()  # the page reloads once the server kept it
    assert Passkey.objects.filter(user=owner).count() == 1
    page.goto(f"{live_server.url}/accounts/lock/?next=/journal/")
    assert SECRET not in page.content()
    page.get_by_role("button", name="Use a passkey").click()
    page.wait_for_url(lambda url: "/accounts/lock/" not in url and url.endswith("/journal/"))
    assert SECRET in page.content()
    context.close()
