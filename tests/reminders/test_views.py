import datetime as dt

import pytest

from dvoe.lib import onboarding
from dvoe.reminders.models import ReminderSettings
from tests.conftest import make_user

pytestmark = pytest.mark.django_db
# session, user with profile, safety's banner flags, the reminder settings row
PREVIEW_QUERIES = 4


def test_reminders_are_off_until_turned_on_and_the_panel_sits_in_settings(owner_client, owner):
    page = owner_client.get("/accounts/settings/").content.decode()
    assert "Reminders" in page and 'action="/accounts/reminders/settings/"' in page
    assert 'value="21:30"' in page
    assert not ReminderSettings.objects.filter(user=owner, nightly_on=True).exists()


def test_turning_the_evening_reminder_on_shows_the_next_one_in_local_time(owner_client, owner):
    response = owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "22:05"}
    )
    assert response.status_code == 302
    row = ReminderSettings.objects.get(user=owner)
    assert row.nightly_on and row.nightly_time == dt.time(22, 5) and not row.checkpoint_on
    assert row.next_nightly_at.astimezone(owner.profile.tz).time() == dt.time(22, 5)
    page = owner_client.get("/accounts/settings/").content.decode()
    assert "Next evening reminder" in page and "22:05" in page


def test_htmx_save_returns_just_the_panel(owner_client):
    response = owner_client.post(
        "/accounts/reminders/settings/",
        {"nightly_on": "on", "nightly_time": "21:30", "checkpoint_on": "on"},
        HTTP_HX_REQUEST="true",
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<section class="card reminders-panel" id="reminders"')
    assert "Reminders saved." in body


def test_a_bad_time_answers_400_and_keeps_what_was_typed(owner_client, owner):
    response = owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "half nine"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter a time such as 21:30." in body and 'value="half nine"' in body
    assert not ReminderSettings.objects.filter(user=owner).exists()


def test_onboarding_offers_reminders_once_and_not_now_counts_as_done(client):
    user = make_user("new@example.test", timezone="Australia/Sydney")
    client.force_login(user)
    step = onboarding.step("reminders:start")
    assert step.is_done(user) is False
    page = client.get("/accounts/reminders/start/").content.decode()
    assert "Not now" in page and "Your evening note" in page
    response = client.post("/accounts/reminders/start/", {"skip": "1"})
    assert response["Location"] == "/onboarding/next/"
    assert step.is_done(user) is True
    assert onboarding.next_step(user) != "reminders:start"
    assert ReminderSettings.objects.get(user=user).nightly_on is False


def test_onboarding_yes_turns_the_evening_reminder_on(client):
    user = make_user("yes@example.test", timezone="America/New_York")
    client.force_login(user)
    client.post("/accounts/reminders/start/", {"nightly_on": "on", "nightly_time": "21:30"})
    row = ReminderSettings.objects.get(user=user)
    assert row.nightly_on and row.offered_at is not None
    assert row.next_nightly_at.astimezone(user.profile.tz).time() == dt.time(21, 30)


def test_settings_of_one_person_never_touch_another(owner_client, other_user):
    owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "21:30"}
    )
    assert not ReminderSettings.objects.filter(user=other_user).exists()


def test_pages_need_login(client):
    for path in ["/accounts/reminders/preview/", "/accounts/reminders/start/"]:
        assert client.get(path)["Location"].startswith("/accounts/login/")
    assert client.post("/accounts/reminders/settings/").status_code == 302


def test_settings_page_and_preview_query_counts_stay_fixed(
    owner_client, owner, django_assert_num_queries
):
    """The counts do not grow with the delivery log (pinned with 300 deliveries)."""
    from dvoe.reminders.models import Delivery

    owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "21:30"}
    )
    owner_client.get("/accounts/settings/")  # the session's first touches happen here
    Delivery.objects.bulk_create(
        [
            Delivery(
                user=owner,
                kind="nightly",
                local_date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                due_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=i),
                status="sent",
            )
            for i in range(300)
        ]
    )
    with django_assert_num_queries(PREVIEW_QUERIES):
        owner_client.get("/accounts/reminders/preview/")
    with django_assert_num_queries(PREVIEW_QUERIES):
        owner_client.get("/accounts/reminders/preview/?kind=checkpoint")


def test_export_includes_reminders(owner_client):
    owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "21:30"}
    )
    data = owner_client.get("/accounts/export/?format=json").json()
    assert data["reminders"]["settings"]["evening_reminder"] is True


def test_moving_to_another_time_zone_moves_the_next_reminder(owner_client, owner):
    owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "21:30"}
    )
    profile = owner.profile
    profile.timezone = "Australia/Sydney"
    profile.save()
    row = ReminderSettings.objects.get(user=owner)
    assert row.next_nightly_at.astimezone(profile.tz).time() == dt.time(21, 30)
