"""The "I" statement builder: live preview, the gentler rewrite, drafts saved encrypted, listed,
edited and deleted, and owner scoping."""

import pytest
from django.db import connection

from coaching.models import IStatementDraft

pytestmark = pytest.mark.django_db

PARTS = {
    "happened": "you never text when you're late",
    "situation": "on work nights",
    "feel": "anxious",
    "need": "a quick message",
}


def test_the_htmx_preview_shows_the_sentence_and_flags_the_accusation(owner_client):
    response = owner_client.post(
        "/coach/i-statement/preview/", PARTS, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.strip().startswith('<div id="preview"')
    assert "When you never text when you&#x27;re late on work nights, I feel anxious" in html
    assert "You wrote “you never”" in html
    assert "lately it has felt to me as if you don&#x27;t" in html
    assert "Use the gentler wording" in html


def test_a_clean_sentence_says_so(owner_client):
    parts = {**PARTS, "happened": "the plans changed without a message"}
    html = owner_client.post("/coach/i-statement/preview/", parts).content.decode()
    assert "Nothing here reads as an accusation" in html


def test_soften_without_javascript_rewrites_the_flagged_field_and_saves_nothing(owner_client):
    response = owner_client.post("/coach/i-statement/", {**PARTS, "action": "soften"})
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "lately it has felt to me as if you don&#x27;t text when you&#x27;re late</textarea>"
        in html
    )
    assert not IStatementDraft.objects.exists()


def test_preview_without_javascript_keeps_what_was_typed(owner_client):
    response = owner_client.post("/coach/i-statement/", {**PARTS, "action": "preview"})
    assert response.status_code == 200
    assert "I feel anxious, and what I need is a quick message." in response.content.decode()


def test_saving_a_draft_stores_it_encrypted_and_lists_it(owner_client, owner):
    response = owner_client.post("/coach/i-statement/", {**PARTS, "action": "save"})
    assert response.status_code == 302
    draft = IStatementDraft.objects.get(user=owner)
    assert draft.feel == "anxious"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT happened, feel FROM coaching_istatementdraft WHERE id = %s", [draft.pk]
        )
        raw = cursor.fetchone()
    assert "never" not in raw[0] and raw[1] != "anxious" and raw[1].startswith("gAAAA")
    html = owner_client.get("/coach/i-statement/").content.decode()
    assert "Your drafts" in html and "I feel anxious" in html


def test_missing_parts_answer_400_with_errors_next_to_the_fields(owner_client):
    response = owner_client.post(
        "/coach/i-statement/", {"happened": "x", "situation": "", "feel": "", "need": ""}
    )
    assert response.status_code == 400
    html = response.content.decode()
    # each error beside its field, and again as a link in the error summary at the top
    summary, _, fields = html.partition("</section>")
    assert summary.count("This field is required.") == 2 and 'class="error-summary"' in summary
    assert fields.count("This field is required.") == 2
    assert "\nx</textarea>" in html


def test_editing_and_deleting_a_draft(owner_client, owner):
    owner_client.post("/coach/i-statement/", PARTS)
    draft = IStatementDraft.objects.get(user=owner)
    html = owner_client.get(f"/coach/i-statement/{draft.pk}/").content.decode()
    assert "Edit your draft" in html and "\nanxious</textarea>" in html
    owner_client.post(f"/coach/i-statement/{draft.pk}/", {**PARTS, "feel": "lonely"})
    draft.refresh_from_db()
    assert draft.feel == "lonely"
    assert owner_client.post(f"/coach/i-statement/{draft.pk}/delete/").status_code == 302
    assert not IStatementDraft.objects.exists()


def test_someone_elses_draft_is_404(other_client, owner_client, owner):
    owner_client.post("/coach/i-statement/", PARTS)
    draft = IStatementDraft.objects.get(user=owner)
    assert other_client.get(f"/coach/i-statement/{draft.pk}/").status_code == 404
    assert other_client.post(f"/coach/i-statement/{draft.pk}/", PARTS).status_code == 404
    assert other_client.post(f"/coach/i-statement/{draft.pk}/delete/").status_code == 404
    assert "Your drafts" not in other_client.get("/coach/i-statement/").content.decode()


def test_many_drafts_list_in_a_fixed_number_of_queries(
    owner_client, owner, django_assert_num_queries
):
    IStatementDraft.objects.bulk_create(
        IStatementDraft(user=owner, happened=f"thing {i}", feel="tired", need="rest")
        for i in range(60)
    )
    with django_assert_num_queries(4):  # the profile comes with the user
        html = owner_client.get("/coach/i-statement/").content.decode()
    assert html.count("Edit<span") == 60
