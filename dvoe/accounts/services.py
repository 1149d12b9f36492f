from django.conf import settings
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.models import Session
from django.db import IntegrityError, transaction
from django.utils import timezone

from dvoe.accounts.models import Profile, User, UserSession, normalise_email
from dvoe.lib import emails, pagecache, userdata


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


def user_signup_or_notify(*, email: str, password: str, timezone_name: str = "UTC") -> User | None:
    """Sign up, or, when the email already has an account, email its owner (neutral subject,
    nothing personal) and return None. Callers answer the same way in both cases."""
    existing = User.objects.filter(email=normalise_email(email)).first()
    if existing is None:
        try:
            return user_signup(email=email, password=password, timezone_name=timezone_name)
        except IntegrityError:  # the same email signed up a moment ago
            existing = User.objects.get(email=normalise_email(email))
    make_password(password)  # the same slow hash as a sign-up, so timing tells nothing either
    emails.build("account_exists", to=existing.email, context={"site_url": settings.SITE_URL}).send(
        fail_silently=True
    )
    return None


def session_record(*, user: User, request) -> None:
    if not request.session.session_key:
        request.session.save()
    UserSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={"user": user, "device": _device_label(request.headers.get("User-Agent", ""))},
    )


@transaction.atomic
def sessions_end_others(*, user: User, request) -> int:
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


def profile_update(*, profile: Profile, **fields) -> Profile:
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
    """Remove every row the person owns. Apps clean up what a cascade cannot reach first."""
    # This worker drops the person's rendered pages now; other workers' copies are unreachable
    # once the sessions go and expire from their memory within the pages cache's timeout.
    pagecache.changed(user)
    for section in userdata.sections():
        if section.delete is not None:
            section.delete(user)
    keys = list(user.sessions.values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    from axes.models import AccessAttempt, AccessLog

    AccessAttempt.objects.filter(username=user.email).delete()
    AccessLog.objects.filter(username=user.email).delete()
    user.delete()
