"""A friendly page instead of an empty 405 when someone opens a form-only address.

Addresses such as /journal/save/ or /lights/log/ only take a posted form. They get opened with
a GET after a reload, a reopened tab or a bookmark, and Chromium shows an empty 405 as "This
page isn't working". For GET and HEAD this middleware answers with a short page that says what
happened and links back to where the person was (the same-site Referer), or to the nearest page
above that address, or to /tonight/. The status stays 405 with its Allow header. Any other
method keeps Django's plain 405.
"""

from urllib.parse import urlsplit

from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse

from dvoe.lib import redirects


def _parent_page(path: str) -> str | None:
    """The nearest address above `path` that dvoe serves, for example /journal/ for
    /journal/save/ or /coach/invite/3/ for /coach/invite/3/delete/."""
    parts = [p for p in path.split("/") if p]
    while parts:
        parts.pop()
        candidate = "/" + "/".join(parts) + ("/" if parts else "")
        if candidate == "/":
            return None
        try:
            resolve(candidate)
        except Resolver404:
            continue
        return candidate
    return None


def back_link(request) -> str:
    referer = request.headers.get("Referer", "")
    if redirects.is_safe(request, referer):
        path = urlsplit(referer).path
        if path and path != request.path:
            return referer
    parent = _parent_page(request.path)
    if parent:
        return parent
    user = getattr(request, "user", None)
    return reverse("tonight") if user is not None and user.is_authenticated else reverse("landing")


def friendly_method_not_allowed(get_response):
    def middleware(request):
        response = get_response(request)
        if response.status_code != 405 or request.method not in ("GET", "HEAD"):
            return response
        page = render(request, "method_not_allowed.html", {"back": back_link(request)}, status=405)
        if response.has_header("Allow"):
            page["Allow"] = response["Allow"]
        return page

    return middleware
