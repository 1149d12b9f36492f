from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "dvoe.reminders"
    label = "reminders"
    verbose_name = "Reminders"

    def ready(self):
        from django.db.models.signals import post_save

        from dvoe.lib import demo, onboarding, panels, userdata
        from dvoe.reminders import demo as reminders_demo
        from dvoe.reminders import selectors, signals, views

        panels.register("settings", "reminders", order=20, provider=views.settings_panel)
        onboarding.register("reminders:start", order=20, is_done=selectors.offer_answered)
        userdata.register("reminders", title="Reminders", export=selectors.export_for)
        demo.register("reminders", reminders_demo.seed, order=60)
        post_save.connect(
            signals.profile_saved, sender="accounts.Profile", dispatch_uid="reminders.profile"
        )
        try:
            from checkins.signals import season_changed
        except ImportError:  # checkins not installed: no seasons to follow
            return
        season_changed.connect(signals.season_changed, dispatch_uid="reminders.season")
