from functools import wraps

from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from coaching import selectors


def safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def invitation_gate(view):
    """While safety says invitations are not advised, every invitation page shows the calm
    explanation and the safety guidance link instead of any script."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not selectors.invitations_allowed(request.user):
            return render(
                request,
                "coaching/gated.html",
                {"guidance_url": selectors.abuse_guidance_url()},
            )
        return view(request, *args, **kwargs)

    return wrapper
