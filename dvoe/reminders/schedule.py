"""Pure time arithmetic: local wall-clock times in a person's IANA zone, turned into UTC instants.

Daylight saving: a time that does not exist on a spring-forward night (02:30 in New York) is
moved forward by the gap, as the clock on the wall would be; a time that happens twice on a
fall-back night is taken the first time it happens (fold=0). Nothing here touches the database.
"""

import datetime as dt
import zoneinfo

UTC = dt.UTC
CHECKPOINT_MORNING = dt.time(9, 0)
NIGHT_ENDS_AT = dt.time(4, 0)

# (days from the checkpoint, step name, whether it goes out in the morning)
CHECKPOINT_STEPS = [
    (-14, "two_weeks", False),
    (-7, "one_week", False),
    (0, "today", True),
    (3, "after", False),
]


def local_instant(day: dt.date, at: dt.time, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The UTC instant at which the wall clock in `tz` shows `at` on `day`."""
    naive = dt.datetime.combine(day, at)
    aware = naive.replace(tzinfo=tz, fold=0)
    utc = aware.astimezone(UTC)
    # A wall time inside a spring-forward gap does not exist; Python maps it with the offset
    # before the change, which lands after the gap. That is the behaviour we want.
    return utc


def night_for(instant: dt.datetime, tz: zoneinfo.ZoneInfo) -> dt.date:
    local = instant.astimezone(tz)
    if local.time() < NIGHT_ENDS_AT:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def next_nightly(after: dt.datetime, at: dt.time, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The first instant strictly after `after` when the wall clock in `tz` shows `at`."""
    day = after.astimezone(tz).date() - dt.timedelta(days=1)
    for _ in range(4):
        candidate = local_instant(day, at, tz)
        if candidate > after:
            return candidate
        day += dt.timedelta(days=1)
    raise AssertionError("no local occurrence within three days")  # pragma: no cover


def checkpoint_slots(
    checkpoint_on: dt.date, evening: dt.time, tz: zoneinfo.ZoneInfo
) -> list[tuple[dt.datetime, dt.date, str]]:
    """(UTC instant, local date, step) for each checkpoint reminder, in order."""
    slots = []
    for days, step, morning in CHECKPOINT_STEPS:
        day = checkpoint_on + dt.timedelta(days=days)
        slots.append(
            (local_instant(day, CHECKPOINT_MORNING if morning else evening, tz), day, step)
        )
    return slots


def next_checkpoint(
    after: dt.datetime, checkpoint_on: dt.date | None, evening: dt.time, tz: zoneinfo.ZoneInfo
) -> dt.datetime | None:
    if checkpoint_on is None:
        return None
    for instant, _day, _step in checkpoint_slots(checkpoint_on, evening, tz):
        if instant > after:
            return instant
    return None


def checkpoint_slot_at(
    instant: dt.datetime, checkpoint_on: dt.date | None, evening: dt.time, tz: zoneinfo.ZoneInfo
) -> tuple[dt.date, str] | None:
    """Which checkpoint step a claimed instant was for (None if the season moved meanwhile)."""
    if checkpoint_on is None:
        return None
    for slot_instant, day, step in checkpoint_slots(checkpoint_on, evening, tz):
        if slot_instant == instant:
            return day, step
    return None
