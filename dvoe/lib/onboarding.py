"""Onboarding steps after time zone and country, added by apps in AppConfig.ready():

    onboarding.register("safety:check", order=10, is_done=lambda user: ...)

`/onboarding/next/` sends the person to the first step whose is_done(user) is False, then to
/tonight/. A step's page, when submitted or skipped, records that and redirects to
`reverse("onboarding_next")`. Every step must be skippable.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    url_name: str
    order: int
    is_done: Callable


_steps: dict[str, Step] = {}


def register(url_name: str, *, order: int, is_done: Callable) -> None:
    _steps[url_name] = Step(url_name=url_name, order=order, is_done=is_done)


def next_step(user) -> str | None:
    for step in sorted(_steps.values(), key=lambda s: s.order):
        if not step.is_done(user):
            return step.url_name
    return None
