"""Safety writes. CONTRACT used by checkins and coaching (stable):

screen_and_record(*, user, text: str, source: str) -> Outcome
    Screens the text, stores flags + rule ids + passage hashes + timestamp + source (never the
    text), and says where the person should go next. Outcome.flags (route now) and
    Outcome.possible (ask first) are frozensets; Outcome.redirect_url is the urgent help page for
    danger or self_harm, a guidance page for the other flags, a check-in question
    (/safety/check-in/<id>/) for something only possible, or None. Callers just follow the URL.
    Call it after the text itself is saved, inside no transaction that does network I/O.

Three outcomes, per flag:
- route (ScreenResult.flags): recorded as a Flag. danger or self_harm send the person to the urgent
  page on every save that raises them. Abuse and the guidance flags send them to their guidance
  page only when the flag was not already active; while it is, the banner on every page keeps the
  link in reach.
- ask (ScreenResult.possible): nothing is recorded as a flag. A CheckIn row keeps the flag names
  and passage hashes, and the next page asks one calm, direct question (safety/checkin_views.py).
  Yes records the flag (source "check-in") and routes; Not sure shows human help first; No
  remembers the passages. Possible flags that are already active are not asked about again.
- both in one save: the more serious comes first, in PRIORITY order. An urgent route always wins;
  a possible self_harm or danger is asked before a new guidance page is shown (the guidance flag is
  still recorded, so its banner keeps the link in reach). Whatever is not asked now is not stored:
  the same words raise it again at the next save.

The dismissal memory: a passage the person dismissed ("This was about something else") or answered
No to is kept as a keyed hash of (flag, passage) (passage_digest: HMAC-SHA256 with a key derived
from SECRET_KEY), never the text. Matches whose hash is remembered are dropped before anything
else; a flag with no match left is not raised. New words can raise it. Flags from the
questionnaire have no passages and are outside this memory.

The seam: outcome_for(user=, result=, source=) does all of the above for a ScreenResult that is
already made (screen_and_record is screen_text + passages_filled + outcome_for). It is how the tests
feed a real ScreenResult with something `possible` while the screening library leaves it empty.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from dvoe.lib import pagecache
from safety import questions, selectors
from safety.models import (
    LEVELS,
    PRIORITY,
    QUESTIONNAIRE,
    CheckIn,
    DismissedPassage,
    Flag,
    Screening,
)
from safety.screening import ScreenResult, screen_text, split_sentences

if TYPE_CHECKING:
    from dvoe.accounts.models import User

CHECK_IN = "check-in"  # Flag.source of a flag the person confirmed with Yes
URGENT = frozenset(flag for flag, level in LEVELS.items() if level == "urgent")
# One question per topic, asked in PRIORITY order of the flags waiting: danger and abuse share
# "are you afraid of your partner, or has your partner hurt you?".
TOPICS = {
    "danger": "afraid",
    "abuse": "afraid",
    "self_harm": "self_harm",
    "infidelity": "infidelity",
    "addiction": "addiction",
    "checked_out": "checked_out",
}
_DIGEST_SALT = "dvoe.safety.dismissed-passage"


@dataclass(frozen=True)
class Outcome:
    flags: frozenset[str] = field(default_factory=frozenset)
    redirect_url: str | None = None
    possible: frozenset[str] = field(default_factory=frozenset)


def passage_digest(flag: str, passage: str) -> str:
    """The keyed hash the dismissal memory keeps for a (flag, passage): HMAC-SHA256 under a key
    derived from SECRET_KEY (Django's salted_hmac), so the table alone cannot be checked against
    guessed sentences. Changing SECRET_KEY forgets the memory; nothing else breaks."""
    return salted_hmac(_DIGEST_SALT, f"{flag}\x00{passage}", algorithm="sha256").hexdigest()


def route_for(
    flags: Collection[str], *, already_active: Collection[str] = frozenset()
) -> str | None:
    """Where a set of newly raised flags should send the person, highest priority first."""
    for flag in PRIORITY:
        if flag not in flags:
            continue
        if LEVELS[flag] == "urgent":
            return reverse("safety:urgent")
        if flag not in already_active:
            return reverse("safety:guidance", args=[flag])
    return None


def passages_filled(result: ScreenResult, text: str) -> ScreenResult:
    """Until the screening library fills Match.passage, give each match the normalised sentence
    its excerpt came from (or the whole normalised text), so the memory keys on the same words
    the library will. A match that already has a passage is left alone."""
    if all(m.passage for m in result.matches):
        return result
    sentences = split_sentences(text)
    whole = " ".join(sentences)

    def sentence_of(excerpt: str) -> str:
        core = excerpt.strip("…").strip()
        return next((s for s in sentences if core and core in s), whole)

    matches = tuple(
        m if m.passage else replace(m, passage=sentence_of(m.excerpt)) for m in result.matches
    )
    return replace(result, matches=matches)


def screen_and_record(*, user: User, text: str, source: str) -> Outcome:
    result = screen_text(text)
    if not result.flags and not result.possible:
        return Outcome()
    return outcome_for(user=user, result=passages_filled(result, text), source=source)


def outcome_for(*, user: User, result: ScreenResult, source: str) -> Outcome:
    """Drop what the person already dismissed, record what routes, and choose the next page."""
    digests: dict[str, dict[str, list[str]]] = {}  # flag -> digest -> rule ids
    for m in result.matches:
        if m.flag in result.flags or m.flag in result.possible:
            key = passage_digest(m.flag, m.passage) if m.passage else ""
            digests.setdefault(m.flag, {}).setdefault(key, []).append(m.rule_id)
    remembered = selectors.dismissed_digests(
        user, {d for by_digest in digests.values() for d in by_digest if d}
    )
    kept = {
        flag: {d: ids for d, ids in by_digest.items() if not d or d not in remembered}
        for flag, by_digest in digests.items()
    }
    kept = {flag: by_digest for flag, by_digest in kept.items() if by_digest}
    flags = frozenset(f for f in result.flags if f in kept)
    already = selectors.active_flags(user)
    possible = frozenset(f for f in result.possible if f in kept and f not in already)
    if not flags and not possible:
        return Outcome()
    if flags:
        flags_record(
            user=user,
            raised={f: [i for ids in kept[f].values() for i in ids] for f in flags},
            passages={f: [d for d in kept[f] if d] for f in flags},
            source=source,
        )
    url = route_for(flags, already_active=already)
    if possible and _asks_first(possible, route_url=url, flags=flags, already=already):
        checkin = checkin_open(
            user=user,
            flags=possible,
            passages={f: [d for d in kept[f] if d] for f in possible},
            rule_ids={f: [i for ids in kept[f].values() for i in ids] for f in possible},
        )
        url = reverse("safety:checkin", args=[checkin.pk])
    return Outcome(flags=flags, possible=possible, redirect_url=url)


def _asks_first(
    possible: Collection[str],
    *,
    route_url: str | None,
    flags: Collection[str],
    already: Collection[str],
) -> bool:
    """A question comes first unless a route to a page ranks higher in PRIORITY."""
    if route_url is None:
        return True
    routed = [f for f in flags if f in URGENT or f not in already]
    return min(PRIORITY.index(f) for f in possible) < min(PRIORITY.index(f) for f in routed)


@transaction.atomic
def flags_record(
    *, user: User, raised: dict[str, list[str]], source: str, passages: dict[str, Any] | None = None
) -> list[Flag]:
    now = timezone.now()
    passages = passages or {}
    rows = Flag.objects.bulk_create(
        [
            Flag(
                user=user,
                flag=flag,
                source=source[:32],
                rule_ids=ids,
                passages=passages.get(flag, []),
                created_at=now,
            )
            for flag, ids in raised.items()
        ]
    )
    selectors.forget(user)
    pagecache.changed(user)  # banners and coaching's notes on cached pages follow the flags
    return rows


@transaction.atomic
def screening_submit(*, user: User, answers: dict[str, Any]) -> tuple[Screening, frozenset[str]]:
    """Store the answers and their flags, replacing any earlier screening and its flags."""
    raised = questions.flags_for(answers)
    Flag.objects.filter(user=user, source=QUESTIONNAIRE).delete()
    Screening.objects.filter(user=user).delete()
    screening = Screening.objects.create(
        user=user, answers=json.dumps(answers), skipped=False, completed_at=timezone.now()
    )
    flags_record(user=user, raised=raised, source=QUESTIONNAIRE)
    return screening, frozenset(raised)


@transaction.atomic
def screening_skip(*, user: User) -> None:
    """Skipping counts as done for onboarding; it never overwrites answers already given."""
    Screening.objects.get_or_create(user=user, defaults={"skipped": True})


@transaction.atomic
def screening_delete(*, user: User) -> None:
    """Delete the answers and every flag they raised. Flags from journal text stay."""
    Flag.objects.filter(user=user, source=QUESTIONNAIRE).delete()
    Screening.objects.filter(user=user).delete()
    selectors.forget(user)
    pagecache.changed(user)


@transaction.atomic
def flag_dismiss(*, flag: Flag) -> int:
    """ "This was about something else": every active row of that flag stops being active, except
    urgent flags from the questionnaire, which only a new screening or deleting the answers clears.
    The passages behind those rows are remembered, so the same words never raise it again."""
    rows = Flag.objects.filter(user_id=flag.user_id, flag=flag.flag, dismissed_at__isnull=True)
    if LEVELS[flag.flag] == "urgent":
        rows = rows.exclude(source=QUESTIONNAIRE)
    passages_remember(
        user=flag.user, digests={d for ids in rows.values_list("passages", flat=True) for d in ids}
    )
    count = rows.update(dismissed_at=timezone.now())
    selectors.forget(flag.user)
    pagecache.changed(flag.user_id)
    return count


def passages_remember(*, user: User, digests: Collection[str]) -> None:
    """Add passage digests to the person's dismissal memory (a digest already there is kept)."""
    now = timezone.now()
    DismissedPassage.objects.bulk_create(
        [DismissedPassage(user=user, digest=d, created_at=now) for d in sorted(set(digests))],
        ignore_conflicts=True,
    )


def checkin_open(
    *, user: User, flags: Collection[str], passages: dict[str, Any], rule_ids: dict[str, Any]
) -> CheckIn:
    """The person's open check-in, asking about `flags` now. A newer save replaces what an open
    one asks (at most one is open, by a constraint), so autosaves never pile questions up."""
    fields = {
        "flags": [f for f in PRIORITY if f in flags],
        "passages": {f: sorted(passages.get(f, [])) for f in PRIORITY if f in flags},
        "rule_ids": {f: list(rule_ids.get(f, [])) for f in PRIORITY if f in flags},
    }
    for _attempt in range(2):
        current = CheckIn.objects.filter(user=user, closed_at__isnull=True).first()
        if current is not None:
            changed = [k for k, v in fields.items() if getattr(current, k) != v]
            for key in changed:
                setattr(current, key, fields[key])
            if changed:
                current.created_at = timezone.now()
                current.save(update_fields=[*changed, "created_at"])
            return current
        try:
            with transaction.atomic():
                return CheckIn.objects.create(user=user, **fields)
        except IntegrityError:  # another save opened one a moment ago: use that one
            continue
    raise IntegrityError("could not open a check-in")


def checkin_topic(checkin: CheckIn) -> str | None:
    """The question to ask now: the topic of the most serious flag still waiting."""
    for flag in PRIORITY:
        if flag in checkin.flags:
            return TOPICS[flag]
    return None


@transaction.atomic
def checkin_answer(*, checkin: CheckIn, topic: str, answer: str) -> str | None:
    """Record an answer to the question about `topic`; return where to go next, or None when the
    check-in is done and the person goes back to what they were doing.

    yes: the topic's flags are recorded (source "check-in") and the person is routed: the urgent
    page for self_harm or danger, the guidance page otherwise. Anything else still waiting is
    left: the same words ask again at a later save.
    not_sure: nothing is recorded or remembered; the check-in page shows human help first.
    no: nothing is recorded as a flag; the passages are remembered, and the next question waiting
    (if any) is asked."""
    asked = [f for f in checkin.flags if TOPICS[f] == topic]
    if checkin.closed_at is not None or not asked or answer not in {"yes", "no", "not_sure"}:
        return reverse("safety:checkin", args=[checkin.pk])
    if answer == "no":
        passages_remember(
            user=checkin.user,
            digests={d for f in asked for d in checkin.passages.get(f, [])},
        )
        checkin.flags = [f for f in checkin.flags if f not in asked]
        if checkin.flags:
            checkin.save(update_fields=["flags"])
            return reverse("safety:checkin", args=[checkin.pk])
        _close(checkin, topic=topic, answer=answer)
        return None
    _close(checkin, topic=topic, answer=answer)
    if answer == "not_sure":
        return reverse("safety:checkin", args=[checkin.pk])
    raised = {f: [*checkin.rule_ids.get(f, []), "check-in.yes"] for f in asked}
    if "danger" in raised and "abuse" not in raised:  # as screening does: danger is abuse too
        raised["abuse"] = ["danger.implies-abuse", "check-in.yes"]
    flags_record(user=checkin.user, raised=raised, passages=checkin.passages, source=CHECK_IN)
    if URGENT & raised.keys():
        return reverse("safety:urgent")
    return reverse("safety:guidance", args=[next(f for f in PRIORITY if f in raised)])


def _close(checkin: CheckIn, *, topic: str, answer: str) -> None:
    checkin.closed_at = timezone.now()
    checkin.topic = topic
    checkin.answer = answer
    checkin.save(update_fields=["flags", "closed_at", "topic", "answer"])
