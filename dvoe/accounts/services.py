import datetime as dt
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.sessions.models import Session
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from dvoe.accounts.models import PendingSignup, Profile, User, UserSession, normalise_email
from dvoe.lib import emails, pagecache


def _device_label(user_agent: str) -> str:
    ua = user_agent.lower()
    browser = next(
        (
            name
            for key, name in [
                ("edg/", "Edge"),
                ("firefox", "Firefox"),
                ("chrome", "Chrome"),
                ("safari", "Safari"),
            ]
            if key in ua
        ),
        "A browser",
    )
    system = next(
        (
            name
            for key, name in [
                ("android", "Android"),
                ("iphone", "iPhone"),
                ("ipad", "iPad"),
                ("windows", "Windows"),
                ("mac os", "Mac"),
                ("linux", "Linux"),
            ]
            if key in ua
        ),
        "",
    )
    return f"{browser} on {system}" if system else browser


@transaction.atomic
def user_signup(
    *, email: str, password: str, timezone_name: str = "UTC", country: str = "XX"
) -> User:
    user = User.objects.create_user(email=email, password=password)
    Profile.objects.create(user=user, timezone=timezone_name, country=country)
    return user


# --- sign-up by email link (issue #13) ------------------------------------------------------------
# A sign-up answers the same way whether or not the address has an account: the form always ends
# on "Check your email", and the email says what to do. The account is created only when the
# link in it is used (see PendingSignup for why).

SIGNUP_LINK_MAX_AGE = dt.timedelta(days=2)
_SIGNUP_SALT = "dvoe.accounts.signup"


def _signup_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _signup_cutoff() -> dt.datetime:
    return timezone.now() - SIGNUP_LINK_MAX_AGE


def signup_request(*, email: str, password: str, timezone_name: str = "UTC") -> None:
    """Email a one-time sign-up link to a new address, or tell the owner of an existing account
    that someone tried (neutral subject, nothing personal). Both paths hash the password, touch
    the database and send one email, so neither the page nor its timing says which it was."""
    email = normalise_email(email)
    PendingSignup.objects.filter(created_at__lt=_signup_cutoff()).delete()  # expired links
    hashed = make_password(password)
    if User.objects.filter(email=email).exists():
        name, context = "account_exists", {}
    else:
        path = signup_link_create(email=email, hashed_password=hashed, timezone_name=timezone_name)
        name, context = "signup_confirm", {"path": path}
    emails.build(name, to=email, context={"site_url": settings.SITE_URL, **context}).send(
        fail_silently=True
    )


def signup_link_create(*, email: str, hashed_password: str, timezone_name: str = "UTC") -> str:
    """Store a sign-up and return the path of its link: a random key, signed with the time."""
    key = secrets.token_urlsafe(32)
    PendingSignup.objects.create(
        email=normalise_email(email),
        password=hashed_password,
        timezone_name=timezone_name,
        key_hash=_signup_key_hash(key),
    )
    token = signing.TimestampSigner(salt=_SIGNUP_SALT).sign(key)
    return reverse("accounts:signup_confirm", kwargs={"token": token})


def signup_pending(*, token: str) -> PendingSignup | None:
    """The sign-up a link stands for, while the link is signed by us, younger than
    SIGNUP_LINK_MAX_AGE, not yet used, and the address has no account yet."""
    try:
        key = signing.TimestampSigner(salt=_SIGNUP_SALT).unsign(token, max_age=SIGNUP_LINK_MAX_AGE)
    except (signing.BadSignature, UnicodeError):  # forged, mangled (a lone surrogate) or expired
        return None
    pending = PendingSignup.objects.filter(
        key_hash=_signup_key_hash(key), created_at__gte=_signup_cutoff()
    ).first()
    if pending is None or User.objects.filter(email=pending.email).exists():
        return None
    return pending


class WrongSignupPassword(Exception):
    """The password typed at the sign-up link is not the one chosen at sign-up."""


def signup_confirm(*, token: str, password: str) -> User | None:
    """Use a sign-up link: create the account with the password chosen at sign-up and return it,
    or None when the link is not (or no longer) good. The password must be typed again (else
    WrongSignupPassword, and the link stays good): a link requested by someone else with your
    address carries their password, so it cannot open an account they could sign in to. Works
    once: the address's other links stop working too, and two clicks at once make one account."""
    pending = signup_pending(token=token)
    if pending is None:
        return None
    if not check_password(password, pending.password):
        raise WrongSignupPassword
    try:
        with transaction.atomic():
            if not PendingSignup.objects.filter(pk=pending.pk).delete()[0]:
                return None  # used a moment ago
            PendingSignup.objects.filter(email=pending.email).delete()
            user = User.objects.create(email=pending.email, password=pending.password)
            Profile.objects.create(user=user, timezone=pending.timezone_name)
    except IntegrityError:  # the address got its account a moment ago
        return None
    return user


def session_record(*, user: User, request: HttpRequest) -> None:
    if not request.session.session_key:
        request.session.save()
    UserSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={"user": user, "device": _device_label(request.headers.get("User-Agent", ""))},
    )


@transaction.atomic
def sessions_end_others(*, user: User, request: HttpRequest) -> int:
    """Log out every other browser: bump the generation so old session hashes stop matching."""
    current = request.session.session_key
    others = UserSession.objects.filter(user=user).exclude(session_key=current)
    keys = list(others.values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    others.delete()
    User.objects.filter(pk=user.pk).update(session_generation=user.session_generation + 1)
    user.session_generation += 1
    update_session_auth_hash(request, user)
    return len(keys)


def profile_update(*, profile: Profile, **fields: Any) -> Profile:
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    return profile


def onboarding_complete(*, profile: Profile) -> None:
    if profile.onboarded_at is None:
        profile.onboarded_at = timezone.now()
        profile.save(update_fields=["onboarded_at"])


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Remove every row the person owns: the apps' rows go with the user's (on_delete=CASCADE)."""
    # This worker drops the person's rendered pages now; other workers' copies are unreachable
    # once the sessions go and expire from their memory within the pages cache's timeout.
    pagecache.changed(user)
    keys = list(user.sessions.values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    from axes.models import AccessAttempt, AccessLog

    AccessAttempt.objects.filter(username=user.email).delete()
    AccessLog.objects.filter(username=user.email).delete()
    user.delete()
