"""Where to send someone after a form: only ever back to dvoe itself, never to another site.

Every `next` and Referer goes through `safe_path`, which answers a URL *path* on this site
("/journal/?page=2") or None. Never a bare word: `redirect("second")` would be read as a view
name and fail with NoReverseMatch. Never a control character: CR or LF in a Location or
HX-Redirect header is refused by Django with a 500 (and would be header injection if it were not).
"""

from typing import Any
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.encoding import iri_to_uri
from django.utils.http import url_has_allowed_host_and_scheme

MAX_LENGTH = 2000


def safe_path(request: HttpRequest, url: Any) -> str | None:
    """The path (and query) of `url` when it stays on dvoe, as ASCII; otherwise None."""
    if not isinstance(url, str) or not url or len(url) > MAX_LENGTH:
        return None
    if any(ord(ch) < 32 or ord(ch) == 127 or "\ud800" <= ch <= "\udfff" for ch in url):
        return None  # CR, LF, NUL, tabs, other controls, lone surrogates
    if "\\" in url:
        return None  # browsers read a backslash as a slash: "/\evil.example" leaves the site
    if not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    parts = urlsplit(url)
    path = parts.path
    if not path.startswith("/") or path.startswith("//"):
        return None  # "second", "../x", "//host": not a path on this site
    return iri_to_uri(path + (f"?{parts.query}" if parts.query else ""))


def is_safe(request: HttpRequest, url: Any) -> bool:
    return safe_path(request, url) is not None


def safe_next(request: HttpRequest, default: str) -> str:
    """The posted or queried `next` as a path on dvoe; otherwise `default`."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    return safe_path(request, candidate) or default


def safe_referer(request: HttpRequest, default: str) -> str:
    """The page the person came from, as a path on dvoe; otherwise `default`."""
    return safe_path(request, request.headers.get("Referer", "")) or default


def go(request: HttpRequest, url: str) -> HttpResponse:
    """Redirect to `url` (already a safe path), the htmx way for htmx requests: a 204 with
    HX-Redirect, which htmx follows as a full-page navigation."""
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)
