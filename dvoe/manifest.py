"""The web app manifest, so dvoe can be added to a phone's home screen, discreetly.

Served by a view rather than a static file so that a signed-in person in discreet mode gets the
neutral name ("Notes") and the plain icon; everyone else gets "dvoe". There is deliberately no
service worker: nothing private is ever cached for offline use, and every signed-in page stays
`Cache-Control: no-store`.
"""

import json

from django.conf import settings
from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

THEME = "#2f5d62"
PLAIN_THEME = "#6b7280"


def manifest_for(*, discreet: bool, signed_in: bool) -> dict:
    name = settings.DISCREET_NAME if discreet else "dvoe"
    icon = "plain" if discreet else "dvoe"
    return {
        "name": name,
        "short_name": name,
        "start_url": reverse("tonight") if signed_in else reverse("landing"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": PLAIN_THEME if discreet else THEME,
        "icons": [
            {"src": static(f"img/{icon}-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static(f"img/{icon}-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": static(f"img/{icon}.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }


@require_GET
def manifest(request):
    user = request.user
    signed_in = user.is_authenticated
    discreet = bool(signed_in and user.profile.discreet_mode)
    body = json.dumps(manifest_for(discreet=discreet, signed_in=signed_in))
    return HttpResponse(body, content_type="application/manifest+json")
