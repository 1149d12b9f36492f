"""Long forms split into steps that fit a phone screen.

Answers given on one step are kept between steps in the session, encrypted with the journal key
(the session row must never hold someone's safety answers in plain text), and the page after each
step is reached by a redirect, so Back, Forward and a reload all show a plain GET page with every
answer still in place. A quick exit ends the session and takes the draft with it.
"""

import json
from collections.abc import Collection
from typing import Any

from django import forms
from django.http import HttpRequest

from dvoe.lib import crypto

_PREFIX = "steps:"


def draft_load(request: HttpRequest, key: str) -> dict[str, Any]:
    token = request.session.get(_PREFIX + key)
    if not token:
        return {}
    try:
        answers: dict[str, Any] = json.loads(crypto.decrypt(token))
        return answers
    except ValueError:  # a key rotated away: start again rather than fail
        return {}


def draft_save(request: HttpRequest, key: str, answers: dict[str, Any]) -> None:
    request.session[_PREFIX + key] = crypto.encrypt(json.dumps(answers))


def draft_clear(request: HttpRequest, key: str) -> None:
    request.session.pop(_PREFIX + key, None)


def step_number(request: HttpRequest, total: int) -> int:
    """The step asked for in ?step= (or a posted `step`), clamped to 1..total."""
    raw = request.POST.get("step") or request.GET.get("step") or "1"
    try:
        number = int(raw)
    except ValueError:
        number = 1
    return max(1, min(total, number))


def progress(number: int, total: int, title: str) -> dict[str, Any]:
    """What templates/partials/steps_progress.html shows."""
    return {
        "number": number,
        "total": total,
        "title": title,
        "first": number == 1,
        "last": number == total,
        "previous": number - 1,
        "next": number + 1,
    }


def keep_errors(form: forms.BaseForm, keys: Collection[str]) -> None:
    """Drop the errors of fields that are not on this step, so the error summary and the page
    only speak about what the person can see and fix here."""
    for name in list(form.errors):
        if name not in keys and name != "__all__":
            del form.errors[name]
