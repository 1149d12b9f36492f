"""The few things coaching reads from or asks of checkins, in one place: checkins' selectors, and
one write through checkins' services (logging an invitation's yes as a green light, in the same
transaction that marks it logged). Coaching imports checkins; checkins never imports coaching."""

from datetime import date, timedelta

from checkins import selectors as checkins_selectors
from checkins import services as checkins_services
from checkins.selectors import Tonight  # noqa: F401 (what /tonight/'s panels are handed)


def current_night(user, now=None) -> date:
    return checkins_selectors.current_night(user, now=now)


def active_season(user):
    return checkins_selectors.active_season(user)


def season_window(user, *, latest: bool = False) -> tuple[date, date, object]:
    """(first night, last night, season or None): the active season so far (or, for the
    checkpoint review, the latest season even when it has ended), else the last 90 nights."""
    today = current_night(user)
    season = (
        checkins_selectors.latest_season(user) if latest else checkins_selectors.active_season(user)
    )
    if season is not None:
        return season.started_on, max(season.started_on, min(today, season.checkpoint_on)), season
    return today - timedelta(days=89), today, None


def logged_codes(user, night) -> set[str]:
    return {entry.code for entry in checkins_selectors.lights_for_night(user, night)}


def light_log(*, user, code: str, night, note: str = ""):
    return checkins_services.light_log(user=user, code=code, night=night, note=note)
