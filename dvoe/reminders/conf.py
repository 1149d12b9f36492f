"""Reminder settings with their defaults (dvoe/settings.py may override them from the environment)."""

import datetime as dt

from django.conf import settings


def late_cutoff() -> dt.timedelta:
    return getattr(settings, "REMINDER_LATE_CUTOFF", dt.timedelta(hours=2))


def send_attempts() -> int:
    return getattr(settings, "REMINDER_SEND_ATTEMPTS", 4)


def retry_backoff(attempt: int) -> int:
    """Seconds to wait before attempt number `attempt + 1`: 30, 60, 120..."""
    base = getattr(settings, "REMINDER_RETRY_BACKOFF", 30)
    return base * 2 ** max(0, attempt - 1)


def requeue_after() -> dt.timedelta:
    return getattr(settings, "REMINDER_REQUEUE_AFTER", dt.timedelta(minutes=5))


def send_lease() -> dt.timedelta:
    return getattr(settings, "REMINDER_SEND_LEASE", dt.timedelta(minutes=10))


def batch_size() -> int:
    return getattr(settings, "REMINDER_DISPATCH_BATCH", 500)


def unsubscribe_max_age() -> dt.timedelta:
    return getattr(settings, "REMINDER_UNSUBSCRIBE_MAX_AGE", dt.timedelta(days=60))


def dispatch_budget() -> float:
    """Seconds one dispatch may spend claiming; below the Celery task time limit (60 s)."""
    return getattr(settings, "REMINDER_DISPATCH_BUDGET", 40.0)
