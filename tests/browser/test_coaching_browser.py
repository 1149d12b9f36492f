"""Coaching in a real browser: the quiz to a copied, answered invitation; the gate for a flagged
person; the practice toggles on /tonight/ with and without JavaScript; the builder's live preview."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from checkins.models import Light
from coaching import services
from coaching.catalog import scripts
from coaching.models import Invitation, PracticeMark
from tests.browser.helpers import has_horizontal_scroll, sign_in_context
from tests.coaching.helpers import flag_abuse, start_season
from tests.coaching.pages import seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _page(browser, live_server, user, *, js=True, **options):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=js, **options
    )
    sign_in_context(context, live_server.url, user)
    return context, context.new_page()


def test_quiz_to_script_to_copy_to_recorded_answer(browser, live_server, owner, axe):
    context, page = _page(
        browser, live_server, owner, permissions=["clipboard-read", "clipboard-write"]
    )
    page.goto(f"{live_server.url}/coach/invite/")
    page.click("main a:has-text('Start the questions')")
    # A scared reading: the first option of most questions, one question a screen.
    for question in ["reaction", "reason", "talk", "leaving", "after", "go_first"]:
        page.check(f"#id_{question}_{1 if question == 'leaving' else 0}")
        last = question == "go_first"
        page.click(f"main button:has-text('{'See the reading' if last else 'Next question'}')")
    page.wait_for_url(f"{live_server.url}/coach/invite/")
    main = page.locator("main")
    assert "Your answers point to a scared or ashamed no" in main.inner_text()
    assert main.locator(".coach-script").count() == 3
    assert axe(page) == []
    assert not has_horizontal_scroll(page)

    main.locator("a:has-text('Make this one yours')").first.click()
    page.wait_for_url(re.compile(r"/coach/invite/script/1/$"))
    page.fill("#id_partner_name", "Robin")
    page.fill("#id_own_words", "I would like us to laugh more")
    preview = page.locator("#preview")
    preview.get_by_text("I would like us to laugh more.").wait_for()
    assert preview.inner_text().count("Robin, I have booked") == 1
    page.click("main button:has-text('Save and copy')")
    page.wait_for_url(re.compile(r"/coach/invite/\d+/$"))

    invitation = Invitation.objects.get(user=owner)
    copy = page.locator("main button:has-text('Copy the text')")
    assert copy.is_visible()
    copy.click()
    page.locator("#copy-status").get_by_text("Copied.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == invitation.text

    used_on = timezone.localdate(timezone=owner.profile.tz) - dt.timedelta(days=2)
    page.locator("main summary:has-text('Record it')").click()  # folded: the words come first
    page.fill("#id_used_on", used_on.isoformat())
    page.check("main input[name=answer][value=yes]")
    page.click("main button:has-text('Save')")
    page.locator("main").get_by_text("Log the green light").wait_for()
    assert not Light.objects.filter(user=owner).exists()
    page.click("main button:has-text('Log the green light')")
    page.locator("main").get_by_text("Logged as a green light").first.wait_for()
    assert [e.code for e in Light.objects.filter(user=owner)] == ["yes_to_session"]
    invitation.refresh_from_db()
    assert (invitation.answer, invitation.used_on) == ("yes", used_on)
    context.close()


def test_the_gated_view_for_a_flagged_person(browser, live_server, owner, axe):
    flag_abuse(owner)
    context, page = _page(browser, live_server, owner)
    page.goto(f"{live_server.url}/coach/invite/")
    main = page.locator("main")
    assert main.locator("h1").inner_text() == "Invitations are paused for now"
    assert main.locator(".coach-script").count() == 0
    assert "Six short questions" not in main.inner_text()
    assert "Start the questions" not in main.inner_text()
    main.locator("a:has-text('Read the safety guidance')").click()
    page.wait_for_url(re.compile(r"/safety/guidance/abuse/$"))
    page.goto(f"{live_server.url}/coach/invite/script/2/")
    assert "Invitations are paused" in page.locator("main").inner_text()
    assert axe(page) == []
    context.close()


def test_practice_toggles_on_tonight_with_javascript(browser, live_server, owner):
    context, page = _page(browser, live_server, owner)
    page.goto(f"{live_server.url}/tonight/")
    page.evaluate("window.__same_page = true")
    page.locator("#practice summary").click()  # folded to its summary on /tonight/ (issue #14)
    button = page.locator("#practice-regulate")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    page.locator("#practice-regulate[aria-pressed=true]").wait_for()
    assert page.evaluate("window.__same_page === true")  # swapped in place, no reload
    assert list(PracticeMark.objects.values_list("code", flat=True)) == ["regulate"]
    page.locator("#practice-regulate").click()
    page.locator("#practice-regulate[aria-pressed=false]").wait_for()
    assert not PracticeMark.objects.exists()
    assert not has_horizontal_scroll(page)
    context.close()


def test_practice_toggles_on_tonight_without_javascript(browser, live_server, owner):
    context, page = _page(browser, live_server, owner, js=False)
    page.goto(f"{live_server.url}/tonight/")
    page.locator("#practice summary").click()  # folded to its summary on /tonight/ (issue #14)
    page.locator("#practice-no_chasing").click()
    page.wait_for_url(f"{live_server.url}/tonight/#practice")
    assert page.locator("#practice-no_chasing").get_attribute("aria-pressed") == "true"
    assert list(PracticeMark.objects.values_list("code", flat=True)) == ["no_chasing"]
    context.close()


def test_builder_live_preview_flags_and_softens(browser, live_server, owner, axe):
    context, page = _page(browser, live_server, owner)
    page.goto(f"{live_server.url}/coach/i-statement/")
    page.fill("#id_happened", "you never ask about my day")
    page.fill("#id_situation", "at dinner")
    page.fill("#id_feel", "lonely")
    page.fill("#id_need", "ten minutes to talk")
    preview = page.locator("#preview")
    # Wait for the preview that carries all four parts (each keystroke batch sends a request).
    preview.get_by_text(
        "When you never ask about my day at dinner, I feel lonely, and what I need is ten minutes to talk."
    ).wait_for()
    assert "Try: “lately it has felt to me as if you don't”" in preview.inner_text()
    assert axe(page) == []
    page.click("main button:has-text('Use the gentler wording')")
    page.wait_for_load_state()
    assert page.input_value("#id_happened") == (
        "lately it has felt to me as if you don't ask about my day"
    )
    page.click("main button:has-text('Save draft')")
    page.locator("main").get_by_text("Your drafts").wait_for()
    context.close()


def test_builder_and_personalising_work_without_javascript(browser, live_server, owner):
    context, page = _page(browser, live_server, owner, js=False)
    page.goto(f"{live_server.url}/coach/invite/script/5/")
    page.fill("#id_partner_name", "Kim")
    page.click("main button:has-text('Update the preview')")
    assert "Kim, we get the boiler serviced" in page.locator("#preview").inner_text()
    assert not page.locator("main button:has-text('Copy the text')").is_visible()
    page.click("main button:has-text('Save and copy')")
    page.wait_for_url(re.compile(r"/coach/invite/\d+/$"))
    assert "Kim, we get the boiler serviced" in page.locator("#invite-text").inner_text()
    context.close()


TWO_SCREENS = 2 * 740


def test_the_invitation_pages_stay_under_two_screens(browser, live_server, owner, axe):
    """Why a script fits, what to avoid and what an invitation can and cannot do are folded
    (<details>), and a saved invitation's answer is a line with "Change it": every script page
    and a saved invitation stay under two screens at 360 x 740."""
    seed(owner)  # a reading, so every script can be made yours
    pending = services.invitation_create(
        user=owner,
        script=scripts.BY_NUMBER[2],
        partner_name="Alex",
        own_words="I miss how we used to talk on the walk home.",
    )
    context, page = _page(browser, live_server, owner)
    heights = {}
    for number in range(1, 10):
        page.goto(f"{live_server.url}/coach/invite/script/{number}/")
        heights[f"script {number}"] = page.evaluate("document.documentElement.scrollHeight")
    page.goto(f"{live_server.url}/coach/invite/{pending.pk}/")
    heights["pending"] = page.evaluate("document.documentElement.scrollHeight")
    assert axe(page) == []
    assert not has_horizontal_scroll(page)
    assert all(height < TWO_SCREENS for height in heights.values()), heights
    # what is folded is one tap away, without losing anything
    page.locator("main summary:has-text('What an invitation can and cannot do')").click()
    page.get_by_text("One session is a smaller yes").wait_for()
    page.goto(f"{live_server.url}/coach/invite/script/1/")
    page.locator("main summary:has-text('Why it fits, and what to avoid')").click()
    page.get_by_text("What to avoid:").wait_for()
    assert axe(page) == []
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["htmx", "no-js"])
def test_choosing_a_focus_puts_it_first_on_tonight_with_one_tap(browser, live_server, owner, js):
    start_season(owner)
    context, page = _page(browser, live_server, owner, js=js)
    page.goto(f"{live_server.url}/tonight/")
    page.locator("#practice a:has-text('Choose your focus')").click()
    page.wait_for_url(re.compile(r"/coach/practice/#focus$"))
    page.check("#focus input[value=regulate]")
    page.check("#focus input[value=no_chasing]")
    page.click("#focus button:has-text('Save my focus')")
    page.get_by_text("Your focus for this season is saved").wait_for()
    page.goto(f"{live_server.url}/tonight/")
    focus = page.locator("#practice .coach-focus .coach-toggle")
    assert focus.all_inner_texts() == ["Calmed myself first", "Didn't chase a talk"]
    assert not page.locator("#practice-boundary").is_visible()  # the rest is folded
    page.locator("#practice-regulate").click()  # one tap: done tonight
    page.locator("#practice-regulate[aria-pressed=true]").wait_for()
    assert list(PracticeMark.objects.values_list("code", flat=True)) == ["regulate"]
    assert not has_horizontal_scroll(page)
    context.close()


def test_the_focus_chooser_and_the_delete_questions_pass_axe_in_dark(
    browser, live_server, owner, axe
):
    seed(owner)
    start_season(owner)
    draft = owner.istatement_drafts.first()
    reflection = owner.is_it_me_reflections.first()
    context, page = _page(browser, live_server, owner, color_scheme="dark")
    failures = {}
    for path in (
        "/coach/practice/",
        f"/coach/i-statement/{draft.pk}/",
        f"/coach/i-statement/{draft.pk}/delete/",
        f"/coach/is-it-me/{reflection.pk}/delete/",
    ):
        page.goto(live_server.url + path)
        if violations := axe(page):
            failures[path] = violations
        assert not has_horizontal_scroll(page), path
    assert failures == {}
    context.close()
