"""Reminder pages for the foundation's axe, Nu HTML and header checks."""

import datetime as dt

from dvoe.reminders import services


def _stop_path(_user):
    """The unsubscribe page needs no login: a link from an email, for its own test account."""
    from dvoe.accounts.models import User
    from tests.conftest import make_user

    user = User.objects.filter(email="unsubscribe-page@example.test").first()
    user = user or make_user("unsubscribe-page@example.test")
    row = services.reminder_settings_get_or_create(user=user)
    return f"/accounts/reminders/stop/{services.unsubscribe_token(row, 'nightly')}/"


PUBLIC = [
    ("reminder stop, bad link", "/accounts/reminders/stop/not-a-real-token/"),
    ("reminder stop, confirm", _stop_path),
]

PRIVATE = [
    ("reminders onboarding", "/accounts/reminders/start/"),
    ("reminder preview", "/accounts/reminders/preview/"),
    ("reminder preview, date", "/accounts/reminders/preview/?kind=checkpoint"),
]


def seed(user):
    services.reminder_settings_update(
        user=user, nightly_on=True, nightly_time=dt.time(21, 30), checkpoint_on=True
    )
