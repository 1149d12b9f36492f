"""A yes gets a warm moment (and the green light only on the tap), deleting asks first on its own
page, "Save and copy" says whether it copied."""

import pytest

from checkins.models import Light
from coaching import services
from coaching.catalog import scripts
from coaching.models import Invitation

pytestmark = pytest.mark.django_db


def _invitation(user):
    return services.invitation_create(
        user=user, script=scripts.BY_NUMBER[1], partner_name="Sam", own_words=""
    )


def test_a_yes_gets_a_warm_moment_not_noted_and_logs_nothing_until_the_tap(owner_client, owner):
    invitation = _invitation(owner)
    r = owner_client.post(f"/coach/invite/{invitation.pk}/answer/", {"answer": "yes"})
    assert r["Location"].endswith(f"/coach/invite/{invitation.pk}/#yes")
    page = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert "They said yes to one session" in page and "Noted." not in page
    assert 'class="moment"' in page and "Log the green light" in page
    assert not Light.objects.filter(user=owner).exists()


def test_other_answers_get_a_kind_line(owner_client, owner):
    invitation = _invitation(owner)
    r = owner_client.post(f"/coach/invite/{invitation.pk}/answer/", {"answer": "no"}, follow=True)
    assert "not the last word" in r.content.decode()


def test_delete_is_secondary_and_asks_on_its_own_page(owner_client, owner):
    invitation = _invitation(owner)
    page = owner_client.get(f"/coach/invite/{invitation.pk}/").content.decode()
    assert "button-danger" not in page
    assert f'class="button button-secondary" href="/coach/invite/{invitation.pk}/delete/"' in page
    confirm = owner_client.get(f"/coach/invite/{invitation.pk}/delete/")
    assert confirm.status_code == 200 and "Yes, delete it" in confirm.content.decode()
    assert Invitation.objects.filter(pk=invitation.pk).exists()
    owner_client.post(f"/coach/invite/{invitation.pk}/delete/")
    assert not Invitation.objects.filter(pk=invitation.pk).exists()


def test_save_and_copy_says_whether_it_copied(owner_client):
    r = owner_client.post(
        "/coach/invite/script/1/",
        {"action": "save", "copied": "1", "partner_name": "Sam"},
        follow=True,
    )
    assert "Saved and copied" in r.content.decode()
    r = owner_client.post(
        "/coach/invite/script/1/",
        {"action": "save", "copied": "0", "partner_name": "Sam"},
        follow=True,
    )
    assert "Copy it with the button below" in r.content.decode()
