"""The parts of the site layout (templates/base.html) that hold nothing personal, rendered once
per process: `{% load layout %}{% layout_part "head" discreet=discreet %}`.

Each part is templates/partials/layout/<name>.html, rendered from only the flags the tag is given
(booleans: never a request, a person, a CSRF token or a CSP nonce) and kept in this process's
memory under (name, flags, script prefix, language). About twenty static-file lookups and URL
reversals on every page become a dictionary read. The flags keep the number of entries small
and fixed; DEBUG renders every time so template edits show at once.
"""

from typing import Any

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import get_template
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from dvoe.lib import nav

register = template.Library()

_parts: dict[tuple[Any, ...], SafeString] = {}


@receiver(setting_changed)
def _forget(**kwargs: Any) -> None:
    _parts.clear()  # static and URL settings, DISCREET_NAME, QUICK_EXIT_URL may have changed


def part(name: str, **flags: bool | tuple[bool, ...]) -> SafeString:
    key = (name, get_script_prefix(), get_language(), *sorted(flags.items()))
    found = _parts.get(key)
    if found is None:
        current = flags.get("links", ())
        context = {
            **flags,
            "brand_name": settings.DISCREET_NAME if flags.get("discreet") else "dvoe",
            "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
            "nav_links": [
                {"label": link.label, "url_name": link.url_name, "current": current}
                for link, current in zip(
                    nav.links(), current if isinstance(current, tuple) else (), strict=False
                )
            ],
        }
        text = get_template(f"partials/layout/{name}.html").render(context)
        found = mark_safe(text.removesuffix("\n"))  # the file's last newline is not the part's
        if not settings.DEBUG:
            _parts[key] = found
    return found


@register.simple_tag
def layout_part(name: str, **flags: Any) -> SafeString:
    """A part of the layout (`name`) for the given flags, each taken as a boolean: nothing else
    may reach a part, which everyone shares."""
    return part(name, **{flag: bool(value) for flag, value in flags.items()})


@register.simple_tag(takes_context=True)
def layout_menu(context: template.Context) -> SafeString:
    """The signed-in main menu up to the log-out form's token, with the current page marked."""
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    url_name = match.url_name if match else None
    section = request.path.strip("/").split("/", 1)[0]
    return part(
        "menu",
        tonight=url_name == "tonight",
        settings=url_name == "settings",
        links=tuple(link.section == section for link in nav.links()),
    )
