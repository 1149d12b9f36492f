"""Everything checkins adds to shared pages and tasks (dvoe.lib.hooks), in one place.

Orders are shared with the other apps' hooks.py: on /tonight/ coaching's reflections (25) and
practice (40) come between the lights and the season line."""

from typing import Any

from checkins import demo, panels, userdata
from dvoe.lib import hooks, nav

# /tonight/ as a short flow: a calm card first while danger or self-harm is active, then the note
# and mood, then the lights; the season line last.
hooks.register("tonight_panel", order=5)(panels.care_panel)
hooks.register("tonight_panel", order=20)(panels.journal_panel)
hooks.register("tonight_panel", order=22)(panels.lights_panel)
hooks.register("tonight_panel", order=50)(panels.season_panel)

hooks.register("demo_seed", order=20)(demo.seed)


@hooks.register("menu_link", order=20)
def journal_link() -> nav.Link:
    return nav.Link("Journal", "checkins:journal", section="journal")


@hooks.register("menu_link", order=30)
def lights_link() -> nav.Link:
    return nav.Link("Lights", "checkins:lights", section="lights")


@hooks.register("menu_link", order=40)
def season_link() -> nav.Link:
    return nav.Link("Season", "checkins:season", section="season")


@hooks.register("export")
def export(user: Any) -> dict[str, Any]:
    return {"checkins": userdata.export(user)}
