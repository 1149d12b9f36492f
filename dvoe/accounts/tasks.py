"""Sign-in records are kept no longer than settings.ACCESS_LOG_DAYS (30 days).

django-axes records each sign-in (AccessLog) and each failed attempt (AccessAttempt) with the
address, the browser's user agent and the email typed. They are for spotting attacks, not a
history of the person: the beat deletes them once they are older than the stated period.
"""

import datetime as dt

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from celery import shared_task
from django.conf import settings
from django.utils import timezone


def purge_access_logs(now=None) -> int:
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.ACCESS_LOG_DAYS)
    deleted = 0
    deleted += AccessLog.objects.filter(attempt_time__lt=cutoff).delete()[0]
    deleted += AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()[0]
    deleted += AccessFailureLog.objects.filter(attempt_time__lt=cutoff).delete()[0]
    return deleted


@shared_task(name="accounts.purge_access_logs")
def purge_access_logs_task() -> int:
    return purge_access_logs()
