"""Issue #12: the onboarding reminder offer is never pre-ticked; reminders stay off until the
person turns them on (README, Reminders)."""

import re

import pytest

from dvoe.reminders.models import ReminderSettings
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_the_onboarding_offer_has_nothing_ticked(client):
    user = make_user("offer@example.test", timezone="Europe/London")
    client.force_login(user)
    page = client.get("/accounts/reminders/start/").content.decode()
    boxes = re.findall(r"<input[^>]*type=\"checkbox\"[^>]*>", page)
    assert boxes, "the offer shows its checkboxes"
    assert all("checked" not in box for box in boxes), boxes


def test_saving_the_offer_untouched_leaves_reminders_off(client):
    user = make_user("untouched@example.test", timezone="Europe/London")
    client.force_login(user)
    response = client.post("/accounts/reminders/start/", {"nightly_time": "21:30"})
    assert response["Location"] == "/onboarding/next/"
    row = ReminderSettings.objects.get(user=user)
    assert not row.nightly_on and not row.checkpoint_on
