from functools import wraps

from django.shortcuts import render

from coaching import selectors


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
