"""Browser-test helpers: sign a browser context in without typing, and stub the neutral exit site."""

from django.conf import settings
from django.test import Client

NEUTRAL_HTML = (
    "<!DOCTYPE html><html lang='en'><head><title>Weather</title></head><body>Weather</body></html>"
)


def sign_in_context(context, live_server_url: str, user) -> None:
    """Give a browser context the session cookie of a signed-in `user`."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server_url}]
    )


def serve_neutral_site(context) -> None:
    """The quick exit leaves for an outside weather page; this machine has no internet, so the
    browser is given a stand-in page for that one outside address only."""
    context.route(
        settings.QUICK_EXIT_URL + "*",
        lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_HTML),
    )


def has_horizontal_scroll(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
