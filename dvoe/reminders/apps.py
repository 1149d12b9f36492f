from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "dvoe.reminders"
    label = "reminders"
    verbose_name = "Reminders"
