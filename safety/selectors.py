"""Safety reads. CONTRACT (stable): the only safety state other apps look at.

active_flags(user) -> frozenset[str] of flag names currently active for the person
invitations_allowed(user) -> bool, False while abuse or danger is active
spoke_since(user, since) -> bool, what screening stored about text saved at `since`

Both cost one query per request at most: the active rows are read once and kept on the user
object (request.user is one object per request); the safety services forget them after a write.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from django.db.models import Q, QuerySet

from dvoe.lib.owned import get_owned_or_404
from safety import questions
from safety.models import (
    LEVELS,
    PRIORITY,
    QUESTIONNAIRE,
    CheckIn,
    DismissedPassage,
    Flag,
    Resource,
    Screening,
)
from safety.screening import readers, rules

if TYPE_CHECKING:
    from dvoe.accounts.models import User

_CACHE = "_safety_active_rows"
KIND_ORDER = [
    "emergency",
    "domestic_violence",
    "crisis",
    "addiction",
    "family_support",
    "discernment",
    "therapist_directory",
]
FALLBACK_COUNTRY = "XX"


def active_rows(user: User) -> list[tuple[int, str, str]]:
    """(pk, flag, source) of the person's active flags, newest first. One query, then cached."""
    if user is None or not user.is_authenticated:
        return []
    rows = getattr(user, _CACHE, None)
    if rows is None:
        rows = list(
            Flag.objects.filter(user=user, dismissed_at__isnull=True).values_list(
                "pk", "flag", "source"
            )
        )
        setattr(user, _CACHE, rows)
    return rows


def forget(user: User) -> None:
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)


def active_flags(user: User) -> frozenset[str]:
    return frozenset(flag for _pk, flag, _source in active_rows(user))


def invitations_allowed(user: User) -> bool:
    return not ({"abuse", "danger"} & active_flags(user))


def active_summary(user: User) -> list[dict[str, Any]]:
    """One entry per active flag, highest priority first, for banners."""
    by_flag: dict[str, dict[str, Any]] = {}
    for pk, flag, source in active_rows(user):
        entry = by_flag.setdefault(flag, {"flag": flag, "pk": pk, "sources": set()})
        entry["sources"].add(source)
    out = []
    for flag in PRIORITY:
        if flag in by_flag:
            entry = by_flag[flag]
            entry["level"] = LEVELS[flag]
            # Urgent flags from the questionnaire cannot be waved away from a banner.
            entry["dismissable"] = not (
                entry["level"] == "urgent" and QUESTIONNAIRE in entry["sources"]
            )
            out.append(entry)
    return out


RULE_NOTES = {
    rule_id: note for rule_id, _flag, _pattern, _guards, note in rules.RULES + rules.BROAD_RULES
} | {
    readers.RULE_ID: "A sentence you wrote is close in meaning to how people often describe this",
    readers.MODEL_RULE_ID: (
        "Read together with the sentences around it, something you wrote sounds like this"
    ),
    "danger.implies-abuse": (
        "Signs of danger from a partner are a kind of abuse, so this guidance applies too"
    ),
    "check-in.yes": "You answered yes when dvoe asked you about this",
}


# How a flag's source reads in "from your ... on 3 December". A light's note is stored as "signal"
# (the code's old word for a light), on old and new rows alike.
SOURCE_WORDS = {"signal": "note on a light", "check-in": "answer"}


def text_flags(user: User) -> list[dict[str, Any]]:
    """Active flags raised by what the person wrote, with the rules' plain descriptions (why)."""
    rows = Flag.objects.filter(user=user, dismissed_at__isnull=True).exclude(source=QUESTIONNAIRE)
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:  # newest first
        entry = latest.setdefault(
            row.flag,
            {
                "pk": row.pk,
                "flag": row.flag,
                "label": row.get_flag_display(),
                "level": row.level,
                "source": SOURCE_WORDS.get(row.source, row.source.replace("_", " ")),
                "when": row.created_at,
                "why": [],
            },
        )
        for rule_id in row.rule_ids:
            note = RULE_NOTES.get(rule_id, rule_id)
            if note not in entry["why"]:
                entry["why"].append(note)
    return [latest[f] for f in PRIORITY if f in latest]


def spoke_since(user: Any, since: dt.datetime) -> bool:
    """Whether safety had something to say about text saved at `since`, read from what
    screen_and_record stored rather than screening again: a flag raised at or after it, or a
    question opened (or changed) since, or one still waiting for an answer. One query."""
    flags = Flag.objects.filter(user=user, created_at__gte=since).values("pk")
    asks = CheckIn.objects.filter(user=user).filter(
        Q(created_at__gte=since) | Q(closed_at__isnull=True)
    )
    return flags.union(asks.values("pk")).exists()


def dismissed_digests(user: User, digests: Collection[str]) -> set[str]:
    """Which of these passage digests the person dismissed or answered No to. No query for none."""
    if not digests:
        return set()
    return set(
        DismissedPassage.objects.filter(user=user, digest__in=list(digests)).values_list(
            "digest", flat=True
        )
    )


def checkin_for(user: User, pk: int) -> CheckIn:
    """The person's own check-in, or 404 for anyone else's."""
    checkin: CheckIn = get_owned_or_404(CheckIn, user, pk=pk)
    return checkin


def screening_for(user: User) -> Screening | None:
    return Screening.objects.filter(user=user).first()


def has_screening(user: Any) -> bool:
    """The questionnaire answered or skipped (onboarding's safety step is done)."""
    return screening_for(user) is not None


def screening_view(user: User) -> dict[str, Any]:
    """The person's current answers, ready to show, and the flags they raised."""
    screening = screening_for(user)
    if screening is None or screening.skipped:
        return {"screening": screening, "answers": [], "flags": [], "text_flags": text_flags(user)}
    answers = json.loads(screening.answers or "{}")
    raised = questions.flags_for(answers)
    return {
        "screening": screening,
        "answers": questions.readable(answers),
        "flags": [{"flag": f, "level": LEVELS[f]} for f in PRIORITY if f in raised],
        "text_flags": text_flags(user),
    }


def shown_resources() -> QuerySet[Resource]:
    """The contacts dvoe may show: a row still waiting to be re-verified at its source never is.

    Rows from memory can be kept (in the admin, ticked "reverify") without reaching anyone until
    someone checks them; a country left with none falls back to the international list.
    """
    return Resource.objects.filter(reverify=False)


def resources_for(country: str | None) -> dict[str, Any]:
    """Contacts for a country (or the international fallback), grouped by kind in a fixed order."""
    code = country if country and country != FALLBACK_COUNTRY else None
    rows = list(shown_resources().filter(country__in=[code or FALLBACK_COUNTRY, FALLBACK_COUNTRY]))
    own = [r for r in rows if r.country == code] if code else []
    chosen = own or [r for r in rows if r.country == FALLBACK_COUNTRY]
    labels = dict(Resource.KIND_CHOICES)
    groups = []
    for kind in KIND_ORDER:
        items = [r for r in chosen if r.kind == kind]
        if items:
            groups.append({"kind": kind, "label": labels[kind], "items": items})
    return {"country": code, "fallback": not own, "groups": groups}


def export_for(user: User) -> dict[str, Any]:
    view = screening_view(user)
    screening = view["screening"]
    return {
        "screening": None
        if screening is None
        else {
            "skipped": screening.skipped,
            "completed_at": screening.completed_at.isoformat(),
            "answers": [{"question": q, "answer": a} for q, a in view["answers"]],
        },
        "flags": [
            {
                "flag": f.flag,
                "source": f.source,
                "rules": f.rule_ids,
                "raised_at": f.created_at.isoformat(),
                "dismissed_at": f.dismissed_at.isoformat() if f.dismissed_at else None,
            }
            for f in Flag.objects.filter(user=user)
        ],
        # The questions dvoe asked: what about, when, and the answer. Never the passages' hashes.
        "check_ins": [
            {
                "asked_at": c.created_at.isoformat(),
                "still_to_ask_about": c.flags,
                "last_question": c.topic or None,
                "answer": c.answer or None,
                "closed_at": c.closed_at.isoformat() if c.closed_at else None,
            }
            for c in CheckIn.objects.filter(user=user)
        ],
        # How many passages you said were about something else (kept only as keyed hashes).
        "dismissed_passages": DismissedPassage.objects.filter(user=user).count(),
    }


# --- Calling now: the first screen of /safety/urgent/ and /help/ ---------------------------------

# The line that sits beside the emergency number: abuse support first unless thoughts of self-harm
# were raised, then the crisis line first.
LINE_ORDER = ["domestic_violence", "crisis"]
LINE_ORDER_SELF_HARM = ["crisis", "domestic_violence"]


def call_first(resources: dict[str, Any], *, self_harm: bool = False) -> list[Resource]:
    """The emergency number and the first crisis or abuse line with a phone, in that order.

    These become the large call buttons at the top of the page; everything else follows below.
    """
    by_kind = {g["kind"]: g["items"] for g in resources["groups"]}
    out = [r for r in by_kind.get("emergency", []) if r.phone][:1]
    for kind in LINE_ORDER_SELF_HARM if self_harm else LINE_ORDER:
        line = next((r for r in by_kind.get(kind, []) if r.phone), None)
        if line is not None:
            out.append(line)
            break
    return out


def without(
    resources: dict[str, Any], shown: list[Resource], kinds: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The groups minus the contacts already shown as buttons (and groups left empty)."""
    ids = {r.pk for r in shown}
    groups = []
    for g in resources["groups"]:
        if kinds is not None and g["kind"] not in kinds:
            continue
        items = [r for r in g["items"] if r.pk not in ids]
        if items:
            groups.append({**g, "items": items})
    return groups


def checked(resources: dict[str, Any]) -> dict[str, Any]:
    """Said once per page: the oldest date the shown contacts were checked at their source."""
    dates = [r.verified_on for g in resources["groups"] for r in g["items"] if r.verified_on]
    return {"checked_on": min(dates) if dates else None}


def every_country_first() -> list[dict[str, Any]]:
    """One row per supported country: its emergency number and first line. One query.

    For /help/ signed out when the country cannot be guessed: every number on first load.
    """
    from dvoe.accounts.models import COUNTRIES

    names = dict(COUNTRIES)
    rows: dict[str, list[Resource]] = {}
    for r in shown_resources().exclude(country=FALLBACK_COUNTRY).exclude(phone=""):
        rows.setdefault(r.country, []).append(r)
    out = []
    for code, _name in COUNTRIES:
        if code not in rows:
            continue
        groups = [
            {"kind": kind, "items": [r for r in rows[code] if r.kind == kind]}
            for kind in KIND_ORDER
        ]
        first = call_first({"groups": groups})
        if first:
            out.append({"code": code, "name": names[code], "calls": first})
    return sorted(out, key=lambda c: c["name"])


def resource_countries() -> set[str]:
    return set(
        shown_resources()
        .exclude(country=FALLBACK_COUNTRY)
        .values_list("country", flat=True)
        .distinct()
    )


# Accept-Language regions that are not ISO 3166 codes but mean one we know.
_REGION_ALIASES = {"UK": "GB"}


def guess_country(accept_language: str, known: set[str]) -> str | None:
    """The first region in Accept-Language (en-GB -> GB) that dvoe has contacts for, or None.

    Only a region counts: a bare language ("en", "de") says nothing about where someone is.
    Preference order is the header's own (q values, then position).
    """
    tags = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        if q > 0:
            tags.append((-q, position, tag.strip()))
    for _q, _pos, tag in sorted(tags):
        pieces = tag.replace("_", "-").split("-")
        for piece in pieces[1:]:
            if len(piece) == 2 and piece.isalpha():
                region = _REGION_ALIASES.get(piece.upper(), piece.upper())
                if region in known:
                    return region
                break
    return None
