from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "checkins"

    def ready(self):
        from checkins import demo
        from checkins import panels as providers
        from checkins import userdata as data
        from dvoe.lib import demo as demo_registry
        from dvoe.lib import nav, panels, userdata

        # /tonight/ as a short flow: a calm card first while danger or self-harm is active, then
        # the note and mood, the lights (before coaching's reflections at 25), the season line last.
        panels.register("tonight", "checkins.care", order=5, provider=providers.care_panel)
        panels.register("tonight", "checkins.journal", order=20, provider=providers.journal_panel)
        panels.register("tonight", "checkins.signals", order=22, provider=providers.signals_panel)
        panels.register("tonight", "checkins.season", order=50, provider=providers.season_panel)
        nav.register("Journal", "checkins:journal", order=20, section="journal")
        nav.register("Lights", "checkins:signals", order=30, section="signals")
        nav.register("Season", "checkins:season", order=40, section="season")
        userdata.register(
            "checkins", title="Seasons, journal and lights", export=data.export, delete=None
        )
        demo_registry.register("checkins", demo.seed, order=20)
