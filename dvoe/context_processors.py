from django.conf import settings
from django.urls import reverse

from dvoe.lib import nav


def site(request):
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    profile = getattr(user, "profile", None) if signed_in else None
    discreet = bool(profile and profile.discreet_mode)
    section = request.path.strip("/").split("/", 1)[0]
    nav_links = (
        [
            {"label": link.label, "url": reverse(link.url_name), "current": link.section == section}
            for link in nav.links()
        ]
        if signed_in
        else []
    )
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "brand_name": settings.DISCREET_NAME if discreet else "dvoe",
        "discreet": discreet,
        "profile": profile,
        "nav_links": nav_links,
    }
