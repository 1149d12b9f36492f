"""No browser or proxy keeps this response: what a signed-in page, an error page and a secret link get.

dvoe.middleware.private_no_store calls it for every signed-in response; a view calls it itself for
a response that must never be kept whoever asks (a key in the address, a passkey challenge).
"""

from typing import TypeVar

from django.http.response import HttpResponseBase
from django.utils.cache import add_never_cache_headers, patch_cache_control

R = TypeVar("R", bound=HttpResponseBase)


def no_store(response: R) -> R:
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response
