"""Main-menu links that apps add in their AppConfig.ready(): nav.register("Journal", "checkins:journal", order=20)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    label: str
    url_name: str
    order: int
    section: str  # the first path segment that marks the link as the current page


_links: dict[str, Link] = {}


def register(label: str, url_name: str, *, order: int, section: str) -> None:
    _links[url_name] = Link(label=label, url_name=url_name, order=order, section=section)


def links() -> list[Link]:
    return sorted(_links.values(), key=lambda link: link.order)
