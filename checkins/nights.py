"""The local night: a night runs from 04:00 local time until 03:59 the next morning.

An entry written at 00:30 on a Wednesday belongs to Tuesday night. The cut-off is 04:00 so that
late, sleepless writing still lands on the evening it is about.
"""

import datetime as dt
import zoneinfo

NIGHT_ENDS_AT = dt.time(4, 0)


def night_of(dt_aware: dt.datetime, tz: zoneinfo.ZoneInfo | dt.tzinfo) -> dt.date:
    if dt_aware.tzinfo is None:
        raise ValueError("night_of needs an aware datetime")
    local = dt_aware.astimezone(tz)
    if local.time() < NIGHT_ENDS_AT:
        return local.date() - dt.timedelta(days=1)
    return local.date()
