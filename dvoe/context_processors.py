from django.conf import settings


def site(request):
    """What the layout needs on every page. The menu and the rest of the layout that holds
    nothing personal are rendered once per process (dvoe.lib.layout); the profile comes with the
    signed-in person (dvoe.accounts.models.UserManager.get)."""
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    profile = getattr(user, "profile", None) if signed_in else None
    discreet = bool(profile and profile.discreet_mode)
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "brand_name": settings.DISCREET_NAME if discreet else "dvoe",
        "discreet": discreet,
        "profile": profile,
    }
