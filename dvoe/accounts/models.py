import zoneinfo
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import connections, models, router
from django.utils import timezone
from django.utils.crypto import salted_hmac

from dvoe.lib.crypto import EncryptedTextField

COUNTRIES = [
    ("US", "United States"),
    ("GB", "United Kingdom"),
    ("IE", "Ireland"),
    ("CA", "Canada"),
    ("AU", "Australia"),
    ("NZ", "New Zealand"),
    # Added with their contacts in safety 0005 and 0007 (issue #12); alphabetical after the first six.
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("FR", "France"),
    ("DE", "Germany"),
    ("IN", "India"),
    ("IT", "Italy"),
    ("MX", "Mexico"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("PH", "Philippines"),
    ("PL", "Poland"),
    ("ZA", "South Africa"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("XX", "Somewhere else"),
]


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "%(value)s is not a time zone we know. Pick one from the list, for example Europe/London.",
            params={"value": value},
        )


def normalise_email(email) -> str:
    """The one spelling of an email dvoe stores and compares: trimmed and lower-cased."""
    return str(email or "").strip().lower()


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def get(self, *args, **kwargs):
        """`get(pk=...)` on PostgreSQL reads the row with one plain SQL statement.

        Django's ModelBackend makes exactly this call on every signed-in request; building and
        compiling the ORM query cost more than running it (about 0.4 ms of the 2 ms a cached
        /tonight/ takes). Same row, same columns, same model and DoesNotExist as the ORM's.
        Anything else, and related managers (subclasses with filters of their own), take the
        ORM's path.
        """
        if args or type(self) is not UserManager or self._db is not None or kwargs.keys() != {"pk"}:
            return super().get(*args, **kwargs)
        model = self.model
        connection = connections[router.db_for_read(model)]
        if connection.vendor != "postgresql":
            return super().get(*args, **kwargs)
        fields = model._meta.concrete_fields
        columns = [f.column for f in fields if f.column is not None]
        pk_column = model._meta.pk.column
        if len(columns) != len(fields) or pk_column is None:  # a concrete field always has one
            return super().get(*args, **kwargs)
        quote = connection.ops.quote_name
        sql = (
            f"SELECT {', '.join(quote(c) for c in columns)} FROM "
            f"{quote(model._meta.db_table)} WHERE {quote(pk_column)} = %s"
        )
        pk = model._meta.pk.get_db_prep_value(model._meta.pk.to_python(kwargs["pk"]), connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            raise model.DoesNotExist(f"{model._meta.object_name} matching query does not exist.")
        return model.from_db(connection.alias, [f.attname for f in fields], row)

    def get_by_natural_key(self, username):
        """Sign-in finds the account whatever the case of the email typed (stored lower-cased)."""
        return self.get(**{self.model.USERNAME_FIELD: normalise_email(username)})

    def _create(self, email: str, password: str | None, **extra: Any) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=normalise_email(email), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """Logs in with an email address. No username: nothing to guess, nothing to show."""

    email = models.EmailField(unique=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    # Bumped by "log out everywhere": every session signed with the old value stops working.
    session_generation = models.PositiveIntegerField(default=0)
    # Bumped (never set) by dvoe.lib.pagecache.changed() whenever something shown on a cached page
    # changes. Signed-in requests load this row anyway, so checking it costs no query.
    page_version = models.PositiveBigIntegerField(default=0, editable=False)
    # The optional app lock (dvoe/accounts/lock.py). On the user row, not the profile, because
    # every signed-in request loads this row anyway: checking the lock costs no query.
    # The PIN is hashed with Django's password hashers; blank means no lock.
    lock_pin = models.CharField(max_length=128, blank=True, editable=False)
    lock_idle_seconds = models.PositiveIntegerField(default=300)
    lock_failures = models.PositiveSmallIntegerField(default=0, editable=False)
    lock_offered_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"user {self.pk}"

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)

    def save(self, *args, **kwargs):
        """An update never writes page_version back: a user loaded before a bump and saved after
        it (a password change, say) would otherwise undo the bump and revive a stale page."""
        if not self._state.adding and kwargs.get("update_fields") is None:
            deferred = self.get_deferred_fields()
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "page_version" and f.attname not in deferred
            ]
        self.email = normalise_email(self.email)  # whoever saves it: admin, shell, signup
        super().save(*args, **kwargs)

    def get_session_auth_hash(self):
        return salted_hmac(
            "dvoe.accounts.session",
            f"{self.password}:{self.session_generation}",
            algorithm="sha256",
        ).hexdigest()


class Profile(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    # Names are encrypted at rest like everything else a person writes (migration 0003).
    display_name = EncryptedTextField(
        max_length=40, blank=True, help_text="What dvoe calls you. A first name or a nickname."
    )
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    country = models.CharField(max_length=2, choices=COUNTRIES, default="XX")
    partner_name = EncryptedTextField(
        max_length=40,
        blank=True,
        help_text="Optional. dvoe says “your partner” unless you give a first name.",
    )
    discreet_mode = models.BooleanField(
        default=False,
        help_text="Shows a plain name and icon in the browser tab instead of dvoe.",
    )
    onboarded_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"profile of user {self.user_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        # Names, time zone and discreet mode show on cached pages, whichever code saves them.
        from dvoe.lib import pagecache

        pagecache.changed(self.user_id)

    @property
    def partner(self) -> str:
        return self.partner_name or "your partner"

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")


class UserSession(models.Model):
    """One row per signed-in browser, so the person can see where they are logged in.

    Stores a coarse device label only ("Firefox on Android"), never an IP address.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sessions")
    session_key = models.CharField(max_length=40, unique=True)
    device = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"session of user {self.user_id}"


class Passkey(models.Model):
    """A passkey that can open the app lock instead of the PIN (optional; dvoe/accounts/passkeys.py).

    It opens the lock only: signing in still takes the password. Stored under a discreet name
    ("Notes"), never the email, because a phone's passkey list is easy to browse.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="passkeys")
    credential_id = models.CharField(max_length=1024, unique=True)  # base64url
    public_key = models.BinaryField()
    sign_count = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"passkey of user {self.user_id}"


class PendingSignup(models.Model):
    """A sign-up waiting for its email link (dvoe.accounts.services.signup_request, issue #13).

    The account itself is created only when the link is used, so there is never a half-made
    account: nothing for sign-in, reset, reminders or the admin to treat specially, and a
    stranger who signs up with someone else's address blocks nothing (the owner's own sign-up
    gets its own link, with their own password). The link carries a random key, signed with a
    timestamp; only a hash of the key is stored. Rows go when a link is used, when the address
    gets an account, and once they are older than the link's lifetime.
    """

    email = models.EmailField()
    password = models.CharField(max_length=128)  # hashed with the password hashers, as User's
    timezone_name = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"sign-up {self.pk}"
