"""Writes for reminder settings: turning reminders on and off, recomputing next times, unsubscribing.

Next times are computed in the person's zone and stored in UTC (schedule.py). Dispatch and sending
live in dispatch.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from checkins import selectors as checkins_selectors
from dvoe.lib import pagecache
from dvoe.reminders import schedule, tokens
from dvoe.reminders.models import Kind, ReminderSettings

if TYPE_CHECKING:
    from dvoe.accounts.models import User


def _active_checkpoint(user: User) -> dt.date | None:
    season = checkins_selectors.active_season(user)
    return season.checkpoint_on if season is not None else None


def _recompute(row: ReminderSettings, *, tz: ZoneInfo, now: dt.datetime) -> None:
    row.next_nightly_at = (
        schedule.next_nightly(now, row.nightly_time, tz) if row.nightly_on else None
    )
    row.next_checkpoint_at = (
        schedule.next_checkpoint(now, row.checkpoint_date, row.nightly_time, tz)
        if row.checkpoint_on
        else None
    )


def reminder_settings_get_or_create(*, user: User) -> ReminderSettings:
    row, _ = ReminderSettings.objects.get_or_create(user=user)
    return row


@transaction.atomic
def reminder_settings_update(
    *,
    user: User,
    nightly_on: bool,
    nightly_time: dt.time,
    checkpoint_on: bool,
    offered: bool = False,
    now: dt.datetime | None = None,
) -> ReminderSettings:
    now = now or timezone.now()
    row, _ = ReminderSettings.objects.select_for_update().get_or_create(user=user)
    row.nightly_on = nightly_on
    row.nightly_time = nightly_time.replace(second=0, microsecond=0)
    row.checkpoint_on = checkpoint_on
    if checkpoint_on:
        row.checkpoint_date = _active_checkpoint(user)
    if offered and row.offered_at is None:
        row.offered_at = now
    _recompute(row, tz=user.profile.tz, now=now)
    row.save()
    pagecache.changed(user)  # the offer is an onboarding step; pages may show reminder state
    return row


@transaction.atomic
def reminder_offer_skip(*, user: User, now: dt.datetime | None = None) -> ReminderSettings:
    """'Not now' on the onboarding step: counts as answered, turns nothing on."""
    row, _ = ReminderSettings.objects.select_for_update().get_or_create(user=user)
    if row.offered_at is None:
        row.offered_at = now or timezone.now()
        row.save(update_fields=["offered_at", "updated_at"])
        pagecache.changed(user)
    return row


@transaction.atomic
def reminder_times_recompute(*, user: User, now: dt.datetime | None = None) -> None:
    """After a season starts, moves its checkpoint or ends, or the person's zone changes."""
    row = ReminderSettings.objects.select_for_update().filter(user=user).first()
    if row is None:
        return
    row.checkpoint_date = _active_checkpoint(user)
    _recompute(row, tz=user.profile.tz, now=now or timezone.now())
    row.save(update_fields=["checkpoint_date", "next_nightly_at", "next_checkpoint_at"])


def unsubscribe_token(row: ReminderSettings, kind: str) -> str:
    return tokens.make(key=row.unsubscribe_key, kind=kind, generation=row.unsubscribe_generation)


class UnsubscribeResult:
    STOPPED = "stopped"
    USED = "used"
    EXPIRED = "expired"
    INVALID = "invalid"


def unsubscribe_check(*, token: str) -> tuple[str, str | None]:
    """What would happen with this token, without changing anything: (result, kind)."""
    try:
        data = tokens.read(token)
    except tokens.TokenExpired:
        return UnsubscribeResult.EXPIRED, None
    except tokens.TokenInvalid:
        return UnsubscribeResult.INVALID, None
    if data.kind not in Kind.values:
        return UnsubscribeResult.INVALID, None
    row = ReminderSettings.objects.filter(unsubscribe_key=data.key).only("id").first()
    if row is None:
        return UnsubscribeResult.INVALID, None
    if ReminderSettings.objects.filter(pk=row.pk, unsubscribe_generation=data.generation).exists():
        return UnsubscribeResult.STOPPED, data.kind
    return UnsubscribeResult.USED, data.kind


@transaction.atomic
def unsubscribe_apply(*, token: str) -> tuple[str, str | None]:
    """Switch off one kind of reminder. A token works once; a second use changes nothing."""
    result, kind = unsubscribe_check(token=token)
    if result != UnsubscribeResult.STOPPED:
        return result, kind
    data = tokens.read(token)
    fields = (
        {"nightly_on": False, "next_nightly_at": None}
        if kind == Kind.NIGHTLY
        else {"checkpoint_on": False, "next_checkpoint_at": None}
    )
    changed = ReminderSettings.objects.filter(
        unsubscribe_key=data.key, unsubscribe_generation=data.generation
    ).update(unsubscribe_generation=F("unsubscribe_generation") + 1, **fields)
    return (UnsubscribeResult.STOPPED if changed else UnsubscribeResult.USED), kind
