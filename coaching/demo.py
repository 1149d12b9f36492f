"""The demo account's coaching rows: a quiz reading, two invitations, practice marks, drafts and an
"is it me?" reflection, seeded after checkins' season."""

from datetime import timedelta

from django.db import transaction

from coaching import checkins_bridge, invitations
from coaching.catalog import practice, scripts
from coaching.models import (
    Invitation,
    IsItMeReflection,
    IStatementDraft,
    PracticeFocus,
    PracticeMark,
    RefusalReading,
)

DEMO_DRAFTS = [
    {
        "happened": "the plans for Saturday changed without a word",
        "situation": "on a week I was already stretched",
        "feel": "anxious and a bit left out",
        "need": "a quick message when plans move",
    },
    {
        "happened": "you never listen when I talk about work",
        "situation": "at dinner",
        "feel": "unseen",
        "need": "ten minutes where the phones are away",
    },
]


@transaction.atomic
def seed_demo(*, user, days: int, rng) -> None:
    """Idempotent: replaces the demo account's coaching rows with a fresh, realistic set."""
    Invitation.objects.filter(user=user).delete()
    PracticeMark.objects.filter(user=user).delete()
    PracticeFocus.objects.filter(user=user).delete()
    IStatementDraft.objects.filter(user=user).delete()
    IsItMeReflection.objects.filter(user=user).delete()
    RefusalReading.objects.filter(user=user).delete()

    today = checkins_bridge.current_night(user)
    partner = user.profile.partner_name
    RefusalReading.objects.create(
        user=user,
        kind="scared",
        source=RefusalReading.QUIZ,
        answers={
            "reaction": "stung",
            "reason": "blame",
            "talk": "tense",
            "leaving": "anger",
            "after": "awkward",
            "go_first": "worried",
        },
        scores={"scared": 10, "minimizing": 0, "checked_out": 0},
    )
    first = scripts.BY_NUMBER[1]
    Invitation.objects.create(
        user=user,
        script=1,
        kind=first.kind,
        partner_name=partner,
        text=invitations.render(first, partner_name=partner),
        used_on=today - timedelta(days=min(days, 20)),
        answer="maybe",
    )
    second = scripts.BY_NUMBER[2]
    Invitation.objects.create(
        user=user,
        script=2,
        kind=second.kind,
        partner_name=partner,
        own_words="I miss how we used to talk on the walk home.",
        text=invitations.render(
            second, partner_name=partner, own_words="I miss how we used to talk on the walk home."
        ),
    )
    marks = []
    for offset in range(days):
        night = today - timedelta(days=offset)
        # More practice as the season goes on, never every item, some nights nothing at all.
        chance = 0.15 + 0.35 * (days - offset) / max(days, 1)
        for code in practice.CODES:
            if rng.random() < chance:
                marks.append(PracticeMark(user=user, night=night, code=code))
    PracticeMark.objects.bulk_create(marks)
    season = checkins_bridge.active_season(user)
    if season is not None:  # checkins seeds the season first (order 20)
        PracticeFocus.objects.bulk_create(
            PracticeFocus(user=user, season_id=season.pk, code=code)
            for code in ("regulate", "no_chasing")
        )
    for parts in DEMO_DRAFTS:
        IStatementDraft.objects.create(user=user, **parts)
    IsItMeReflection.objects.create(
        user=user,
        people="mixed",
        people_notes="My sister sees the distance; she also says I fill every silence.",
        picture="unsure",
        picture_notes="Some evenings feel lighter when I stop chasing.",
        takeaway="Try a few weeks of not starting the repair first.",
    )
