"""Every coaching page, for the foundation's axe, Nu HTML, header and login checks."""

from coaching import services
from coaching.catalog import scripts
from coaching.models import Invitation, IsItMeReflection, IStatementDraft

PUBLIC = []


def _invitation(user):
    return f"/coach/invite/{Invitation.objects.filter(user=user).first().pk}/"


def _draft(user):
    return f"/coach/i-statement/{IStatementDraft.objects.filter(user=user).first().pk}/"


def _draft_delete(user):
    return _draft(user) + "delete/"


def _reflection_delete(user):
    return f"/coach/is-it-me/{IsItMeReflection.objects.filter(user=user).first().pk}/delete/"


PRIVATE = [
    ("coach hub", "/coach/"),
    ("coach invite", "/coach/invite/"),
    ("coach quiz step 1", "/coach/invite/quiz/?step=1"),
    ("coach quiz step 3", "/coach/invite/quiz/?step=3"),
    ("coach quiz step 6", "/coach/invite/quiz/?step=6"),
    ("coach script", "/coach/invite/script/1/"),
    ("coach invitation", _invitation),
    ("coach practice", "/coach/practice/"),
    ("coach i-statement", "/coach/i-statement/"),
    ("coach i-statement draft", _draft),
    ("coach i-statement draft delete", _draft_delete),
    ("coach is it me", "/coach/is-it-me/"),
    ("coach is it me delete", _reflection_delete),
    ("coach help", "/coach/help/"),
]


def seed(user):
    """Idempotent: a quiz reading, one answered invitation, a flagged draft and a reflection."""
    if not Invitation.objects.filter(user=user).exists():
        services.reading_from_quiz(
            user=user,
            answers={
                "reaction": "stung",
                "reason": "blame",
                "talk": "tense",
                "leaving": "anger",
                "after": "awkward",
                "go_first": "worried",
            },
        )
        invitation = services.invitation_create(
            user=user, script=scripts.BY_NUMBER[1], partner_name="Alex", own_words="I miss us."
        )
        services.invitation_record(invitation=invitation, used_on=None, answer="yes")
    if not IStatementDraft.objects.filter(user=user).exists():
        services.draft_save(
            user=user,
            happened="you never listen",
            situation="at dinner",
            feel="unseen",
            need="ten quiet minutes",
        )
        services.reflection_save(
            user=user,
            people="mixed",
            people_notes="",
            picture="wall",
            picture_notes="",
            takeaway="",
        )


def _invitation_delete(user):
    return _invitation(user) + "delete/"


PRIVATE.append(("coach invitation delete", _invitation_delete))
