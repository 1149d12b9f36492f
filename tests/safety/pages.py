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
    ("urgent help", "/safety/urgent/"),
]


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
