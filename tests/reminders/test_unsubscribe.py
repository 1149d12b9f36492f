"""One click from the email, no login: it stops that kind, and odd links are met calmly."""

import datetime as dt

import pytest
import time_machine
from django.core import signing

from dvoe.reminders import services, tokens
from dvoe.reminders.models import ReminderSettings
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def row(db):
    user = make_user("stop@example.test")
    return services.reminder_settings_update(
        user=user, nightly_on=True, nightly_time=dt.time(21, 30), checkpoint_on=True
    )


def stop_url(row, kind="nightly"):
    return f"/accounts/reminders/stop/{services.unsubscribe_token(row, kind)}/"


def test_the_link_asks_first_then_one_click_stops_only_that_kind(client, row):
    url = stop_url(row)
    page = client.get(url)  # mail scanners open links: a GET changes nothing
    assert page.status_code == 200 and "Stop these emails?" in page.content.decode()
    assert ReminderSettings.objects.get(pk=row.pk).nightly_on is True
    done = client.post(url)  # no login, no CSRF token: what a mail app's one-click POST does
    assert "Done" in done.content.decode()
    fresh = ReminderSettings.objects.get(pk=row.pk)
    assert fresh.nightly_on is False and fresh.next_nightly_at is None
    assert fresh.checkpoint_on is True and fresh.next_checkpoint_at is None or fresh.checkpoint_on


def test_a_used_link_changes_nothing_the_second_time(client, row):
    url = stop_url(row)
    client.post(url)
    services.reminder_settings_update(
        user=row.user, nightly_on=True, nightly_time=dt.time(21, 30), checkpoint_on=True
    )
    again = client.post(url)
    assert again.status_code == 200
    assert "already been used" in again.content.decode()
    assert ReminderSettings.objects.get(pk=row.pk).nightly_on is True


def test_a_forged_link_is_turned_away_calmly(client, row):
    forged = signing.dumps([row.unsubscribe_key, "nightly", 0], salt="something-else")
    for token in [forged, "nonsense", stop_url(row).split("/")[-2][:-3] + "abc"]:
        response = client.post(f"/accounts/reminders/stop/{token}/")
        assert response.status_code == 404
        assert "does not work" in response.content.decode()
    assert ReminderSettings.objects.get(pk=row.pk).nightly_on is True


def test_an_expired_link_explains_and_changes_nothing(client, row):
    url = stop_url(row)
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=61)):
        response = client.post(url)
    assert response.status_code == 200 and "too old" in response.content.decode()
    assert ReminderSettings.objects.get(pk=row.pk).nightly_on is True


def test_a_link_for_a_deleted_account_is_just_a_link_that_does_not_work(client, row):
    url = stop_url(row)
    row.user.delete()
    assert client.get(url).status_code == 404


def test_tokens_carry_no_email_or_user_id(row):
    token = services.unsubscribe_token(row, "nightly")
    decoded = tokens.read(token)
    assert decoded.key == row.unsubscribe_key
    assert "stop@example.test" not in signing.b64_decode(token.split(":")[0].encode()).decode()
