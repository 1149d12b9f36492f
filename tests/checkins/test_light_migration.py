"""0003_light renames SignalEntry to Light: the rows, their ids and their encrypted notes survive,
the notes still decrypt (also after a key rotation), and the constraint still refuses unknown codes."""

import datetime as dt

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("checkins", "0002_uk_spelling_labels")]
AFTER = [("checkins", "0003_light")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_rename_keeps_rows_and_encrypted_notes(owner, settings):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FERNET_KEYS = [old_key]
    try:
        apps = migrate(BEFORE)
        SignalEntry = apps.get_model("checkins", "SignalEntry")
        night = dt.date(2026, 11, 30)
        kept = SignalEntry.objects.create(
            user_id=owner.pk,
            night=night,
            code="snapback",
            kind="red",
            note="words before the rename",
        )
        SignalEntry.objects.create(user_id=owner.pk, night=night, code="softened", kind="green")
        with connection.cursor() as cursor:
            cursor.execute("SELECT note FROM checkins_signalentry WHERE id = %s", [kept.pk])
            token = cursor.fetchone()[0]
        assert "before the rename" not in token

        apps = migrate(AFTER)
        Light = apps.get_model("checkins", "Light")
        assert Light.objects.count() == 2
        assert Light.objects.get(pk=kept.pk).note == "words before the rename"

        settings.FERNET_KEYS = [new_key, old_key]
        call_command("rotate_journal_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
        settings.FERNET_KEYS = [new_key]  # the old key gone: the renamed table was rotated too
        from checkins.models import Light as CurrentLight

        assert CurrentLight.objects.get(pk=kept.pk).note == "words before the rename"
        with pytest.raises(IntegrityError), transaction.atomic():
            CurrentLight.objects.create(user_id=owner.pk, night=night, code="nonsense", kind="red")
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
