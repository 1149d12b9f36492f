import datetime as dt

from checkins import services as checkins_services
from coaching import checkins_bridge
from safety import selectors as safety_selectors
from safety import services as safety_services

SCARED_ANSWERS = {
    "reaction": "stung",
    "reason": "blame",
    "talk": "tense",
    "leaving": "anger",
    "after": "awkward",
    "go_first": "relieved",
}


def flag_abuse(user):
    """Raise a real abuse flag through safety's own service, as its questionnaire would."""
    safety_services.flags_record(user=user, raised={"abuse": ["test"]}, source="questionnaire")
    assert not safety_selectors.invitations_allowed(user)


def start_season(user, days_ago=10):
    """A season under way, started days_ago nights ago, through checkins' own service."""
    today = checkins_bridge.current_night(user)
    return checkins_services.season_start(
        user=user,
        started_on=today - dt.timedelta(days=days_ago),
        checkpoint_on=today + dt.timedelta(days=60),
        focus="stop chasing",
    )
