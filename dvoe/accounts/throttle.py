"""Who is asking: the client's address behind trusted proxies, and a normalised email, for the
login lockout (django-axes) and the password-reset and sign-up throttles.

Behind a reverse proxy every connection comes from the proxy. With TRUSTED_PROXY_COUNT = N, the
last N entries of X-Forwarded-For were written by our own proxies; the one before them is the
client. Anything further left was written by the client and is never trusted. With N = 0 (the
embedded default, no proxy) the connection's own address is used and the header is ignored.
"""

import ipaddress

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

from dvoe.accounts.models import normalise_email


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    remote = _valid_ip(request.META.get("REMOTE_ADDR", "")) or None
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [p for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if p.strip()]
    if len(forwarded) < count:
        return remote  # not through all our proxies: the best we know is the connection
    return _valid_ip(forwarded[-count]) or remote


def axes_username(request, credentials=None) -> str:
    """The email axes counts failures for: one spelling, whatever the case typed, and never
    longer than axes' 255-character column."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        value = credentials.get(field)
    else:
        value = getattr(request, "data", request.POST).get(field)
    return normalise_email(value)[:254]


# --- password reset and sign-up, both of which email any address typed --------------------------------------------------------------------------


def _key(kind: str, value: str) -> str:
    # Keys are keyed hashes: the cache (Redis in production) never holds an address or an email.
    return "reset:" + kind + ":" + salted_hmac("dvoe.throttle", value).hexdigest()[:32]


def _hit(kind: str, value: str, limit: int, window: int) -> bool:
    """Count one attempt; True while within the limit."""
    cache = caches["throttle"]
    key = _key(kind, value)
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit


def _allowed(request, email: str, scope: str) -> bool:
    """Count one request from this address and for this email; True while both are within
    PASSWORD_RESET_PER_ADDRESS and PASSWORD_RESET_PER_EMAIL an hour."""
    window = 60 * 60
    ip = client_ip(request) or "unknown"
    by_address = _hit(scope + "ip", ip, settings.PASSWORD_RESET_PER_ADDRESS, window)
    by_email = _hit(
        scope + "email", normalise_email(email), settings.PASSWORD_RESET_PER_EMAIL, window
    )
    return by_address and by_email


def password_reset_allowed(request, email: str) -> bool:
    """At most PASSWORD_RESET_PER_ADDRESS requests an hour from one address and
    PASSWORD_RESET_PER_EMAIL for one email, whether or not it has an account."""
    return _allowed(request, email, "")


def signup_allowed(request, email: str) -> bool:
    """A sign-up emails the address typed (a link, or a note to the owner): the same limits as a
    password reset, counted apart, whether or not the address has an account."""
    return _allowed(request, email, "signup-")
