"""Your focus this season: one to three practices chosen on /coach/practice/, first on /tonight/
with the rest folded behind one summary; owner-scoped, per season, exported, deleted, seeded."""

import datetime as dt
import random

import pytest
from django.contrib import admin

from checkins import services as checkins_services
from coaching import checkins_bridge, demo
from coaching import services as coaching_services
from coaching.models import PracticeFocus
from tests.coaching.helpers import start_season

pytestmark = pytest.mark.django_db


def _choose(client, *codes):
    return client.post("/coach/practice/focus/", {"codes": list(codes)})


def test_without_a_choice_tonight_points_gently_to_choosing(owner_client, owner):
    start_season(owner)
    html = owner_client.get("/tonight/").content.decode()
    assert "Choose your focus" in html and 'href="/coach/practice/#focus"' in html
    assert "coach-focus" not in html
    assert html.count('class="coach-toggle"') == 10  # all of them, folded as before


def test_choosing_two_puts_them_first_on_tonight_and_folds_the_rest(owner_client, owner):
    start_season(owner)
    response = _choose(owner_client, "no_chasing", "regulate")
    assert response.status_code == 302 and response["Location"] == "/coach/practice/#focus"
    html = owner_client.get("/tonight/").content.decode()
    focus, rest = html.split('<ul class="coach-toggles coach-focus">', 1)[1].split("</ul>", 1)
    # catalog order, one tap each, and the other eight behind one summary
    assert focus.index("practice-regulate") < focus.index("practice-no_chasing")
    assert focus.count('class="coach-toggle"') == 2
    assert "<summary>The other 8 practices</summary>" in rest
    assert rest.count('class="coach-toggle"') == 8
    assert "practice-regulate" not in rest
    assert "Choose your focus" not in html and "Change your focus" in html


def test_the_practice_page_shows_the_choice_ticked(owner_client, owner):
    start_season(owner)
    _choose(owner_client, "boundary")
    html = owner_client.get("/coach/practice/").content.decode()
    assert 'id="focus"' in html
    assert 'value="boundary" id="id_codes_3" checked' in html


def test_choosing_again_replaces_the_choice(owner_client, owner):
    start_season(owner)
    _choose(owner_client, "regulate", "boundary")
    _choose(owner_client, "own_support")
    assert list(PracticeFocus.objects.values_list("code", flat=True)) == ["own_support"]


@pytest.mark.parametrize(
    "codes, message",
    [
        ((), "Choose at least one practice to focus on."),
        (("regulate", "boundary", "no_chasing", "own_support"), "Choose up to three."),
        (("nagging",), "Select a valid choice."),
    ],
)
def test_none_too_many_or_unknown_is_refused_beside_the_field(owner_client, owner, codes, message):
    start_season(owner)
    response = _choose(owner_client, *codes)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html and html.count(message) >= 2  # summary and field
    assert not PracticeFocus.objects.exists()


def test_without_a_season_there_is_nothing_to_choose_for(owner_client, owner):
    html = owner_client.get("/coach/practice/").content.decode()
    assert "Once you start one" in html and 'action="/coach/practice/focus/"' not in html
    assert _choose(owner_client, "regulate").status_code == 400
    assert not PracticeFocus.objects.exists()


def test_a_new_season_starts_without_a_focus(owner_client, owner):
    old = start_season(owner, days_ago=100)
    coaching_services.practice_focus_set(user=owner, season=old, codes=["regulate"])
    checkins_services.season_review(
        season=old,
        decision="another_season",
        answers={},
        next_checkpoint_on=checkins_bridge.current_night(owner) + dt.timedelta(days=60),
    )
    assert "Choose your focus" in owner_client.get("/tonight/").content.decode()


def test_focus_is_per_person(owner_client, owner, other_user):
    season = start_season(owner)
    PracticeFocus.objects.create(user=other_user, season_id=season.pk, code="regulate")
    assert "coach-focus" not in owner_client.get("/tonight/").content.decode()


def test_a_tap_on_a_focus_practice_keeps_the_fold_shut_a_tap_inside_opens_it(owner_client, owner):
    start_season(owner)
    _choose(owner_client, "regulate")
    night = checkins_bridge.current_night(owner).isoformat()

    def tap(code):
        return owner_client.post(
            "/coach/practice/toggle/",
            {"code": code, "night": night, "next": "/tonight/"},
            headers={"HX-Request": "true"},
        ).content.decode()

    html = tap("regulate")
    assert 'id="practice-regulate" class="coach-toggle" aria-pressed="true"' in html
    assert '<details class="practice-fold">' in html
    assert '<details class="practice-fold" open>' in tap("boundary")


def test_export_deletion_and_demo(owner_client, owner, other_user):
    season = start_season(owner)
    _choose(owner_client, "regulate", "no_chasing")
    exported = owner_client.get("/accounts/export/", {"format": "json"}).json()["coaching"]
    assert [row["practice"] for row in exported["practice_focus"]] == ["regulate", "no_chasing"]
    assert {row["season"] for row in exported["practice_focus"]} == {season.pk}
    demo.seed_demo(user=other_user, days=30, rng=random.Random(3))  # no season: nothing chosen
    assert not PracticeFocus.objects.filter(user=other_user).exists()
    start_season(other_user)
    demo.seed_demo(user=other_user, days=30, rng=random.Random(3))
    demo.seed_demo(user=other_user, days=30, rng=random.Random(3))
    assert PracticeFocus.objects.filter(user=other_user).count() == 2
    owner.delete()
    assert not PracticeFocus.objects.exclude(user=other_user).exists()


def test_the_admin_shows_no_focus(owner):
    assert PracticeFocus not in admin.site._registry


def test_query_counts_stay_fixed_with_a_focus(
    owner_client, owner, django_assert_num_queries, settings
):
    """One query more than before on each page: this season's focus (the season itself is read
    once per request and shared with checkins' note card)."""
    settings.DVOE_PAGE_CACHE = False
    start_season(owner)
    _choose(owner_client, "regulate", "boundary")
    owner_client.get("/tonight/")
    with django_assert_num_queries(8):  # the profile comes with the user
        assert owner_client.get("/tonight/").status_code == 200
    with django_assert_num_queries(8):
        assert owner_client.get("/coach/practice/").status_code == 200
