"""Turning a script into the person's own invitation."""

import re

from coaching.catalog import scripts


def render(script: scripts.Script, *, partner_name: str = "", own_words: str = "") -> str:
    name = " ".join((partner_name or "").split())
    body = script.body
    if name:
        body = body.replace("{partner}", name)
    else:
        # No name given: drop the greeting and start with the next word.
        body = re.sub(r"^\{partner\},\s*", "", body)
        body = body[:1].upper() + body[1:]
        body = body.replace("{partner}", "you")
    own = " ".join((own_words or "").split())
    if own:
        if own[-1] not in ".!?…\"'”’":
            own += "."
        body = f"{body} {own}"
    return body


def scripts_for(kind: str) -> list[scripts.Script]:
    return [s for s in scripts.SCRIPTS if s.kind == kind]
