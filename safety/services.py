"""Safety writes. CONTRACT used by checkins and coaching (stable):

screen_and_record(*, user, text: str, source: str) -> Outcome
    Screens the text, stores flags + rule ids + timestamp + source (never the text), and says
    where the person should go next: Outcome.redirect_url is the urgent help page for danger or
    self_harm, a guidance page for the other flags, or None. Outcome.flags is the frozenset.
    Call it after the text itself is saved, inside no transaction that does network I/O.

Routing: danger or self_harm always send the person to the urgent page, on every save that raises
them. Abuse and the guidance flags send them to their guidance page only when the flag was not
already active; while it is, the banner on every page keeps the link in reach.
"""

import json
from dataclasses import dataclass, field

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from dvoe.lib import pagecache
from safety import questions, selectors
from safety.models import LEVELS, PRIORITY, QUESTIONNAIRE, Flag, Screening
from safety.screening import screen_text


@dataclass(frozen=True)
class Outcome:
    flags: frozenset = field(default_factory=frozenset)
    redirect_url: str | None = None


def route_for(flags, *, already_active=frozenset()) -> str | None:
    """Where a set of newly raised flags should send the person, highest priority first."""
    for flag in PRIORITY:
        if flag not in flags:
            continue
        if LEVELS[flag] == "urgent":
            return reverse("safety:urgent")
        if flag not in already_active:
            return reverse("safety:guidance", args=[flag])
    return None


def screen_and_record(*, user, text: str, source: str) -> Outcome:
    result = screen_text(text)
    if not result.flags:
        return Outcome()
    already = selectors.active_flags(user)
    rule_ids: dict[str, list[str]] = {}
    for match in result.matches:
        rule_ids.setdefault(match.flag, []).append(match.rule_id)
    flags_record(user=user, raised=rule_ids, source=source)
    return Outcome(flags=result.flags, redirect_url=route_for(result.flags, already_active=already))


@transaction.atomic
def flags_record(*, user, raised: dict[str, list[str]], source: str) -> list[Flag]:
    now = timezone.now()
    rows = Flag.objects.bulk_create(
        [
            Flag(user=user, flag=flag, source=source[:32], rule_ids=ids, created_at=now)
            for flag, ids in raised.items()
        ]
    )
    selectors.forget(user)
    pagecache.changed(user)  # banners and coaching's notes on cached pages follow the flags
    return rows


@transaction.atomic
def screening_submit(*, user, answers: dict) -> tuple[Screening, frozenset]:
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
def screening_skip(*, user) -> None:
    """Skipping counts as done for onboarding; it never overwrites answers already given."""
    Screening.objects.get_or_create(user=user, defaults={"skipped": True})


@transaction.atomic
def screening_delete(*, user) -> None:
    """Delete the answers and every flag they raised. Flags from journal text stay."""
    Flag.objects.filter(user=user, source=QUESTIONNAIRE).delete()
    Screening.objects.filter(user=user).delete()
    selectors.forget(user)
    pagecache.changed(user)


@transaction.atomic
def flag_dismiss(*, flag: Flag) -> int:
    """ "This was about something else": every active row of that flag stops being active, except
    urgent flags from the questionnaire, which only a new screening or deleting the answers clears."""
    rows = Flag.objects.filter(user_id=flag.user_id, flag=flag.flag, dismissed_at__isnull=True)
    if LEVELS[flag.flag] == "urgent":
        rows = rows.exclude(source=QUESTIONNAIRE)
    count = rows.update(dismissed_at=timezone.now())
    selectors.forget(flag.user)
    pagecache.changed(flag.user_id)
    return count
