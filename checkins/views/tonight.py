"""/tonight/, the home page after login: every app's panels for tonight (checkins/hooks.py and
coaching/hooks.py say which, in what order)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from checkins.views.common import render_tonight
from dvoe.lib import pagecache
from dvoe.lib.requests import SignedInRequest


@login_required
@require_GET
def tonight(request: SignedInRequest) -> HttpResponse:
    # Kept rendered per person in this worker until something on it changes (dvoe.lib.pagecache);
    # a stored page implies onboarding was done, so a reload does not read the profile.
    return pagecache.person_page(request, "tonight", lambda: _tonight(request))


def _tonight(request: SignedInRequest) -> HttpResponse:
    if request.user.profile.onboarded_at is None:
        return redirect("accounts:welcome")
    return render_tonight(request)
