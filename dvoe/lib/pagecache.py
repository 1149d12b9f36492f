"""Whole signed-in pages (today /tonight/) kept ready per person, so a reload costs a cache look-up
instead of seven panels of queries, decryption and template rendering.

Where the page lives, and why there: in the "pages" cache, which settings make a LocMemCache, that
is, this worker process's own memory. The page holds tonight's journal text (decrypted), light
notes and names, and that plaintext must never reach Redis, the database or a disk. So it is never
put in a shared cache, and the cache key carries only the user id. Each worker renders a person's
page once and reuses it until something shown on it changes; the cache's timeout bounds how long
an unvisited page stays in memory.

How every worker notices a change: User.page_version, a counter in the database that the writes
bump (`changed(user)`, called at the end of each service that writes something a cached page shows:
journal, lights, seasons, practice, invitations, safety flags, reminder settings, and every profile
save). The user row is read on every signed-in request anyway, so checking the counter costs no
query. The bump runs after the write, or in the same transaction, so a page rendered before the
write can only be stored under the old counter, which no later request asks for.

What else the stored page depends on, folded into a fingerprint kept beside it (a keyed hash, so
nothing personal is kept in the clear beside the page either):
- the quarter-hour (UTC): a night ends at 04:00 local time and "past midnight" notes start at 00:00,
  and every time zone's offset is a whole number of quarter-hours, so no page outlives the
  quarter-hour in which the local date or night changes;
- the CSRF secret: the page carries masked CSRF tokens, valid only for that secret, which rotates
  at log-in. One browser's page is never served to another.
A page is never stored or served while flash messages are waiting: those are shown once.

One entry per person and page: a new fingerprint overwrites the old page, so at most one copy of a
person's page sits in a worker, and `changed()` drops it at once in the worker that did the write.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models import F
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac

ALIAS = "pages"
PAGES = ("tonight",)
QUARTER = 15 * 60


def _cache():
    return caches[ALIAS]


def _key(page: str, user_id: int) -> str:
    return f"page:{page}:{user_id}"


def changed(user) -> None:
    """Something a cached page shows changed for this person (a user or a user id).

    One UPDATE of the person's counter, which every worker reads on their next request; this worker
    also forgets the page at once. Call it after the write, inside its transaction if there is one.
    """
    user_id = user if isinstance(user, int) else user.pk
    if user_id is None:
        return
    user_model = apps.get_model("accounts", "User")
    user_model.objects.filter(pk=user_id).update(page_version=F("page_version") + 1)
    _cache().delete_many([_key(page, user_id) for page in PAGES])
    if not isinstance(user, int):
        # The caller's user object still holds the old counter: it must not store a page under it
        # later in the same request.
        user._pagecache_written = True


def _has_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0


def fingerprint(request) -> str:
    material = "|".join(
        (
            str(request.user.page_version),
            str(int(timezone.now().timestamp()) // QUARTER),
            request.META.get("CSRF_COOKIE", ""),
        )
    )
    return salted_hmac("dvoe.pagecache", material, algorithm="sha256").hexdigest()


def person_page(request, page: str, build) -> HttpResponse:
    """The response to a signed-in GET of `page`: this worker's stored copy while nothing shown on
    it changed, else build()'s response, stored when it is a plain 200."""
    if not settings.DVOE_PAGE_CACHE or request.method != "GET" or _has_messages(request):
        return build()
    # What the template's csrf_token would do: renew the CSRF cookie, or make the secret if there
    # is none yet. A stored page's tokens are already masked, so none is masked here.
    if "CSRF_COOKIE" in request.META:
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    else:
        get_token(request)
    mark = fingerprint(request)
    cache = _cache()
    key = _key(page, request.user.pk)
    stored = cache.get(key)
    if stored is not None and stored[0] == mark:
        return HttpResponse(stored[1])
    response = build()
    if (
        response.status_code == 200
        and not response.streaming
        and not getattr(request.user, "_pagecache_written", False)
    ):
        cache.set(key, (mark, response.content.decode(response.charset)))
    return response
