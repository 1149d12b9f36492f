"""Coaching writes. Keyword-only functions named <thing>_<verb>, each in its own transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from coaching import checkins_bridge, invitations, quiz
from coaching.catalog import practice, refusals, scripts
from coaching.models import (
    Invitation,
    IsItMeReflection,
    IStatementDraft,
    PracticeFocus,
    PracticeMark,
    RefusalReading,
)
from dvoe.lib import pagecache

if TYPE_CHECKING:
    from dvoe.accounts.models import User


@transaction.atomic
def reading_from_quiz(*, user: User, answers: dict[str, Any]) -> RefusalReading:
    result = quiz.score(answers)
    reading = RefusalReading.objects.create(
        user=user,
        kind=result.kind,
        source=RefusalReading.QUIZ,
        answers=answers,
        scores=result.scores,
    )
    pagecache.changed(user)
    return reading


@transaction.atomic
def reading_pick(*, user: User, kind: str) -> RefusalReading:
    if kind not in refusals.TYPES:
        raise ValueError("unknown kind")
    reading = RefusalReading.objects.create(user=user, kind=kind, source=RefusalReading.PICKED)
    pagecache.changed(user)
    return reading


@transaction.atomic
def invitation_create(
    *, user: User, script: scripts.Script, partner_name: str, own_words: str
) -> Invitation:
    invitation = Invitation.objects.create(
        user=user,
        script=script.number,
        kind=script.kind,
        partner_name=partner_name,
        own_words=own_words,
        text=invitations.render(script, partner_name=partner_name, own_words=own_words),
    )
    pagecache.changed(user)
    return invitation


@transaction.atomic
def invitation_record(
    *, invitation: Invitation, used_on: dt.date | None, answer: str
) -> Invitation:
    changed = answer != invitation.answer
    invitation.used_on = used_on
    invitation.answer = answer
    if changed:
        invitation.answered_at = timezone.now() if answer != "pending" else None
    if answer != "yes":
        invitation.yes_logged_at = None
    invitation.save(update_fields=["used_on", "answer", "answered_at", "yes_logged_at"])
    pagecache.changed(invitation.user_id)
    return invitation


def invitation_log_yes(*, invitation: Invitation) -> bool:
    """Log "said yes to one session" once, on the person's tap. Returns False when there is
    nothing to log (not a yes, or already logged)."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.answer != "yes" or locked.yes_logged_at is not None:
            return False
        night = checkins_bridge.current_night(locked.user)
        checkins_bridge.light_log(user=locked.user, code="yes_to_session", night=night)
        locked.yes_logged_at = timezone.now()
        locked.save(update_fields=["yes_logged_at"])
        pagecache.changed(locked.user_id)
    invitation.yes_logged_at = locked.yes_logged_at
    return True


@transaction.atomic
def invitation_delete(*, invitation: Invitation) -> None:
    invitation.delete()
    pagecache.changed(invitation.user_id)


def practice_toggle(*, user: User, night: dt.date, code: str) -> bool:
    """Mark or unmark one practice for one night. Returns whether it is now marked."""
    if code not in practice.BY_CODE:
        raise ValueError("unknown practice")
    with transaction.atomic():
        deleted, _ = PracticeMark.objects.filter(user=user, night=night, code=code).delete()
        if not deleted:
            try:
                with transaction.atomic():
                    PracticeMark.objects.create(user=user, night=night, code=code)
            except IntegrityError:  # a double tap raced us; it is marked either way
                pass
        pagecache.changed(user)
        return not deleted


FOCUS_MAX = 3


@transaction.atomic
def practice_focus_set(*, user: User, season: Any, codes: Collection[str]) -> list[str]:
    """Replace this season's focus with one to three known practices."""
    chosen = set(codes)
    if not chosen <= set(practice.CODES) or not 1 <= len(chosen) <= FOCUS_MAX:
        raise ValueError("choose one to three known practices")
    codes = [code for code in practice.CODES if code in chosen]
    PracticeFocus.objects.filter(user=user, season_id=season.pk).delete()
    PracticeFocus.objects.bulk_create(
        PracticeFocus(user=user, season_id=season.pk, code=code) for code in codes
    )
    pagecache.changed(user)
    return codes


@transaction.atomic
def draft_save(
    *, user: User, draft: IStatementDraft | None = None, **parts: str
) -> IStatementDraft:
    draft = draft or IStatementDraft(user=user)
    for name in ("happened", "situation", "feel", "need"):
        setattr(draft, name, parts.get(name, ""))
    draft.updated_at = timezone.now()
    draft.save()
    pagecache.changed(draft.user_id)
    return draft


@transaction.atomic
def draft_delete(*, draft: IStatementDraft) -> None:
    draft.delete()
    pagecache.changed(draft.user_id)


@transaction.atomic
def reflection_save(*, user: User, **answers: Any) -> IsItMeReflection:
    reflection = IsItMeReflection.objects.create(user=user, **answers)
    pagecache.changed(user)
    return reflection


@transaction.atomic
def reflection_delete(*, reflection: IsItMeReflection) -> None:
    reflection.delete()
    pagecache.changed(reflection.user_id)
