"""Export, deletion and the demo account's coaching data."""

import random

import pytest
from django.core.management import call_command

from coaching import demo
from coaching.models import (
    Invitation,
    IsItMeReflection,
    IStatementDraft,
    PracticeMark,
    RefusalReading,
)
from dvoe.accounts.models import User
from tests.coaching.pages import seed

pytestmark = pytest.mark.django_db

MODELS = [Invitation, IsItMeReflection, IStatementDraft, PracticeMark, RefusalReading]


def test_export_holds_every_coaching_row_decrypted(owner_client, owner):
    seed(owner)
    exported = owner_client.get("/accounts/export/", {"format": "json"}).json()["coaching"]
    assert exported["invitations"][0]["own_words"] == "I miss us."
    assert exported["invitations"][0]["answer"] == "yes"
    assert exported["i_statements"][0]["happened"] == "you never listen"
    assert exported["is_it_me"][0]["picture"] == "wall"
    assert exported["refusal_readings"][0]["kind"] == "scared"


def test_export_is_registered_with_the_account_export(owner):
    from dvoe.accounts.selectors import export_for

    seed(owner)
    assert export_for(owner)["coaching"]["invitations"][0]["partner_name"] == "Alex"


def test_deleting_the_account_removes_every_coaching_row(owner, other_user):
    seed(owner)
    seed(other_user)
    owner.delete()
    for model in MODELS:
        assert not model.objects.exclude(user=other_user).exists(), model.__name__
    assert Invitation.objects.filter(user=other_user).exists()


def test_the_demo_seeder_is_idempotent_and_realistic(owner):
    demo.seed_demo(user=owner, days=60, rng=random.Random(7))
    counts = [model.objects.filter(user=owner).count() for model in MODELS]
    demo.seed_demo(user=owner, days=60, rng=random.Random(7))
    assert [model.objects.filter(user=owner).count() for model in MODELS] == counts
    assert Invitation.objects.filter(user=owner).count() == 2
    assert IStatementDraft.objects.filter(user=owner).count() == 2
    assert IsItMeReflection.objects.filter(user=owner).count() == 1
    nights = PracticeMark.objects.filter(user=owner).values("night").distinct().count()
    assert 10 < nights <= 60


def test_seed_demo_command_includes_coaching():
    call_command("seed_demo", "--days", "20", "--quiet")
    call_command("seed_demo", "--days", "20", "--quiet")
    user = User.objects.get(email="demo@dvoe.test")
    assert Invitation.objects.filter(user=user).count() == 2
    assert Invitation.objects.filter(user=user).first().text.startswith("Alex, ")
