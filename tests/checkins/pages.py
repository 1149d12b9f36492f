"""checkins' pages for the foundation's axe, Nu HTML and security-header checks."""

import datetime as dt

PUBLIC = []


def _last_entry(user):
    from checkins.models import JournalEntry

    entry = JournalEntry.objects.filter(user=user).order_by("-night").first()
    return f"/journal/{entry.night.isoformat()}/"


def _last_entry_edit(user):
    return _last_entry(user) + "edit/"


def _last_entry_delete(user):
    return _last_entry(user) + "delete/"


def _light_edit(user):
    from checkins.models import Light

    return f"/lights/{Light.objects.filter(user=user).first().pk}/edit/"


PRIVATE = [
    ("journal", "/journal/"),
    ("journal entry", _last_entry),
    ("journal edit", _last_entry_edit),
    ("journal delete", _last_entry_delete),
    ("lights", "/lights/"),
    ("light edit", _light_edit),
    ("season", "/season/"),
    ("season new", "/season/new/"),
    ("season checkpoint", "/season/checkpoint/"),
    ("season review", "/season/review/"),
    ("season review step 2", "/season/review/?step=2"),
    ("season review step 3", "/season/review/?step=3"),
    ("season review step 4", "/season/review/?step=4"),
    ("season review step 5", "/season/review/?step=5"),
    ("season review step 5, the date", "/season/review/?step=5&part=date"),
    ("season review step 6", "/season/review/?step=6"),
    (
        "season summary",
        "/season/review/summary/?include=focus&include=dates&include=trend&include=reading"
        "&include=nights&include=answers&include=decision",
    ),
]


def seed(user):
    """A season 40 nights in, with entries and lights (idempotent)."""
    import random

    from checkins import demo
    from checkins.models import Season

    if Season.objects.filter(user=user).exists():
        return
    demo.seed(user=user, days=40, rng=random.Random(3))
    # make sure at least one entry and one light exist whatever the random skips did
    from checkins import selectors, services

    tonight = selectors.current_night(user)
    services.journal_save(user=user, night=tonight, text="A calm night, mostly.", mood=3)
    services.light_log(user=user, code="real_question", night=tonight - dt.timedelta(days=1))
