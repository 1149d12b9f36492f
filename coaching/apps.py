from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "coaching"
    verbose_name = "Coaching"

    def ready(self):
        from coaching import data
        from coaching import panels as coaching_panels
        from dvoe.lib import demo, nav, panels, userdata

        nav.register("Coach", "coaching:hub", order=50, section="coach")
        panels.register(
            "tonight",
            "coaching.reflections",
            order=25,
            provider=coaching_panels.tonight_reflections,
        )
        panels.register(
            "tonight", "coaching.practice", order=40, provider=coaching_panels.tonight_practice
        )
        panels.register(
            "review", "coaching.invitations", order=50, provider=coaching_panels.review_invitations
        )
        panels.register(
            "review", "coaching.practice", order=55, provider=coaching_panels.review_practice
        )
        panels.register(
            "review", "coaching.is_it_me", order=60, provider=coaching_panels.review_is_it_me
        )
        userdata.register("coaching", title="Coaching", export=data.export_for)
        demo.register("coaching", data.seed_demo, order=50)
