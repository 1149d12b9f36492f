"""The main menu: the links apps add through the `menu_link` hook (dvoe.lib.hooks)."""

from dataclasses import dataclass

from dvoe.lib import hooks


@dataclass(frozen=True)
class Link:
    label: str
    url_name: str
    section: str  # the first path segment that marks the link as the current page


def links() -> list[Link]:
    return [link() for link in hooks.get("menu_link")]
