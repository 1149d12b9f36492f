"""Response headers that Django's SecurityMiddleware does not set itself."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control


def security_headers(get_response):
    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


def private_no_store(get_response):
    """Anything shown to a signed-in person, or marked private, is never kept by a browser or proxy.

    A partner who opens the browser later must not find a cached journal page.
    """

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if getattr(response, "private", False) or (user is not None and user.is_authenticated):
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        return response

    return middleware
