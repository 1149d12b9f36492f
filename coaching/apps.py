from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "coaching"
    verbose_name = "Coaching"
    # What coaching adds to shared pages lives in coaching/hooks.py (found by dvoe.lib.hooks).
