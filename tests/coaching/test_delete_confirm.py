"""Every coaching delete asks first on its own page (a GET that changes nothing, then a POST), with
a secondary button and a way back, without JavaScript; only the owner reaches either step."""

import pytest

from coaching.models import Invitation, IsItMeReflection, IStatementDraft
from tests.coaching.pages import seed

pytestmark = pytest.mark.django_db


def _draft(user):
    draft = IStatementDraft.objects.get(user=user)
    return draft, f"/coach/i-statement/{draft.pk}/", f"/coach/i-statement/{draft.pk}/delete/"


def _reflection(user):
    reflection = IsItMeReflection.objects.get(user=user)
    return reflection, "/coach/is-it-me/", f"/coach/is-it-me/{reflection.pk}/delete/"


def _invitation(user):
    invitation = Invitation.objects.get(user=user)
    return (
        invitation,
        f"/coach/invite/{invitation.pk}/",
        f"/coach/invite/{invitation.pk}/delete/",
    )


@pytest.mark.parametrize("thing", [_draft, _reflection, _invitation], ids=lambda f: f.__name__)
def test_a_delete_asks_first_on_its_own_page(owner_client, owner, other_client, thing):
    seed(owner)
    row, page, confirm = thing(owner)
    html = owner_client.get(page).content.decode()
    # the page links to the question, styled secondary, and deletes nothing by itself
    assert f'class="button button-secondary" href="{confirm}"' in html
    assert f'action="{confirm}"' not in html and "button-danger" not in html
    asked = owner_client.get(confirm)
    text = asked.content.decode()
    assert asked.status_code == 200
    assert f'<form method="post" action="{confirm}"' in text
    assert 'class="button-secondary button-destructive">Yes, delete it</button>' in text
    assert "No, keep it" in text
    assert "no undo" in text or "gone for good" in text
    assert type(row).objects.filter(pk=row.pk).exists()
    # someone else reaches neither step
    assert other_client.get(confirm).status_code == 404
    assert other_client.post(confirm).status_code == 404
    assert owner_client.post(confirm).status_code == 302
    assert not type(row).objects.filter(pk=row.pk).exists()
