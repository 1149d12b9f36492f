from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "safety"
    verbose_name = "Safety"

    def ready(self) -> None:
        # What safety adds to shared pages lives in safety/hooks.py (found by dvoe.lib.hooks).
        from safety import checks  # noqa: F401  (registers the screening model check)
