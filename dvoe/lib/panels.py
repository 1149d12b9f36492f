"""Slots on shared pages (/tonight/, the checkpoint review) that apps fill without importing each other.

An app registers a provider in its AppConfig.ready():

    panels.register("tonight", "checkins.journal", order=20, provider=journal_panel)

A provider takes the request and returns a (template_name, context) pair, or None to stay hidden.
The composing view renders them in order. Providers must run a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest


@dataclass(frozen=True)
class Panel:
    page: str
    name: str
    order: int
    provider: Callable[..., Any]


_registry: dict[str, dict[str, Panel]] = {}


def register(page: str, name: str, *, order: int, provider: Callable[..., Any]) -> None:
    _registry.setdefault(page, {})[name] = Panel(
        page=page, name=name, order=order, provider=provider
    )


def render_list(page: str, request: HttpRequest, **kwargs: Any) -> list[dict[str, Any]]:
    out = []
    for panel in sorted(_registry.get(page, {}).values(), key=lambda p: p.order):
        result = panel.provider(request, **kwargs)
        if result is not None:
            template_name, context = result
            out.append({"name": panel.name, "template": template_name, "context": context})
    return out
