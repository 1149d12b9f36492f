"""The checkpoint review in four steps: look back, questions, decide, summary."""

import datetime as dt

import pytest

from checkins import selectors
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def test_each_step_shows_its_progress_and_only_its_own_part(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    look = html(owner_client.get("/season/review/"))
    assert "Step 1 of 6" in look and "The trend" in look and 'name="decision"' not in look
    did = html(owner_client.get("/season/review/?step=2"))
    assert "Step 2 of 6" in did and "What you did" in did
    shows = html(owner_client.get("/season/review/?step=3"))
    assert "Step 3 of 6" in shows and "How this reading is worked out" in shows
    questions = html(owner_client.get("/season/review/?step=4"))
    assert "Step 4 of 6" in questions and 'name="people_who_know"' in questions
    assert "<svg" not in questions
    decide = html(owner_client.get("/season/review/?step=5"))
    assert 'name="decision"' in decide and 'name="people_who_know"' not in decide
    summary = html(owner_client.get("/season/review/?step=6"))
    assert 'name="include"' in summary and "discernment counsellor" in summary


def test_answers_are_kept_back_and_forward_then_recorded_with_the_decision(owner_client, owner):
    season = make_season(owner, days_in=40, length=40)
    r = owner_client.post(
        "/season/review/", {"step": "4", "go": "next", "fighting_alone": "Mostly alone."}
    )
    assert r["Location"].endswith("?step=5")
    r = owner_client.post("/season/review/", {"step": "5", "go": "back", "decision": "pause"})
    assert r["Location"].endswith("?step=4")
    assert "Mostly alone." in html(owner_client.get(r["Location"]))
    assert 'value="pause" id="id_decision_3" checked' in html(
        owner_client.get("/season/review/?step=5")
    )
    assert selectors.active_season(owner).reviewed_at is None
    r = owner_client.post("/season/review/", {"step": "5", "go": "finish", "decision": "pause"})
    assert r["Location"].endswith("?step=6")
    season.refresh_from_db()
    assert season.decision == "pause"
    assert selectors.review_answers(season)["fighting_alone"] == "Mostly alone."


def test_a_bad_next_checkpoint_stays_on_the_decide_step_with_a_summary(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    soon = (tonight(owner) + dt.timedelta(days=5)).isoformat()
    r = owner_client.post(
        "/season/review/",
        {"step": "5", "go": "finish", "decision": "another_season", "next_checkpoint_on": soon},
    )
    assert r.status_code == 400
    page = html(r)
    assert "Step 5 of 6" in page and "There is a problem" in page
    assert 'href="#id_next_checkpoint_on"' in page


def test_another_season_asks_for_its_date_on_its_own_page(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    r = owner_client.post(
        "/season/review/", {"step": "5", "go": "finish", "decision": "another_season"}
    )
    assert r["Location"].endswith("?step=5&part=date")
    page = html(owner_client.get(r["Location"]))
    assert 'name="next_checkpoint_on"' in page and 'name="decision" value="another_season"' in page
    nxt = (tonight(owner) + dt.timedelta(days=90)).isoformat()
    r = owner_client.post(
        "/season/review/",
        {"step": "5", "go": "finish", "decision": "another_season", "next_checkpoint_on": nxt},
    )
    assert r["Location"] == "/season/"
    assert selectors.active_season(owner).checkpoint_on.isoformat() == nxt


def test_the_summary_has_a_print_button_for_javascript_and_a_line_without(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    page = html(owner_client.get("/season/review/summary/?include=focus"))
    assert '<button type="button" data-print hidden>Print or save as PDF</button>' in page
    assert "data-print-hint>Use your browser’s print option" in page
    assert "js/print.js" in page


def test_checkpoint_date_inputs_carry_min_and_max(owner_client, owner):
    start = html(owner_client.get("/season/new/"))
    today = tonight(owner)
    low, high = today + dt.timedelta(28), today + dt.timedelta(365)
    assert f'min="{low.isoformat()}"' in start and f'max="{high.isoformat()}"' in start
    season = make_season(owner, days_in=40, length=60)
    move = html(owner_client.get("/season/checkpoint/"))
    assert f'max="{(season.started_on + dt.timedelta(365)).isoformat()}"' in move
    assert f'min="{(today + dt.timedelta(1)).isoformat()}"' in move
