"""The email a partner might read says nothing about what dvoe is for."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from dvoe.lib import emails
from dvoe.reminders import dispatch, services
from dvoe.reminders.copy import CHECKPOINT_LINES
from tests.conftest import make_user

SENSITIVE = [
    "relationship",
    "partner",
    "therap",
    "counsel",
    "couple",
    "marriage",
    "married",
    "husband",
    "wife",
    "spouse",
    "boyfriend",
    "girlfriend",
    "divorce",
    "separat",
    "safety",
    "safe",
    "abuse",
    "violence",
    "crisis",
    "season",
    "checkpoint",
    "review",
    "journal",
    "coach",
    "signal",
    "dvoe",
    "alex",
    "sam",
]


@pytest.fixture
def reminder_user(db):
    user = make_user(
        "quiet@example.test", timezone="Europe/London", partner_name="Alex", display_name="Sam"
    )
    return services.reminder_settings_update(
        user=user, nightly_on=True, nightly_time=dt.time(21, 30), checkpoint_on=True
    )


def every_email(row):
    yield dispatch.reminder_message(row, kind="nightly")
    for step in CHECKPOINT_LINES:
        yield dispatch.reminder_message(row, kind="checkpoint", step=step)


def test_no_sensitive_word_in_sender_subject_or_either_body(reminder_user):
    for message in every_email(reminder_user):
        html = message.alternatives[0][0]
        visible = re.sub(r"<[^>]+>", " ", html)
        for part in (message.from_email, message.subject, message.body, visible):
            words = part.lower()
            found = [w for w in SENSITIVE if re.search(rf"\b{w}", words)]
            assert found == [], f"{found} in {part!r}"


def test_one_sign_in_link_one_unsubscribe_link_and_the_one_click_headers(reminder_user):
    message = dispatch.reminder_message(reminder_user, kind="nightly")
    html = message.alternatives[0][0]
    links = re.findall(r'href="([^"]+)"', html)
    assert len(links) == 2
    assert links[0].endswith("/accounts/login/")
    assert "/accounts/reminders/stop/" in links[1]
    assert message.extra_headers["List-Unsubscribe"] == f"<{links[1]}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert links[0] in message.body and links[1] in message.body
    assert message.subject == "Your evening note"
    assert message.from_email.startswith("Evening notes")


def test_the_one_helper_renders_subject_text_and_html_triplets():
    rendered = emails.render(
        "reminder_nightly",
        {
            "login_url": "https://x.test/l/",
            "unsubscribe_url": "https://x.test/u/",
            "at": dt.time(21, 30),
        },
    )
    assert rendered.subject == "Your evening note"
    assert "https://x.test/l/" in rendered.text and "21:30" in rendered.text
    assert rendered.html.startswith("<!DOCTYPE html>")
    assert "<p>Hello,</p>" in emails.body_fragment(rendered.html)


def test_the_preview_shows_exactly_what_would_be_sent(owner_client, owner):
    row = services.reminder_settings_update(
        user=owner, nightly_on=True, nightly_time=dt.time(22, 15), checkpoint_on=False
    )
    # The stop link is signed with a timestamp: both renders in the same (frozen) second, or a
    # second boundary between them would make two honest links differ.
    with time_machine.travel(timezone.now(), tick=False):
        page = owner_client.get("/accounts/reminders/preview/").content.decode()
        message = dispatch.reminder_message(row, kind="nightly")
    message.send()
    sent = mail.outbox[0]
    assert sent.subject in page and "22:15" in page
    assert emails.body_fragment(sent.alternatives[0][0]).strip() in page
    assert "Evening notes" in page
