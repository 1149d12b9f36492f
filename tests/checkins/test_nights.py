import datetime as dt
import zoneinfo

import pytest
import time_machine

from checkins import selectors
from checkins.nights import night_of

LONDON = zoneinfo.ZoneInfo("Europe/London")


def at(text, tz=LONDON):
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


def test_half_past_midnight_belongs_to_the_evening_before():
    assert night_of(at("2026-03-11 00:30"), LONDON) == dt.date(2026, 3, 10)


def test_the_night_ends_at_four():
    assert night_of(at("2026-03-11 03:59"), LONDON) == dt.date(2026, 3, 10)
    assert night_of(at("2026-03-11 04:00"), LONDON) == dt.date(2026, 3, 11)
    assert night_of(at("2026-03-11 23:59"), LONDON) == dt.date(2026, 3, 11)


def test_the_persons_zone_decides_not_the_servers():
    moment = dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC)  # 03:00 in London, 22:00 in New York
    assert night_of(moment, LONDON) == dt.date(2026, 5, 31)
    assert night_of(moment, zoneinfo.ZoneInfo("America/New_York")) == dt.date(2026, 5, 31)
    assert night_of(moment, zoneinfo.ZoneInfo("Asia/Tokyo")) == dt.date(2026, 6, 1)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        night_of(dt.datetime(2026, 1, 1, 1, 0), LONDON)  # noqa: DTZ001


def test_a_dst_change_night_still_ends_at_four_local():
    # Clocks go forward at 01:00 UTC on 29 March 2026 in London.
    assert night_of(dt.datetime(2026, 3, 29, 2, 30, tzinfo=dt.UTC), LONDON) == dt.date(2026, 3, 28)
    assert night_of(dt.datetime(2026, 3, 29, 3, 0, tzinfo=dt.UTC), LONDON) == dt.date(2026, 3, 29)


@pytest.mark.django_db
def test_current_night_uses_the_profile_zone(owner):
    with time_machine.travel(dt.datetime(2026, 7, 2, 0, 15, tzinfo=dt.UTC), tick=False):
        assert selectors.current_night(owner) == dt.date(2026, 7, 1)  # 01:15 in London
    with time_machine.travel(dt.datetime(2026, 7, 2, 3, 5, tzinfo=dt.UTC), tick=False):
        assert selectors.current_night(owner) == dt.date(2026, 7, 2)  # 04:05 in London
