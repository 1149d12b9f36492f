"""Safety writes. CONTRACT used by checkins and coaching (stable):

screen_and_record(*, user, text: str, source: str) -> Outcome
    Screens the text, stores flags + rule ids + timestamp + source (never the text), and says
    where the person should go next: Outcome.redirect_url is the urgent help page for danger or
    self_harm, a guidance page for the other flags, or None. Outcome.flags is the frozenset.
    Call it after the text itself is saved, inside no transaction that does network I/O.
"""

from dataclasses import dataclass, field

from safety.screening import screen_text


@dataclass(frozen=True)
class Outcome:
    flags: frozenset = field(default_factory=frozenset)
    redirect_url: str | None = None


def screen_and_record(*, user, text: str, source: str) -> Outcome:
    result = screen_text(text)
    return Outcome(flags=result.flags)
