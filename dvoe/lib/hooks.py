"""The one way apps extend shared pages and tasks without importing each other (after Wagtail's hooks).

Each app keeps every contribution in one module, `<app>/hooks.py`, imported at start-up
(dvoe.accounts' AppConfig.ready() calls discover()), so a broken one stops start-up:

    @hooks.register("menu_link", order=20)
    def journal_link() -> nav.Link: ...

    hooks.register("tonight_panel", order=22)(panels.lights_panel)  # a function kept elsewhere

`order` places a contribution among the other apps' (lower first); ties keep registration order.
Each app's orders appear once, in its hooks.py. The hooks and what their functions take and return:

| name              | function                                   | used by                       |
|-------------------|--------------------------------------------|-------------------------------|
| `tonight_panel`   | (request, tonight, bound) -> Panel or None | /tonight/ (checkins)          |
| `review_panel`    | (request) -> Panel or None                 | the checkpoint review, step 2 |
| `settings_panel`  | (request) -> Panel or None                 | /accounts/settings/           |
| `menu_link`       | () -> nav.Link                             | the main menu                 |
| `onboarding_step` | () -> onboarding.Step                      | /onboarding/next/             |
| `export`          | (user) -> {section: JSON-ready data}       | /accounts/export/             |
| `demo_seed`       | (*, user, days, rng) -> None, idempotent   | manage.py seed_demo           |
| `worker_start`    | () -> None                                 | dvoe/wsgi.py, once per worker |

Panel providers run a fixed number of queries. A name not in this table is refused.
"""

import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from django.utils.module_loading import autodiscover_modules

NAMES = frozenset(
    {
        "tonight_panel",
        "review_panel",
        "settings_panel",
        "menu_link",
        "onboarding_step",
        "export",
        "demo_seed",
        "worker_start",
    }
)

F = TypeVar("F", bound=Callable[..., Any])

_registered: dict[str, list[tuple[int, int, Callable[..., Any]]]] = {name: [] for name in NAMES}
_sequence = itertools.count()
_discovered = False


def register(name: str, *, order: int = 0) -> Callable[[F], F]:
    """Decorator: add the function to the hook `name` at `order`."""
    if name not in NAMES:
        raise ValueError(f"Unknown hook {name!r}; the hooks are {sorted(NAMES)}.")

    def add(fn: F) -> F:
        _registered[name].append((order, next(_sequence), fn))
        return fn

    return add


def get(name: str) -> list[Callable[..., Any]]:
    """The functions registered for `name`, lowest order first."""
    if name not in NAMES:
        raise ValueError(f"Unknown hook {name!r}.")
    discover()
    return [fn for _order, _seq, fn in sorted(_registered[name], key=lambda item: item[:2])]


def discover() -> None:
    """Import every installed app's hooks.py, once."""
    global _discovered
    if not _discovered:
        autodiscover_modules("hooks")  # imports <app>.hooks for every installed app that has one
        _discovered = True
