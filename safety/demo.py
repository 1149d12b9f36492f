"""The demo account's part: a screening answered with nothing raised (idempotent)."""

from safety import services
from safety.models import Screening

DEMO_ANSWERS = {
    "hark_humiliated": "no",
    "hark_afraid": "no",
    "hark_sexual": "no",
    "hark_physical": "no",
    "hits_hurt": "1",
    "hits_insult": "2",
    "hits_threaten": "1",
    "hits_scream": "2",
    "affair": "no",
    "addiction": "no",
    "checked_out": "no",
    "self_harm": "no",
}


def seed(*, user, days, rng):
    if not Screening.objects.filter(user=user, skipped=False).exists():
        services.screening_submit(user=user, answers=dict(DEMO_ANSWERS))
