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
