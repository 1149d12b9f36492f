"""Reads for pages and for other apps. Every function here runs a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from checkins import trend
from checkins.models import CheckpointMove, JournalEntry, Light, Season
from checkins.nights import night_of

if TYPE_CHECKING:
    from dvoe.accounts.models import User


def current_night(user: Any, now: dt.datetime | None = None) -> dt.date:
    return night_of(now or timezone.now(), user.profile.tz)


def active_season(user: Any) -> Season | None:
    return Season.objects.filter(user=user, ended_at__isnull=True).first()


@dataclass(frozen=True)
class Tonight:
    """What every /tonight/ panel reads (checkins' and coaching's), read once by the view that
    composes the page and handed to each panel."""

    night: dt.date
    season: Season | None
    entry: JournalEntry | None

    @property
    def written(self) -> bool:
        """Tonight's note has words in it."""
        return self.entry is not None and bool(self.entry.text.strip())


def tonight_for(user: Any, now: dt.datetime | None = None) -> Tonight:
    """Tonight's night, the active season and tonight's entry (decrypted): two queries."""
    return tonight_with(user, current_night(user, now), active_season(user))


def tonight_with(user: Any, night: dt.date, season: Season | None) -> Tonight:
    """The same for a view that has read the night and season already: one query, the entry."""
    return Tonight(night=night, season=season, entry=entry_for_night(user, night))


def latest_season(user: User) -> Season | None:
    return Season.objects.filter(user=user).order_by("-started_on", "-id").first()


def season_needs_review(user: User, today: dt.date) -> bool:
    return Season.objects.filter(
        user=user, ended_at__isnull=True, reviewed_at__isnull=True, checkpoint_on__lte=today
    ).exists()


def entry_for_night(user: Any, night: dt.date) -> JournalEntry | None:
    return JournalEntry.objects.filter(user=user, night=night).first()


def moves_for(season: Season) -> list[CheckpointMove]:
    return list(season.moves.all())


def lights_for_night(user: User, night: dt.date) -> list[Light]:
    return list(Light.objects.filter(user=user, night=night))


def lights_between(user: User, first: dt.date, last: dt.date) -> list[Light]:
    """Codes and nights only: the trend never needs the notes, so none are decrypted."""
    return list(
        Light.objects.filter(user=user, night__range=(first, last))
        .only("night", "code", "kind")
        .order_by("night", "id")
    )


def recent_lights(user: User, limit: int = 60) -> list[Light]:
    return list(Light.objects.filter(user=user)[:limit])


def journaled_nights(user: User, first: dt.date, last: dt.date) -> set[dt.date]:
    return set(
        JournalEntry.objects.filter(user=user, night__range=(first, last)).values_list(
            "night", flat=True
        )
    )


# One entry a night: no one has more than this many, and an offset past it would not fit the
# database's integers (?page=99999999999999999999 was a DataError, bigint out of range).
MAX_ENTRIES = 366 * 200


def journal_page_exists(page: int, page_size: int) -> bool:
    return page >= 1 and (page - 1) * page_size < MAX_ENTRIES


def night_moods(user: User, first: dt.date, last: dt.date) -> dict[dt.date, int | None]:
    """Each night written in [first, last] and the mood chosen that night (None if skipped).
    One query; no text is decrypted."""
    return dict(
        JournalEntry.objects.filter(user=user, night__range=(first, last)).values_list(
            "night", "mood"
        )
    )


def mood_chart(
    user: User, first: dt.date, last: dt.date, *, moods: dict[dt.date, int | None] | None = None
) -> dict[str, Any]:
    """Context for templates/checkins/partials/mood_chart.html: the person's own line over
    [first, last]. One query, or none when `moods` (from night_moods) is passed in.

        {% include "checkins/partials/mood_chart.html" with mood=mood_chart prefix="review-" %}
    """
    if moods is None:
        moods = night_moods(user, first, last)
    return trend.mood_chart_for(first, last, moods)


def journal_page(user: User, *, offset: int, limit: int) -> tuple[list[JournalEntry], bool]:
    """One page of entries, newest first, and whether there is more (one query, no COUNT)."""
    if not 0 <= offset < MAX_ENTRIES:
        return [], False
    rows = list(JournalEntry.objects.filter(user=user)[offset : offset + limit + 1])
    return rows[:limit], len(rows) > limit


def journal_search(user: User, query: str, limit: int = 100) -> list[JournalEntry]:
    """The text is encrypted at rest, so SQL cannot search it: decrypt this person's entries and
    match in Python. One query whatever is found."""
    needle = query.casefold()
    hits = [e for e in JournalEntry.objects.filter(user=user) if needle in e.text.casefold()]
    return hits[:limit]


def season_window(season: Season, today: dt.date) -> tuple[dt.date, dt.date]:
    """The nights of a season that have happened: from its start to today, the checkpoint or its end."""
    last = min(today, season.checkpoint_on)
    if season.ended_at is not None:
        last = min(last, season.ended_at.date())
    return season.started_on, max(season.started_on, last)


def review_answers(season: Season) -> dict[str, Any]:
    try:
        answers: dict[str, Any] = json.loads(season.review_answers or "{}")
        return answers
    except ValueError:
        return {}
