"""Response headers that Django's SecurityMiddleware does not set itself."""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

from dvoe.lib.nostore import no_store


def security_headers(get_response):
    def middleware(request):
        response = get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response

    return middleware


# Public pages that hold nothing personal (the landing page, /help/, the guidance pages) may be
# kept for a few minutes. Every page carries this browser's CSRF token (base.html hands it to
# htmx), a secret of that browser: such a page is cacheable by that browser only (private),
# never by a shared cache. Vary: Cookie keeps a signed-in copy apart.
PUBLIC_MAX_AGE = 300


def _cacheable(request, response) -> bool:
    messages = getattr(request, "_messages", None)
    session = getattr(request, "session", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and not (messages is not None and messages.used)
        # A form's token must match the cookie when it is posted: never serve an old one.
        and b'method="post"' not in response.content
    )


def private_no_store(get_response):
    """Anything shown to a signed-in person is never kept by a browser or proxy (nor what a view
    passed to dvoe.lib.nostore itself).

    A partner who opens the browser later must not find a cached journal page. An anonymous page
    is cacheable briefly only when it is a plain 200 GET with no form, no message and no cookie
    of its own; every other response is no-store too.
    """

    def middleware(request):
        response = get_response(request)
        if getattr(request, "is_error_page", False):
            no_store(response)
            return response
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            no_store(response)
        elif response.has_header("Cache-Control"):
            pass  # the view (or whitenoise) decided
        elif _cacheable(request, response):
            scope = "private" if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") else "public"
            patch_cache_control(response, **{scope: True}, max_age=PUBLIC_MAX_AGE)
            patch_vary_headers(response, ["Cookie"])
        else:
            no_store(response)
        return response

    return middleware
