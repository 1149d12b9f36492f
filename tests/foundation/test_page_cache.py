"""/tonight/ is kept rendered per person (dvoe.lib.pagecache). These tests prove the cache is
really in use (a reload runs two queries: the session and the person) and that every kind of write
shows on the very next load, that nobody is ever served someone else's page, and that flash
messages and CSRF tokens stay right."""

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from checkins.models import Light
from coaching import invitations
from coaching import services as coaching_services
from coaching.catalog import refusals
from dvoe.accounts.models import User
from dvoe.lib import pagecache
from safety import services as safety_services
from safety.models import Flag
from tests.checkins.helpers import make_season, tonight
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db
KIND = next(iter(refusals.TYPES))


def cached_page(client) -> str:
    """Load /tonight/ until it is stored (a page showing a flash message is not) and prove the
    next load came from the page cache."""
    client.get("/tonight/")
    client.get("/tonight/")
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/tonight/")
    assert response.status_code == 200
    assert len(ctx.captured_queries) == 2, [q["sql"][:80] for q in ctx.captured_queries]
    return response.content.decode()


def fresh_page(client) -> str:
    """The next /tonight/, which must be rendered again (it reads the panels' tables).

    A flash message left by the write is shown on another page first: a page with a message is
    always rendered afresh, which would hide a stale stored page."""
    client.get("/journal/")
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/tonight/")
    assert response.status_code == 200
    assert any('"checkins_' in q["sql"] for q in ctx.captured_queries), "served a stored page"
    return response.content.decode()


# --- the journal ------------------------------------------------------------------------------


def test_saving_the_entry_shows_on_the_next_load(owner_client, owner):
    assert "a heron by the canal" not in cached_page(owner_client)
    owner_client.post(
        "/journal/save/",
        {"night": tonight(owner).isoformat(), "text": "a heron by the canal", "mood": "3"},
    )
    assert "a heron by the canal" in fresh_page(owner_client)


def test_autosave_shows_on_the_next_load(owner_client, owner):
    cached_page(owner_client)
    owner_client.post(
        "/journal/draft/",
        {"night": tonight(owner).isoformat(), "text": "half a thought about rain"},
        HTTP_HX_REQUEST="true",
    )
    assert "half a thought about rain" in fresh_page(owner_client)


def test_deleting_the_entry_removes_it_on_the_next_load(owner_client, owner):
    night = tonight(owner).isoformat()
    owner_client.post("/journal/save/", {"night": night, "text": "words to take back"})
    assert "words to take back" in cached_page(owner_client)
    owner_client.post(f"/journal/{night}/delete/")
    assert "words to take back" not in fresh_page(owner_client)


# --- lights, practice, seasons ----------------------------------------------------------------


def test_a_light_logged_edited_and_deleted_shows_each_time(owner_client, owner):
    assert "Logged for tonight" not in cached_page(owner_client)
    owner_client.post("/lights/log/", {"code": "softened", "night": tonight(owner).isoformat()})
    assert "Logged for tonight" in fresh_page(owner_client)
    entry = Light.objects.get(user=owner)
    cached_page(owner_client)
    owner_client.post(
        f"/lights/{entry.pk}/edit/",
        {"code": "softened", "night": tonight(owner).isoformat(), "note": "over the washing up"},
    )
    assert "over the washing up" in fresh_page(owner_client)
    cached_page(owner_client)
    owner_client.post(f"/lights/{entry.pk}/delete/")
    assert "Logged for tonight" not in fresh_page(owner_client)


def test_a_light_logged_with_htmx_shows_on_the_next_full_load(owner_client, owner):
    cached_page(owner_client)
    owner_client.post(
        "/lights/log/",
        {"code": "softened", "night": tonight(owner).isoformat()},
        HTTP_HX_REQUEST="true",
    )
    assert "Logged for tonight" in fresh_page(owner_client)


def test_a_practice_mark_shows_on_the_next_load(owner_client, owner):
    assert 'aria-pressed="true"' not in cached_page(owner_client)
    owner_client.post(
        "/coach/practice/toggle/",
        {"code": "regulate", "night": tonight(owner).isoformat(), "next": "/tonight/"},
    )
    assert 'aria-pressed="true"' in fresh_page(owner_client)


def test_starting_a_season_and_moving_its_checkpoint_show_on_the_next_load(owner_client, owner):
    assert "You have no season under way" in cached_page(owner_client)
    checkpoint = tonight(owner) + dt.timedelta(days=60)
    owner_client.post(
        "/season/new/", {"checkpoint_on": checkpoint.isoformat(), "focus": "Keep my voice even."}
    )
    assert "60 days to your checkpoint" in fresh_page(owner_client)
    cached_page(owner_client)
    later = tonight(owner) + dt.timedelta(days=70)
    owner_client.post("/season/checkpoint/", {"checkpoint_on": later.isoformat()})
    assert "70 days to your checkpoint" in fresh_page(owner_client)


def test_a_new_night_is_a_new_page(owner_client, owner):
    make_season(owner, days_in=3)
    with time_machine.travel(dt.datetime.now(dt.UTC), tick=False) as traveller:
        assert "Night 4</strong>" in cached_page(owner_client)
        traveller.shift(dt.timedelta(days=1))
        assert "Night 5</strong>" in fresh_page(owner_client)


def test_past_midnight_the_page_changes_though_the_night_does_not(owner_client, owner):
    evening = dt.datetime(2026, 11, 20, 23, 50, tzinfo=dt.UTC)  # Europe/London is UTC in November
    with time_machine.travel(evening, tick=False) as traveller:
        assert "It is past midnight" not in cached_page(owner_client)
        traveller.shift(dt.timedelta(minutes=20))
        assert "It is past midnight" in fresh_page(owner_client)


# --- safety, profile, invitations, reminders --------------------------------------------------


def test_a_safety_flag_raised_and_dismissed_shows_on_the_next_load(owner_client, owner):
    assert "drinking, drugs or gambling" not in cached_page(owner_client)
    safety_services.screen_and_record(
        user=owner, text="he's drunk again every night", source="journal"
    )
    assert "drinking, drugs or gambling" in fresh_page(owner_client)
    cached_page(owner_client)
    owner_client.post(f"/safety/notes/{Flag.objects.get(user=owner).pk}/dismiss/")
    assert "drinking, drugs or gambling" not in fresh_page(owner_client)


def test_deleting_the_safety_answers_shows_on_the_next_load(owner_client, owner):
    owner_client.post("/safety/check/", {"self_harm": "yes"})
    assert "thoughts of harming yourself" in cached_page(owner_client)
    owner_client.post("/safety/check/answers/delete/")
    assert "thoughts of harming yourself" not in fresh_page(owner_client)


def test_profile_changes_show_on_the_next_load(owner_client, owner):
    assert "<title>Tonight · dvoe</title>" in cached_page(owner_client)
    owner_client.post(
        "/accounts/settings/",
        {"timezone": "Europe/London", "country": "GB", "discreet_mode": "on"},
    )
    page = fresh_page(owner_client)
    assert "<title>Notes</title>" in page and "dvoe" not in page.split("</title>")[0]


def test_any_profile_save_makes_the_next_load_fresh(owner_client, owner):
    cached_page(owner_client)
    profile = owner.profile
    profile.partner_name = "Sam"
    profile.save()  # whatever code path saves it
    fresh_page(owner_client)


@pytest.mark.parametrize(
    "write",
    [
        lambda user: coaching_services.reading_pick(user=user, kind=KIND),
        lambda user: coaching_services.invitation_create(
            user=user, script=invitations.scripts_for(KIND)[0], partner_name="", own_words=""
        ),
        lambda user: coaching_services.reflection_save(user=user, people="mixed"),
    ],
    ids=["reading", "invitation", "is-it-me"],
)
def test_coaching_writes_make_the_next_load_fresh(owner_client, owner, write):
    cached_page(owner_client)
    write(owner)
    fresh_page(owner_client)


def test_reminder_settings_make_the_next_load_fresh(owner_client, owner):
    cached_page(owner_client)
    owner_client.post(
        "/accounts/reminders/settings/", {"nightly_on": "on", "nightly_time": "21:30"}
    )
    fresh_page(owner_client)


def test_a_counter_bumped_in_another_worker_is_noticed(owner_client, owner):
    """Another worker's write reaches this one only through the database counter."""
    cached_page(owner_client)
    Light.objects.create(user=owner, night=tonight(owner), code="softened", kind="green")
    User.objects.filter(pk=owner.pk).update(page_version=owner.page_version + 100)
    assert "Logged for tonight" in fresh_page(owner_client)


def test_saving_a_stale_user_object_does_not_undo_a_bump(owner_client, owner):
    stale = User.objects.get(pk=owner.pk)
    cached_page(owner_client)
    pagecache.changed(owner)
    stale.email = "renamed@example.test"
    stale.save()  # loaded before the bump: must not write the old counter back
    assert User.objects.get(pk=owner.pk).page_version == stale.page_version + 1
    fresh_page(owner_client)


# --- who sees what --------------------------------------------------------------------------


def test_nobody_is_served_another_persons_page(owner, other_user):
    a, b = Client(), Client()
    a.force_login(owner)
    b.force_login(other_user)
    a.post("/journal/save/", {"night": tonight(owner).isoformat(), "text": "the owners own words"})
    assert "the owners own words" in cached_page(a)
    page = b.get("/tonight/").content.decode()
    assert "the owners own words" not in page
    assert "the owners own words" in cached_page(a)


def test_the_next_person_in_the_same_browser_gets_their_own_page(client, owner, other_user):
    client.force_login(owner)
    client.post("/journal/save/", {"night": tonight(owner).isoformat(), "text": "owner only"})
    assert "owner only" in cached_page(client)
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": other_user.email, "password": PASSWORD})
    assert "owner only" not in client.get("/tonight/").content.decode()


def test_each_browser_gets_tokens_that_work_with_its_own_cookie(owner):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(owner)
    second.force_login(owner)
    for browser in (first, second, first, second):
        page = cached_page(browser)
        token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        response = browser.post(
            "/coach/practice/toggle/",
            {
                "csrfmiddlewaretoken": token,
                "code": "regulate",
                "night": tonight(owner).isoformat(),
                "next": "/tonight/",
            },
        )
        assert response.status_code == 302


def test_a_flash_message_is_shown_once_and_never_stored(owner_client, owner):
    cached_page(owner_client)
    owner_client.post("/accounts/settings/", {"timezone": "Europe/London", "country": "GB"})
    assert "Saved." in owner_client.get("/tonight/").content.decode()
    assert "Saved." not in cached_page(owner_client)


def test_a_person_not_yet_onboarded_is_sent_to_welcome_every_time(client, db):
    newcomer = make_user("new@example.test", onboarded=False)
    client.force_login(newcomer)
    for _ in range(2):
        assert client.get("/tonight/")["Location"] == "/accounts/welcome/"


def test_pages_stay_in_this_process_and_keys_hold_only_an_id(owner_client, owner):
    """The stored page holds decrypted journal text: never a shared cache, nothing personal in
    the key."""
    assert isinstance(caches[pagecache.ALIAS], LocMemCache)
    assert settings.CACHES[pagecache.ALIAS]["BACKEND"].endswith("LocMemCache")
    owner_client.post("/journal/save/", {"night": tonight(owner).isoformat(), "text": "secret"})
    cached_page(owner_client)
    assert caches[pagecache.ALIAS].get(f"page:tonight:{owner.pk}") is not None
