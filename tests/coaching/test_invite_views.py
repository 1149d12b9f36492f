"""/coach/invite/: the quiz, picking a type, personalising a script, recording the answer, the
one-tap green light, owner scoping and the safety gate."""

import datetime as dt

import pytest
from django.utils import timezone

from coaching.models import Invitation, RefusalReading
from tests.coaching.helpers import SCARED_ANSWERS, flag_abuse

pytestmark = pytest.mark.django_db


def test_the_page_shows_the_quiz_and_the_pick_form_but_no_scripts_yet(owner_client):
    html = owner_client.get("/coach/invite/").content.decode()
    assert "Six short questions" in html and "Or pick a type yourself" in html
    assert "Make this one yours" not in html


def test_answering_the_quiz_shows_the_reading_why_and_three_scripts(owner_client, owner):
    response = owner_client.post("/coach/invite/quiz/", SCARED_ANSWERS)
    assert response.status_code == 302
    reading = RefusalReading.objects.get(user=owner)
    assert (reading.kind, reading.source) == ("scared", "quiz")
    html = owner_client.get("/coach/invite/").content.decode()
    assert "Your answers point to a scared or ashamed no" in html
    assert "Why" in html and "fear of blame" in html
    assert html.count("Make this one yours") == 3
    assert "a scared no can look like a checked-out one" in html


def test_an_unfinished_quiz_answers_400_and_keeps_what_was_ticked(owner_client, owner):
    response = owner_client.post("/coach/invite/quiz/", {"reaction": "flat"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pick the answer that is closest" in html and "Step 2 of 6" in html
    # the answer already given is kept on its own step
    first = owner_client.get("/coach/invite/quiz/?step=1").content.decode()
    assert 'value="flat" required id="id_reaction_2" checked' in first
    assert not RefusalReading.objects.filter(user=owner).exists()


def test_a_checked_out_reading_with_fear_signs_puts_the_misread_warning_up_front(owner_client):
    answers = {
        "reaction": "stung",
        "reason": "pointless",
        "talk": "elsewhere",
        "leaving": "calmly",
        "after": "no_repair",
        "go_first": "indifferent",
    }
    owner_client.post("/coach/invite/quiz/", answers)
    html = owner_client.get("/coach/invite/").content.decode()
    assert "checked-out no" in html
    assert '<p class="notice">The misread to watch for' in html


def test_answers_that_point_nowhere_ask_the_person_to_pick(owner_client, owner):
    unsure = dict.fromkeys(["reaction", "talk", "leaving", "after", "go_first"], "unsure")
    owner_client.post("/coach/invite/quiz/", {**unsure, "reason": "none"})
    assert RefusalReading.objects.get(user=owner).kind == ""
    html = owner_client.get("/coach/invite/").content.decode()
    assert "No clear reading yet" in html and "Pick the type that sounds closest" in html
    assert "Make this one yours" not in html


def test_picking_a_type_directly_shows_its_scripts(owner_client, owner):
    response = owner_client.post("/coach/invite/pick/", {"kind": "checked_out"})
    assert response.status_code == 302
    html = owner_client.get("/coach/invite/").content.decode()
    assert "You chose a checked-out no" in html
    assert "The door is open" in html and "I am going first" not in html


def test_picking_nothing_answers_400(owner_client):
    response = owner_client.post("/coach/invite/pick/", {"kind": "angry"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_scripts_use_the_partners_name_from_settings(owner_client, owner):
    owner.profile.partner_name = "Robin"
    owner.profile.save()
    owner_client.post("/coach/invite/pick/", {"kind": "minimizing"})
    html = owner_client.get("/coach/invite/").content.decode()
    assert "Robin, I am not saying we are in crisis" in html


def test_personalising_without_javascript_previews_then_saves(owner_client, owner):
    response = owner_client.post(
        "/coach/invite/script/4/",
        {"partner_name": "Sam", "own_words": "I love our Sunday walks", "action": "preview"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sam, I am not saying we are in crisis" in html
    assert "I love our Sunday walks." in html
    assert not Invitation.objects.exists()

    response = owner_client.post(
        "/coach/invite/script/4/",
        {"partner_name": "Sam", "own_words": "I love our Sunday walks", "action": "save"},
    )
    invitation = Invitation.objects.get(user=owner)
    assert response.status_code == 302
    assert response["Location"] == f"/coach/invite/{invitation.pk}/"
    assert invitation.text.startswith("Sam, I am not saying")
    assert invitation.text.endswith("I love our Sunday walks.")
    assert (invitation.kind, invitation.answer) == ("minimizing", "pending")


def test_the_htmx_preview_answers_only_the_preview(owner_client):
    response = owner_client.post(
        "/coach/invite/script/7/preview/",
        {"partner_name": "Jo", "own_words": "No rush."},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<div id="preview"')
    assert "Jo, I have started working on my own part" in html and "No rush." in html
    assert "<html" not in html


def test_without_a_name_the_script_starts_cleanly(owner_client):
    response = owner_client.post(
        "/coach/invite/script/1/preview/", {"partner_name": "", "own_words": ""}
    )
    assert "I have booked a few sessions for myself" in response.content.decode()
    assert "{partner}" not in response.content.decode()


def test_too_long_own_words_answer_400_and_keep_the_text(owner_client):
    long_text = "word " * 200
    response = owner_client.post(
        "/coach/invite/script/1/", {"partner_name": "Al", "own_words": long_text, "action": "save"}
    )
    assert response.status_code == 400
    assert "at most 600 characters" in response.content.decode()
    assert 'value="Al"' in response.content.decode()


def test_an_unknown_script_is_404(owner_client):
    assert owner_client.get("/coach/invite/script/99/").status_code == 404


def _invitation(user, **fields):
    from coaching import services
    from coaching.catalog import scripts

    invitation = services.invitation_create(
        user=user, script=scripts.BY_NUMBER[2], partner_name="Kit", own_words=""
    )
    for name, value in fields.items():
        setattr(invitation, name, value)
    invitation.save()
    return invitation


def test_the_invitation_page_has_the_text_and_a_copy_button(owner_client, owner):
    invitation = _invitation(owner)
    html = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert 'id="invite-text"' in html and "Kit, I keep noticing" in html
    assert 'data-copy-target="invite-text"' in html
    assert "js/coaching.js" in html


def test_recording_when_it_was_used_and_the_answer(owner_client, owner):
    invitation = _invitation(owner)
    used_on = _today(owner) - dt.timedelta(days=13)
    response = owner_client.post(
        f"/coach/invite/{invitation.pk}/answer/", {"used_on": used_on, "answer": "maybe"}
    )
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.used_on == used_on
    assert invitation.answer == "maybe" and invitation.answered_at is not None


def _today(user):
    return timezone.localdate(timezone=user.profile.tz)


def test_the_used_on_date_has_the_same_bounds_in_the_picker_and_on_the_server(owner_client, owner):
    invitation = _invitation(owner)
    today = _today(owner)
    first = invitation.created_at.date() - dt.timedelta(days=365)
    html = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert f'type="date" name="used_on" min="{first.isoformat()}" max="{today.isoformat()}"' in html
    url = f"/coach/invite/{invitation.pk}/answer/"
    for day, message in (
        (today + dt.timedelta(days=1), "That day has not come yet."),
        (first - dt.timedelta(days=1), "more than a year before you made this invitation"),
    ):
        response = owner_client.post(url, {"used_on": day.isoformat(), "answer": "maybe"})
        assert response.status_code == 400
        body = response.content.decode()
        assert body.count(message) == 2  # in the error summary and beside the field
        assert 'aria-describedby="id_used_on_error' in body or "id_used_on_error" in body
    invitation.refresh_from_db()
    assert invitation.used_on is None and invitation.answer == "pending"
    for day in (today, first):
        assert owner_client.post(url, {"used_on": day, "answer": "maybe"}).status_code == 302


def test_a_bad_answer_answers_400_with_the_error_next_to_the_field(owner_client, owner):
    invitation = _invitation(owner)
    response = owner_client.post(
        f"/coach/invite/{invitation.pk}/answer/", {"used_on": "not a date", "answer": "perhaps"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid date" in html and "Select a valid choice" in html
    assert 'value="not a date"' in html


def test_a_yes_offers_the_green_light_and_logs_it_only_on_the_tap(owner_client, owner):
    from checkins.models import Light

    invitation = _invitation(owner)
    owner_client.post(f"/coach/invite/{invitation.pk}/answer/", {"used_on": "", "answer": "yes"})
    html = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert "Log the green light" in html
    assert not Light.objects.filter(user=owner).exists()  # nothing without the tap

    owner_client.post(f"/coach/invite/{invitation.pk}/log-yes/")
    owner_client.post(f"/coach/invite/{invitation.pk}/log-yes/")  # a second tap logs nothing more
    entries = Light.objects.filter(user=owner)
    assert [e.code for e in entries] == ["yes_to_session"]
    html = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert "Logged as a green light" in html and "Log the green light" not in html


def test_no_green_light_offer_for_other_answers(owner_client, owner):
    invitation = _invitation(owner, answer="maybe")
    html = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert "Log the green light" not in html
    response = owner_client.post(f"/coach/invite/{invitation.pk}/log-yes/")
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.yes_logged_at is None


def test_changing_a_yes_back_clears_the_logged_mark(owner_client, owner):
    from django.utils import timezone

    invitation = _invitation(owner, answer="yes", yes_logged_at=timezone.now())
    owner_client.post(f"/coach/invite/{invitation.pk}/answer/", {"used_on": "", "answer": "no"})
    invitation.refresh_from_db()
    assert (invitation.answer, invitation.yes_logged_at) == ("no", None)


def test_deleting_an_invitation(owner_client, owner):
    invitation = _invitation(owner)
    assert owner_client.post(f"/coach/invite/{invitation.pk}/delete/").status_code == 302
    assert not Invitation.objects.filter(pk=invitation.pk).exists()


def test_someone_elses_invitation_is_404_everywhere(other_client, owner):
    invitation = _invitation(owner)
    base = f"/coach/invite/{invitation.pk}/"
    assert other_client.get(base).status_code == 404
    assert other_client.post(base + "answer/", {"answer": "no"}).status_code == 404
    assert other_client.post(base + "log-yes/").status_code == 404
    assert other_client.post(base + "delete/").status_code == 404
    assert Invitation.objects.filter(pk=invitation.pk, answer="pending").exists()


def test_the_invite_page_lists_many_invitations_in_a_fixed_number_of_queries(
    owner_client, owner, django_assert_num_queries
):
    owner_client.post("/coach/invite/quiz/", SCARED_ANSWERS)
    for _ in range(40):
        _invitation(owner)
    with django_assert_num_queries(5):  # the profile comes with the user
        response = owner_client.get("/coach/invite/")
    assert response.content.decode().count("The same side") >= 40


def test_the_gate_hides_every_script_for_a_flagged_person(owner_client, owner):
    invitation = _invitation(owner)
    flag_abuse(owner)
    for path in ["/coach/invite/", "/coach/invite/script/1/", f"/coach/invite/{invitation.pk}/"]:
        html = owner_client.get(path).content.decode()
        assert "Invitations are paused for now" in html, path
        assert "Make this one yours" not in html and "Kit, I keep noticing" not in html
        assert "/safety/guidance/abuse/" in html or "safety/guidance" in html
    response = owner_client.post(
        "/coach/invite/script/1/", {"partner_name": "A", "own_words": "", "action": "save"}
    )
    assert "Invitations are paused" in response.content.decode()
    assert Invitation.objects.filter(user=owner).count() == 1


def test_the_gate_at_view_level_through_the_real_selector(owner_client, owner, monkeypatch):
    """Independent of how safety stores flags: invitations_allowed is the real function, fed an
    abuse flag through the active_flags contract."""
    from safety import selectors

    monkeypatch.setattr(selectors, "active_flags", lambda user: frozenset({"abuse"}))
    assert selectors.invitations_allowed(owner) is False
    response = owner_client.get("/coach/invite/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Invitations are paused for now" in html and "Six short questions" not in html
    hub = owner_client.get("/coach/").content.decode()
    assert "Why invitations are paused" in hub


def test_a_danger_flag_gates_too_but_an_infidelity_flag_does_not(owner_client, monkeypatch):
    from safety import selectors

    monkeypatch.setattr(selectors, "active_flags", lambda user: frozenset({"danger"}))
    assert "Invitations are paused" in owner_client.get("/coach/invite/").content.decode()
    monkeypatch.setattr(selectors, "active_flags", lambda user: frozenset({"infidelity"}))
    assert "Six short questions" in owner_client.get("/coach/invite/").content.decode()


def test_the_quiz_one_question_a_screen_keeps_answers_back_and_forward(owner_client, owner):
    codes = list(SCARED_ANSWERS)
    page = owner_client.get("/coach/invite/quiz/").content.decode()
    assert "Step 1 of 6" in page and '<progress max="6" value="1"' in page
    for number, code in enumerate(codes[:3], 1):
        r = owner_client.post(
            "/coach/invite/quiz/", {"step": number, "go": "next", code: SCARED_ANSWERS[code]}
        )
        assert r["Location"].endswith(f"?step={number + 1}")
    r = owner_client.post("/coach/invite/quiz/", {"step": 4, "go": "back"})
    assert r["Location"].endswith("?step=3")
    third = owner_client.get(r["Location"]).content.decode()
    assert f'value="{SCARED_ANSWERS[codes[2]]}" required id="id_{codes[2]}_' in third
    assert "checked" in third.split(f'value="{SCARED_ANSWERS[codes[2]]}"', 1)[1][:60]
    r = owner_client.post("/coach/invite/quiz/", {"step": 4, "go": "next"})
    assert r.status_code == 400 and "There is a problem" in r.content.decode()
    for number, code in enumerate(codes[3:], 4):
        go = "finish" if number == 6 else "next"
        r = owner_client.post(
            "/coach/invite/quiz/", {"step": number, "go": go, code: SCARED_ANSWERS[code]}
        )
    assert r["Location"] == "/coach/invite/"
    assert RefusalReading.objects.get(user=owner).kind == "scared"
