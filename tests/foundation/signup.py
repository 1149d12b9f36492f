"""Signing up through the form as a person does: the form, "Check your email", then the link in
the email and its button. Used by every test that signs up through the form, browser tests too."""

import re

from django.core import mail
from django.core.cache import caches

LINK = re.compile(r"https?://[^/\s]+(/accounts/signup/confirm/[^/\s]+/)")


def link_in(message) -> str:
    """The sign-up link's path in an email (text body), or fail."""
    match = LINK.search(message.body)
    assert match, f"no sign-up link in {message.subject!r}"
    return match.group(1)


def fresh_throttle() -> None:
    """Sign-ups are throttled per address (all test clients are 127.0.0.1) and per email, and the
    counters live in this process's memory: earlier tests must not decide this one."""
    caches["throttle"].clear()


def sign_up_link(client, email: str, password: str, timezone: str = "") -> str:
    """Post the sign-up form; answer the path of the link emailed to `email`."""
    fresh_throttle()
    sent = len(mail.outbox)
    response = client.post(
        "/accounts/signup/", {"email": email, "password": password, "timezone": timezone}
    )
    assert response.status_code == 302 and response["Location"] == "/accounts/signup/sent/"
    assert len(mail.outbox) == sent + 1
    return link_in(mail.outbox[-1])


def sign_up(client, email: str, password: str, timezone: str = ""):
    """Sign up and use the link: the client is signed in, on the first onboarding page."""
    path = sign_up_link(client, email, password, timezone)
    assert client.get(path).status_code == 200
    response = client.post(path, {"password": password})
    assert response.status_code == 302 and response["Location"] == "/accounts/welcome/"
    return response
