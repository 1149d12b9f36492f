import datetime as dt

import pytest
from django.db import connection

from checkins import selectors
from checkins.models import JournalEntry
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def save(client, user, text, *, night=None, mood="", **extra):
    data = {
        "night": (night or tonight(user)).isoformat(),
        "text": text,
        "mood": mood,
        "next": "/tonight/",
        "from": "tonight",
    }
    data.update(extra)
    return client.post("/journal/save/", data)


def test_saving_tonights_note_keeps_one_entry_per_night(owner_client, owner):
    make_season(owner)
    assert save(owner_client, owner, "First try.", mood="3").status_code == 302
    assert save(owner_client, owner, "Second thoughts.", mood="4").status_code == 302
    entry = selectors.entry_for_night(owner, tonight(owner))
    assert (entry.text, entry.mood) == ("Second thoughts.", 4)
    assert JournalEntry.objects.filter(user=owner).count() == 1
    page = owner_client.get("/tonight/").content.decode()
    assert "Second thoughts." in page


def test_the_journal_works_without_a_season_for_tonight(owner_client, owner):
    assert save(owner_client, owner, "No season yet.").status_code == 302
    assert selectors.entry_for_night(owner, tonight(owner)).text == "No season yet."


def test_text_is_encrypted_in_the_database(owner_client, owner):
    save(owner_client, owner, "a very private sentence")
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM checkins_journalentry")
        (raw,) = cursor.fetchone()
    assert "private" not in raw
    assert raw.startswith("gAAAA")  # a Fernet token


def test_text_over_the_limit_is_kept_with_a_message(owner_client, owner):
    long_text = "word " * 4001  # 20,005 characters
    response = save(owner_client, owner, long_text)
    assert response.status_code == 400
    body = response.content.decode()
    assert "the limit is 20,000" in body
    assert long_text.strip() in body
    assert selectors.entry_for_night(owner, tonight(owner)) is None


def test_future_nights_are_refused_and_the_text_kept(owner_client, owner):
    make_season(owner)
    response = save(owner_client, owner, "Hopeful words", night=tonight(owner) + dt.timedelta(1))
    assert response.status_code == 400
    body = response.content.decode()
    assert "has not happened yet" in body
    assert "Hopeful words" in body


def test_nights_before_the_season_are_refused(owner_client, owner):
    season = make_season(owner, days_in=5)
    before = season.started_on - dt.timedelta(days=2)
    response = save(owner_client, owner, "Old night", night=before)
    assert response.status_code == 400
    assert "before your season began" in response.content.decode()


def test_an_earlier_night_in_the_season_can_be_written_from_its_page(owner_client, owner):
    make_season(owner, days_in=10)
    night = tonight(owner) - dt.timedelta(days=3)
    assert owner_client.get(f"/journal/{night}/edit/").status_code == 200
    response = save(
        owner_client,
        owner,
        "Catching up.",
        night=night,
        next=f"/journal/{night}/",
        **{"from": "edit"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/journal/{night}/"
    assert "Catching up." in owner_client.get(f"/journal/{night}/").content.decode()


def test_edit_page_errors_stay_on_the_edit_page(owner_client, owner):
    make_season(owner, days_in=10)
    night = tonight(owner) - dt.timedelta(days=3)
    response = save(owner_client, owner, "x" * 20001, night=night, **{"from": "edit"})
    assert response.status_code == 400
    assert "Edit entry" in response.content.decode()


def test_autosave_stores_the_draft(owner_client, owner):
    response = owner_client.post(
        "/journal/draft/",
        {"night": tonight(owner).isoformat(), "text": "half a thought"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "Draft saved" in response.content.decode()
    assert selectors.entry_for_night(owner, tonight(owner)).text == "half a thought"


def test_autosave_of_nothing_creates_nothing(owner_client, owner):
    response = owner_client.post(
        "/journal/draft/", {"night": tonight(owner).isoformat(), "text": "  "}
    )
    assert response.status_code == 200
    assert not JournalEntry.objects.exists()


def test_autosave_over_the_limit_says_so(owner_client, owner):
    response = owner_client.post(
        "/journal/draft/", {"night": tonight(owner).isoformat(), "text": "y" * 20001}
    )
    assert response.status_code == 400
    assert "Not saved" in response.content.decode()


def test_list_detail_search_and_delete(owner_client, owner):
    make_season(owner, days_in=10)
    for i, text in enumerate(["Walked by the river.", "Dinner was calm.", "Tired."]):
        save(owner_client, owner, text, night=tonight(owner) - dt.timedelta(days=i))
    listing = owner_client.get("/journal/").content.decode()
    assert "Walked by the river." in listing and "Tired." in listing
    found = owner_client.post("/journal/", {"q": "CALM"}).content.decode()
    # the excerpt marks the words searched for
    assert "Dinner was <mark>calm</mark>." in found and "Tired." not in found
    night = tonight(owner) - dt.timedelta(days=1)
    assert "Dinner was calm." in owner_client.get(f"/journal/{night}/").content.decode()
    assert owner_client.post(f"/journal/{night}/delete/").status_code == 302
    assert selectors.entry_for_night(owner, night) is None
    assert owner_client.get(f"/journal/{night}/").status_code == 404


def test_deleting_an_entry_asks_first_on_its_own_page(owner_client, owner, other_client):
    save(owner_client, owner, "Walked by the river.")
    night = tonight(owner)
    confirm = f"/journal/{night}/delete/"
    detail = owner_client.get(f"/journal/{night}/").content.decode()
    assert f'class="button button-secondary" href="{confirm}"' in detail
    assert "button-danger" not in detail
    asked = owner_client.get(confirm).content.decode()
    assert f'<form method="post" action="{confirm}"' in asked
    assert 'class="button-secondary button-destructive">Yes, delete it</button>' in asked
    assert f'href="/journal/{night}/">No, keep it</a>' in asked
    assert other_client.get(confirm).status_code == 404
    assert selectors.entry_for_night(owner, night) is not None
    assert owner_client.post(confirm).status_code == 302
    assert selectors.entry_for_night(owner, night) is None


def test_someone_elses_night_is_a_404(owner_client, owner, other_client, other_user):
    save(owner_client, owner, "mine only")
    night = tonight(owner)
    response = other_client.get(f"/journal/{night}/")
    assert response.status_code == 404
    assert "mine only" not in response.content.decode()
    assert other_client.post(f"/journal/{night}/delete/").status_code == 404
    assert selectors.entry_for_night(owner, night).text == "mine only"


def test_impossible_dates_are_404_not_500(owner_client):
    assert owner_client.get("/journal/2026-02-30/").status_code == 404
    assert owner_client.get("/journal/2026-13-01/edit/").status_code == 404


def test_future_night_pages_are_404(owner_client, owner):
    future = tonight(owner) + dt.timedelta(days=3)
    assert owner_client.get(f"/journal/{future}/edit/").status_code == 404


def test_search_words_stay_out_of_the_url(owner_client, owner):
    save(owner_client, owner, "moving house is on my mind")
    page = owner_client.get("/journal/").content.decode()
    assert 'method="post" action="/journal/"' in page
    assert "mention" not in owner_client.get("/journal/?q=house").content.decode()
    found = owner_client.post("/journal/", {"q": "house"}).content.decode()
    assert "1 entry mention" in found


def test_a_save_racing_an_autosave_for_a_new_night_updates_instead_of_failing(owner, monkeypatch):
    """Both requests look for tonight's entry before either has written it; the one that inserts
    second must keep the person's words, not end in a server error."""
    from checkins import services

    night = tonight(owner)
    services.journal_save(user=owner, night=night, text="from the autosave", mood=None)
    monkeypatch.setattr(services, "_locked_entry", lambda user, night: None)  # lost the race
    services.journal_save(user=owner, night=night, text="from the save button", mood=3)
    entry = JournalEntry.objects.get(user=owner, night=night)
    assert (entry.text, entry.mood) == ("from the save button", 3)
