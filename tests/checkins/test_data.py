import datetime as dt
import json

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from checkins import selectors, services, trend
from checkins.models import JournalEntry, Light, Season
from dvoe.accounts import services as account_services
from dvoe.accounts.selectors import export_for
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def raw(table, column):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table}")  # noqa: S608
        return [row[0] for row in cursor.fetchall()]


def test_rotate_journal_keys_moves_everything_to_the_new_key(owner, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FERNET_KEYS = [old]
    season = make_season(owner, focus="my focus")
    services.journal_save(user=owner, night=tonight(owner), text="old key words", mood=2)
    services.light_log(user=owner, code="snapback", night=tonight(owner), note="old note")
    before = raw("checkins_journalentry", "text")

    settings.FERNET_KEYS = [new, old]
    call_command("rotate_journal_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert raw("checkins_journalentry", "text") != before

    settings.FERNET_KEYS = [new]  # the old key is gone: everything must still read
    assert selectors.entry_for_night(owner, tonight(owner)).text == "old key words"
    assert Light.objects.get().note == "old note"
    season.refresh_from_db()
    assert season.focus == "my focus"
    assert all("old" not in value for value in raw("checkins_light", "note"))


def test_focus_and_review_answers_are_encrypted(owner):
    season = make_season(owner, focus="secret focus", days_in=40, length=40)
    services.season_review(season=season, decision="pause", answers={"fighting_alone": "alone"})
    focus, answers = raw("checkins_season", "focus")[0], raw("checkins_season", "review_answers")[0]
    assert "secret" not in focus and "alone" not in answers


def test_export_holds_seasons_journal_and_lights(owner_client, owner):
    season = make_season(owner, focus="Ask plainly.")
    services.season_move_checkpoint(
        season=season, checkpoint_on=season.checkpoint_on + dt.timedelta(days=7)
    )
    services.journal_save(user=owner, night=tonight(owner), text="exported words", mood=4)
    services.light_log(user=owner, code="real_question", night=tonight(owner), note="asked")
    data = export_for(owner)["checkins"]
    assert data["seasons"][0]["focus"] == "Ask plainly."
    assert len(data["seasons"][0]["checkpoint_moves"]) == 1
    assert data["journal"] == [
        {"night": tonight(owner).isoformat(), "mood": 4, "text": "exported words"}
    ]
    assert data["lights"][0]["light"] == "Asked a real question about you"
    json.dumps(data)  # JSON-ready
    response = owner_client.get("/accounts/export/?format=html")
    assert response.status_code == 200
    assert "exported words" in response.content.decode()


def test_deleting_the_account_removes_every_checkins_row(owner):
    make_season(owner)
    services.journal_save(user=owner, night=tonight(owner), text="gone", mood=None)
    services.light_log(user=owner, code="softened", night=tonight(owner))
    account_services.account_delete(user=owner)
    assert not Season.objects.exists()
    assert not JournalEntry.objects.exists()
    assert not Light.objects.exists()


def test_seed_demo_tells_a_story_and_is_idempotent():
    call_command("seed_demo", "--quiet")
    call_command("seed_demo", "--quiet")
    from dvoe.accounts.models import User

    user = User.objects.get(email="demo@dvoe.test")
    season = selectors.active_season(user)
    assert Season.objects.filter(user=user).count() == 1
    assert (tonight(user) - season.started_on).days == 59  # 60 nights
    entries = JournalEntry.objects.filter(user=user)
    assert 35 <= entries.count() <= 60
    assert len({e.text for e in entries}) > 10  # varied
    assert len({e.mood for e in entries}) >= 3
    first, last = selectors.season_window(season, tonight(user))
    lights = selectors.lights_between(user, first, last)
    weeks = trend.weeks_for(first, last, lights)
    reading = trend.reading_for(weeks, lights)
    assert reading.verdict == "compounding"
    assert "Snapback" in dict(reading.patterns)
