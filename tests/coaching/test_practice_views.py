"""Practice: the page, the /tonight/ toggles with and without htmx, and the season counts."""

import datetime as dt

import pytest

from checkins import services as checkins_services
from coaching import checkins_bridge
from coaching.models import PracticeMark

pytestmark = pytest.mark.django_db


def _toggle(client, code, night, **headers):
    return client.post(
        "/coach/practice/toggle/",
        {"code": code, "night": night.isoformat(), "next": "/tonight/"},
        headers=headers,
    )


def test_tonight_shows_ten_toggles_none_pressed(owner_client):
    html = owner_client.get("/tonight/").content.decode()
    assert html.count('class="coach-toggle"') == 10
    assert 'aria-pressed="true"' not in html
    assert "Your half tonight" in html


def test_a_toggle_without_javascript_marks_and_comes_back_to_tonight(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    response = _toggle(owner_client, "regulate", night)
    assert response.status_code == 302 and response["Location"] == "/tonight/#practice"
    assert list(PracticeMark.objects.values_list("code", "night")) == [("regulate", night)]
    html = owner_client.get("/tonight/").content.decode()
    assert 'id="practice-regulate" class="coach-toggle" aria-pressed="true"' in html


def test_a_second_tap_unmarks(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    _toggle(owner_client, "no_chasing", night)
    _toggle(owner_client, "no_chasing", night)
    assert not PracticeMark.objects.exists()


def test_an_htmx_toggle_answers_the_panel_only(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    response = _toggle(owner_client, "boundary", night, HX_Request="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<section class="card coach-practice" id="practice"')
    assert 'id="practice-boundary" class="coach-toggle" aria-pressed="true"' in html
    assert "<html" not in html


def test_last_night_can_still_be_marked_but_not_a_month_ago_or_tomorrow(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    assert _toggle(owner_client, "regulate", night - dt.timedelta(days=1)).status_code == 302
    assert _toggle(owner_client, "regulate", night - dt.timedelta(days=30)).status_code == 400
    assert _toggle(owner_client, "regulate", night + dt.timedelta(days=1)).status_code == 400
    assert PracticeMark.objects.count() == 1


def test_an_unknown_practice_answers_400(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    response = _toggle(owner_client, "nagging", night)
    assert response.status_code == 400
    assert "Nothing was changed" in response.content.decode()


def test_next_never_leaves_the_site(owner_client, owner):
    night = checkins_bridge.current_night(owner)
    response = owner_client.post(
        "/coach/practice/toggle/",
        {"code": "regulate", "night": night.isoformat(), "next": "https://evil.example/"},
    )
    assert response["Location"] == "/tonight/#practice"


def test_marks_are_per_person(owner_client, other_user, owner):
    night = checkins_bridge.current_night(owner)
    PracticeMark.objects.create(user=other_user, night=night, code="regulate")
    html = owner_client.get("/tonight/").content.decode()
    assert 'aria-pressed="true"' not in html


def test_the_practice_page_counts_nights_in_the_season_without_streaks(owner_client, owner):
    today = checkins_bridge.current_night(owner)
    checkins_services.season_start(
        user=owner,
        started_on=today - dt.timedelta(days=9),
        checkpoint_on=today + dt.timedelta(days=80),
        focus="stop chasing",
    )
    for offset in (0, 2, 4):
        PracticeMark.objects.create(
            user=owner, night=today - dt.timedelta(days=offset), code="regulate"
        )
    # before the season: not counted
    PracticeMark.objects.create(user=owner, night=today - dt.timedelta(days=20), code="regulate")
    html = owner_client.get("/coach/practice/").content.decode()
    assert "this season" in html
    assert "you marked something on 3 of 10 nights" in html
    assert "Nights marked: 3" in html
    assert "feels worse before it feels different" in html
    for word in ("streak", "missed", "failed", "broke"):
        assert word not in html.lower()


def test_without_a_season_the_last_ninety_nights_count(owner_client, owner):
    html = owner_client.get("/coach/practice/").content.decode()
    assert "over the last 90 nights" in html and "0 of 90 nights" in html


def test_the_practice_page_and_tonight_panel_keep_a_fixed_query_count(
    owner_client, owner, django_assert_num_queries
):
    today = checkins_bridge.current_night(owner)
    PracticeMark.objects.bulk_create(
        PracticeMark(user=owner, night=today - dt.timedelta(days=d), code=code)
        for d in range(365)
        for code in ("regulate", "no_chasing", "boundary")
    )
    with django_assert_num_queries(7):  # the profile comes with the user
        assert owner_client.get("/coach/practice/").status_code == 200
