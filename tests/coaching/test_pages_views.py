"""The hub, "is it me?" and human help."""

import pytest

from coaching.models import IsItMeReflection
from safety.models import Resource

pytestmark = pytest.mark.django_db


def test_the_hub_links_every_coaching_page(owner_client):
    html = owner_client.get("/coach/").content.decode()
    for path in ["/coach/invite/", "/coach/practice/", "/coach/i-statement/"]:
        assert f'href="{path}"' in html
    assert 'href="/coach/is-it-me/"' in html and 'href="/coach/help/"' in html


def test_the_coach_menu_link_is_current_on_coaching_pages(owner_client):
    html = owner_client.get("/coach/practice/").content.decode()
    assert '<a href="/coach/" aria-current="page">Coach</a>' in html


def test_is_it_me_saves_both_tests_encrypted_and_shows_a_neutral_reading(owner_client, owner):
    response = owner_client.post(
        "/coach/is-it-me/",
        {
            "people": "point_at_me",
            "people_notes": "My brother says I interrupt.",
            "picture": "wall",
            "picture_notes": "",
            "takeaway": "Ask my therapist about it.",
        },
    )
    assert response.status_code == 302
    reflection = IsItMeReflection.objects.get(user=owner)
    assert reflection.people_notes == "My brother says I interrupt."
    html = owner_client.get("/coach/is-it-me/").content.decode()
    assert "My brother says I interrupt." in html
    assert "A wall that never moves is information, and it is not about you." in html
    assert "worth taking to your own sessions" in html


def test_is_it_me_needs_both_answers(owner_client):
    response = owner_client.post("/coach/is-it-me/", {"people": "mixed", "takeaway": "keep this"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html and "keep this</textarea>" in html


def test_a_reflection_can_be_deleted_only_by_its_owner(owner_client, other_client, owner):
    reflection = IsItMeReflection.objects.create(user=owner, people="mixed", picture="unsure")
    assert other_client.post(f"/coach/is-it-me/{reflection.pk}/delete/").status_code == 404
    assert owner_client.post(f"/coach/is-it-me/{reflection.pk}/delete/").status_code == 302
    assert not IsItMeReflection.objects.exists()


def test_help_has_the_question_discernment_fees_and_books(owner_client):
    html = owner_client.get("/coach/help/").content.decode()
    assert "Will you see me on my own to work on my relationship" in html
    assert "Discernment counselling" in html and "not suitable" in html
    assert "sliding scale" in html
    assert "<cite>Hold Me Tight</cite> by Sue Johnson" in html
    assert "<cite>The Dance of Anger</cite> by Harriet Lerner" in html
    assert 'href="/help/"' in html


def test_help_lists_therapist_directories_for_the_persons_country(owner_client, owner):
    Resource.objects.create(
        country="GB", kind="therapist_directory", name="A GB directory", url="https://gb.example/"
    )
    Resource.objects.create(
        country="US", kind="therapist_directory", name="A US directory", url="https://us.example/"
    )
    Resource.objects.create(country="GB", kind="emergency", name="Emergency", phone="999")
    html = owner_client.get("/coach/help/").content.decode()
    assert "Finding someone in United Kingdom" in html
    assert "A GB directory" in html and "A US directory" not in html
    assert ">Emergency<" not in html.split("Finding someone")[1].split("Reading between")[0]


def test_help_says_so_when_there_is_no_directory(owner_client):
    Resource.objects.filter(kind__in=["therapist_directory", "discernment"]).delete()
    html = owner_client.get("/coach/help/").content.decode()
    assert "dvoe does not list therapists yet" in html
