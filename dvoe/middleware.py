"""Response headers that Django's SecurityMiddleware does not set itself."""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers


def security_headers(get_response):
    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


# Public pages that hold nothing personal (the landing page, /help/, the guidance pages) may be
# kept briefly by the browser and shared caches; Vary: Cookie keeps a signed-in copy apart.
PUBLIC_MAX_AGE = 300


def _no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)


def private_no_store(get_response):
    """Anything shown to a signed-in person, or marked private, is never kept by a browser or proxy.

    A partner who opens the browser later must not find a cached journal page. An anonymous page
    is cacheable only when it is a plain 200 GET that set no cookie and carries no CSRF token
    (a form holds a per-browser secret); every other response is no-store too.
    """

    def middleware(request):
        response = get_response(request)
        if getattr(response, "private", False) or getattr(request, "is_error_page", False):
            _no_store(response)
            return response
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            _no_store(response)
        elif response.has_header("Cache-Control"):
            pass  # the view (or whitenoise) decided
        elif (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
        ):
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
            patch_vary_headers(response, ["Cookie"])
        else:
            _no_store(response)
        return response

    return middleware
