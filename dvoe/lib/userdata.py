"""Everything a person owns, for /accounts/export/: each app adds its sections through the
`export` hook (dvoe.lib.hooks), so an export never forgets a table.

Deletion needs no hook: every table an app keeps has a foreign key to the user and goes with the
user's row."""

from typing import Any

from dvoe.lib import hooks


def export(user: Any) -> dict[str, Any]:
    """The apps' sections, JSON-ready, keyed by section name."""
    data: dict[str, Any] = {}
    for section in hooks.get("export"):
        data.update(section(user))
    return data
