"""SignalEntry is now Light, the domain's word. A rename, not a new table: the rows, their ids and
their encrypted notes stay as they are (Fernet tokens are not tied to a table name). The index and
the constraint take the new name too."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("checkins", "0002_uk_spelling_labels"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameModel(old_name="SignalEntry", new_name="Light"),
        migrations.RenameIndex(
            model_name="light",
            new_name="checkins_light_user_night",
            old_name="checkins_signal_user_night",
        ),
        migrations.RemoveConstraint(model_name="light", name="checkins_signal_known_code"),
        migrations.AddConstraint(
            model_name="light",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "code__in",
                        [
                            "repair_initiated",
                            "real_question",
                            "softened",
                            "followed_through",
                            "raised_relationship",
                            "yes_to_session",
                            "other_green",
                            "snapback",
                            "agree_no_change",
                            "reset_days",
                            "present_absent",
                            "other_red",
                        ],
                    )
                ),
                name="checkins_light_known_code",
            ),
        ),
    ]
