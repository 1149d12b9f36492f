"""The three outcomes of text screening and the check-in question.

Routing is unit-tested with real ScreenResult values fed through services.outcome_for (the seam
screen_and_record uses): today's screening library leaves `possible` empty, so this is how the ask
path is reached end to end. Everything else uses real screened texts."""

import pytest

from safety import services
from safety.models import CheckIn, DismissedPassage, Flag
from safety.screening import Match, ScreenResult
from tests.checkins.helpers import tonight

pytestmark = pytest.mark.django_db

SELF_HARM_PASSAGE = "i just want it all to stop."
AFRAID_PASSAGE = "i never know which version of him walks in."


def result(*, route=(), ask=()):
    """A real ScreenResult: each flag with one match whose passage names the flag."""
    matches = tuple(
        Match(flag, f"{flag}.test", f"…{flag} words…", passage=f"words about {flag}", level=level)
        for flags, level in ((route, "route"), (ask, "ask"))
        for flag in flags
    )
    return ScreenResult(flags=frozenset(route), possible=frozenset(ask), matches=matches)


def ask(user, *flags, passage=None):
    matches = tuple(
        Match(f, f"{f}.test", "…", passage=passage or f"words about {f}", level="ask")
        for f in flags
    )
    outcome = services.outcome_for(
        user=user,
        result=ScreenResult(possible=frozenset(flags), matches=matches),
        source="journal",
    )
    return outcome


# --- routing: route now, ask first, or nothing ------------------------------------------------


def test_route_urgent_records_the_flag_and_goes_to_the_urgent_page(owner):
    outcome = services.outcome_for(user=owner, result=result(route=["self_harm"]), source="journal")
    assert outcome.redirect_url == "/safety/urgent/"
    assert outcome.flags == {"self_harm"} and outcome.possible == frozenset()
    flag = Flag.objects.get(user=owner)
    assert (flag.flag, flag.source, flag.rule_ids) == ("self_harm", "journal", ["self_harm.test"])
    assert flag.passages == [services.passage_digest("self_harm", "words about self_harm")]
    # urgent routes on every save that raises it
    again = services.outcome_for(user=owner, result=result(route=["self_harm"]), source="journal")
    assert again.redirect_url == "/safety/urgent/"


def test_route_guidance_goes_to_its_page_only_when_not_already_active(owner):
    first = services.outcome_for(user=owner, result=result(route=["infidelity"]), source="journal")
    assert first.redirect_url == "/safety/guidance/infidelity/"
    second = services.outcome_for(user=owner, result=result(route=["infidelity"]), source="journal")
    assert second.redirect_url is None
    assert Flag.objects.filter(user=owner, flag="infidelity").count() == 2


def test_ask_records_no_flag_and_opens_a_check_in_without_the_text(owner):
    outcome = ask(owner, "self_harm", passage=SELF_HARM_PASSAGE)
    checkin = CheckIn.objects.get(user=owner)
    assert outcome.redirect_url == f"/safety/check-in/{checkin.pk}/"
    assert outcome.possible == {"self_harm"} and outcome.flags == frozenset()
    assert not Flag.objects.exists()
    assert checkin.flags == ["self_harm"]
    assert checkin.passages == {
        "self_harm": [services.passage_digest("self_harm", SELF_HARM_PASSAGE)]
    }
    stored = repr(CheckIn.objects.filter(pk=checkin.pk).values().get())
    assert "want it all to stop" not in stored


def test_nothing_raised_means_nowhere_to_go(owner):
    assert services.outcome_for(user=owner, result=ScreenResult(), source="journal") == (
        services.Outcome()
    )
    assert services.screen_and_record(
        user=owner, text="We had a calm dinner.", source="journal"
    ) == (services.Outcome())


def test_an_urgent_route_wins_over_a_question(owner):
    outcome = services.outcome_for(
        user=owner, result=result(route=["danger", "abuse"], ask=["self_harm"]), source="journal"
    )
    assert outcome.redirect_url == "/safety/urgent/"
    assert not CheckIn.objects.exists()  # the same words ask again at a later save


def test_a_possible_self_harm_is_asked_before_a_new_guidance_page(owner):
    outcome = services.outcome_for(
        user=owner, result=result(route=["infidelity"], ask=["self_harm"]), source="journal"
    )
    assert outcome.redirect_url.startswith("/safety/check-in/")
    # the guidance flag is still recorded, so its banner keeps the link in reach
    assert set(Flag.objects.values_list("flag", flat=True)) == {"infidelity"}


def test_a_new_abuse_route_comes_before_a_possible_guidance_question(owner):
    outcome = services.outcome_for(
        user=owner, result=result(route=["abuse"], ask=["infidelity"]), source="journal"
    )
    assert outcome.redirect_url == "/safety/guidance/abuse/"
    assert not CheckIn.objects.exists()


def test_a_question_is_asked_when_the_route_flag_is_already_active(owner):
    services.outcome_for(user=owner, result=result(route=["addiction"]), source="journal")
    outcome = services.outcome_for(
        user=owner, result=result(route=["addiction"], ask=["checked_out"]), source="journal"
    )
    assert outcome.redirect_url.startswith("/safety/check-in/")


def test_a_possible_flag_already_active_is_not_asked_again(owner):
    services.outcome_for(user=owner, result=result(route=["abuse"]), source="journal")
    assert ask(owner, "abuse").redirect_url is None
    assert not CheckIn.objects.exists()


def test_autosaves_keep_one_open_check_in(owner):
    first = ask(owner, "self_harm", passage="first draft")
    second = ask(owner, "self_harm", passage="first draft, and more")
    assert first.redirect_url == second.redirect_url
    assert CheckIn.objects.filter(user=owner, closed_at__isnull=True).count() == 1
    assert CheckIn.objects.get().passages["self_harm"] == [
        services.passage_digest("self_harm", "first draft, and more")
    ]


# --- the page ---------------------------------------------------------------------------------


def test_the_check_in_asks_directly_with_three_real_buttons(owner_client, owner):
    url = ask(owner, "self_harm").redirect_url
    page = owner_client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert (
        '<h1 id="checkin-question">Are you having thoughts of ending your life or hurting yourself?</h1>'
        in html
    )
    for value, label in [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")]:
        assert f'<button type="submit" name="answer" value="{value}">{label}</button>' in html
    assert "What you wrote is saved, and an app cannot judge how serious things are" in html
    assert 'id="quick-exit"' in html
    assert "no-store" in page["Cache-Control"]


@pytest.mark.parametrize(
    "flags, question",
    [
        (["danger"], "Are you afraid of your partner, or has your partner hurt you?"),
        (["abuse"], "Are you afraid of your partner, or has your partner hurt you?"),
        (["infidelity"], "Is an affair going on in your relationship now, as far as you know?"),
        (["addiction"], "drinking, drug use or gambling a problem for you right now?"),
        (["checked_out"], "that they have decided to leave?"),
    ],
)
def test_each_possible_flag_has_its_own_question(owner_client, owner, flags, question):
    html = owner_client.get(ask(owner, *flags).redirect_url).content.decode()
    assert '<h1 id="checkin-question">' in html and question in html


def test_another_persons_check_in_is_404(owner, other_client):
    url = ask(owner, "self_harm").redirect_url
    assert other_client.get(url).status_code == 404
    assert (
        other_client.post(url + "answer/", {"topic": "self_harm", "answer": "no"}).status_code
        == 404
    )
    assert CheckIn.objects.get().closed_at is None
    assert not DismissedPassage.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client, owner):
    url = ask(owner, "self_harm").redirect_url
    assert client.get(url)["Location"].startswith("/accounts/login/")


# --- the answers ------------------------------------------------------------------------------


def answer(client, url, topic, value, **headers):
    return client.post(url + "answer/", {"topic": topic, "answer": value}, **headers)


def test_yes_to_self_harm_records_the_flag_and_goes_to_the_urgent_page(owner_client, owner):
    url = ask(owner, "self_harm").redirect_url
    response = answer(owner_client, url, "self_harm", "yes")
    assert response["Location"] == "/safety/urgent/"
    flag = Flag.objects.get(user=owner)
    assert (flag.flag, flag.source) == ("self_harm", "check-in")
    assert "check-in.yes" in flag.rule_ids
    assert CheckIn.objects.get().answer == "yes"
    assert not DismissedPassage.objects.exists()
    # the closed check-in does not ask again
    assert owner_client.get(url)["Location"] == "/tonight/"


def test_yes_to_danger_routes_urgent_and_brings_abuse(owner_client, owner):
    url = ask(owner, "danger").redirect_url
    assert answer(owner_client, url, "afraid", "yes")["Location"] == "/safety/urgent/"
    assert set(Flag.objects.values_list("flag", flat=True)) == {"danger", "abuse"}


@pytest.mark.parametrize("flag", ["abuse", "infidelity", "addiction", "checked_out"])
def test_yes_to_the_rest_goes_to_their_guidance_page(owner_client, owner, flag):
    url = ask(owner, flag).redirect_url
    topic = services.TOPICS[flag]
    assert answer(owner_client, url, topic, "yes")["Location"] == f"/safety/guidance/{flag}/"
    assert list(Flag.objects.values_list("flag", "source")) == [(flag, "check-in")]


def test_not_sure_shows_human_help_first_and_records_nothing(owner_client, owner, contacts):
    url = ask(owner, "self_harm").redirect_url
    response = answer(owner_client, url, "self_harm", "not_sure")
    assert response["Location"] == url
    page = owner_client.get(url).content.decode()
    assert "Not being sure is all right" in page
    assert page.index("Samaritans") < page.index("All help contacts")  # people before reading
    assert 'href="tel:116123"' in page
    assert not Flag.objects.exists()
    assert not DismissedPassage.objects.exists()


def test_not_sure_about_being_afraid_offers_abuse_support_and_the_guidance(
    owner_client, owner, contacts
):
    url = ask(owner, "abuse").redirect_url
    answer(owner_client, url, "afraid", "not_sure")
    page = owner_client.get(url).content.decode()
    assert 'href="tel:08082000247"' in page
    assert 'href="/safety/guidance/abuse/"' in page


def test_no_records_nothing_and_remembers_the_passage(owner_client, owner):
    url = ask(owner, "self_harm", passage=SELF_HARM_PASSAGE).redirect_url
    response = answer(owner_client, url, "self_harm", "no")
    assert response["Location"] == "/tonight/"
    assert not Flag.objects.exists()
    assert list(DismissedPassage.objects.values_list("digest", flat=True)) == [
        services.passage_digest("self_harm", SELF_HARM_PASSAGE)
    ]
    follow = owner_client.get("/tonight/").content.decode()
    assert "The same words will not bring this question back." in follow
    # The same words never ask again; new words can.
    assert ask(owner, "self_harm", passage=SELF_HARM_PASSAGE) == services.Outcome()
    assert ask(owner, "self_harm", passage="new words").redirect_url.startswith("/safety/check-in/")


def test_no_to_one_question_asks_the_next(owner_client, owner):
    url = ask(owner, "self_harm", "infidelity").redirect_url
    assert "ending your life" in owner_client.get(url).content.decode()
    assert answer(owner_client, url, "self_harm", "no")["Location"] == url
    assert "affair" in owner_client.get(url).content.decode()
    assert answer(owner_client, url, "infidelity", "yes")["Location"] == (
        "/safety/guidance/infidelity/"
    )
    assert list(Flag.objects.values_list("flag", flat=True)) == ["infidelity"]


def test_danger_is_asked_before_self_harm_and_one_no_covers_danger_and_abuse(owner_client, owner):
    url = ask(owner, "self_harm", "danger", "abuse").redirect_url
    assert "afraid of your partner" in owner_client.get(url).content.decode()
    answer(owner_client, url, "afraid", "no")
    assert DismissedPassage.objects.count() == 2
    assert "ending your life" in owner_client.get(url).content.decode()


def test_an_answer_by_htmx_is_a_full_page_redirect(owner_client, owner):
    url = ask(owner, "self_harm").redirect_url
    response = answer(owner_client, url, "self_harm", "yes", HTTP_HX_REQUEST="true")
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/safety/urgent/"


def test_a_stale_or_odd_answer_changes_nothing(owner_client, owner):
    url = ask(owner, "self_harm").redirect_url
    assert answer(owner_client, url, "infidelity", "yes")["Location"] == url
    assert answer(owner_client, url, "self_harm", "maybe")["Location"] == url
    assert owner_client.get(url + "answer/").status_code == 405
    assert not Flag.objects.exists() and CheckIn.objects.get().closed_at is None


# --- end to end with real screened text --------------------------------------------------------


def test_a_journal_save_that_routes_still_routes(owner_client, owner):
    response = owner_client.post(
        "/journal/save/",
        {
            "night": tonight(owner).isoformat(),
            "text": "She checks my phone every night and tells me who I can see.",
            "next": "/tonight/",
        },
    )
    assert response["Location"] == "/safety/guidance/abuse/"
    assert Flag.objects.get().passages == [
        services.passage_digest(
            "abuse", "she checks my phone every night and tells me who i can see."
        )
    ]


def test_admin_shows_check_ins_and_the_memory_read_only_without_text(client, owner):
    from tests.conftest import make_user

    staff = make_user("staff@example.test")
    staff.is_staff = staff.is_superuser = True
    staff.save()
    ask(owner, "self_harm", passage=SELF_HARM_PASSAGE)
    services.passages_remember(user=owner, digests={"a" * 64})
    client.force_login(staff)
    checkin = CheckIn.objects.get()
    for url in (
        "/admin/safety/checkin/",
        f"/admin/safety/checkin/{checkin.pk}/change/",
        "/admin/safety/dismissedpassage/",
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        html = page.content.decode()
        assert "want it all to stop" not in html and "a" * 64 not in html
        assert 'name="_save"' not in html  # nothing to change
    assert client.get("/admin/safety/checkin/add/").status_code == 403
