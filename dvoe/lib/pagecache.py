"""Whole signed-in pages (today /tonight/) kept ready per person, so a reload costs a cache look-up
instead of seven panels of queries, decryption and template rendering.

Where the page lives, and why there: in the "pages" cache, which settings make a LocMemCache, that
is, this worker process's own memory. The page holds tonight's journal text (decrypted), light
notes and names, and that plaintext must never reach Redis, the database or a disk. So it is never
put in a shared cache, and the cache key carries only ids and a keyed hash. Each worker renders a
person's page once and then reuses it until something shown on it changes.

How a change is noticed by every worker: Profile.page_version, a counter in the database that the
writes bump (`changed(user)`, called at the end of each service that writes something a cached page
shows: journal, lights, seasons, practice, invitations, safety flags, reminder settings). The
profile row is read on every signed-in page anyway, so checking the counter costs no query. The
bump runs after the write (or in the same transaction), so a page rendered before the write can
only be stored under the old counter, which no later request asks for.

What else the stored page depends on, all folded into a fingerprint kept beside it:
- the profile's own fields (names, time zone, discreet mode, onboarding), hashed, so a profile
  change needs no bump and cannot be missed whichever code path saves it;
- the local date and hour in the person's time zone: a night ends at 04:00, and "past midnight"
  notes change at 00:00, so nothing can outlive the hour it was rendered in;
- the CSRF secret (hashed): the page carries masked CSRF tokens, which are only valid for that
  secret, and it rotates at log-in. One browser's page is never served to another.
A page is never stored or served while flash messages are waiting: those are shown once.

One entry per person and page: a new fingerprint overwrites the old page, so at most one copy of a
person's page sits in a worker, and `changed()` drops it at once in the worker that did the write.
"""

import hashlib

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


def _cache():
    return caches[ALIAS]


def _key(page: str, user_id: int) -> str:
    return f"page:{page}:{user_id}"


def _user_id(user) -> int:
    return user if isinstance(user, int) else user.pk


def changed(user) -> None:
    """Something a cached page shows changed for this person (a user or a user id).

    One UPDATE of the profile's counter, which every worker reads on the person's next page; this
    worker also forgets the page at once. Call it after the write, inside its transaction if any.
    """
    user_id = _user_id(user)
    profile_model = apps.get_model("accounts", "Profile")
    profile_model.objects.filter(user_id=user_id).update(page_version=F("page_version") + 1)
    _cache().delete_many([_key(page, user_id) for page in PAGES])
    if not isinstance(user, int):
        # This request's user may hold the profile read before the write: it must not store a
        # page under the old counter later in the same request.
        user._pagecache_written = True


def _has_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0


def fingerprint(request, profile) -> str:
    """Everything the stored page depends on besides the data behind page_version, hashed with
    the project's secret key. Holds nothing personal in the clear."""
    secret = request.META.get("CSRF_COOKIE", "")
    local = timezone.localtime(timezone.now(), profile.tz)
    fields = repr(
        [
            getattr(profile, f.attname)
            for f in profile._meta.concrete_fields
            if f.name != "page_version"
        ]
    )
    material = "|".join(
        (
            str(profile.page_version),
            hashlib.sha256(fields.encode()).hexdigest(),
            local.strftime("%Y-%m-%d %H"),
            secret,
        )
    )
    return salted_hmac("dvoe.pagecache", material, algorithm="sha256").hexdigest()


def person_page(request, page: str, build) -> HttpResponse:
    """The response for a signed-in GET of `page`, from this worker's cache when nothing shown on
    it changed, else from build() (stored when it is a plain 200)."""
    if not settings.DVOE_PAGE_CACHE or request.method != "GET" or _has_messages(request):
        return build()
    user = request.user
    profile = user.profile
    get_token(request)  # as the template would: sets or renews the CSRF cookie, fixes the secret
    mark = fingerprint(request, profile)
    cache = _cache()
    key = _key(page, user.pk)
    stored = cache.get(key)
    if stored is not None and stored[0] == mark:
        return HttpResponse(stored[1])
    response = build()
    if (
        response.status_code == 200
        and not response.streaming
        and not getattr(user, "_pagecache_written", False)
    ):
        cache.set(key, (mark, response.content.decode(response.charset)))
    return response
