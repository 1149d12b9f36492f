from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "checkins"
    # What checkins adds to shared pages lives in checkins/hooks.py (found by dvoe.lib.hooks).
