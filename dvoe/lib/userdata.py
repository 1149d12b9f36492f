"""Each app registers what a person owns, so export and deletion never forget a table.

    userdata.register("journal", export=export_journal, delete=delete_journal)

`export(user)` returns JSON-ready data; `delete(user)` removes rows that a cascade from the user row
would not reach (for example rows keyed by email). Rows with a foreign key to the user go with the
user's own deletion.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    label: str
    title: str
    export: Callable[..., Any]
    delete: Callable[..., Any] | None = None


_sections: dict[str, Section] = {}


def register(
    label: str, *, title: str, export: Callable[..., Any], delete: Callable[..., Any] | None = None
) -> None:
    _sections[label] = Section(label=label, title=title, export=export, delete=delete)


def sections() -> list[Section]:
    return list(_sections.values())
