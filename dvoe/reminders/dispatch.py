"""Claiming due reminders and sending them: never twice, never silently lost.

1. `reminders_dispatch` (beat, every minute) claims due settings rows with
   SELECT ... FOR UPDATE SKIP LOCKED, advances their next time and inserts one Delivery row per
   reminder, in ONE transaction. The Delivery's unique (user, kind, local_date) constraint means a
   re-run beat or a second dispatcher can never create a second one. Send tasks are enqueued by
   delivery id only after the transaction commits.
2. `delivery_send` takes a queued delivery with a conditional UPDATE checked for one row
   (queued -> sending) BEFORE any network I/O: a duplicated task message, a retried task or a
   second worker finds nothing to take. It skips what is more than two hours late, what is no
   longer wanted, and sends the rest outside any transaction.
3. A failed send goes back to queued with a backoff, a bounded number of times, then ends failed
   with the reason. `deliveries_recover` (also every minute) re-enqueues queued rows whose message
   was lost, and ends as failed any row a crashed worker left in "sending" (it may or may not have
   gone out; sending again could make it arrive twice, so it is not sent again).
"""

import datetime as dt
import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from checkins import selectors as checkins_selectors
from dvoe.lib import emails
from dvoe.reminders import conf, copy, schedule
from dvoe.reminders.models import Delivery, Kind, ReminderSettings

log = logging.getLogger(__name__)
Status = Delivery.Status
Enqueue = Callable[[list[int]], None]

_NEXT_FIELD = {Kind.NIGHTLY: "next_nightly_at", Kind.CHECKPOINT: "next_checkpoint_at"}


def _save_next_times(rows: list[ReminderSettings], field: str) -> None:
    """One UPDATE for the whole batch. On PostgreSQL, UPDATE ... FROM unnest() is several times
    faster than bulk_update's CASE WHEN per row (measured in bench/reminders_bench.py)."""
    if connection.vendor != "postgresql":
        ReminderSettings.objects.bulk_update(rows, [field])
        return
    table = ReminderSettings._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS r SET {field} = v.next "  # noqa: S608 - names from the model
            "FROM unnest(%s::bigint[], %s::timestamptz[]) AS v(id, next) WHERE r.id = v.id",
            [[row.pk for row in rows], [getattr(row, field) for row in rows]],
        )


def _claim_batch(kind: Kind, *, now: dt.datetime, limit: int, enqueue: Enqueue) -> int:
    field = _NEXT_FIELD[kind]
    with transaction.atomic():
        rows = list(
            ReminderSettings.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("user__profile")
            .filter(**{f"{field}__lte": now})
            .order_by(field)[:limit]
        )
        if not rows:
            return 0
        batch = uuid.uuid4()
        deliveries = []
        for row in rows:
            tz = row.user.profile.tz
            due = getattr(row, field)
            # Normally the next one is tomorrow's. After an outage, the next one is the first
            # still inside the late cutoff: it may be due already, and the loop below claims it.
            after = max(due, now - conf.late_cutoff())
            if kind == Kind.NIGHTLY:
                deliveries.append(
                    Delivery(
                        user_id=row.user_id,
                        kind=kind,
                        local_date=schedule.night_for(due, tz),
                        due_at=due,
                        batch=batch,
                    )
                )
                row.next_nightly_at = schedule.next_nightly(after, row.nightly_time, tz)
            else:
                slot = schedule.checkpoint_slot_at(due, row.checkpoint_date, row.nightly_time, tz)
                if slot is not None:
                    deliveries.append(
                        Delivery(
                            user_id=row.user_id,
                            kind=kind,
                            local_date=slot[0],
                            step=slot[1],
                            due_at=due,
                            batch=batch,
                        )
                    )
                row.next_checkpoint_at = schedule.next_checkpoint(
                    after, row.checkpoint_date, row.nightly_time, tz
                )
        _save_next_times(rows, field)
        Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
        ids = list(Delivery.objects.filter(batch=batch).values_list("id", flat=True))
        if ids:
            transaction.on_commit(lambda: enqueue(ids))
        return len(rows)


def reminders_dispatch(
    *, enqueue: Enqueue, now: dt.datetime | None = None, limit: int | None = None
) -> dict:
    """Claim everything due (in batches), then recover lost or interrupted deliveries."""
    now = now or timezone.now()
    limit = limit or conf.batch_size()
    # Stay well inside the task time limit: what is left is claimed by the next beat (a minute
    # later) or by a dispatch already running elsewhere, since SKIP LOCKED lets them share.
    deadline = time.monotonic() + conf.dispatch_budget()
    claimed = {}
    for kind in (Kind.NIGHTLY, Kind.CHECKPOINT):
        total = 0
        while time.monotonic() < deadline:
            got = _claim_batch(kind, now=now, limit=limit, enqueue=enqueue)
            total += got
            if got == 0:
                break
        claimed[kind.value] = total
    requeued, interrupted = deliveries_recover(now=now, enqueue=enqueue)
    return {**claimed, "requeued": requeued, "interrupted": interrupted}


def deliveries_recover(*, now: dt.datetime, enqueue: Enqueue) -> tuple[int, int]:
    interrupted = Delivery.objects.filter(
        status=Status.SENDING, updated_at__lt=now - conf.send_lease()
    ).update(status=Status.FAILED, reason=copy.INTERRUPTED, finished_at=now, updated_at=now)
    with transaction.atomic():
        stale = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(status=Status.QUEUED, updated_at__lt=now - conf.requeue_after())
            .values_list("id", flat=True)[: conf.batch_size()]
        )
        if stale:
            Delivery.objects.filter(id__in=stale).update(updated_at=now)
            transaction.on_commit(lambda: enqueue(stale))
    if interrupted or stale:
        log.warning("reminders: %s re-enqueued, %s interrupted", len(stale), interrupted)
    return len(stale), interrupted


def _finish(delivery_id: int, status: str, reason: str, now: dt.datetime) -> str:
    Delivery.objects.filter(pk=delivery_id).update(
        status=status, reason=reason[:200], finished_at=now, updated_at=now
    )
    return status


def _still_wanted(delivery: Delivery, now: dt.datetime) -> str | None:
    """The skip reason key, or None when the reminder should go out."""
    row = delivery.user.reminder_settings
    if now - delivery.due_at > conf.late_cutoff():
        return "late"
    if delivery.kind == Kind.NIGHTLY:
        if not row.nightly_on:
            return "turned_off"
        if checkins_selectors.entry_for_night(delivery.user, delivery.local_date) is not None:
            return "written"
        return None
    if not row.checkpoint_on:
        return "turned_off"
    if delivery.step == "after":
        today = now.astimezone(delivery.user.profile.tz).date()
        if not checkins_selectors.season_needs_review(delivery.user, today):
            return "reviewed"
    return None


def reminder_message(row: ReminderSettings, *, kind: str, step: str = "two_weeks"):
    """The exact email a person gets for this kind of reminder (also used by the preview)."""
    from dvoe.reminders.services import unsubscribe_token

    site = settings.SITE_URL.rstrip("/")
    unsubscribe_url = site + reverse(
        "reminders:stop", kwargs={"token": unsubscribe_token(row, kind)}
    )
    context = {
        "login_url": site + reverse("accounts:login"),
        "unsubscribe_url": unsubscribe_url,
        "at": row.nightly_time,
        "line": copy.CHECKPOINT_LINES.get(step, copy.CHECKPOINT_LINES["two_weeks"]),
    }
    name = "reminder_nightly" if kind == Kind.NIGHTLY else "reminder_checkpoint"
    context["subject"] = emails.render(name, context).subject
    return emails.build(
        name,
        to=row.user.email,
        context=context,
        headers={
            # RFC 8058: mail apps show their own unsubscribe button and POST to this URL.
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def delivery_send(*, delivery_id: int, now: dt.datetime | None = None) -> str:
    """Returns the delivery's new status, "retry" (queued again, try later) or "taken"."""
    now = now or timezone.now()
    taken = Delivery.objects.filter(pk=delivery_id, status=Status.QUEUED).update(
        status=Status.SENDING, attempts=F("attempts") + 1, updated_at=now
    )
    if taken != 1:
        return "taken"  # another worker has it, or it is finished: never send twice
    delivery = Delivery.objects.select_related("user__profile", "user__reminder_settings").get(
        pk=delivery_id
    )
    skip = _still_wanted(delivery, now)
    if skip is not None:
        return _finish(delivery_id, Status.SKIPPED, copy.SKIP_REASONS[skip], now)
    try:
        message = reminder_message(
            delivery.user.reminder_settings, kind=delivery.kind, step=delivery.step
        )
        message.send()
    except Exception as exc:  # noqa: BLE001 - any failure to send is recorded, never lost
        reason = f"{type(exc).__name__}: {exc}"
        log.warning(
            "reminders: delivery %s attempt %s failed (%s)",
            delivery_id,
            delivery.attempts,
            type(exc).__name__,
        )
        if delivery.attempts < conf.send_attempts():
            Delivery.objects.filter(pk=delivery_id, status=Status.SENDING).update(
                status=Status.QUEUED, reason=reason[:200], updated_at=timezone.now()
            )
            return "retry"
        return _finish(delivery_id, Status.FAILED, reason, timezone.now())
    return _finish(delivery_id, Status.SENT, "", timezone.now())
