"""What a person would notice: one email at most, none once they have written, none at 4 am,
and an honest record of every reminder in the delivery log."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.test import override_settings

from checkins import services as checkins
from dvoe.reminders import dispatch, services
from dvoe.reminders.models import Delivery, ReminderSettings
from tests.reminders.conftest import local

pytestmark = pytest.mark.django_db(transaction=True)
LONDON = "Europe/London"


def travel(*args, tz=LONDON):
    return time_machine.travel(local(tz, *args), tick=False)


def test_no_email_when_tonights_note_is_already_written(person, run_once):
    with travel(2026, 6, 10, 18, 0):
        user = person()
        checkins.journal_save(user=user, night=dt.date(2026, 6, 10), text="Long day.", mood=3)
    with travel(2026, 6, 10, 21, 31):
        run_once()
    assert mail.outbox == []
    delivery = Delivery.objects.get(user=user)
    assert delivery.status == "skipped"
    assert "already written" in delivery.reason
    with travel(2026, 6, 11, 21, 31):  # the next evening is blank: it goes out
        run_once()
    assert len(mail.outbox) == 1


def test_a_note_written_just_after_midnight_counts_for_the_evening_before(person, run_once):
    with travel(2026, 6, 10, 12, 0):
        user = person(at=dt.time(0, 30))  # a night owl's reminder, 00:30
    with travel(2026, 6, 11, 0, 10):
        checkins.journal_save(user=user, night=dt.date(2026, 6, 10), text="Late.", mood=None)
    with travel(2026, 6, 11, 0, 31):
        run_once()
    assert mail.outbox == []
    assert Delivery.objects.get(user=user).local_date == dt.date(2026, 6, 10)


def test_more_than_two_hours_late_is_recorded_as_skipped_not_sent(person, run_once):
    with travel(2026, 6, 10, 12, 0):
        user = person()
    with travel(2026, 6, 10, 23, 30):  # the beat was down: exactly 2 h late still goes out
        run_once()
    assert len(mail.outbox) == 1
    with travel(2026, 6, 12, 0, 45):  # 3 h 15 late for the 11th: skipped, and the 12th is next
        run_once()
    assert len(mail.outbox) == 1
    late = Delivery.objects.get(user=user, local_date=dt.date(2026, 6, 11))
    assert late.status == "skipped" and "two hours late" in late.reason
    row = ReminderSettings.objects.get(user=user)
    assert row.next_nightly_at == local(LONDON, 2026, 6, 12, 21, 30)


def test_a_long_outage_sends_nothing_stale_and_does_not_catch_up(person, run_once):
    with travel(2026, 6, 1, 12, 0):
        user = person()
    with travel(2026, 6, 9, 21, 35):
        run_once()
    # One row for the first missed evening (skipped: late), none for the rest, and tonight's
    # (five minutes ago) goes out.
    assert Delivery.objects.filter(user=user).count() == 2
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Your evening note"
    assert Delivery.objects.get(user=user, local_date=dt.date(2026, 6, 1)).status == "skipped"
    assert ReminderSettings.objects.get(user=user).next_nightly_at == local(
        LONDON, 2026, 6, 10, 21, 30
    )


def test_a_duplicated_or_retried_task_never_sends_twice(person, django_capture_on_commit_callbacks):
    with travel(2026, 6, 10, 12, 0):
        user = person()
    with travel(2026, 6, 10, 21, 31):
        queued: list[int] = []
        with django_capture_on_commit_callbacks(execute=True):
            dispatch.reminders_dispatch(enqueue=queued.extend)
            dispatch.reminders_dispatch(enqueue=queued.extend)  # a second beat, same minute
        assert len(queued) == 1
        outcomes = [dispatch.delivery_send(delivery_id=queued[0]) for _ in range(3)]
    assert outcomes == ["sent", "taken", "taken"]
    assert len(mail.outbox) == 1
    assert Delivery.objects.get(user=user).attempts == 1


def test_changing_the_time_after_tonights_email_does_not_send_another(person, run_once):
    with travel(2026, 6, 10, 12, 0):
        user = person()
    with travel(2026, 6, 10, 21, 31):
        run_once()
        services.reminder_settings_update(
            user=user, nightly_on=True, nightly_time=dt.time(23, 0), checkpoint_on=False
        )
    with travel(2026, 6, 10, 23, 1):
        run_once()
    assert len(mail.outbox) == 1
    assert Delivery.objects.filter(user=user).count() == 1


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    EMAIL_HOST="127.0.0.1",
    EMAIL_PORT=1,  # nothing listens here: a real refused connection
    EMAIL_TIMEOUT=2,
)
def test_a_failing_mail_server_is_retried_a_few_times_then_recorded_as_failed(person, run_once):
    with travel(2026, 6, 10, 12, 0):
        user = person()
    with travel(2026, 6, 10, 21, 31):
        run_once()
    delivery = Delivery.objects.get(user=user)
    assert delivery.status == "failed"
    assert delivery.attempts == 4
    assert "ConnectionRefusedError" in delivery.reason
    assert ReminderSettings.objects.get(user=user).next_nightly_at == local(
        LONDON, 2026, 6, 11, 21, 30
    )


def test_turning_reminders_off_after_the_claim_stops_the_send(
    person, django_capture_on_commit_callbacks
):
    with travel(2026, 6, 10, 12, 0):
        user = person()
    with travel(2026, 6, 10, 21, 31):
        queued: list[int] = []
        with django_capture_on_commit_callbacks(execute=True):
            dispatch.reminders_dispatch(enqueue=queued.extend)
        services.reminder_settings_update(
            user=user, nightly_on=False, nightly_time=dt.time(21, 30), checkpoint_on=False
        )
        assert dispatch.delivery_send(delivery_id=queued[0]) == "skipped"
    assert mail.outbox == []


def test_lost_messages_are_requeued_and_interrupted_sends_end_failed(
    person, django_capture_on_commit_callbacks
):
    with travel(2026, 6, 10, 12, 0):
        person("lost@example.test")
        crashed = person("crashed@example.test")
    with travel(2026, 6, 10, 21, 31):
        with django_capture_on_commit_callbacks(execute=True):
            dispatch.reminders_dispatch(enqueue=lambda ids: None)  # the broker lost both messages
        # a worker took one and died mid-send
        Delivery.objects.filter(user=crashed).update(status="sending", attempts=1)
    with travel(2026, 6, 10, 21, 45):
        requeued: list[int] = []
        with django_capture_on_commit_callbacks(execute=True):
            result = dispatch.reminders_dispatch(enqueue=requeued.extend)
        assert result["requeued"] == 1 and result["interrupted"] == 1
        assert dispatch.delivery_send(delivery_id=requeued[0]) == "sent"
    assert [m.to for m in mail.outbox] == [["lost@example.test"]]
    assert Delivery.objects.get(user=crashed).status == "failed"
    assert "never arrive twice" in Delivery.objects.get(user=crashed).reason


def test_checkpoint_reminders_two_weeks_one_week_the_morning_and_once_after(person, run_once):
    with travel(2026, 6, 1, 12, 0):
        user = person(nightly_on=False, checkpoint_on=True)
        checkins.season_start(user=user, checkpoint_on=dt.date(2026, 8, 1), focus="Stay calm.")
    row = ReminderSettings.objects.get(user=user)
    assert row.checkpoint_date == dt.date(2026, 8, 1)  # season_changed reached us
    assert row.next_checkpoint_at == local(LONDON, 2026, 7, 18, 21, 30)
    for when in [
        (2026, 7, 18, 21, 31),
        (2026, 7, 25, 21, 31),
        (2026, 8, 1, 9, 1),
        (2026, 8, 4, 21, 31),
    ]:
        with travel(*when):
            run_once()
    steps = list(
        Delivery.objects.filter(user=user).order_by("due_at").values_list("step", "status")
    )
    assert steps == [
        ("two_weeks", "sent"),
        ("one_week", "sent"),
        ("today", "sent"),
        ("after", "sent"),
    ]
    assert len(mail.outbox) == 4
    assert all(m.subject == "A date you marked" for m in mail.outbox)
    assert ReminderSettings.objects.get(user=user).next_checkpoint_at is None


def test_no_reminder_after_the_date_once_the_look_back_is_done(person, run_once):
    with travel(2026, 6, 1, 12, 0):
        user = person(nightly_on=False, checkpoint_on=True)
        season = checkins.season_start(user=user, checkpoint_on=dt.date(2026, 8, 1), focus="x")
    with travel(2026, 8, 1, 9, 1):
        run_once()
    with travel(2026, 8, 2, 20, 0):
        checkins.season_review(season=season, decision="pause", answers={})
    assert ReminderSettings.objects.get(user=user).next_checkpoint_at is None
    with travel(2026, 8, 4, 21, 31):
        run_once()
    assert len(mail.outbox) == 1


def test_moving_the_checkpoint_moves_the_reminders(person):
    with travel(2026, 6, 1, 12, 0):
        user = person(nightly_on=False, checkpoint_on=True)
        season = checkins.season_start(user=user, checkpoint_on=dt.date(2026, 8, 1), focus="x")
    with travel(2026, 6, 2, 12, 0):
        checkins.season_move_checkpoint(season=season, checkpoint_on=dt.date(2026, 9, 1))
    assert ReminderSettings.objects.get(user=user).next_checkpoint_at == local(
        LONDON, 2026, 8, 18, 21, 30
    )
