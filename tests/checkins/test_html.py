"""Pages in their error states are valid HTML too (the foundation checks the normal states)."""

import datetime as dt

import pytest
import time_machine

from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def test_error_states_are_valid_html(owner_client, owner, nu_checker):
    make_season(owner, days_in=40, length=40)
    future = (tonight(owner) + dt.timedelta(days=2)).isoformat()
    responses = {
        "tonight": owner_client.post(
            "/journal/save/", {"night": future, "text": "kept", "from": "tonight"}
        ),
        "tonight via light": owner_client.post(
            "/lights/log/",
            {"night": tonight(owner).isoformat(), "text": "k", "next": "/tonight/", "code": "x"},
        ),
        "lights": owner_client.post("/lights/log/", {"code": "other_red"}),
        "journal edit": owner_client.post(
            "/journal/save/", {"night": future, "text": "kept", "from": "edit"}
        ),
        "checkpoint": owner_client.post("/season/checkpoint/", {"checkpoint_on": "2020-01-01"}),
        "review": owner_client.post("/season/review/", {"decision": "nope"}),
    }
    failures = {}
    for name, response in responses.items():
        assert response.status_code == 400, name
        if errors := nu_checker(response.content.decode()):
            failures[name] = errors
    assert failures == {}


def test_after_midnight_the_page_says_which_night_it_is(owner_client, owner):
    # 01:30 in London on a Wednesday belongs to Tuesday night
    with time_machine.travel(dt.datetime(2026, 11, 18, 1, 30, tzinfo=dt.UTC), tick=False):
        body = owner_client.get("/tonight/").content.decode()
    assert "Your note for Tuesday 17 November" in body
    assert "still counts as Tuesday night" in body
