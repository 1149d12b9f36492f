"""Signed unsubscribe tokens: no login, no user id or email inside, one use, limited life.

A token carries the person's random unsubscribe key, the kind of reminder and the unsubscribe
generation. Using it bumps the generation, so the same link cannot switch reminders off again later
(after the person has turned them back on).
"""

from dataclasses import dataclass

from django.core import signing

from dvoe.reminders import conf

SALT = "dvoe.reminders.unsubscribe"


@dataclass(frozen=True)
class Unsubscribe:
    key: str
    kind: str
    generation: int


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def make(*, key: str, kind: str, generation: int) -> str:
    return signing.dumps([key, kind, generation], salt=SALT, compress=False)


def read(token: str) -> Unsubscribe:
    try:
        key, kind, generation = signing.loads(token, salt=SALT, max_age=conf.unsubscribe_max_age())
    except signing.SignatureExpired:
        raise TokenExpired from None
    except (signing.BadSignature, ValueError, TypeError):
        raise TokenInvalid from None
    if not isinstance(key, str) or not isinstance(generation, int):
        raise TokenInvalid
    return Unsubscribe(key=key, kind=kind, generation=generation)
