"""seed_demo's extension point: each app adds its part of a demo account.

    demo.register("checkins", seed_checkins, order=20)

A seeder is called as seeder(user=user, days=days, rng=random.Random) and must be idempotent
(seed_demo can run on every start).
"""

from collections.abc import Callable
from typing import Any

_seeders: dict[str, tuple[int, Callable[..., Any]]] = {}


def register(name: str, seeder: Callable[..., Any], *, order: int) -> None:
    _seeders[name] = (order, seeder)


def seeders() -> list[Callable[..., Any]]:
    return [seeder for _, seeder in sorted(_seeders.values(), key=lambda item: item[0])]
