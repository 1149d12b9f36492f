from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "safety"
    verbose_name = "Safety"

    def ready(self):
        from dvoe.lib import demo, nav, onboarding, panels, userdata
        from safety import (
            checks,  # noqa: F401  (registers the screening model check)
            selectors,
        )
        from safety import demo as safety_demo

        # Recommended and skippable: skipping leaves a row, so it counts as done.
        onboarding.register(
            "safety:check",
            order=10,
            is_done=lambda user: selectors.screening_for(user) is not None,
        )
        nav.register("Safety", "safety:answers", order=90, section="safety")
        userdata.register("safety", title="Safety check and notes", export=selectors.export_for)
        demo.register("safety", safety_demo.seed, order=90)
        panels.register("settings", "safety.check", order=30, provider=settings_panel)


def settings_panel(request):
    from safety import selectors

    return "safety/_settings_panel.html", {"screening": selectors.screening_for(request.user)}
