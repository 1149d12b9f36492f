"""The safety check in steps: answers kept between steps (encrypted in the session), Back and
Forward keep them, the last step submits everything once."""

import json

from safety.models import Screening


def html(response):
    return response.content.decode()


def test_each_step_shows_progress_and_skip_at_the_top(owner_client):
    for number in range(1, 7):
        page = html(owner_client.get(f"/safety/check/?step={number}"))
        assert f"Step {number} of 6" in page
        assert f'<progress max="6" value="{number}"' in page
        assert page.index("Skip for now") < page.index('name="go"')


def test_answers_survive_back_and_forward_and_submit_once(owner_client, owner):
    r = owner_client.post("/safety/check/", {"step": "1", "go": "next", "hark_afraid": "yes"})
    assert r.status_code == 302 and r["Location"].endswith("?step=2")
    r = owner_client.post("/safety/check/", {"step": "3", "go": "back", "hits_scream": "4"})
    assert r["Location"].endswith("?step=2")
    r = owner_client.post("/safety/check/", {"step": "2", "go": "back"})
    assert 'value="yes" id="id_hark_afraid_0" checked' in html(owner_client.get(r["Location"]))
    step2 = html(owner_client.get("/safety/check/?step=3"))
    assert '<option value="4" selected>' in step2
    owner_client.post("/safety/check/", {"step": "4", "go": "next", "danger": ["stalking"]})
    assert not Screening.objects.filter(user=owner).exists()  # nothing stored until the end
    owner_client.post("/safety/check/", {"step": "5", "go": "next", "affair": "no"})
    r = owner_client.post("/safety/check/", {"step": "6", "go": "finish"})
    assert r["Location"] == "/safety/urgent/"
    answers = json.loads(Screening.objects.get(user=owner).answers)
    assert answers["hark_afraid"] == "yes" and answers["hits_scream"] == "4"
    assert answers["danger"] == ["stalking"] and answers["affair"] == "no"
    # the draft is gone: a new check starts empty
    assert "checked" not in html(owner_client.get("/safety/check/?step=1")).split("<main", 1)[1]


def test_the_draft_in_the_session_is_encrypted(owner_client):
    owner_client.post("/safety/check/", {"step": "1", "go": "next", "hark_afraid": "yes"})
    stored = owner_client.session["steps:safety_check"]
    assert "hark" not in stored and "yes" not in stored


def test_an_invalid_answer_on_a_step_stays_on_that_step(owner_client):
    r = owner_client.post("/safety/check/", {"step": "1", "go": "next", "hark_afraid": "maybe"})
    assert r.status_code == 400
    assert "There is a problem" in html(r) and "Step 1 of 6" in html(r)
