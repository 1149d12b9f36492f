import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from checkins import selectors, services
from checkins.events import season_changed
from checkins.models import CheckpointMove, Season
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


@pytest.fixture
def changes():
    seen = []

    def listener(sender, user, **kwargs):
        seen.append(user.pk)

    season_changed.connect(listener)
    yield seen
    season_changed.disconnect(listener)


def test_new_season_page_suggests_ninety_days(owner_client, owner):
    response = owner_client.get("/season/new/")
    assert response.status_code == 200
    default = (tonight(owner) + dt.timedelta(days=90)).isoformat()
    assert f'value="{default}"' in response.content.decode()


def test_starting_a_season_records_focus_and_tells_listeners(
    owner_client, owner, changes, django_capture_on_commit_callbacks
):
    checkpoint = tonight(owner) + dt.timedelta(days=60)
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            "/season/new/", {"checkpoint_on": checkpoint.isoformat(), "focus": "Ask plainly."}
        )
    assert response.status_code == 302
    season = selectors.active_season(owner)
    assert season.checkpoint_on == checkpoint
    assert season.started_on == tonight(owner)
    assert season.focus == "Ask plainly."
    assert changes == [owner.pk]


@pytest.mark.parametrize(
    ("days", "words"), [(10, "at least 28 days"), (400, "at most 365 days"), (0, "after today")]
)
def test_unfair_season_lengths_are_refused_with_the_reason(owner_client, owner, days, words):
    checkpoint = tonight(owner) + dt.timedelta(days=days)
    response = owner_client.post(
        "/season/new/", {"checkpoint_on": checkpoint.isoformat(), "focus": "Stay calm."}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert words in body
    assert "Stay calm." in body  # what they typed is kept
    assert selectors.active_season(owner) is None


def test_a_second_active_season_is_refused_by_the_database(owner):
    make_season(owner)
    with pytest.raises(IntegrityError), transaction.atomic():
        Season.objects.create(
            user=owner,
            started_on=tonight(owner),
            checkpoint_on=tonight(owner) + dt.timedelta(days=90),
            focus="again",
        )


def test_a_second_active_season_gets_a_message_not_a_500(owner_client, owner):
    make_season(owner)
    response = owner_client.post(
        "/season/new/",
        {"checkpoint_on": (tonight(owner) + dt.timedelta(days=90)).isoformat(), "focus": "x"},
    )
    assert response.status_code == 400
    assert "already have a season" in response.content.decode()
    assert Season.objects.filter(user=owner).count() == 1


def test_moving_the_checkpoint_is_recorded_and_shown_at_review(
    owner_client, owner, changes, django_capture_on_commit_callbacks
):
    season = make_season(owner, days_in=20, length=60)
    old = season.checkpoint_on
    new = old + dt.timedelta(days=30)
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post("/season/checkpoint/", {"checkpoint_on": new.isoformat()})
    assert response.status_code == 302
    move = CheckpointMove.objects.get(season=season)
    assert (move.old_on, move.new_on) == (old, new)
    assert changes == [owner.pk]
    review = owner_client.get("/season/review/").content.decode()
    assert "moved the checkpoint 1 time" in review
    assert new.strftime("%-d %b %Y") in review


def test_moving_the_checkpoint_past_a_year_is_refused(owner_client, owner):
    season = make_season(owner, days_in=20, length=60)
    too_far = season.started_on + dt.timedelta(days=400)
    response = owner_client.post("/season/checkpoint/", {"checkpoint_on": too_far.isoformat()})
    assert response.status_code == 400
    assert "at most 365 days" in response.content.decode()
    assert not CheckpointMove.objects.exists()


def test_season_needs_review_from_the_checkpoint_on(owner):
    season = make_season(owner, days_in=40, length=41)
    assert not selectors.season_needs_review(owner, season.checkpoint_on - dt.timedelta(days=1))
    assert selectors.season_needs_review(owner, season.checkpoint_on)


def test_tonight_invites_the_review_once_the_checkpoint_comes(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    body = owner_client.get("/tonight/").content.decode()
    assert "Your checkpoint has come" in body
    assert "/season/review/" in body


def test_review_records_the_decision_and_starts_the_next_season(
    owner_client, owner, changes, django_capture_on_commit_callbacks
):
    season = make_season(owner, days_in=40, length=40)
    nxt = tonight(owner) + dt.timedelta(days=90)
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(
            "/season/review/",
            {
                "people_who_know": "My sister sees it too.",
                "decision": "another_season",
                "next_checkpoint_on": nxt.isoformat(),
            },
        )
    assert response.status_code == 302
    season.refresh_from_db()
    assert season.decision == "another_season"
    assert season.ended_at is not None
    assert selectors.review_answers(season) == {"people_who_know": "My sister sees it too."}
    new = selectors.active_season(owner)
    assert new.checkpoint_on == nxt and new.pk != season.pk
    assert len(changes) == 2  # the old one ended, the new one started


def test_review_without_a_decision_keeps_the_answers(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    response = owner_client.post("/season/review/", {"fighting_alone": "Mostly alone."})
    assert response.status_code == 400
    assert "Step 5 of 6" in response.content.decode()  # the decision is what is missing
    # what was written is kept on its own step
    assert "Mostly alone." in owner_client.get("/season/review/?step=4").content.decode()


def test_another_season_needs_a_fair_next_checkpoint(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    response = owner_client.post(
        "/season/review/",
        {
            "decision": "another_season",
            "next_checkpoint_on": (tonight(owner) + dt.timedelta(days=5)).isoformat(),
        },
    )
    assert response.status_code == 400
    assert "at least 28 days" in response.content.decode()
    assert selectors.active_season(owner).reviewed_at is None


def test_separating_is_recorded_neutrally(owner_client, owner):
    make_season(owner, days_in=40, length=40)
    owner_client.post("/season/review/", {"decision": "separate"})
    assert selectors.active_season(owner) is None
    page = owner_client.get("/season/review/").content.decode()
    assert "you chose: <strong>Separate</strong>" in page


def test_the_summary_holds_only_what_was_ticked(owner_client, owner):
    make_season(owner, days_in=40, length=40, focus="Private focus words")
    services.light_log(user=owner, code="softened", night=tonight(owner))
    nothing = owner_client.get("/season/review/summary/").content.decode()
    assert "Private focus words" not in nothing
    assert "<svg" not in nothing
    some = owner_client.get("/season/review/summary/?include=trend").content.decode()
    assert "<svg" in some
    assert "Private focus words" not in some
    focus = owner_client.get("/season/review/summary/?include=focus").content.decode()
    assert "Private focus words" in focus
