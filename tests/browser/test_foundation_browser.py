import pytest
from django.conf import settings
from django.core import mail

from dvoe.accounts.models import User
from tests import pages
from tests.browser.helpers import has_horizontal_scroll, serve_neutral_site, sign_in_context
from tests.conftest import PASSWORD, browser_login
from tests.foundation.signup import fresh_throttle, link_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_through_onboarding_to_tonight(page, live_server):
    fresh_throttle()
    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("#id_email", "night@example.test")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/accounts/signup/sent/")
    assert page.locator("h1").inner_text() == "Check your email"
    # The link in the email opens a page with one button; the button signs in.
    page.goto(f"{live_server.url}{link_in(mail.outbox[-1])}")
    page.fill("#id_password", PASSWORD)  # asked again: the link alone opens nothing
    page.click("main button:has-text('Open my account')")
    page.wait_for_url("**/accounts/welcome/")
    page.click("text=Continue")
    page.wait_for_url("**/accounts/welcome/place/")
    # The browser's own time zone guess was kept at sign-up (Chromium here runs in UTC or the host's)
    assert User.objects.get(email="night@example.test").profile.timezone
    page.select_option("#id_country", "NZ")
    page.select_option("#id_timezone", "Pacific/Auckland")
    page.click("main button[type=submit]")
    # The safety check is offered (recommended, skippable), then reminders, then tonight.
    page.wait_for_url("**/safety/check/")
    page.click("main button:has-text('Skip for now')")
    page.wait_for_url("**/accounts/reminders/start/")
    page.click("main button:has-text('Not now')")
    page.wait_for_url("**/accounts/lock/offer/")  # the lock offer (#12), nothing pre-set
    page.click("main button:has-text('Not now')")
    page.wait_for_url("**/tonight/")
    assert page.locator("h1").first.inner_text() == "Tonight"
    profile = User.objects.get(email="night@example.test").profile
    assert (profile.country, profile.timezone) == ("NZ", "Pacific/Auckland")


def test_log_in_and_out(page, live_server, owner):
    browser_login(page, live_server.url, owner.email)
    assert "/tonight/" in page.url
    page.click("text=Log out")
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/tonight/")
    assert "/accounts/login/" in page.url


@pytest.mark.parametrize("how", ["button", "shift three times"])
def test_quick_exit_leaves_and_back_does_not_return(browser, live_server, owner, how):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    serve_neutral_site(context)
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/tonight/")
    if how == "button":
        page.click("#quick-exit")
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(settings.QUICK_EXIT_URL)
    assert page.title() == "Weather"
    page.go_back()
    assert live_server.url not in page.url  # the dvoe page was replaced in history
    context.close()


def test_quick_exit_is_a_plain_link_without_javascript(nojs_page, live_server):
    nojs_page.goto(f"{live_server.url}/")
    link = nojs_page.locator("#quick-exit")
    # Without JavaScript the link signs out at /exit/, which redirects to the neutral site (#12)
    assert link.get_attribute("href") == "/exit/"
    assert link.get_attribute("data-exit-url") == settings.QUICK_EXIT_URL
    assert link.get_attribute("rel") == "noreferrer"
    assert link.is_visible()


def _all_pages(owner):
    pages.seed_all(owner)
    return [(n, pages.resolve(p, owner), False) for n, p in pages.public_pages()] + [
        (n, pages.resolve(p, owner), True) for n, p in pages.private_pages()
    ]


def test_every_page_passes_axe_fits_360px_and_asks_no_other_host(browser, live_server, owner, axe):
    failures = {}
    for dark in (False, True):
        context = browser.new_context(
            viewport={"width": 360, "height": 740}, color_scheme="dark" if dark else "light"
        )
        sign_in_context(context, live_server.url, owner)
        anonymous = browser.new_context(
            viewport={"width": 360, "height": 740}, color_scheme="dark" if dark else "light"
        )
        for name, path, private in _all_pages(owner):
            page = (context if private else anonymous).new_page()
            hosts = set()
            page.on("request", lambda r, hosts=hosts: hosts.add(r.url.split("/")[2]))
            page.goto(f"{live_server.url}{path}")
            page.wait_for_load_state("networkidle")
            problems = axe(page)
            foreign = {h for h in hosts if h != live_server.url.split("/")[2]}
            if foreign:
                problems.append(f"requests to other hosts: {sorted(foreign)}")
            if has_horizontal_scroll(page):
                problems.append("scrolls sideways at 360 px")
            if problems:
                failures[f"{name} ({'dark' if dark else 'light'})"] = problems
            page.close()
        context.close()
        anonymous.close()
    assert failures == {}


def test_screenshot_at_360px(page, live_server, tmp_path):
    page.goto(f"{live_server.url}/")
    path = tmp_path / "landing-360.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    assert not has_horizontal_scroll(page)
