"""The request a signed-in page receives, as the type checker should see it.

login_required and the lock middleware guarantee a real person on every page that takes a
SignedInRequest, and django-htmx's middleware adds `htmx` to every request. Django's own type says
neither (`request.user` may be AnonymousUser), so views, panels and hooks behind a sign-in
annotate their request with this instead of casting at each use. Nothing changes at run time: it
is the same HttpRequest.
"""

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from django_htmx.middleware import HtmxDetails

    from dvoe.accounts.models import User


class SignedInRequest(HttpRequest):
    user: "User"  # narrowed: login_required ran
    htmx: "HtmxDetails"
