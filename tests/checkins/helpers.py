import datetime as dt

from checkins import selectors
from checkins.models import Season


def tonight(user):
    return selectors.current_night(user)


def make_season(user, *, days_in=30, length=90, focus="Stop chasing every talk."):
    """An active season that began `days_in` nights ago (tonight is night days_in + 1)."""
    start = tonight(user) - dt.timedelta(days=days_in)
    return Season.objects.create(
        user=user, started_on=start, checkpoint_on=start + dt.timedelta(days=length), focus=focus
    )
