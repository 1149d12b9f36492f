"""Writes. Keyword-only `<thing>_<verb>` functions with explicit transactions.

Side effects (the season_changed event, checkins.events) are sent on commit.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from checkins import catalog, date_limits, selectors
from checkins.events import season_changed
from checkins.models import (
    MAX_NOTE,
    MAX_TEXT,
    CheckpointMove,
    JournalEntry,
    Light,
    Season,
)
from dvoe.lib import pagecache

if TYPE_CHECKING:
    from dvoe.accounts.models import User


def _changed(user: User) -> None:
    pagecache.changed(user)
    transaction.on_commit(lambda: season_changed.send(sender=Season, user=user))


def season_start(
    *, user: User, checkpoint_on: dt.date, focus: str, started_on: dt.date | None = None
) -> Season:
    today = selectors.current_night(user)
    started_on = started_on or today
    date_limits.check_checkpoint(started_on, checkpoint_on, today=today)
    try:
        with transaction.atomic():
            season = Season.objects.create(
                user=user, started_on=started_on, checkpoint_on=checkpoint_on, focus=focus.strip()
            )
    except IntegrityError:
        raise ValidationError(
            "You already have a season under way. Review or end it before starting another.",
            code="active_exists",
        ) from None
    _changed(user)
    return season


@transaction.atomic
def season_move_checkpoint(*, season: Season, checkpoint_on: dt.date) -> CheckpointMove | None:
    if checkpoint_on == season.checkpoint_on:
        return None
    date_limits.check_checkpoint(
        season.started_on, checkpoint_on, today=selectors.current_night(season.user)
    )
    move = CheckpointMove.objects.create(
        season=season, old_on=season.checkpoint_on, new_on=checkpoint_on
    )
    season.checkpoint_on = checkpoint_on
    season.save(update_fields=["checkpoint_on"])
    _changed(season.user)
    return move


@transaction.atomic
def season_review(
    *,
    season: Season,
    decision: str,
    answers: dict[str, Any],
    next_checkpoint_on: dt.date | None = None,
    next_focus: str = "",
) -> Season | None:
    """Record the checkpoint decision and end the season; for "another season" start the next one.

    Returns the new season, if one was started."""
    if decision not in catalog.DECISION_LABELS:
        raise ValidationError("Pick one of the options.", code="decision")
    now = timezone.now()
    season.decision = decision
    season.review_answers = json.dumps({k: v for k, v in answers.items() if v})
    season.reviewed_at = now
    season.ended_at = now
    season.save(update_fields=["decision", "review_answers", "reviewed_at", "ended_at"])
    _changed(season.user)
    if decision == "another_season":
        if next_checkpoint_on is None:  # rolls the whole review back (atomic)
            raise ValidationError("Pick the next checkpoint date.", code="next_checkpoint_on")
        return season_start(
            user=season.user,
            checkpoint_on=next_checkpoint_on,
            focus=next_focus or season.focus,
        )
    return None


def _check_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise ValidationError(
            "This entry is %(n)s characters; the limit is %(max)s. Your text is still here: "
            "shorten it a little, or keep the rest somewhere else, then save again.",
            params={"n": f"{len(text):,}", "max": f"{MAX_TEXT:,}"},
            code="too_long",
        )


@transaction.atomic
def journal_save(*, user: User, night: dt.date, text: str, mood: int | None) -> JournalEntry:
    """Create or update the entry for that night (one per night, enforced by the database)."""
    _check_text(text)
    if mood is not None and not 1 <= mood <= 5:
        raise ValidationError("Mood is a number from 1 to 5.", code="mood")
    # An autosave and a Save can arrive together for a night with no entry yet. On PostgreSQL
    # both find nothing to lock and the second insert meets the unique constraint once the first
    # commits; it then reads (and locks) the committed row. On SQLite, transactions start
    # IMMEDIATE, so the second waits for the first to commit and finds the row. The loop covers
    # the rare row deleted between the two: it never fails the person's save.
    entry = _locked_entry(user, night)
    attempts = 3
    while entry is None:
        try:
            with transaction.atomic():
                entry = JournalEntry.objects.create(
                    user=user, night=night, text=text, mood=mood, updated_at=timezone.now()
                )
            pagecache.changed(user)
            return entry
        except IntegrityError:
            attempts -= 1
            if not attempts:
                raise
            entry = JournalEntry.objects.select_for_update().filter(user=user, night=night).first()
    entry.text, entry.mood, entry.updated_at = text, mood, timezone.now()
    entry.save()
    pagecache.changed(user)
    return entry


def _locked_entry(user: User, night: dt.date) -> JournalEntry | None:
    return JournalEntry.objects.select_for_update().filter(user=user, night=night).first()


@transaction.atomic
def journal_delete(*, entry: JournalEntry) -> None:
    entry.delete()
    pagecache.changed(entry.user_id)


def _check_light(code: str, note: str) -> catalog.Item:
    item = catalog.BY_CODE.get(code)
    if item is None:
        raise ValidationError("Pick a light from the list.", code="code")
    if len(note) > MAX_NOTE:
        raise ValidationError(
            "Notes are kept short: at most %(max)s characters.",
            params={"max": f"{MAX_NOTE:,}"},
            code="note_long",
        )
    if item.needs_note and not note.strip():
        raise ValidationError("Add a few words so you remember what this was.", code="note_needed")
    return item


def light_log(*, user: User, code: str, night: dt.date, note: str = "") -> Light:
    """Log a green or red light. Refuses unknown codes, future nights and nights outside the season."""
    item = _check_light(code, note)
    date_limits.check_night(
        night, tonight=selectors.current_night(user), season=selectors.active_season(user)
    )
    with transaction.atomic():
        entry = Light.objects.create(
            user=user, night=night, code=item.code, kind=item.kind, note=note.strip()
        )
        pagecache.changed(user)
    return entry


def light_toggle(*, user: User, code: str, night: dt.date) -> tuple[Light, bool]:
    """A light chip on /tonight/: the first tap logs the light for that night, the next tap undoes
    it. So a double tap never logs a light twice. Returns (the entry logged or removed, removed?)."""
    with transaction.atomic():
        existing = list(Light.objects.select_for_update().filter(user=user, night=night, code=code))
        if existing:
            Light.objects.filter(pk__in=[e.pk for e in existing]).delete()
            pagecache.changed(user)
            return existing[0], True
    return light_log(user=user, code=code, night=night), False


@transaction.atomic
def light_update(*, entry: Light, code: str, night: dt.date, note: str) -> Light:
    item = _check_light(code, note)
    entry.code, entry.kind, entry.night, entry.note = item.code, item.kind, night, note.strip()
    entry.save()
    pagecache.changed(entry.user_id)
    return entry


@transaction.atomic
def light_delete(*, entry: Light) -> None:
    entry.delete()
    pagecache.changed(entry.user_id)
