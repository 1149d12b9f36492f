"""The app lock (issue #12): an optional PIN asked after a chosen idle time.

- Off until the person turns it on, in settings or once during onboarding; never pre-set.
- The PIN (4 to 8 digits) is hashed with Django's password hashers, on the user row, so checking
  the lock costs no query on a signed-in request.
- The session remembers when it was last used (`lock_seen`, written at most every TOUCH_EVERY
  seconds). A request after more than the person's idle time, in any tab, locks the session; so
  does opening /accounts/lock/ (the page's script goes there when the screen sits idle).
- While locked, every page redirects to the lock screen, which shows nothing personal (discreet
  title, no menu, no banners). /help/, the exit and its explanation stay open, rendered as for a
  signed-out visitor. Works without JavaScript.
- Five wrong PINs in a row sign the person out everywhere. A forgotten PIN means signing in
  again with the password, which starts an unlocked session.
"""

from typing import Any

from django.contrib.auth import logout
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from dvoe.lib import nostore, pagecache

SEEN = "lock_seen"
LOCKED = "lock_locked"
MAX_FAILURES = 5
TOUCH_EVERY = 15  # seconds; fewer session writes, and the idle time is minutes anyway
DEFAULT_IDLE = 300
IDLE_CHOICES = [
    (60, "1 minute"),
    (300, "5 minutes"),
    (900, "15 minutes"),
    (1800, "30 minutes"),
    (3600, "1 hour"),
]
# Paths a locked session may still open, as a signed-out visitor: help and the way out.
OPEN_WHILE_LOCKED = (
    "/help/",
    "/exit/",
    "/safety/exit/",
    "/safety/tech/",
    "/static/",
    "/accounts/logout/",
)


def _now() -> float:
    return timezone.now().timestamp()  # timezone.now, so time-machine moves it in tests


def has_lock(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.lock_pin)


# --- writes -------------------------------------------------------------------------------------


def lock_set(*, user, pin: str, idle_seconds: int, request=None) -> None:
    user.lock_pin = make_password(pin)
    user.lock_idle_seconds = idle_seconds
    user.lock_failures = 0
    user.lock_offered_at = user.lock_offered_at or timezone.now()
    user.save(update_fields=["lock_pin", "lock_idle_seconds", "lock_failures", "lock_offered_at"])
    pagecache.changed(user)  # pages carry the idle time for their script
    if request is not None:
        request.session[SEEN] = _now()
        request.session[LOCKED] = False


def lock_idle_update(*, user, idle_seconds: int) -> None:
    user.lock_idle_seconds = idle_seconds
    user.save(update_fields=["lock_idle_seconds"])
    pagecache.changed(user)


def lock_clear(*, user) -> None:
    user.passkeys.all().delete()  # a passkey only ever opens the lock
    user.lock_pin = ""
    user.lock_failures = 0
    user.save(update_fields=["lock_pin", "lock_failures"])
    pagecache.changed(user)


def lock_offer_skip(*, user) -> None:
    if user.lock_offered_at is None:
        user.lock_offered_at = timezone.now()
        user.save(update_fields=["lock_offered_at"])


def lock_now(request) -> None:
    if has_lock(request.user):
        request.session[LOCKED] = True


def is_locked(request) -> bool:
    return bool(request.session.get(LOCKED))


def lock_open(*, request, user) -> None:
    """The right PIN or a verified passkey: unlock this session and count failures from zero."""
    from dvoe.accounts.models import User

    User.objects.filter(pk=user.pk).update(lock_failures=0)
    user.lock_failures = 0
    request.session[LOCKED] = False
    request.session[SEEN] = _now()


@transaction.atomic
def lock_try(*, request, user, pin: str) -> str:
    """Check a PIN. Returns "open", "wrong" or "signed_out" (the fifth wrong PIN in a row)."""
    if user.lock_pin and check_password(pin, user.lock_pin):
        lock_open(request=request, user=user)
        return "open"
    return _count_failure(request=request, user=user)


@transaction.atomic
def lock_confirm(*, request, user, secret: str) -> str:
    """Before an existing PIN is changed or removed: the current PIN, or the account password for
    someone who has forgotten it. Returns "ok", "wrong" or "signed_out". A miss counts towards the
    same five as the lock screen, so settings cannot be used to guess the PIN (or the password)."""
    from dvoe.accounts.models import User

    if (user.lock_pin and check_password(secret, user.lock_pin)) or user.check_password(secret):
        User.objects.filter(pk=user.pk).update(lock_failures=0)
        user.lock_failures = 0
        return "ok"
    return _count_failure(request=request, user=user)


def _count_failure(*, request, user) -> str:
    from dvoe.accounts.models import User

    User.objects.filter(pk=user.pk).update(lock_failures=F("lock_failures") + 1)
    user.refresh_from_db(fields=["lock_failures"])
    if user.lock_failures >= MAX_FAILURES:
        sign_out_everywhere(user=user)
        logout(request)
        return "signed_out"
    return "wrong"


def sign_out_everywhere(*, user) -> None:
    """Every browser's session ends: rows deleted, and the generation bumped so any session
    not on record stops matching too (as "log out everywhere" in settings does)."""
    from dvoe.accounts.models import User, UserSession

    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=user).delete()
    User.objects.filter(pk=user.pk).update(
        session_generation=F("session_generation") + 1, lock_failures=0
    )


def reset_failures_on_login(sender, request, user, **kwargs) -> None:
    """Signing in with the password is the way back from a forgotten PIN: count from zero."""
    if user.lock_failures:
        type(user).objects.filter(pk=user.pk).update(lock_failures=0)
        user.lock_failures = 0


# --- the middleware -------------------------------------------------------------------------------


def lock_middleware(get_response):
    """Sits right after AuthenticationMiddleware. Costs nothing without a PIN; with one, a session
    write at most every TOUCH_EVERY seconds."""
    lock_path = reverse("accounts:lock")
    lock_paths = (
        lock_path,
        reverse("accounts:lock_forgot"),
        reverse("accounts:passkey_unlock_options"),
        reverse("accounts:passkey_unlock"),
    )

    def middleware(request):
        user = request.user
        if not has_lock(user):
            return get_response(request)
        session = request.session
        now = _now()
        seen = session.get(SEEN)
        locked = bool(session.get(LOCKED))
        if not locked and seen is not None and now - seen > user.lock_idle_seconds:
            locked = True
            session[LOCKED] = True
        if locked:
            if request.path in lock_paths:
                return get_response(request)
            if request.path.startswith(OPEN_WHILE_LOCKED):
                request.user = AnonymousUser()  # help stays open, showing nothing of theirs
                return get_response(request)
            target = lock_path
            if request.method == "GET" and not request.headers.get("HX-Request"):
                target = f"{lock_path}?{urlencode({'next': request.get_full_path()})}"
            if request.headers.get("HX-Request"):
                response = HttpResponse(status=204)
                response["HX-Redirect"] = target
            else:
                response = redirect(target)
            nostore.no_store(response)
            return response
        if seen is None or now - seen >= TOUCH_EVERY:
            session[SEEN] = now
        return get_response(request)

    return middleware


def idle_label(seconds: int) -> str:
    return dict(IDLE_CHOICES).get(seconds, f"{max(1, round(seconds / 60))} minutes")


def offer_answered(user: Any) -> bool:
    """Onboarding's lock offer is done once a lock is set or the offer was answered."""
    return bool(user.lock_pin or user.lock_offered_at)


def register() -> None:
    """Called from AccountsConfig.ready(): the login hook (the settings panel and the onboarding
    offer are in dvoe/accounts/hooks.py)."""
    from django.contrib.auth.signals import user_logged_in

    user_logged_in.connect(reset_failures_on_login, dispatch_uid="accounts.lock.login")
