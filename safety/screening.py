"""Text screening. CONTRACT (stable; the safety issue implements the rules):

screen_text(text: str) -> ScreenResult
ScreenResult.flags: frozenset drawn from FLAGS
ScreenResult.matches: tuple of Match(flag, rule_id, excerpt) so the person can see why
"""

from dataclasses import dataclass, field

FLAGS = frozenset({"abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out"})


@dataclass(frozen=True)
class Match:
    flag: str
    rule_id: str
    excerpt: str


@dataclass(frozen=True)
class ScreenResult:
    flags: frozenset = field(default_factory=frozenset)
    matches: tuple = ()


def screen_text(text: str) -> ScreenResult:
    return ScreenResult()
