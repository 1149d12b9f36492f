"""The safety pages as a person uses them: questionnaire, answers, routing, banners, help."""

import json

import pytest
from django.test import Client

from safety import selectors, services
from safety.models import Flag, Resource, Screening

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("contacts")]

DANGER_ANSWERS = {"danger": ["threat_kill"], "hark_afraid": "yes"}


def html(response):
    return response.content.decode()


# --- questionnaire ------------------------------------------------------------------------------


def test_check_page_paraphrases_hark_and_hits_and_says_an_app_cannot_assess(owner_client):
    page = html(owner_client.get("/safety/check/"))
    assert "HARK" in page and "HITS" in page
    assert "An app cannot assess your safety" in page
    assert "Skip for now" in page


def test_a_quiet_screen_says_a_negative_screen_does_not_mean_safe(owner_client, owner):
    response = owner_client.post("/safety/check/", {"hark_afraid": "no", "affair": "ended"})
    assert response["Location"] == "/safety/check/answers/"
    page = html(owner_client.get("/safety/check/answers/"))
    assert "does not mean you are safe" in page
    assert "you are safe." not in page.replace("does not mean you are safe.", "")
    assert "There was one, and it has ended" in page  # answers are shown back
    assert selectors.active_flags(owner) == frozenset()


def test_danger_answers_go_to_the_urgent_page_with_the_countrys_numbers(owner_client, owner):
    response = owner_client.post("/safety/check/", DANGER_ANSWERS)
    assert response["Location"] == "/safety/urgent/"
    page = html(owner_client.get("/safety/urgent/"))
    assert 'href="tel:999"' in page and "0808 2000 247" in page  # owner lives in GB
    assert page.index("tel:999") < page.index("0808 2000 247")  # emergency number first
    assert "I’m safe right now" in page
    assert selectors.active_flags(owner) == {"danger", "abuse"}


def test_levels_and_flags_from_answers(owner_client, owner):
    owner_client.post(
        "/safety/check/",
        {
            "hits_hurt": "3",
            "hits_insult": "3",
            "hits_threaten": "3",
            "hits_scream": "3",
            "affair": "unsure",
            "addiction": "yes",
            "checked_out": "yes",
        },
    )
    assert selectors.active_flags(owner) == {"abuse", "infidelity", "addiction", "checked_out"}
    page = html(owner_client.get("/safety/check/answers/"))
    assert "Important: abuse or control" in page and "To consider: an affair" in page


def test_rescreening_replaces_the_current_state(owner_client, owner):
    owner_client.post("/safety/check/", DANGER_ANSWERS)
    owner_client.post("/safety/check/", {"hark_afraid": "no"})
    assert Screening.objects.filter(user=owner).count() == 1
    assert selectors.active_flags(owner) == frozenset()


def test_person_can_delete_answers_and_their_flags_but_text_flags_stay(owner_client, owner):
    owner_client.post("/safety/check/", DANGER_ANSWERS)
    services.screen_and_record(user=owner, text="she reads all my texts", source="journal")
    # The link asks first, on a page of its own; nothing goes until the POST.
    confirm = owner_client.get("/safety/check/answers/delete/")
    assert confirm.status_code == 200 and "Yes, delete it" in confirm.content.decode()
    assert Screening.objects.filter(user=owner).exists()
    response = owner_client.post("/safety/check/answers/delete/")
    assert response.status_code == 302
    assert not Screening.objects.filter(user=owner).exists()
    assert selectors.active_flags(owner) == {"abuse"}
    assert Flag.objects.filter(user=owner, source="questionnaire").count() == 0


def test_a_flag_from_a_lights_note_says_so_in_the_domains_words(owner_client, owner):
    Flag.objects.create(user=owner, flag="abuse", source="signal", rule_ids=[])
    page = html(owner_client.get("/safety/check/answers/"))
    assert "from your note on a light on" in page and "your signal" not in page


def test_invalid_answers_answer_400_and_keep_what_was_typed(owner_client):
    response = owner_client.post("/safety/check/", {"hark_afraid": "maybe", "affair": "yes"})
    assert response.status_code == 400
    assert "Step 1 of 6" in html(response) and 'href="#id_hark_afraid_0"' in html(response)
    # the valid answer on a later step is kept for that step
    later = html(owner_client.get("/safety/check/?step=5"))
    assert 'value="yes" id="id_affair_0" checked' in later.replace("\n", " ")


def test_skip_counts_as_done_and_continues_onboarding(owner_client, owner):
    from dvoe.lib import onboarding

    assert onboarding.next_step(owner) == "safety:check"
    response = owner_client.post("/safety/check/skip/")
    assert response["Location"] == "/onboarding/next/"
    assert onboarding.next_step(owner) != "safety:check"
    # skipping never wipes answers already given
    owner_client.post("/safety/check/", DANGER_ANSWERS)
    owner_client.post("/safety/check/skip/")
    assert Screening.objects.get(user=owner).skipped is False


def test_answers_are_encrypted_at_rest(owner, owner_client):
    from django.db import connection

    owner_client.post("/safety/check/", {"affair": "yes"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers FROM safety_screening")
        (stored,) = cursor.fetchone()
    assert "affair" not in stored
    assert json.loads(Screening.objects.get(user=owner).answers) == {"affair": "yes"}


def test_pages_need_a_login_where_private(client):
    for path in ["/safety/check/", "/safety/check/answers/", "/safety/urgent/"]:
        assert client.get(path)["Location"].startswith("/accounts/login/")


# --- text screening and routing ----------------------------------------------------------------


def test_screen_and_record_stores_flags_and_rules_never_the_text(owner):
    text = "He said he would kill me if I left. He reads all my messages."
    outcome = services.screen_and_record(user=owner, text=text, source="journal")
    assert outcome.flags == {"danger", "abuse"}
    assert outcome.redirect_url == "/safety/urgent/"
    rows = list(Flag.objects.filter(user=owner).values("flag", "source", "rule_ids", "created_at"))
    assert {r["flag"] for r in rows} == {"danger", "abuse"}
    assert all(r["source"] == "journal" and r["created_at"] for r in rows)
    stored = json.dumps([r["rule_ids"] for r in rows])
    assert (
        "danger.threat_to_kill" in stored and "kill me" not in stored and "messages" not in stored
    )


def test_routing_by_flag(owner):
    assert (
        services.screen_and_record(
            user=owner, text="I want to end my life", source="journal"
        ).redirect_url
        == "/safety/urgent/"
    )
    assert (
        services.screen_and_record(
            user=owner, text="She slapped me.", source="journal"
        ).redirect_url
        == "/safety/guidance/abuse/"
    )
    assert (
        services.screen_and_record(
            user=owner, text="he's having an affair", source="signal_note"
        ).redirect_url
        == "/safety/guidance/infidelity/"
    )
    # already active: the banner carries it, no second detour
    assert (
        services.screen_and_record(
            user=owner, text="he's having an affair", source="journal"
        ).redirect_url
        is None
    )
    assert (
        services.screen_and_record(
            user=owner, text="We walked the dog.", source="journal"
        ).redirect_url
        is None
    )


def test_invitations_are_gated_by_abuse_or_danger(owner, other_user):
    services.screen_and_record(
        user=owner, text="he shoved me into the wall again", source="journal"
    )
    assert selectors.invitations_allowed(owner) is False
    assert selectors.invitations_allowed(other_user) is True


# --- banners --------------------------------------------------------------------------------------


def test_banner_shows_on_every_page_and_can_be_dismissed(owner_client, owner):
    services.screen_and_record(user=owner, text="he's drunk again every night", source="journal")
    page = html(owner_client.get("/accounts/settings/"))
    assert "drinking, drugs or gambling" in page and "This was about something else" in page
    flag = Flag.objects.get(user=owner)
    response = owner_client.post(
        f"/safety/notes/{flag.pk}/dismiss/", HTTP_REFERER="http://testserver/accounts/settings/"
    )
    assert response["Location"] == "/accounts/settings/"  # always a path on dvoe
    assert selectors.active_flags(owner) == frozenset()
    assert Flag.objects.get(pk=flag.pk).dismissed_at is not None  # recorded, not deleted
    assert "drinking, drugs or gambling" not in html(owner_client.get("/accounts/settings/"))


def test_dismissing_never_redirects_to_another_site(owner_client, owner):
    services.screen_and_record(user=owner, text="he's drunk again every night", source="journal")
    flag = Flag.objects.get(user=owner)
    response = owner_client.post(
        f"/safety/notes/{flag.pk}/dismiss/", HTTP_REFERER="https://elsewhere.example/phish"
    )
    assert response["Location"] == "/tonight/"


def test_urgent_questionnaire_flags_cannot_be_dismissed_from_the_banner(owner_client, owner):
    owner_client.post("/safety/check/", {"self_harm": "yes"})
    page = html(owner_client.get("/tonight/"))
    assert "thoughts of harming yourself" in page
    assert "This was about something else" not in page
    flag = Flag.objects.get(user=owner)
    owner_client.post(f"/safety/notes/{flag.pk}/dismiss/")
    assert selectors.active_flags(owner) == {"self_harm"}


def test_nobody_can_dismiss_someone_elses_flag(owner, other_client):
    services.screen_and_record(
        user=owner, text="she has been sleeping with her boss for months", source="journal"
    )
    flag = Flag.objects.get(user=owner)
    assert other_client.post(f"/safety/notes/{flag.pk}/dismiss/").status_code == 404
    assert selectors.active_flags(owner) == {"infidelity"}


def test_banner_costs_one_query_and_none_for_anonymous(owner, rf, django_assert_num_queries):
    from django.contrib.auth.models import AnonymousUser

    from safety.context_processors import banners

    for i in range(30):
        services.screen_and_record(
            user=owner,
            text=f"he shoved me into the wall again. she has been sleeping with her boss for months. entry {i}",
            source="journal",
        )
    request = rf.get("/")
    request.user = owner
    selectors.forget(owner)
    with django_assert_num_queries(1):
        assert len(banners(request)["banners"]) == 2
        selectors.active_flags(owner)
        selectors.invitations_allowed(owner)
    request.user = AnonymousUser()
    with django_assert_num_queries(0):
        assert banners(request) == {"banners": []}


def test_answers_page_query_count_is_fixed(owner_client, owner, django_assert_num_queries):
    owner_client.post("/safety/check/", DANGER_ANSWERS)
    for i in range(40):
        services.screen_and_record(user=owner, text=f"he hit me {i}", source="journal")
    owner_client.get("/safety/check/answers/")
    # session, user with profile, flags (banner), screening, flags from text (the "why" list)
    with django_assert_num_queries(5):
        assert owner_client.get("/safety/check/answers/").status_code == 200


# --- help and resources ---------------------------------------------------------------------------


def test_help_is_public_and_uses_tel_and_sms_links(client):
    page = html(client.get("/help/?country=US"))
    assert 'href="tel:8007997233"' in page
    assert 'href="sms:88788?body=START"' in page
    assert page.count("Numbers checked 22 November 2026") == 1  # once per page (#12)


def test_help_uses_the_profile_country_or_the_fallback(owner_client):
    assert "0808 2000 247" in html(owner_client.get("/help/"))
    # Signed out with no country to guess: every country's first numbers, and the picker (#12)
    fallback = html(Client().get("/help/"))
    assert 'href="tel:999"' in fallback and "Pick your country" in fallback
    assert "Your local emergency number" in html(Client().get("/help/?country=XX"))


def test_help_query_count(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get("/help/?country=NZ")


def test_every_seeded_country_has_an_emergency_number_and_a_checked_date():
    for country in ["US", "GB", "IE", "CA", "AU", "NZ"]:
        rows = Resource.objects.filter(country=country)
        assert rows.filter(kind="emergency").exclude(phone="").exists(), country
        assert not rows.filter(verified_on__isnull=True).exists(), country
    assert Resource.objects.filter(country="XX").exists()


def test_guidance_pages(client):
    assert "not advised" in html(client.get("/safety/guidance/abuse/"))
    assert "affair is over" in html(client.get("/safety/guidance/infidelity/"))
    assert "Support for you" in html(client.get("/safety/guidance/addiction/?country=AU"))
    assert "1800 250 015" in html(client.get("/safety/guidance/addiction/?country=AU"))
    assert "Doherty" in html(client.get("/safety/guidance/checked_out/"))
    assert client.get("/safety/guidance/danger/").status_code == 404


def test_tech_page_advises_without_pushing(client):
    page = html(client.get("/safety/tech/"))
    assert "cannot be fully erased" in page
    assert "can also tip off" in page and "You do not have to do any of it tonight" in page


def test_urgent_safe_continues(owner_client):
    response = owner_client.post("/safety/urgent/safe/")
    assert response["Location"] == "/tonight/"


# --- registrations ---------------------------------------------------------------------------------


def test_settings_panel_links_to_answers(owner_client):
    owner_client.post("/safety/check/", {"affair": "no"})
    page = html(owner_client.get("/accounts/settings/"))
    assert 'href="/safety/check/answers/"' in page


def test_export_includes_answers_and_flags_and_delete_removes_them(owner_client, owner):
    owner_client.post("/safety/check/", {"affair": "yes"})
    data = json.loads(owner_client.get("/accounts/export/?format=json").content)
    answers = {a["question"]: a["answer"] for a in data["safety"]["screening"]["answers"]}
    assert (
        answers["Is there an affair going on in your relationship now, by either of you?"] == "Yes"
    )
    assert data["safety"]["flags"][0]["flag"] == "infidelity"
    from dvoe.accounts.services import account_delete

    account_delete(user=owner)
    assert not Flag.objects.exists() and not Screening.objects.exists()


def test_seed_demo_adds_a_quiet_screening(db):
    from django.core.management import call_command

    call_command("seed_demo", "--quiet", "--days", "3")
    call_command("seed_demo", "--quiet", "--days", "3")
    screening = Screening.objects.get(user__email="demo@dvoe.test")
    assert screening.skipped is False
    assert not Flag.objects.filter(user__email="demo@dvoe.test", dismissed_at__isnull=True).exists()


def test_anonymous_pages_do_not_touch_the_flag_table(django_assert_num_queries):
    with django_assert_num_queries(0):
        Client().get("/safety/tech/")


def test_answers_page_says_why_a_text_note_was_raised_without_the_text(owner_client, owner):
    services.screen_and_record(user=owner, text="he reads all my texts", source="signal_note")
    page = html(owner_client.get("/safety/check/answers/"))
    assert "monitoring of phone, messages or passwords" in page and "signal note" in page
    assert "reads all my texts" not in page


def test_discreet_mode_keeps_safety_pages_neutral_in_the_tab(owner_client, owner):
    owner.profile.discreet_mode = True
    owner.profile.save()
    for path in ["/safety/urgent/", "/safety/check/", "/help/", "/safety/guidance/abuse/"]:
        page = html(owner_client.get(path))
        assert "<title>Notes</title>" in page, path
        assert "img/plain.svg" in page, path
