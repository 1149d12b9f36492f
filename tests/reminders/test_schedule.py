"""Reminders follow the person's wall clock through daylight-saving changes."""

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.core import mail

from dvoe.reminders import schedule
from dvoe.reminders.models import Delivery
from tests.reminders.conftest import local

UTC = dt.UTC

# (zone, a local date a few days before a change, what the change is)
DST_CHANGES = [
    ("America/New_York", dt.date(2026, 3, 6), "spring forward 8 March"),
    ("America/New_York", dt.date(2026, 10, 30), "fall back 1 November"),
    ("Europe/London", dt.date(2026, 3, 27), "spring forward 29 March"),
    ("Europe/London", dt.date(2026, 10, 23), "fall back 25 October"),
    ("Australia/Sydney", dt.date(2026, 4, 3), "fall back 5 April"),
    ("Australia/Sydney", dt.date(2026, 10, 2), "spring forward 4 October"),
]


@pytest.mark.parametrize("tz,first,what", DST_CHANGES, ids=[f"{z} {w}" for z, _, w in DST_CHANGES])
def test_next_nightly_stays_at_2130_local_across_the_change(tz, first, what):
    zone = zoneinfo.ZoneInfo(tz)
    instant = schedule.local_instant(first, dt.time(21, 30), zone)
    offsets = set()
    for _ in range(5):
        nxt = schedule.next_nightly(instant, dt.time(21, 30), zone)
        local_next = nxt.astimezone(zone)
        assert local_next.time() == dt.time(21, 30)
        assert local_next.date() == instant.astimezone(zone).date() + dt.timedelta(days=1)
        offsets.add(local_next.utcoffset())
        instant = nxt
    assert len(offsets) == 2, f"the five nights should straddle {what}"


def test_a_time_that_does_not_exist_moves_forward_and_a_doubled_time_is_taken_once():
    ny = zoneinfo.ZoneInfo("America/New_York")
    gap = schedule.local_instant(dt.date(2026, 3, 8), dt.time(2, 30), ny)
    assert gap.astimezone(ny).time() == dt.time(3, 30)
    doubled = schedule.local_instant(dt.date(2026, 11, 1), dt.time(1, 30), ny)
    assert doubled == dt.datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # the first 01:30 (EDT)
    after_first = schedule.next_nightly(doubled, dt.time(1, 30), ny)
    assert after_first.astimezone(ny).date() == dt.date(2026, 11, 2)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("tz,first,what", DST_CHANGES, ids=[f"{z} {w}" for z, _, w in DST_CHANGES])
def test_one_email_each_evening_at_2130_local_across_the_change(person, run_once, tz, first, what):
    with time_machine.travel(local(tz, first.year, first.month, first.day, 12, 0), tick=False):
        user = person(f"dst@{tz.replace('/', '-').lower()}.test", tz)
    for offset in range(5):
        day = first + dt.timedelta(days=offset)
        # 21:31 local: one minute after the reminder is due, as the beat would see it
        with time_machine.travel(local(tz, day.year, day.month, day.day, 21, 31), tick=False):
            run_once()
            run_once()
        assert len(mail.outbox) == offset + 1, f"{day}: exactly one email, even with two runs"
    zone = zoneinfo.ZoneInfo(tz)
    deliveries = list(Delivery.objects.filter(user=user).order_by("due_at"))
    assert [d.due_at.astimezone(zone).time() for d in deliveries] == [dt.time(21, 30)] * 5
    assert [d.local_date for d in deliveries] == [first + dt.timedelta(days=i) for i in range(5)]
    assert {d.status for d in deliveries} == {"sent"}
    assert len({d.due_at.astimezone(zone).utcoffset() for d in deliveries}) == 2


def test_checkpoint_slots_two_weeks_one_week_the_morning_of_and_three_days_after():
    zone = zoneinfo.ZoneInfo("Australia/Sydney")
    slots = schedule.checkpoint_slots(dt.date(2026, 10, 20), dt.time(21, 30), zone)
    assert [(s[0].astimezone(zone), s[1], s[2]) for s in slots] == [
        (local("Australia/Sydney", 2026, 10, 6, 21, 30), dt.date(2026, 10, 6), "two_weeks"),
        (local("Australia/Sydney", 2026, 10, 13, 21, 30), dt.date(2026, 10, 13), "one_week"),
        (local("Australia/Sydney", 2026, 10, 20, 9, 0), dt.date(2026, 10, 20), "today"),
        (local("Australia/Sydney", 2026, 10, 23, 21, 30), dt.date(2026, 10, 23), "after"),
    ]
