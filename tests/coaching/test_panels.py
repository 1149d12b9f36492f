"""What coaching adds to /tonight/ and to the checkpoint review: reflections on the night (safety
first, never logging without a tap), practice, invitations and "is it me?" answers."""

import datetime as dt

import pytest

from checkins import selectors as checkins_selectors
from checkins import services as checkins_services
from checkins.models import Light
from coaching import checkins_bridge
from coaching import services as coaching_services
from coaching.models import IsItMeReflection, PracticeMark
from tests.coaching.helpers import flag_abuse, start_season
from tests.coaching.pages import seed

pytestmark = pytest.mark.django_db


def _journal(user, text):
    night = checkins_bridge.current_night(user)
    checkins_services.journal_save(user=user, night=night, text=text, mood=None)
    return night


def test_no_reflections_before_tonights_entry(owner_client):
    assert "A few thoughts on tonight" not in owner_client.get("/tonight/").content.decode()


def test_reflections_appear_after_the_entry_is_saved(owner_client, owner):
    _journal(
        owner,
        "You never listen. I kept texting him after dinner. Later he asked how I was feeling.",
    )
    html = owner_client.get("/tonight/").content.decode()
    assert "A few thoughts on tonight" in html
    assert html.count('class="coach-note') == 3
    assert 'href="/coach/i-statement/"' in html
    assert "Log it: asked a real question" in html
    # Showing the offer logs nothing.
    assert not Light.objects.filter(user=owner).exists()


def test_the_log_it_tap_logs_the_light_once_and_the_note_says_so(owner_client, owner):
    night = _journal(owner, "He asked how I was feeling about work.")
    response = owner_client.post(
        "/lights/log/",
        {"code": "real_question", "night": night.isoformat(), "note": "", "next": "/tonight/"},
    )
    assert response.status_code == 302
    assert [e.code for e in Light.objects.filter(user=owner)] == ["real_question"]
    html = owner_client.get("/tonight/").content.decode()
    assert "Logged for tonight." in html and "Log it: asked a real question" not in html


def test_a_neutral_entry_gets_no_reflections(owner_client, owner):
    _journal(owner, "Quiet evening. Soup, a film, early night.")
    assert "A few thoughts on tonight" not in owner_client.get("/tonight/").content.decode()


def test_no_reflections_while_a_safety_flag_is_active(owner_client, owner):
    _journal(owner, "I kept texting him after dinner.")
    flag_abuse(owner)
    assert "A few thoughts on tonight" not in owner_client.get("/tonight/").content.decode()


def test_no_reflections_when_the_entry_itself_raises_a_safety_concern(owner_client, owner):
    # Saved through the journal's Save, which stores what safety found: coaching reads that.
    owner_client.post(
        "/journal/save/",
        {
            "night": checkins_bridge.current_night(owner).isoformat(),
            "text": "I kept texting him. Then he hit me.",
        },
    )
    html = owner_client.get("/tonight/").content.decode()
    assert "A few thoughts on tonight" not in html


def test_the_tonight_panels_run_a_fixed_number_of_queries(owner, django_assert_num_queries, rf):
    from coaching import panels
    from dvoe.accounts.models import User

    today = checkins_bridge.current_night(owner)
    PracticeMark.objects.bulk_create(
        PracticeMark(user=owner, night=today - dt.timedelta(days=d), code=code)
        for d in range(200)
        for code in ("regulate", "no_chasing")
    )
    _journal(owner, "I kept texting him. He asked how I was.")
    season = start_season(owner)
    coaching_services.practice_focus_set(user=owner, season=season, codes=["regulate"])
    request = rf.get("/tonight/")
    request.user = User.objects.select_related("profile").get(pk=owner.pk)
    # The page reads tonight's night, season and entry once (checkins' Tonight) and hands it to
    # every panel. Practice: the active safety flags (the panel stays away while danger or
    # self-harm is active), this season's focus and tonight's marks; on the page the flags are
    # cached on the user (checkins' care card asks first), so it pays for the focus and marks.
    tonight = checkins_selectors.tonight_for(request.user)
    with django_assert_num_queries(3):
        assert panels.tonight_practice(request, tonight, {}) is not None
    with django_assert_num_queries(2):
        assert panels.tonight_practice(request, tonight, {}) is not None
    # Reflections: the lights logged tonight, and what safety stored when the entry was saved.
    with django_assert_num_queries(2):
        assert panels.tonight_reflections(request, tonight, {}) is not None


def test_tonight_page_still_renders_with_everything_on_it(owner_client, owner):
    _journal(owner, "I kept texting him. He asked how I was.")
    html = owner_client.get("/tonight/").content.decode()
    assert "A few thoughts on tonight" in html and "Your half tonight" in html


def test_the_review_shows_invitations_practice_and_is_it_me(owner_client, owner):
    start_season(owner)
    seed(owner)
    today = checkins_bridge.current_night(owner)
    PracticeMark.objects.create(user=owner, night=today, code="regulate")
    html = owner_client.get("/season/review/?step=2").content.decode()
    assert (
        "Your invitations" in html and "I am going first" in html and "Yes to one session" in html
    )
    assert "Your half, this season" in html and "Regulate yourself first: 1 night" in html
    assert "“Is it me?”, your last answers" in html
    assert "A wall that never moves is information" in html


def test_the_review_panels_stay_hidden_without_data(owner_client, owner):
    start_season(owner)
    html = owner_client.get("/season/review/?step=2").content.decode()
    assert "Your invitations" not in html and "Is it me?”, your last" not in html
    assert not IsItMeReflection.objects.exists()
