"""Onboarding steps after time zone and country, added by apps through the `onboarding_step` hook
(dvoe.lib.hooks): a function that returns a Step.

`/onboarding/next/` sends the person to the first step whose is_done(user) is False, then to
/tonight/. A step's page, when submitted or skipped, records that and redirects to
`reverse("onboarding_next")`. Every step must be skippable.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from dvoe.lib import hooks


@dataclass(frozen=True)
class Step:
    url_name: str
    is_done: Callable[[Any], bool]


def steps() -> list[Step]:
    """The apps' steps in order (after the FIRST_STEPS every person sees)."""
    return [step() for step in hooks.get("onboarding_step")]


def step(url_name: str) -> Step:
    """The step whose page is `url_name` (KeyError if no app adds one)."""
    return {s.url_name: s for s in steps()}[url_name]


def next_step(user: Any) -> str | None:
    for s in steps():
        if not s.is_done(user):
            return s.url_name
    return None


# The two first steps every person sees (dvoe.accounts), before the apps' own steps.
FIRST_STEPS = ("accounts:welcome", "accounts:welcome_place")


def position(request: HttpRequest) -> tuple[int, int] | None:
    """(this step, how many steps) while the person is onboarding on one of its pages, else None.

    Cheap on every other page: only a name comparison. On an app's step page it asks that step's
    is_done(user) once (so a person who opens the safety check later from the menu sees the
    full menu, not "step 3 of 4")."""
    user = getattr(request, "user", None)
    match = getattr(request, "resolver_match", None)
    if match is None or user is None or not user.is_authenticated:
        return None
    name = match.view_name
    ordered = steps()
    names = [s.url_name for s in ordered]
    total = len(FIRST_STEPS) + len(names)
    if name in FIRST_STEPS:
        if user.profile.onboarded_at is not None:
            return None
        return FIRST_STEPS.index(name) + 1, total
    if name in names and not ordered[names.index(name)].is_done(user):
        return len(FIRST_STEPS) + names.index(name) + 1, total
    return None


def context(request: HttpRequest) -> dict[str, Any]:
    """Context processor: `onboarding` is {"number", "total"} on an onboarding page, else None.
    templates/base.html then shows "Getting started: step X of N" and a reduced header."""
    found = position(request)
    return {"onboarding": {"number": found[0], "total": found[1]} if found else None}
