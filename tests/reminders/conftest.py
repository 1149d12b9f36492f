import datetime as dt
import zoneinfo

import pytest

from dvoe.reminders import services
from tests.conftest import make_user


@pytest.fixture
def person(db):
    """A person with evening reminders on at 21:30, in a zone of the test's choosing."""

    def make(email="night@example.test", tz="Europe/London", *, at=dt.time(21, 30), **kw):
        user = make_user(email, timezone=tz)
        services.reminder_settings_update(
            user=user,
            nightly_on=kw.get("nightly_on", True),
            nightly_time=at,
            checkpoint_on=kw.get("checkpoint_on", False),
        )
        return user

    return make


@pytest.fixture
def run_once(transactional_db):
    """`manage.py send_due_reminders --once`. Needs real commits (sends are queued on commit), so
    tests using it run with transaction=True."""
    import io

    from django.core.management import call_command

    def run() -> str:
        out = io.StringIO()
        call_command("send_due_reminders", "--once", stdout=out)
        return out.getvalue()

    return run


def local(tz: str, *args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=zoneinfo.ZoneInfo(tz))
