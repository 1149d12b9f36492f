"""The few things coaching reads from checkins, in one place (coaching imports checkins, never
the other way round). Until checkins has landed these fall back to safe defaults."""

from datetime import date, timedelta

from django.utils import timezone


def current_night(user, now=None) -> date:
    try:
        from checkins.selectors import current_night as checkins_current_night
    except ImportError:
        return timezone.localtime(now or timezone.now(), user.profile.tz).date()
    return checkins_current_night(user, now=now)


def active_season(user):
    try:
        from checkins.selectors import active_season as checkins_active_season
    except ImportError:
        return None
    return checkins_active_season(user)


def season_window(user) -> tuple[date, date, object]:
    """(first night, last night, season or None): the active season, or the last 90 nights."""
    today = current_night(user)
    season = active_season(user)
    if season is not None:
        return season.started_on, min(today, season.checkpoint_on), season
    return today - timedelta(days=89), today, None


def entry_for_night(user, night):
    try:
        from checkins.selectors import entry_for_night as checkins_entry_for_night
    except ImportError:
        return None
    return checkins_entry_for_night(user, night)


def signal_log(*, user, code: str, night, note: str = ""):
    from checkins.services import signal_log as checkins_signal_log

    return checkins_signal_log(user=user, code=code, night=night, note=note)


def can_log_signals() -> bool:
    try:
        from checkins.services import signal_log  # noqa: F401
    except ImportError:
        return False
    return True
