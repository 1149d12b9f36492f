"""Which dates a person may use: the nights they may write about and the checkpoint dates a season
may have. Shared by forms and services so they always agree."""

import datetime as dt

from django.core.exceptions import ValidationError

from checkins.models import MAX_SEASON_DAYS, MIN_SEASON_DAYS


def check_night(night: dt.date, *, tonight: dt.date, season, allow_before_season=False) -> None:
    """Refuse future nights, and nights outside the active season (or before tonight without one)."""
    if night > tonight:
        raise ValidationError(
            "That night has not happened yet. You can log tonight or an earlier night.",
            code="future",
        )
    if allow_before_season:
        return
    if season is None:
        if night != tonight:
            raise ValidationError(
                "Without a season you can log tonight only. Start a season to add earlier nights.",
                code="no_season",
            )
        return
    if night < season.started_on:
        raise ValidationError(
            "That night is before your season began on %(start)s. Pick a night inside the season.",
            params={"start": season.started_on.strftime("%-d %B %Y")},
            code="before_season",
        )


def check_checkpoint(started_on: dt.date, checkpoint_on: dt.date, *, today: dt.date) -> None:
    days = (checkpoint_on - started_on).days
    if checkpoint_on <= today:
        raise ValidationError("Pick a checkpoint date after today.", code="past")
    if days < MIN_SEASON_DAYS:
        raise ValidationError(
            "A season needs at least %(min)s days (this one would be %(days)s). Fewer than four "
            "weeks is too short for anything to show beyond good and bad days.",
            params={"min": MIN_SEASON_DAYS, "days": days},
            code="too_short",
        )
    if days > MAX_SEASON_DAYS:
        raise ValidationError(
            "A season can last at most %(max)s days (this one would be %(days)s). Past a year, "
            "waiting to see stops being a season and becomes open-ended.",
            params={"max": MAX_SEASON_DAYS, "days": days},
            code="too_long",
        )
