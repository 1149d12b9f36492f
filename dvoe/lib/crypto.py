"""Text encrypted at rest with Fernet; FERNET_KEYS lists keys newest first so they can rotate.

The database only ever holds ciphertext. Reading works with any listed key; writing always uses
the newest. `rotate(value)` re-encrypts a stored token with the newest key.
"""

from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in settings.FERNET_KEYS])


@receiver(setting_changed)
def _reset(setting: str, **kwargs: Any) -> None:
    if setting == "FERNET_KEYS":
        _fernet.cache_clear()


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise ValueError("Stored text could not be decrypted with any configured key.") from None


def rotate(token: str) -> str:
    return _fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]  # django-stubs' TextField generics are private _ST/_GT
    """A TextField whose column holds Fernet tokens. Not searchable in SQL, by design."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
