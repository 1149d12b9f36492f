"""Reads for the settings panel, the preview page and the export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from dvoe.lib import emails
from dvoe.reminders import dispatch
from dvoe.reminders.models import Delivery, Kind, ReminderSettings

if TYPE_CHECKING:
    from dvoe.accounts.models import User


def settings_for(user: User) -> ReminderSettings | None:
    return ReminderSettings.objects.filter(user=user).first()


def offer_answered(user: User) -> bool:
    return ReminderSettings.objects.filter(user=user, offered_at__isnull=False).exists()


def next_times(row: ReminderSettings | None, tz: ZoneInfo) -> dict[str, Any]:
    if row is None:
        return {}
    return {
        "nightly": row.next_nightly_at.astimezone(tz) if row.next_nightly_at else None,
        "checkpoint": row.next_checkpoint_at.astimezone(tz) if row.next_checkpoint_at else None,
    }


def email_preview(user: User, kind: str) -> dict[str, Any]:
    """Exactly what the person would get: built by the same function the send task uses."""
    row = settings_for(user) or ReminderSettings(user=user)
    row.user = user
    message = dispatch.reminder_message(row, kind=kind)
    html = next(content for content, mime in message.alternatives if mime == "text/html")
    return {
        "kind": kind,
        "from": settings.DEFAULT_FROM_EMAIL,
        "to": user.email,
        "subject": message.subject,
        "text": message.body,
        "html_body": emails.body_fragment(html),
    }


def recent_deliveries(user: User, limit: int = 5) -> list[Delivery]:
    return list(
        Delivery.objects.filter(user=user).only("kind", "local_date", "status", "due_at")[:limit]
    )


def export_for(user: User) -> dict[str, Any]:
    row = settings_for(user)
    return {
        "settings": None
        if row is None
        else {
            "evening_reminder": row.nightly_on,
            "evening_time": row.nightly_time.strftime("%H:%M"),
            "date_reminders": row.checkpoint_on,
            "next_evening_reminder": row.next_nightly_at.isoformat()
            if row.next_nightly_at
            else None,
            "next_date_reminder": row.next_checkpoint_at.isoformat()
            if row.next_checkpoint_at
            else None,
        },
        "sent_and_skipped": [
            {
                "kind": Kind(d.kind).label,
                "date": d.local_date.isoformat(),
                "status": d.status,
                "note": d.reason,
            }
            for d in Delivery.objects.filter(user=user).order_by("due_at")
        ],
        "exported_at": timezone.now().isoformat(),
    }
