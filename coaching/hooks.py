"""Everything coaching adds to shared pages and tasks (dvoe.lib.hooks), in one place.

On /tonight/ the reflections (25) follow checkins' lights (22) and practice (40) comes before
checkins' season line (50)."""

from typing import Any

from coaching import demo, panels, userdata
from dvoe.lib import hooks, nav

hooks.register("tonight_panel", order=25)(panels.tonight_reflections)
hooks.register("tonight_panel", order=40)(panels.tonight_practice)

hooks.register("review_panel", order=50)(panels.review_invitations)
hooks.register("review_panel", order=55)(panels.review_practice)
hooks.register("review_panel", order=60)(panels.review_is_it_me)

hooks.register("demo_seed", order=50)(demo.seed_demo)


@hooks.register("menu_link", order=50)
def coach_link() -> nav.Link:
    return nav.Link("Coach", "coaching:hub", section="coach")


@hooks.register("export")
def export(user: Any) -> dict[str, Any]:
    return {"coaching": userdata.export_for(user)}
