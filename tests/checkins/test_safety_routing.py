"""Saved text goes to safety's real screening; an explicit save follows its route, the draft
autosave never does, and the text is always kept."""

import pytest

from checkins import selectors
from checkins.models import Light
from tests.checkins.helpers import tonight

pytestmark = pytest.mark.django_db

DANGER = "He choked me last night and I am scared."


def post_save(client, user, text, **headers):
    return client.post(
        "/journal/save/",
        {"night": tonight(user).isoformat(), "text": text, "next": "/tonight/", "from": "tonight"},
        **headers,
    )


def test_an_explicit_save_routes_to_urgent_help_and_keeps_the_entry(owner_client, owner):
    response = post_save(owner_client, owner, DANGER)
    assert response.status_code == 302
    assert response["Location"] == "/safety/urgent/"
    assert selectors.entry_for_night(owner, tonight(owner)).text == DANGER


def test_an_htmx_save_routes_with_hx_redirect(owner_client, owner):
    response = post_save(owner_client, owner, DANGER, HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == "/safety/urgent/"
    assert selectors.entry_for_night(owner, tonight(owner)).text == DANGER


def test_a_calm_entry_is_not_routed(owner_client, owner):
    response = post_save(owner_client, owner, "We had a calm dinner.")
    assert response["Location"] == "/tonight/"


def test_the_draft_autosave_screens_and_offers_help_but_does_not_route(owner_client, owner):
    from safety.selectors import active_flags

    response = owner_client.post(
        "/journal/draft/",
        {"night": tonight(owner).isoformat(), "text": DANGER},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "HX-Redirect" not in response
    assert selectors.entry_for_night(owner, tonight(owner)).text == DANGER
    # Screened and recorded like any save: a calm link to help, and the flag is active.
    assert 'href="/safety/urgent/"' in response.content.decode()
    assert "danger" in active_flags(owner)


def test_a_calm_draft_offers_no_help_link(owner_client, owner):
    response = owner_client.post(
        "/journal/draft/",
        {"night": tonight(owner).isoformat(), "text": "A quiet evening, tea and a film."},
        HTTP_HX_REQUEST="true",
    )
    assert "Draft saved at" in response.content.decode()
    assert "help is here" not in response.content.decode()


def test_journal_text_saved_with_a_light_tap_without_javascript_is_screened(owner_client, owner):
    response = owner_client.post(
        "/lights/log/",
        {
            "code": "softened",
            "night": tonight(owner).isoformat(),
            "text": DANGER,
            "from": "tonight",
            "next": "/tonight/",
        },
    )
    assert selectors.entry_for_night(owner, tonight(owner)).text == DANGER
    assert response["Location"] == "/safety/urgent/"


def test_a_light_note_is_screened_after_it_is_saved(owner_client, owner):
    response = owner_client.post(
        "/lights/log/", {"code": "other_red", "note": DANGER, "next": "/tonight/"}
    )
    assert response["Location"] == "/safety/urgent/"
    assert Light.objects.get().note == DANGER


def test_an_edited_light_note_is_screened_too(owner_client, owner):
    from checkins import services

    entry = services.light_log(user=owner, code="softened", night=tonight(owner))
    response = owner_client.post(
        f"/lights/{entry.pk}/edit/",
        {"code": "other_red", "night": tonight(owner).isoformat(), "note": DANGER},
    )
    assert response["Location"] == "/safety/urgent/"
