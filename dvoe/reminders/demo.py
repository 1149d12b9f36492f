"""seed_demo's part: evening and date reminders on, and a short history of what went out."""

import datetime as dt

from django.utils import timezone

from dvoe.reminders import schedule, services
from dvoe.reminders.models import Delivery, Kind


def seed(*, user, days, rng):
    row = services.reminder_settings_update(
        user=user, nightly_on=True, nightly_time=dt.time(21, 30), checkpoint_on=True, offered=True
    )
    tz = user.profile.tz
    today = timezone.now().astimezone(tz).date()
    for back in range(1, min(days, 7) + 1):
        night = today - dt.timedelta(days=back)
        due = schedule.local_instant(night, row.nightly_time, tz)
        written = rng.random() < 0.6
        Delivery.objects.get_or_create(
            user=user,
            kind=Kind.NIGHTLY,
            local_date=night,
            defaults={
                "due_at": due,
                "status": Delivery.Status.SKIPPED if written else Delivery.Status.SENT,
                "reason": "Tonight's note was already written." if written else "",
                "attempts": 1,
                "finished_at": due,
            },
        )
