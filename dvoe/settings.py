"""dvoe settings, read from the environment.

Embedded default (nothing set): SQLite under var/, Celery's filesystem broker under var/, a secret key
and journal key generated under var/. Production (DVOE_PRODUCTION=true): every secret must be given,
cookies are secure and HSTS is on. A value that cannot be parsed stops start-up naming the variable.
"""

import os
from pathlib import Path
from typing import Any

import dj_database_url
from cryptography.fernet import Fernet
from csp.constants import NONE, SELF

from dvoe.lib.env import EnvError, env_bool, env_int, env_list, env_str, generated_secret, token

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("DVOE_VAR_DIR", str(BASE_DIR / "var")))

PRODUCTION = env_bool("DVOE_PRODUCTION", False)
DEBUG = env_bool("DEBUG", not PRODUCTION)
if PRODUCTION and DEBUG:
    raise EnvError("DEBUG must be false when DVOE_PRODUCTION is true.")

if PRODUCTION:
    SECRET_KEY = env_str("SECRET_KEY", required=True)
    FERNET_KEYS = env_list("FERNET_KEYS")
    if not FERNET_KEYS:
        raise EnvError(
            "FERNET_KEYS must be set in the environment (comma-separated, newest first)."
        )
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise EnvError("ALLOWED_HOSTS must be set in the environment.")
else:
    SECRET_KEY = env_str("SECRET_KEY") or generated_secret(VAR_DIR / "secret.key", token)
    FERNET_KEYS = env_list("FERNET_KEYS") or [
        generated_secret(VAR_DIR / "fernet.key", lambda: Fernet.generate_key().decode())
    ]
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
for _key in FERNET_KEYS:
    try:
        Fernet(_key)
    except (ValueError, TypeError):
        raise EnvError("FERNET_KEYS holds a key that is not a valid Fernet key.") from None

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "dvoe.accounts",
    "dvoe.reminders",
    "safety",
    "checkins",
    "coaching",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "dvoe.middleware.security_headers",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "dvoe.middleware.private_no_store",
    "dvoe.friendly_405.friendly_method_not_allowed",
    "dvoe.accounts.lock.lock_middleware",  # the optional PIN lock, before any view sees the user;
    # inside private_no_store, so the lock screen and any error it meets are never cached
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "dvoe.urls"
WSGI_APPLICATION = "dvoe.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dvoe.context_processors.site",
                "safety.context_processors.banners",
                "dvoe.lib.onboarding.context",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
_default_db = f"sqlite:///{VAR_DIR / 'dvoe.sqlite3'}"
DATABASE_URL = env_str("DATABASE_URL", _default_db)
try:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
except ValueError as exc:
    raise EnvError(f"DATABASE_URL could not be read: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # Concurrent writes wait, never fail: WAL lets readers and one writer work together, every
    # transaction takes the write lock at BEGIN (IMMEDIATE) and waits up to 20 s for it. Tests
    # use a file too (one per process), because an in-memory database shared between threads has
    # neither WAL nor busy waiting.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "tonight"
LOGOUT_REDIRECT_URL = "landing"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): five failures for one address and email lock that pair out for
# fifteen minutes; the lockout page says so calmly.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False
# One spelling of the email (lower-case, at most 254) and the client's real address behind our
# proxies (dvoe/accounts/throttle.py). TRUSTED_PROXY_COUNT: how many reverse proxies append to
# X-Forwarded-For in front of gunicorn (production assumes one; none when embedded).
AXES_USERNAME_CALLABLE = "dvoe.accounts.throttle.axes_username"
AXES_CLIENT_IP_CALLABLE = "dvoe.accounts.throttle.client_ip"
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if PRODUCTION else 0)
PASSWORD_RESET_PER_ADDRESS = env_int("PASSWORD_RESET_PER_ADDRESS", 10)  # an hour
PASSWORD_RESET_PER_EMAIL = env_int("PASSWORD_RESET_PER_EMAIL", 3)  # an hour
ACCESS_LOG_DAYS = 30  # axes' sign-in records (address, browser, email) are purged after this

# A sign-in lasts 7 days (it was 14): a phone a partner may pick up should not stay signed in for
# weeks. The optional PIN lock (dvoe/accounts/lock.py) covers the time in between.
SESSION_COOKIE_AGE = 60 * 60 * 24 * env_int("SESSION_DAYS", 7)
# The database sessions, read with one plain SQL statement (dvoe/accounts/sessions.py).
SESSION_ENGINE = "dvoe.accounts.sessions"

# --- Caches ---------------------------------------------------------------------------------
# "pages" holds rendered signed-in pages (dvoe.lib.pagecache), with journal text in them, so it
# is this process's memory only and never a shared cache: plaintext must not reach Redis or disk.
# One entry per person and page, about 20 KB each (1,000 entries: about 20 MB a worker); the
# oldest go first when it is full. DVOE_PAGE_CACHE=false turns it off.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "dvoe-pages",
        "TIMEOUT": 15 * 60,  # bounds how long an unvisited page sits in memory
        "OPTIONS": {"MAX_ENTRIES": env_int("DVOE_PAGE_CACHE_ENTRIES", 1000), "CULL_FREQUENCY": 4},
    },
}
# Throttle counters (keyed hashes, never an address or email): shared by every worker through
# Redis in production; this process's memory when embedded (one process) and in tests.
CACHES["throttle"] = (
    {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env_str("REDIS_URL"),
        "KEY_PREFIX": "dvoe-throttle",
    }
    if PRODUCTION and env_str("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "throttle"}
)
DVOE_PAGE_CACHE = env_bool("DVOE_PAGE_CACHE", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Time -----------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static ---------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "staticfiles")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("DVOE_MANIFEST_STATIC", PRODUCTION)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not env_bool("DVOE_MANIFEST_STATIC", PRODUCTION)
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365 if PRODUCTION else 0

# --- Security headers -----------------------------------------------------------------------
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
# same-origin, not no-referrer: under no-referrer browsers send Origin: null on form posts and
# Django's CSRF check rejects them. Other sites still learn nothing.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
if PRODUCTION:
    # Only the benchmark, serving plain HTTP on loopback, turns these off (SECURE_COOKIES=false).
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- Email ----------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = str(VAR_DIR / "mail")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 20
# A neutral sender: nothing in a shared inbox says what dvoe is about.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Evening notes <notes@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery ---------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or REDIS_URL or "filesystem://"
_celery_dir = VAR_DIR / "celery"
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, Any] = (
    {
        "data_folder_in": str(_celery_dir / "queue"),
        "data_folder_out": str(_celery_dir / "queue"),
        "processed_folder": str(_celery_dir / "processed"),
        "control_folder": str(_celery_dir / "control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else {"visibility_timeout": 3600}
)
CELERY_BEAT_SCHEDULE_FILENAME = str(_celery_dir / "beat-schedule")
for _folder in ("queue", "processed", "control"):
    (_celery_dir / _folder).mkdir(parents=True, exist_ok=True)

# --- dvoe -----------------------------------------------------------------------------------
DVOE_NIGHT_ENDS_HOUR = 4  # a night runs until 04:00 local time; see README "The night"
QUICK_EXIT_URL = env_str("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
DISCREET_NAME = "Notes"
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Request logs carry paths only; dvoe never puts personal data in a URL.
    "loggers": {"axes": {"level": "WARNING"}},
}

# --- Reminders (dvoe.reminders) -------------------------------------------------------------
# One beat entry: dispatch claims due reminders every minute (docker-compose runs one beat).
# The REMINDER_* variables exist for operators and for the worker tests, which shorten them.
import datetime as _dt  # noqa: E402

CELERY_BEAT_SCHEDULE = {
    "reminders-dispatch": {
        "task": "reminders.dispatch",
        "schedule": float(env_int("REMINDER_DISPATCH_EVERY", 60)),
        "options": {"expires": 50},
    },
    # Sign-in records older than ACCESS_LOG_DAYS are deleted, every hour (dvoe/accounts/tasks.py).
    "accounts-purge-access-logs": {
        "task": "accounts.purge_access_logs",
        "schedule": 60 * 60.0,
        "options": {"expires": 50 * 60},
    },
}
REMINDER_LATE_CUTOFF = _dt.timedelta(hours=2)  # later than this is recorded as skipped, not sent
REMINDER_SEND_ATTEMPTS = env_int("REMINDER_SEND_ATTEMPTS", 4)
REMINDER_RETRY_BACKOFF = env_int("REMINDER_RETRY_BACKOFF", 30)  # seconds, doubling each time
REMINDER_REQUEUE_AFTER = _dt.timedelta(seconds=env_int("REMINDER_REQUEUE_AFTER", 300))
REMINDER_SEND_LEASE = _dt.timedelta(seconds=env_int("REMINDER_SEND_LEASE", 600))
REMINDER_DISPATCH_BATCH = env_int("REMINDER_DISPATCH_BATCH", 500)
REMINDER_UNSUBSCRIBE_MAX_AGE = _dt.timedelta(days=60)
if CELERY_BROKER_URL.startswith("filesystem"):
    # The filesystem broker polls. Once a worker's prefetch is full it waits polling_interval
    # before looking again, which at the 1 s default caps it at a few reminders a second.
    CELERY_BROKER_TRANSPORT_OPTIONS["polling_interval"] = 0.1
# --- end of reminders -----------------------------------------------------------------------
