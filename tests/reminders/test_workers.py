"""Reliability against real processes: two Celery workers and a beat, started here, on Redis
(or the filesystem broker when REDIS_URL is not set), sharing the pytest PostgreSQL database.

1,000 people are due at the same moment. Each must get exactly one email; after one worker is
killed with SIGKILL mid-batch and restarted, still nobody gets two and every reminder ends sent,
failed or skipped.
"""

import datetime as dt
import zoneinfo

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.utils import timezone

from dvoe.accounts.models import Profile, User
from dvoe.reminders.models import Delivery, ReminderSettings
from tests.reminders.workers import Cluster, broker_url, redis_flush, wait_for

pytestmark = [pytest.mark.workers, pytest.mark.django_db(transaction=True)]
PEOPLE = 1000
ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC"]
FINAL = ["sent", "failed", "skipped"]


@pytest.fixture
def cluster(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(
            "Worker processes cannot open pytest's in-memory SQLite database; run with "
            "DATABASE_URL=postgres://... (CI does)"
        )
    broker = broker_url()
    redis_flush(broker)
    c = Cluster(tmp_path, broker)
    try:
        yield c
    finally:
        c.stop()
        redis_flush(broker)


def seed_people_due_now(n: int) -> None:
    """n people whose evening reminder fell due 30 seconds ago, spread over five zones."""
    now = timezone.now()
    users = User.objects.bulk_create(
        [User(email=f"due{i}@example.test", password="!") for i in range(n)]
    )
    Profile.objects.bulk_create(
        [Profile(user=u, timezone=ZONES[i % len(ZONES)]) for i, u in enumerate(users)]
    )
    due = now - dt.timedelta(seconds=30)
    ReminderSettings.objects.bulk_create(
        [
            ReminderSettings(
                user=u,
                nightly_on=True,
                nightly_time=due.astimezone(zoneinfo.ZoneInfo(ZONES[i % len(ZONES)]))
                .time()
                .replace(second=0, microsecond=0),
                next_nightly_at=due,
            )
            for i, u in enumerate(users)
        ]
    )


def final_count() -> int:
    return Delivery.objects.filter(status__in=FINAL).count()


def test_a_thousand_people_due_at_once_each_get_exactly_one_email(cluster):
    seed_people_due_now(PEOPLE)
    cluster.start_worker("w1")
    cluster.start_worker("w2")
    cluster.start_beat()
    wait_for(
        lambda: final_count() == PEOPLE,
        timeout=300,
        what="every reminder to end",
        check=cluster.assert_running,
    )
    statuses = dict(Delivery.objects.values_list("status").annotate(n=Count("id")))
    assert statuses == {"sent": PEOPLE}
    mail = cluster.mail_by_recipient()
    assert len(mail) == PEOPLE, "every person got an email"
    assert set(mail.values()) == {1}, "nobody got two"
    assert ReminderSettings.objects.filter(next_nightly_at__lte=timezone.now()).count() == 0


def test_killing_a_worker_mid_batch_sends_nobody_two_and_leaves_nothing_stuck(cluster):
    seed_people_due_now(PEOPLE)
    cluster.start_worker("w1")
    cluster.start_worker("w2")
    cluster.start_beat()
    sent_at_kill = wait_for(
        lambda: Delivery.objects.filter(status="sent").count() >= 150 and final_count(),
        timeout=120,
        what="the batch to be under way",
        every=0.05,
        check=cluster.assert_running,
    )
    cluster.kill("w1")
    assert sent_at_kill < PEOPLE, "the kill must land mid-batch for this test to mean anything"
    cluster.start_worker("w1")
    wait_for(
        lambda: final_count() == PEOPLE,
        timeout=300,
        what="every reminder to end sent, failed or skipped",
        check=cluster.assert_running,
    )
    assert Delivery.objects.exclude(status__in=FINAL).count() == 0, "none stuck"
    assert Delivery.objects.count() == PEOPLE, "one record per person, never two"
    mail = cluster.mail_by_recipient()
    assert max(mail.values()) == 1, "nobody got two"
    sent = set(Delivery.objects.filter(status="sent").values_list("user__email", flat=True))
    assert sent <= set(mail), "everyone recorded as sent really got their email"
    failed = Delivery.objects.filter(status="failed")
    # Only the sends the kill interrupted may end failed (at most one per pool process).
    assert failed.count() <= 3
    assert all("never arrive twice" in d.reason for d in failed)
    print(
        f"\nkilled with {sent_at_kill} finished; end: {len(sent)} sent, {failed.count()} failed "
        f"(interrupted), broker {settings.CELERY_BROKER_URL.split(':')[0]}"
    )
