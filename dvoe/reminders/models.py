"""Reminder state per person, and one delivery record per (person, kind, local date).

State lives here, not in Celery ETAs: `next_nightly_at` / `next_checkpoint_at` are UTC instants
computed from the person's IANA zone (see schedule.py), and the dispatch task claims rows whose
time has come. A Delivery row is written under its unique constraint before anything is sent, so
no reminder can go out twice.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q

DEFAULT_NIGHTLY_TIME = dt.time(21, 30)


def _new_key() -> str:
    return secrets.token_urlsafe(16)


class Kind(models.TextChoices):
    NIGHTLY = "nightly", "Evening note"
    CHECKPOINT = "checkpoint", "Date you set"


class ReminderSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    nightly_on = models.BooleanField(default=False)
    nightly_time = models.TimeField(default=DEFAULT_NIGHTLY_TIME)
    checkpoint_on = models.BooleanField(default=False)
    next_nightly_at = models.DateTimeField(null=True, blank=True)
    next_checkpoint_at = models.DateTimeField(null=True, blank=True)
    # The active season's checkpoint date, copied here whenever checkins says the season changed,
    # so dispatch never has to ask checkins anything.
    checkpoint_date = models.DateField(null=True, blank=True)
    # Random and opaque: unsubscribe links carry this, never the user id or email.
    unsubscribe_key = models.CharField(max_length=32, unique=True, default=_new_key)
    # Bumped by every unsubscribe, so a used link cannot be replayed later.
    unsubscribe_generation = models.PositiveIntegerField(default=0)
    # The onboarding offer was answered (yes or "not now"): it is not shown again.
    offered_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "reminder settings"
        indexes = [
            # Used by services.reminders_dispatch: WHERE next_nightly_at <= now ORDER BY
            # next_nightly_at LIMIT n FOR UPDATE SKIP LOCKED. Only people with a reminder on
            # are in the index, so its size follows them, not the whole user table.
            models.Index(
                fields=["next_nightly_at"],
                name="reminders_nightly_due",
                condition=Q(next_nightly_at__isnull=False),
            ),
            # Same query for checkpoint reminders (next_checkpoint_at <= now).
            models.Index(
                fields=["next_checkpoint_at"],
                name="reminders_checkpoint_due",
                condition=Q(next_checkpoint_at__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(nightly_on=True) | Q(next_nightly_at__isnull=True),
                name="reminders_nightly_off_has_no_next",
            ),
            models.CheckConstraint(
                condition=Q(checkpoint_on=True) | Q(next_checkpoint_at__isnull=True),
                name="reminders_checkpoint_off_has_no_next",
            ),
        ]

    def __str__(self):
        return f"reminders of user {self.user_id}"


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped"

    FINAL = (Status.SENT, Status.FAILED, Status.SKIPPED)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_deliveries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    # Nightly: the night it is for (before 04:00 counts as the evening before). Checkpoint: the
    # local date it is due on. Unique with user and kind: the guard against sending twice.
    local_date = models.DateField()
    step = models.CharField(
        max_length=16, blank=True
    )  # checkpoint: two_weeks, one_week, today, after
    due_at = models.DateTimeField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    reason = models.CharField(max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    batch = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["-due_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "local_date"], name="reminders_one_delivery_per_day"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["queued", "sending", "sent", "failed", "skipped"]),
                name="reminders_delivery_status_known",
            ),
        ]
        indexes = [
            # Used by services.deliveries_recover: WHERE status IN ('queued','sending') AND
            # updated_at < cutoff. Finished rows (almost all of them) stay out of the index.
            models.Index(
                fields=["updated_at"],
                name="reminders_delivery_open",
                condition=Q(status__in=["queued", "sending"]),
            ),
            models.Index(fields=["batch"], name="reminders_delivery_batch"),
        ]

    def __str__(self):
        return f"{self.kind} reminder for user {self.user_id} on {self.local_date}"
