"""Panels coaching adds to shared pages (/tonight/ and the checkpoint review; their places are in
coaching/hooks.py). Each provider runs a fixed number of queries."""

from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from django.forms import Form
from django.urls import reverse

from coaching import checkins_bridge, reflect, selectors
from coaching.catalog import is_it_me, practice, refusals, scripts
from coaching.checkins_bridge import Tonight
from dvoe.lib.panels import Panel
from dvoe.lib.requests import SignedInRequest
from safety import selectors as safety_selectors


def practice_context(user: Any, night: Any, *, next_url: str, season: Any) -> dict[str, Any]:
    """Tonight's practice toggles: the ones chosen for this season first, the rest in one fold.
    The fold starts shut; a view sets "open" (after a tap inside it, say)."""
    marked = selectors.marked_codes(user, night)
    focus = selectors.focus_codes(user, season)

    def toggle(item: practice.Practice) -> dict[str, Any]:
        return {**asdict(item), "marked": item.code in marked}

    groups = []
    for group, title in ((practice.DO, "Your half"), (practice.STOP, "Their half, put down")):
        items = [
            toggle(item)
            for item in practice.ITEMS
            if item.group == group and item.code not in focus
        ]
        if items:
            groups.append({"title": title, "items": items})
    return {
        "night": night,
        "focus": [toggle(practice.BY_CODE[code]) for code in focus],
        "groups": groups,
        "rest": sum(len(g["items"]) for g in groups),
        "season": season,
        "next": next_url,
        "count": len(marked),
        "open": False,
    }


QUIET_FLAGS = frozenset({"danger", "self_harm"})


def tonight_practice(
    request: SignedInRequest, tonight: Tonight, bound: Mapping[str, Form]
) -> Panel | None:
    """On /tonight/: this season's focus first, the rest folded (or a pointer to choose). Hidden
    while danger or self-harm is active, when /tonight/ asks nothing of the person (checkins'
    lights card links to practice)."""
    if QUIET_FLAGS & safety_selectors.active_flags(request.user):
        return None
    context = practice_context(
        request.user, tonight.night, next_url=reverse("tonight"), season=tonight.season
    )
    return Panel("coaching/panels/practice.html", context)


def tonight_reflections(
    request: SignedInRequest, tonight: Tonight, bound: Mapping[str, Form]
) -> Panel | None:
    user, entry = request.user, tonight.entry
    if entry is None or not tonight.written:
        return None
    notes = reflect.notes_for_entry(user, entry)
    if not notes:
        return None
    return Panel(
        "coaching/panels/reflections.html",
        {
            "notes": notes,
            "night": tonight.night,
            "logged": checkins_bridge.logged_codes(user, tonight.night),
            "next": reverse("tonight"),
        },
    )


def review_invitations(request: SignedInRequest) -> Panel | None:
    user = request.user
    invitations = selectors.invitations_for(user)
    if not invitations:
        return None
    answers = dict(scripts.ANSWERS)
    return Panel(
        "coaching/panels/review_invitations.html",
        {
            "invitations": [
                {
                    "title": inv.script_data.title if inv.script_data else "",
                    "kind": refusals.TYPES[inv.kind].label if inv.kind in refusals.TYPES else "",
                    "used_on": inv.used_on,
                    "answer": answers.get(inv.answer, ""),
                    "pk": inv.pk,
                }
                for inv in invitations
            ],
        },
        title="Invitations you made",
    )


def review_practice(request: SignedInRequest) -> Panel | None:
    user = request.user
    first, last, _season = checkins_bridge.season_window(user, latest=True)
    counts, nights = selectors.practice_counts(user, first, last)
    if not nights:
        return None
    return Panel(
        "coaching/panels/review_practice.html",
        {
            "nights": nights,
            "items": [
                {"title": item.title, "count": counts.get(item.code, 0)} for item in practice.ITEMS
            ],
        },
        title="Your half, night by night",
    )


def review_is_it_me(request: SignedInRequest) -> Panel | None:
    reflection = selectors.latest_reflection(request.user)
    if reflection is None:
        return None
    return Panel(
        "coaching/panels/review_is_it_me.html",
        reflection_context(reflection),
        title="“Is it me?”, your last answers",
    )


def reflection_context(reflection: Any) -> dict[str, Any]:
    people = dict(is_it_me.PEOPLE.choices)
    picture = dict(is_it_me.PICTURE.choices)
    return {
        "reflection": reflection,
        "people_answer": people.get(reflection.people, ""),
        "picture_answer": picture.get(reflection.picture, ""),
        "people_reading": is_it_me.READINGS["people"].get(reflection.people, ""),
        "picture_reading": is_it_me.READINGS["picture"].get(reflection.picture, ""),
    }
