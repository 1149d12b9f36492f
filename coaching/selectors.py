"""Coaching reads for pages and panels. Each function runs a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db.models import Count
from django.urls import NoReverseMatch, reverse

from coaching.catalog import practice
from coaching.models import (
    Invitation,
    IsItMeReflection,
    IStatementDraft,
    PracticeFocus,
    PracticeMark,
    RefusalReading,
)
from safety import selectors as safety_selectors

if TYPE_CHECKING:
    from dvoe.accounts.models import User

ABUSE_GUIDANCE_FALLBACK = "/safety/guidance/abuse/"


def invitations_allowed(user: User) -> bool:
    return safety_selectors.invitations_allowed(user)


def abuse_guidance_url() -> str:
    try:
        return reverse("safety:guidance", kwargs={"case": "abuse"})
    except NoReverseMatch:
        return ABUSE_GUIDANCE_FALLBACK


def latest_reading(user: User) -> RefusalReading | None:
    return RefusalReading.objects.filter(user=user).first()


def invitations_for(user: User) -> list[Invitation]:
    return list(Invitation.objects.filter(user=user))


def invitation_summary(user: User) -> dict[str, Any]:
    rows = Invitation.objects.filter(user=user).values("answer").annotate(n=Count("id"))
    counts = {row["answer"]: row["n"] for row in rows}
    return {"total": sum(counts.values()), "counts": counts}


def marked_codes(user: User, night: dt.date) -> set[str]:
    return set(PracticeMark.objects.filter(user=user, night=night).values_list("code", flat=True))


def focus_codes(user: User, season: Any) -> list[str]:
    """The practices chosen for this season, in the catalog's order. One query, none without a
    season."""
    if season is None:
        return []
    chosen = set(
        PracticeFocus.objects.filter(user=user, season_id=season.pk).values_list("code", flat=True)
    )
    return [code for code in practice.CODES if code in chosen]


def practice_counts(user: User, first: dt.date, last: dt.date) -> tuple[dict[str, Any], int]:
    """How many nights each practice was marked between first and last (inclusive), and on how
    many distinct nights anything was marked."""
    marks = PracticeMark.objects.filter(user=user, night__gte=first, night__lte=last)
    counts = dict(marks.values_list("code").annotate(n=Count("id")).order_by())
    nights = marks.values("night").distinct().count()
    return counts, nights


def drafts_for(user: User) -> list[IStatementDraft]:
    return list(IStatementDraft.objects.filter(user=user))


def reflections_for(user: User) -> list[IsItMeReflection]:
    return list(IsItMeReflection.objects.filter(user=user))


def latest_reflection(user: User) -> IsItMeReflection | None:
    return IsItMeReflection.objects.filter(user=user).first()


HELP_KINDS = ("therapist_directory", "discernment")


def referral_directories(country: str) -> dict[str, Any]:
    """Therapist directories and discernment counselling contacts from safety's referral data,
    for the person's country (or safety's international fallback). One query."""
    data = safety_selectors.resources_for(country)
    items = [
        item for group in data["groups"] if group["kind"] in HELP_KINDS for item in group["items"]
    ]
    return {"fallback": data["fallback"], "entries": items}
