"""/tonight/ as a short flow (issue #14): the done state, Save in place, light chips that toggle,
the quiet card, the note's counter, the person's own mood line, search excerpts, date bounds."""

import datetime as dt

import pytest

from checkins import selectors, services, trend
from checkins.forms import LightForm
from checkins.models import JournalEntry, Light
from dvoe.lib import pagecache
from safety.models import Flag
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def _tonight_page(client):
    return client.get("/tonight/").content.decode()


# --- the note: form, then done ------------------------------------------------------------------


def test_before_writing_the_note_box_comes_first_with_mood_in_words(owner_client, owner):
    body = _tonight_page(owner_client)
    assert body.index('id="id_text"') < body.index('id="tonight-lights"')
    for word in ("Very low", "Low", "Okay", "Good", "Very good"):
        assert f"<span>{word}</span>" in body
    assert "1, very low" not in body
    assert "You wrote tonight" not in body


def test_after_the_note_is_saved_tonight_shows_the_done_state_with_a_way_back(owner_client, owner):
    response = owner_client.post(
        "/journal/save/",
        {
            "night": tonight(owner).isoformat(),
            "text": "Slept on it.",
            "mood": "2",
            "next": "/tonight/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/tonight/"
    body = _tonight_page(owner_client)
    assert "You wrote tonight. Rest." in body
    assert "mood: Low" in body
    assert "Read or change tonight&#x27;s note" in body or "Read or change tonight's note" in body
    assert "Slept on it." in body  # still there to edit, folded away


def test_save_in_place_with_htmx_answers_with_the_done_card_and_the_local_time(owner_client, owner):
    response = owner_client.post(
        "/journal/save/",
        {
            "night": tonight(owner).isoformat(),
            "text": "Words.",
            "next": "/tonight/",
            "from": "tonight",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith(
        '<section class="card note-card note-done" id="tonight-journal"'
    )
    assert "You wrote tonight. Rest." in body and "Saved at" in body
    assert 'role="status"' in body


def test_an_over_long_note_with_htmx_comes_back_in_its_card_with_every_word(owner_client, owner):
    text = "b" * 20_005
    response = owner_client.post(
        "/journal/save/",
        {"night": tonight(owner).isoformat(), "text": text, "next": "/tonight/", "from": "tonight"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert body.lstrip().startswith('<section class="card note-card" id="tonight-journal"')
    assert "<html" not in body
    assert text in body and "the limit is 20,000" in body
    assert "You have 5 characters too many" in body
    assert not JournalEntry.objects.exists()


# --- light chips --------------------------------------------------------------------------------


def test_a_chip_tapped_twice_undoes_instead_of_logging_twice(owner_client, owner):
    data = {"code": "softened", "toggle": "1", "next": "/tonight/"}
    owner_client.post("/lights/log/", data, HTTP_HX_REQUEST="true")
    assert Light.objects.filter(user=owner).count() == 1
    body = _tonight_page(owner_client)
    assert 'value="softened" class="chip chip-green" aria-pressed="true"' in body
    response = owner_client.post("/lights/log/", data, HTTP_HX_REQUEST="true")
    assert "Taken back: Softened without being asked." in response.content.decode()
    assert not Light.objects.filter(user=owner).exists()
    assert 'aria-pressed="true"' not in _tonight_page(owner_client).split('id="practice"')[0]


def test_a_chip_without_javascript_keeps_the_note_and_says_so(owner_client, owner):
    body = _tonight_page(owner_client)
    assert "A tap also keeps what you have written above." in body
    response = owner_client.post(
        "/lights/log/",
        {
            "code": "real_question",
            "toggle": "1",
            "night": tonight(owner).isoformat(),
            "text": "half a thought",
            "from": "tonight",
            "next": "/tonight/",
        },
    )
    assert response.status_code == 302
    assert JournalEntry.objects.get(user=owner).text == "half a thought"
    assert Light.objects.get(user=owner).code == "real_question"


def test_the_lights_page_still_logs_the_same_light_twice_on_purpose(owner_client, owner):
    for _ in range(2):
        owner_client.post("/lights/log/", {"code": "softened", "note": "twice today"})
    assert Light.objects.filter(user=owner).count() == 2


def test_light_toggle_bumps_the_page_cache_both_ways(owner):
    version = owner.page_version
    services.light_toggle(user=owner, code="softened", night=tonight(owner))
    owner.refresh_from_db()
    assert owner.page_version > version
    version = owner.page_version
    entry, removed = services.light_toggle(user=owner, code="softened", night=tonight(owner))
    owner.refresh_from_db()
    assert removed and entry.code == "softened" and owner.page_version > version


# --- the quiet card -----------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["danger", "self_harm"])
def test_tonight_is_quiet_while_danger_or_self_harm_is_active(owner_client, owner, flag):
    Flag.objects.create(user=owner, flag=flag, source="questionnaire")
    body = _tonight_page(owner_client)
    card = body.index('class="card care-card"')
    assert card < body.index('id="tonight-journal"')
    assert 'href="tel:999"' in body  # the owner lives in the UK
    assert 'href="/safety/urgent/"' in body
    assert "Lights and your half, when you want them" in body
    assert 'id="practice"' not in body


def test_other_flags_leave_tonight_as_it_is(owner_client, owner):
    Flag.objects.create(user=owner, flag="infidelity", source="questionnaire")
    body = _tonight_page(owner_client)
    assert "care-card" not in body and 'id="practice"' in body


# --- the person's own line ----------------------------------------------------------------------


def test_mood_chart_averages_each_week_and_leaves_gaps():
    first = dt.date(2026, 1, 5)
    moods = {first: 2, first + dt.timedelta(days=1): 3, first + dt.timedelta(days=15): 5}
    chart = trend.mood_chart_for(first, first + dt.timedelta(days=20), moods)
    assert [(w["number"], w["average"], w["word"]) for w in chart["weeks"]] == [
        (1, 2.5, "Okay"),
        (2, None, ""),
        (3, 5.0, "Very good"),
    ]
    assert len(chart["dots"]) == 2 and chart["lines"] == []  # a gap: no line across week 2
    assert chart["nights_with_mood"] == 3


def test_mood_chart_selector_costs_one_query(owner, django_assert_num_queries):
    first = tonight(owner) - dt.timedelta(days=10)
    services.journal_save(user=owner, night=tonight(owner), text="x", mood=4)
    with django_assert_num_queries(1):
        chart = selectors.mood_chart(owner, first, tonight(owner))
    assert chart["any"]


def test_season_page_draws_the_mood_line_with_a_table_and_marks_the_calendar(owner_client, owner):
    make_season(owner, days_in=20)
    services.journal_save(user=owner, night=tonight(owner), text="ok", mood=4)
    body = owner_client.get("/season/").content.decode()
    assert "Your own line" in body and 'class="mood-line"' not in body  # one week: a dot only
    assert 'class="mood-dot"' in body and "Good (4.0 of 5)" in body
    assert "written, mood good" in body


# --- search, dates, groups ----------------------------------------------------------------------


def test_search_shows_the_excerpt_with_the_words_marked_and_escaped(owner_client, owner):
    make_season(owner, days_in=5)
    text = "A long day. " * 30 + "We talked <b>by the river</b> and it was calm. " + "More. " * 30
    services.journal_save(user=owner, night=tonight(owner), text=text, mood=None)
    body = owner_client.post("/journal/", {"q": "the RIVER"}).content.decode()
    assert "<mark>the river</mark>" in body
    assert "&lt;b&gt;by <mark>the river</mark>&lt;/b&gt;" in body
    assert "<b>by" not in body


def test_search_never_shows_another_persons_words(owner_client, other_user):
    services.journal_save(
        user=other_user, night=tonight(other_user), text="by the river", mood=None
    )
    body = owner_client.post("/journal/", {"q": "river"}).content.decode()
    assert "<mark>" not in body


def test_light_night_picker_is_bounded_by_the_season_and_tonight(owner):
    season = make_season(owner, days_in=9)
    html = str(LightForm(tonight=tonight(owner), season=season)["night"])
    assert f'min="{season.started_on.isoformat()}"' in html
    assert f'max="{tonight(owner).isoformat()}"' in html


def test_light_select_groups_greens_and_reds(owner):
    html = str(LightForm(tonight=tonight(owner), season=None)["code"])
    assert '<optgroup label="Green lights">' in html and '<optgroup label="Red lights">' in html
    greens = html.split('<optgroup label="Red lights">')[0]
    assert "snapback" not in greens


# --- valid HTML in every state of /tonight/ -----------------------------------------------------


def test_tonight_is_valid_html_writing_done_and_quiet(owner_client, owner, nu_checker):
    make_season(owner, days_in=5)
    failures = {"writing": nu_checker(_tonight_page(owner_client))}
    services.journal_save(user=owner, night=tonight(owner), text="Done.", mood=3)
    services.light_log(user=owner, code="softened", night=tonight(owner))
    failures["done"] = nu_checker(_tonight_page(owner_client))
    Flag.objects.create(user=owner, flag="self_harm", source="questionnaire")
    pagecache.changed(owner)  # (the safety service would; the row is written directly here)
    failures["quiet"] = nu_checker(_tonight_page(owner_client))
    failures["season"] = nu_checker(owner_client.get("/season/").content.decode())
    assert failures == {"writing": [], "done": [], "quiet": [], "season": []}
