"""Where to send someone after a form: only ever back to dvoe itself, never to another site."""

from django.utils.http import url_has_allowed_host_and_scheme


def is_safe(request, url: str) -> bool:
    return bool(url) and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def safe_next(request, default: str) -> str:
    """The posted or queried `next`, when it stays on dvoe; otherwise `default`."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    return candidate if is_safe(request, candidate) else default
