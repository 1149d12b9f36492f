import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from checkins import catalog, selectors, services
from checkins.models import Light
from tests.checkins.helpers import make_season, tonight

pytestmark = pytest.mark.django_db


def test_the_catalog_codes_are_the_contract():
    greens = [i.code for i in catalog.GREENS]
    reds = [i.code for i in catalog.REDS]
    assert greens == [
        "repair_initiated",
        "real_question",
        "softened",
        "followed_through",
        "raised_relationship",
        "yes_to_session",
        "other_green",
    ]
    assert reds == ["snapback", "agree_no_change", "reset_days", "present_absent", "other_red"]
    assert all(item.explanation for item in catalog.ITEMS)


def test_logging_from_the_lights_page(owner_client, owner):
    make_season(owner)
    night = tonight(owner) - dt.timedelta(days=2)
    response = owner_client.post(
        "/lights/log/", {"code": "repair_initiated", "night": night, "note": "After the row."}
    )
    assert response.status_code == 302
    entry = Light.objects.get(user=owner)
    assert (entry.code, entry.kind, entry.night, entry.note) == (
        "repair_initiated",
        "green",
        night,
        "After the row.",
    )
    page = owner_client.get("/lights/").content.decode()
    assert "Made the first move to repair" in page and "After the row." in page


def test_night_defaults_to_tonight_and_next_is_followed_when_safe(owner_client, owner):
    response = owner_client.post("/lights/log/", {"code": "softened", "next": "/coach/practice/"})
    assert response["Location"] == "/coach/practice/"
    assert Light.objects.get().night == tonight(owner)
    response = owner_client.post(
        "/lights/log/", {"code": "softened", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/lights/"


def test_future_and_out_of_season_nights_are_refused(owner_client, owner):
    season = make_season(owner, days_in=5)
    for night, words in [
        (tonight(owner) + dt.timedelta(days=1), "has not happened yet"),
        (season.started_on - dt.timedelta(days=1), "before your season began"),
    ]:
        response = owner_client.post(
            "/lights/log/", {"code": "softened", "night": night, "note": "kept note"}
        )
        assert response.status_code == 400
        assert words in response.content.decode()
        assert "kept note" in response.content.decode()
    assert not Light.objects.exists()


def test_other_lights_need_a_note(owner_client, owner):
    response = owner_client.post("/lights/log/", {"code": "other_green"})
    assert response.status_code == 400
    assert "Add a few words" in response.content.decode()


def test_unknown_codes_are_refused_not_500(owner_client, owner):
    assert owner_client.post("/lights/log/", {"code": "nonsense"}).status_code == 400
    with pytest.raises(ValidationError):
        services.light_log(user=owner, code="nonsense", night=tonight(owner))


def test_notes_are_encrypted(owner):
    services.light_log(user=owner, code="snapback", night=tonight(owner), note="secret pattern")
    with connection.cursor() as cursor:
        cursor.execute("SELECT note FROM checkins_light")
        (raw,) = cursor.fetchone()
    assert "secret" not in raw


def test_a_light_tapped_on_tonight_also_saves_the_typed_note(owner_client, owner):
    response = owner_client.post(
        "/lights/log/",
        {
            "night": tonight(owner).isoformat(),
            "text": "Typed before tapping.",
            "mood": "2",
            "next": "/tonight/",
            "from": "tonight",
            "code": "real_question",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/tonight/"
    assert selectors.entry_for_night(owner, tonight(owner)).text == "Typed before tapping."
    assert Light.objects.get().code == "real_question"


def test_a_refused_light_on_tonight_keeps_the_journal_text(owner_client, owner):
    response = owner_client.post(
        "/lights/log/",
        {
            "night": tonight(owner).isoformat(),
            "text": "Do not lose me.",
            "next": "/tonight/",
            "code": "other_red",  # needs a note
        },
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Do not lose me." in body
    assert "Add a few words" in body
    assert not Light.objects.exists()


def test_an_over_long_note_on_tonight_is_kept_and_nothing_is_logged(owner_client, owner):
    text = "z" * 20001
    response = owner_client.post(
        "/lights/log/",
        {
            "night": tonight(owner).isoformat(),
            "text": text,
            "next": "/tonight/",
            "code": "softened",
        },
    )
    assert response.status_code == 400
    assert text in response.content.decode()
    assert not Light.objects.exists()


def test_htmx_logging_on_tonight_returns_the_panel(owner_client, owner):
    response = owner_client.post(
        "/lights/log/",
        {"night": tonight(owner).isoformat(), "text": "", "next": "/tonight/", "code": "softened"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<section class="card lights-card" id="tonight-lights"')
    assert "Logged: Softened without being asked." in body


def test_edit_and_delete_own_lights_only(owner_client, owner, other_client):
    make_season(owner)
    entry = services.light_log(user=owner, code="softened", night=tonight(owner))
    assert other_client.get(f"/lights/{entry.pk}/edit/").status_code == 404
    assert other_client.post(f"/lights/{entry.pk}/delete/").status_code == 404
    response = owner_client.post(
        f"/lights/{entry.pk}/edit/",
        {"code": "snapback", "night": tonight(owner).isoformat(), "note": "changed"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.code, entry.kind, entry.note) == ("snapback", "red", "changed")
    assert owner_client.post(f"/lights/{entry.pk}/delete/").status_code == 302
    assert not Light.objects.exists()


def test_deleting_a_light_asks_first_on_its_own_page(owner_client, owner, other_client):
    make_season(owner)
    entry = services.light_log(user=owner, code="softened", night=tonight(owner))
    confirm = f"/lights/{entry.pk}/delete/"
    edit = owner_client.get(f"/lights/{entry.pk}/edit/").content.decode()
    assert f'class="button button-secondary" href="{confirm}"' in edit
    assert f'action="{confirm}"' not in edit and "button-danger" not in edit
    asked = owner_client.get(confirm).content.decode()
    assert f'<form method="post" action="{confirm}"' in asked
    assert 'class="button-secondary button-destructive">Yes, delete it</button>' in asked
    assert f'href="/lights/{entry.pk}/edit/">No, keep it</a>' in asked
    assert other_client.get(confirm).status_code == 404
    assert Light.objects.filter(pk=entry.pk).exists()
    assert owner_client.post(confirm).status_code == 302
    assert not Light.objects.exists()


def test_htmx_refusal_on_tonight_answers_400_with_the_panel_and_message(owner_client, owner):
    response = owner_client.post(
        "/lights/log/",
        {
            "night": tonight(owner).isoformat(),
            "text": "still mine",
            "next": "/tonight/",
            "code": "other_green",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="tonight-lights"' in body and "Add a few words" in body
    # the draft was not saved by a refused light, and the page's textarea was never swapped
    assert selectors.entry_for_night(owner, tonight(owner)) is None


def test_the_old_signals_addresses_redirect_permanently_keeping_the_method(owner_client, owner):
    entry = services.light_log(user=owner, code="softened", night=tonight(owner))
    for old, new in [
        ("/signals/", "/lights/"),
        ("/signals/?x=1", "/lights/?x=1"),
        ("/signals/log/", "/lights/log/"),
        (f"/signals/{entry.pk}/edit/", f"/lights/{entry.pk}/edit/"),
        (f"/signals/{entry.pk}/delete/", f"/lights/{entry.pk}/delete/"),
    ]:
        response = owner_client.get(old)
        assert (response.status_code, response["Location"]) == (308, new)
    response = owner_client.post("/signals/log/", {"code": "real_question"})
    assert (response.status_code, response["Location"]) == (308, "/lights/log/")
    assert not Light.objects.filter(code="real_question").exists()  # only the new address writes


def test_a_post_from_an_old_page_lands_on_the_new_address(owner_client, owner):
    response = owner_client.post("/signals/log/", {"code": "real_question"}, follow=True)
    assert response.redirect_chain[0] == ("/lights/log/", 308)
    assert Light.objects.get(user=owner).code == "real_question"


def test_the_old_addresses_redirect_signed_out_visitors_without_saying_anything(client):
    response = client.get("/signals/")
    assert (response.status_code, response["Location"]) == (308, "/lights/")
    assert client.get("/lights/").status_code == 302  # then sign-in, as before
