"""Shared pages (/tonight/, the checkpoint review, settings) composed from the panels apps add
through dvoe.lib.hooks (`tonight_panel`, `review_panel`, `settings_panel`)."""

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest

from dvoe.lib import hooks


@dataclass(frozen=True)
class Panel:
    """What a provider returns: the template to include, its context (as `panel`), and a heading
    for pages that title each panel."""

    template: str
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""


def render(hook: str, request: HttpRequest, **kwargs: Any) -> list[Panel]:
    """Every provider of `hook` in order, asked with the request and `kwargs`; the hidden ones
    (None) left out."""
    found = (provider(request, **kwargs) for provider in hooks.get(hook))
    return [panel for panel in found if panel is not None]
