"""Profile.display_name and partner_name become Fernet-encrypted text, like everything else a
person writes. The columns change type, then every existing name is encrypted in place (raw SQL:
the model field would try to decrypt the plain text). Reversible: names are decrypted back."""

from django.db import migrations

import dvoe.lib.crypto

FIELDS = ("display_name", "partner_name")


def _is_token(value: str) -> bool:
    try:
        dvoe.lib.crypto.decrypt(value)
    except (ValueError, TypeError):
        return False
    return True


def _convert(apps, schema_editor, change):
    Profile = apps.get_model("accounts", "Profile")
    table = Profile._meta.db_table
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f) for f in FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {columns} FROM {quote(table)}")  # noqa: S608
        rows = cursor.fetchall()
        for pk, *values in rows:
            new = [change(v) if v else v for v in values]
            if new != values:
                assignments = ", ".join(f"{quote(f)} = %s" for f in FIELDS)
                cursor.execute(
                    f"UPDATE {quote(table)} SET {assignments} WHERE id = %s",  # noqa: S608
                    [*new, pk],
                )


def encrypt_names(apps, schema_editor):
    _convert(apps, schema_editor, lambda v: v if _is_token(v) else dvoe.lib.crypto.encrypt(v))


def decrypt_names(apps, schema_editor):
    _convert(apps, schema_editor, lambda v: dvoe.lib.crypto.decrypt(v) if _is_token(v) else v)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_page_version"),
    ]

    operations = [
        migrations.AlterField(
            model_name="profile",
            name="display_name",
            field=dvoe.lib.crypto.EncryptedTextField(
                blank=True,
                help_text="What dvoe calls you. A first name or a nickname.",
                max_length=40,
            ),
        ),
        migrations.AlterField(
            model_name="profile",
            name="partner_name",
            field=dvoe.lib.crypto.EncryptedTextField(
                blank=True,
                help_text="Optional. dvoe says “your partner” unless you give a first name.",
                max_length=40,
            ),
        ),
        migrations.RunPython(encrypt_names, decrypt_names, elidable=False),
    ]
