from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "dvoe.reminders"
    label = "reminders"
    verbose_name = "Reminders"

    def ready(self) -> None:
        # What reminders add to shared pages lives in dvoe/reminders/hooks.py; here only the
        # Django signals they follow.
        from django.db.models.signals import post_save

        from checkins.events import season_changed
        from dvoe.reminders import receivers

        post_save.connect(
            receivers.profile_saved, sender="accounts.Profile", dispatch_uid="reminders.profile"
        )
        season_changed.connect(receivers.season_changed, dispatch_uid="reminders.season")
