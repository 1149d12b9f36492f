"""Re-encrypt every journal text, light note, season focus and review answer with the newest key.

Rotation: put a new key first in FERNET_KEYS (keep the old ones after it), deploy, run
`python manage.py rotate_journal_keys`, then drop the old keys. Works on raw column values so
nothing is decrypted into Python objects beyond the token being rotated; batches keep memory flat.
"""

from django.core.management.base import BaseCommand
from django.db import connection, models, transaction

from checkins.models import JournalEntry, Light, Season
from dvoe.lib import crypto

TARGETS = [
    (JournalEntry, ["text"]),
    (Light, ["note"]),
    (Season, ["focus", "review_answers"]),
]
BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt checkins' encrypted columns with the newest key in FERNET_KEYS."

    def handle(self, *args, **options):
        total = 0
        for model, fields in TARGETS:
            table = connection.ops.quote_name(model._meta.db_table)
            for name in fields:
                field = model._meta.get_field(name)
                assert isinstance(field, models.Field) and field.column
                column = connection.ops.quote_name(field.column)
                total += self._rotate(table, column)
        self.stdout.write(self.style.SUCCESS(f"Re-encrypted {total} values with the newest key."))

    def _rotate(self, table: str, column: str) -> int:
        done, last_id = 0, 0
        while True:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT id, {column} FROM {table} WHERE id > %s AND {column} <> '' "  # noqa: S608
                    "ORDER BY id LIMIT %s",
                    [last_id, BATCH],
                )
                rows = cursor.fetchall()
                if not rows:
                    return done
                for pk, token in rows:
                    cursor.execute(
                        f"UPDATE {table} SET {column} = %s WHERE id = %s",  # noqa: S608
                        [crypto.rotate(token), pk],
                    )
                done += len(rows)
                last_id = rows[-1][0]
