"""Every page the safety app serves, for the shared axe, Nu HTML and header checks."""

PUBLIC = [
    ("help (UK)", "/help/?country=GB"),
    ("help (no country)", "/help/?country="),
    ("help (fallback)", "/help/?country=XX"),
    ("guidance abuse", "/safety/guidance/abuse/"),
    ("guidance infidelity", "/safety/guidance/infidelity/"),
    ("guidance addiction", "/safety/guidance/addiction/?country=AU"),
    ("guidance checked out", "/safety/guidance/checked_out/"),
    ("device safety", "/safety/tech/"),
    ("what the exit does", "/safety/exit/"),
    # Plain /help/ above is the every-country list here (no Accept-Language) and the guessed
    # country in the browser checks (Chromium sends one); a country still to be re-verified:
    ("help (Germany)", "/help/?country=DE"),
]

PRIVATE = [
    ("safety check", "/safety/check/"),
    ("safety check step 2", "/safety/check/?step=2"),
    ("safety check step 3", "/safety/check/?step=3"),
    ("safety check step 4", "/safety/check/?step=4"),
    ("safety check step 5", "/safety/check/?step=5"),
    ("safety check step 6", "/safety/check/?step=6"),
    ("safety answers", "/safety/check/answers/"),
    ("delete safety answers?", "/safety/check/answers/delete/"),
    ("urgent help", "/safety/urgent/"),
    ("check-in question", lambda user: _checkin_path(user, open_=True)),
    ("check-in, not sure", lambda user: _checkin_path(user, open_=False)),
]


def _checkin_path(user, *, open_):
    from safety.models import CheckIn

    row = CheckIn.objects.filter(user=user, closed_at__isnull=open_).latest("pk")
    return f"/safety/check-in/{row.pk}/"


def ask_self_harm(user, passage="i just want it all to stop."):
    """Open a check-in about self-harm through the services' seam: a real ScreenResult with a
    possible flag, as the screening library will give (today it leaves `possible` empty)."""
    from safety import services
    from safety.screening import Match, ScreenResult

    match = Match("self_harm", "test", passage, passage, "ask")
    result = ScreenResult(possible=frozenset({"self_harm"}), matches=(match,))
    return services.outcome_for(user=user, result=result, source="journal")


def seed(user):
    """A screening with a danger sign and an abuse flag from text, so banners and every block show."""
    from safety import services

    services.screening_submit(
        user=user,
        answers={
            "hark_afraid": "yes",
            "danger": ["stalking"],
            "affair": "unsure",
            "hits_scream": "4",
        },
    )
    services.screen_and_record(user=user, text="He reads all my messages.", source="journal")
    # A check-in answered "Not sure" (its page shows human help first), then an open one.
    from safety.models import CheckIn

    ask_self_harm(user, passage="some days i do not see the point.")
    services.checkin_answer(
        checkin=CheckIn.objects.get(user=user, closed_at__isnull=True),
        topic="self_harm",
        answer="not_sure",
    )
    ask_self_harm(user)
