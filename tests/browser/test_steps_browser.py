"""Long pages as steps, in a real browser at 360 px: the safety check, the quiz and the review,
walked with and without JavaScript, each step under two screens (1,480 px), no sideways scroll,
axe clean in light and dark; the error summary takes focus; the friendly 405; Print."""

import random

import pytest

from checkins import demo
from coaching import services as coaching_services
from coaching.catalog import scripts
from safety.models import Screening
from tests.browser.helpers import has_horizontal_scroll, sign_in_context
from tests.coaching.helpers import SCARED_ANSWERS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TWO_SCREENS = 1480


def _page(browser, live_server, user, *, js=True, scheme="light"):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=js, color_scheme=scheme
    )
    sign_in_context(context, live_server.url, user)
    return context, context.new_page()


def _fits(page):
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < TWO_SCREENS, (page.url, height)
    assert not has_horizontal_scroll(page), page.url


def _progress(page, number, total):
    assert f"Step {number} of {total}" in page.locator(".steps-count").inner_text()
    bar = page.locator("main progress")
    assert bar.get_attribute("value") == str(number) and bar.get_attribute("max") == str(total)


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_safety_check_step_by_step_keeps_every_answer(browser, live_server, owner, js):
    context, page = _page(browser, live_server, owner, js=js)
    page.goto(f"{live_server.url}/safety/check/")
    main = page.locator("main")
    # Skip is near the top, before the questions
    assert main.locator("button:has-text('Skip for now')").bounding_box()["y"] < 400
    _progress(page, 1, 6)
    _fits(page)
    page.check("#id_hark_afraid_1")  # no
    page.click("main button:has-text('Next')")
    _progress(page, 2, 6)
    _fits(page)
    page.click("main button:has-text('Next')")
    page.select_option("#id_hits_scream", "3")
    page.click("main button:has-text('Back')")
    page.click("main button:has-text('Back')")
    _progress(page, 1, 6)
    assert page.is_checked("#id_hark_afraid_1")
    for number in range(2, 6):
        page.click("main button:has-text('Next')")
        _progress(page, number, 6)
        _fits(page)
    assert page.is_checked("#id_affair_1") is False
    page.check("#id_affair_1")
    page.click("main button:has-text('Next')")
    _progress(page, 6, 6)
    _fits(page)
    page.check("#id_checked_out_1")
    page.check("#id_self_harm_1")
    page.click("main button:has-text('See what fits')")
    page.wait_for_url("**/safety/check/answers/")
    import json

    answers = json.loads(Screening.objects.get(user=owner).answers)
    assert answers == {
        "hark_afraid": "no",
        "hits_scream": "3",
        "affair": "no",
        "checked_out": "no",
        "self_harm": "no",
    }
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_quiz_one_question_a_screen(browser, live_server, owner, js):
    context, page = _page(browser, live_server, owner, js=js)
    page.goto(f"{live_server.url}/coach/invite/quiz/")
    codes = list(SCARED_ANSWERS)
    for number, code in enumerate(codes, 1):
        _progress(page, number, 6)
        _fits(page)
        page.check(f"main input[name={code}][value={SCARED_ANSWERS[code]}]")
        if number == 3:  # back and forward keep the answer
            page.click("main button:has-text('Back')")
            page.click("main button:has-text('Next question')")
            assert page.is_checked(f"main input[name={code}][value={SCARED_ANSWERS[code]}]")
        last = number == len(codes)
        page.click(f"main button:has-text('{'See the reading' if last else 'Next question'}')")
    page.wait_for_url(f"{live_server.url}/coach/invite/")
    assert "scared or ashamed no" in page.locator("main").inner_text()
    context.close()


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_review_in_six_steps_to_a_decision_and_the_summary(browser, live_server, owner, js):
    demo.seed(user=owner, days=40, rng=random.Random(3))
    context, page = _page(browser, live_server, owner, js=js)
    page.goto(f"{live_server.url}/season/review/")
    for number in range(1, 4):
        _progress(page, number, 6)
        _fits(page)
        page.click("main a.steps-next")
    _progress(page, 4, 6)
    _fits(page)
    page.fill("#id_fighting_alone", "Mostly alone, some days not.")
    page.click("main button:has-text('Next: what next')")
    _progress(page, 5, 6)
    _fits(page)
    page.click("main button:has-text('Back')")
    assert page.input_value("#id_fighting_alone") == "Mostly alone, some days not."
    page.click("main button:has-text('Next: what next')")
    page.click("main button:has-text('Record my decision')")  # nothing chosen: the summary
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    if js:
        assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.check("#id_decision_3")  # pause
    page.click("main button:has-text('Record my decision')")
    _progress(page, 6, 6)
    _fits(page)
    page.check("main input[name=include][value=answers]")
    page.click("main button:has-text('Open the summary')")
    main = page.locator("main")
    assert "Mostly alone, some days not." in main.inner_text()
    print_button = main.locator("button:has-text('Print or save as PDF')")
    hint = main.locator("[data-print-hint]")
    page.wait_for_load_state("load")
    if js:
        print_button.wait_for(state="visible")
    assert print_button.is_visible() is js and hint.is_visible() is (not js)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_step_is_axe_clean(browser, live_server, owner, axe, scheme):
    demo.seed(user=owner, days=40, rng=random.Random(3))
    invitation = coaching_services.invitation_create(
        user=owner, script=scripts.BY_NUMBER[1], partner_name="Sam", own_words=""
    )
    coaching_services.invitation_record(invitation=invitation, used_on=None, answer="yes")
    context, page = _page(browser, live_server, owner, scheme=scheme)
    paths = [f"/safety/check/?step={n}" for n in range(1, 7)]
    paths += [f"/coach/invite/quiz/?step={n}" for n in range(1, 7)]
    paths += [f"/season/review/?step={n}" for n in range(1, 7)]
    paths += [
        "/season/review/?step=5&part=date",
        "/season/review/summary/?include=focus&include=trend",
        f"/coach/invite/{invitation.pk}/",
        f"/coach/invite/{invitation.pk}/delete/",
        "/journal/save/",  # the friendly 405
    ]
    failures = {}
    for path in paths:
        page.goto(live_server.url + path)
        if violations := axe(page):
            failures[path] = violations
        assert not has_horizontal_scroll(page), path
    assert failures == {}
    context.close()


def test_an_error_summary_takes_focus_and_links_to_its_field(browser, live_server, owner):
    context, page = _page(browser, live_server, owner)
    page.goto(f"{live_server.url}/coach/invite/quiz/?step=2")
    page.click("main button:has-text('Next question')")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.click(".error-summary a")
    assert page.evaluate("document.activeElement.id") == "id_reason_0"
    context.close()


def test_save_and_copy_copies_the_words(browser, live_server, owner):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, permissions=["clipboard-read", "clipboard-write"]
    )
    sign_in_context(context, live_server.url, owner)
    page = context.new_page()
    page.goto(f"{live_server.url}/coach/invite/script/1/")
    page.fill("#id_partner_name", "Robin")
    page.locator("#preview").get_by_text("Robin").first.wait_for()
    page.click("main button:has-text('Save and copy')")
    page.wait_for_url("**/coach/invite/*/")
    assert "Saved and copied" in page.locator("main").inner_text()
    assert "Robin" in page.evaluate("navigator.clipboard.readText()")
    context.close()
