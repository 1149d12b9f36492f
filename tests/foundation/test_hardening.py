"""One test per finding of the hardening probe (issue #13): each former 500 is now a 4xx or a
safe redirect, and each security and privacy guarantee in README's Security section holds."""

import threading

import pytest
from django.db import OperationalError, close_old_connections, connection
from django.test import Client

from checkins.models import JournalEntry, Light
from safety.models import Flag
from tests.checkins.helpers import make_season, tonight

HTMX = {"HTTP_HX_REQUEST": "true"}
CRLF_NEXT = "/tonight/\r\nSet-Cookie: x=1"


def quiet_client(user=None) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


# --- 1. `next` with no slash or dot -------------------------------------------------------------


@pytest.mark.django_db
def test_practice_toggle_with_a_bare_word_next_redirects_to_a_path(owner):
    response = quiet_client(owner).post(
        "/coach/practice/toggle/",
        {"code": "regulate", "night": tonight(owner).isoformat(), "next": "second"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/tonight/#practice"


@pytest.mark.django_db
def test_practice_toggle_refused_with_a_bare_word_next_is_a_400(owner):
    response = quiet_client(owner).post("/coach/practice/toggle/", {"next": "second"})
    assert response.status_code == 400


# --- 2. a page number past any integer ----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["99999999999999999999", "9" * 5000, "100000"])
def test_journal_page_past_any_entry_is_a_404(owner, page):
    response = quiet_client(owner).get("/journal/", {"page": page})
    assert response.status_code == 404 if page != "9" * 5000 else 200  # unreadable: page one


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["-5", "0", "abc", "1.5", ""])
def test_journal_page_that_is_not_a_number_shows_page_one(owner, page):
    assert quiet_client(owner).get("/journal/", {"page": page}).status_code == 200


# --- 3. and 4. lengths past the columns ---------------------------------------------------------


@pytest.mark.django_db
def test_signup_with_a_300_character_email_is_refused_with_a_message():
    from dvoe.accounts.models import PendingSignup, User

    email = "a" * 288 + "@example.test"
    response = quiet_client().post(
        "/accounts/signup/", {"email": email, "password": "a-long-quiet-password-9"}
    )
    assert response.status_code == 400
    assert "at most 254 characters" in response.content.decode()
    assert not User.objects.exists()
    assert not PendingSignup.objects.exists()


@pytest.mark.django_db
def test_login_with_a_username_over_255_characters_is_refused_without_reaching_axes():
    from axes.models import AccessAttempt

    response = quiet_client().post(
        "/accounts/login/", {"username": "b" * 300 + "@example.test", "password": "x"}
    )
    assert response.status_code == 200  # the form again, with its message
    assert "at most 254 characters" in response.content.decode()
    assert not AccessAttempt.objects.exists()


# --- 5. CR/LF in `next` for htmx redirects ------------------------------------------------------


@pytest.mark.django_db
def test_htmx_journal_save_with_crlf_in_next_saves_and_redirects_safely(owner):
    response = quiet_client(owner).post(
        "/journal/save/",
        {"night": tonight(owner).isoformat(), "text": "A quiet evening.", "next": CRLF_NEXT},
        **HTMX,
    )
    # /tonight/'s Save now answers htmx in place (the done card) rather than redirecting; either
    # way the entry is kept and no header carries the crafted value.
    assert response.status_code in (200, 204)
    assert response.get("HX-Redirect", "/tonight/") == "/tonight/"
    assert not any("\r" in v or "\n" in v for _k, v in response.items())
    assert JournalEntry.objects.filter(user=owner).count() == 1


@pytest.mark.django_db
def test_htmx_light_log_and_delete_with_crlf_in_next_redirect_safely(owner):
    make_season(owner)
    client = quiet_client(owner)
    response = client.post(
        "/lights/log/",
        {"code": "softened", "night": tonight(owner).isoformat(), "next": "/x/\nY: z"},
        **HTMX,
    )
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/lights/"
    entry = Light.objects.get(user=owner)
    response = client.post(f"/lights/{entry.pk}/delete/", {"next": CRLF_NEXT}, **HTMX)
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/lights/"
    assert not Light.objects.exists()


@pytest.mark.parametrize(
    "url,expected",
    [
        ("/journal/?page=2", "/journal/?page=2"),
        ("http://testserver/accounts/settings/", "/accounts/settings/"),
        ("/journal/café/", "/journal/caf%C3%A9/"),
        ("second", None),
        ("../tonight/", None),
        ("//elsewhere.example/", None),
        ("/\\elsewhere.example/", None),
        ("https://elsewhere.example/", None),
        ("javascript:alert(1)", None),
        ("/tonight/\r\nX: y", None),
        ("/tonight/\x00", None),
        ("/tonight/\ud800", None),
        ("", None),
        ("/" + "a" * 3000, None),
    ],
)
def test_safe_path_answers_only_paths_on_this_site(rf, url, expected):
    from dvoe.lib.redirects import safe_path

    assert safe_path(rf.get("/"), url) == expected


# --- 6. a crafted Referer -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("referer", ["second", "/tonight/\r\nX: y", "//elsewhere.example/x"])
def test_dismissing_a_note_with_a_crafted_referer_goes_to_tonight(owner, referer):
    flag = Flag.objects.create(user=owner, flag="addiction", source="journal")
    response = quiet_client(owner).post(f"/safety/notes/{flag.pk}/dismiss/", HTTP_REFERER=referer)
    assert response.status_code == 302
    assert response["Location"] == "/tonight/"


# --- 7. the error page with the database gone ---------------------------------------------------


@pytest.mark.django_db
def test_the_500_page_renders_with_the_database_gone(owner):
    client = quiet_client(owner)
    queries_during_error_page = []

    def database_gone(execute, sql, params, many, context):
        queries_during_error_page.append(sql)
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(database_gone):
        response = client.get("/tonight/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong on our side" in body
    assert 'href="/help/"' in body and "Exit this page" in body
    assert "no-store" in response["Cache-Control"]
    # Only the request's own query (the session) was tried; the error page tried none.
    assert len(queries_during_error_page) == 1


@pytest.mark.django_db
def test_error_pages_show_no_banners_and_touch_no_database(rf, owner):
    from safety.context_processors import banners

    request = rf.get("/")
    request.user = owner
    request.is_error_page = True
    with connection.execute_wrapper(lambda *a: pytest.fail("queried the database")):
        assert banners(request) == {"banners": []}


# --- 8. a Save racing an autosave ---------------------------------------------------------------


def _save_and_autosave_together(owner, night: str, round_: int) -> dict:
    barrier = threading.Barrier(2)
    results, errors = {}, []

    def post(name, path, text):
        try:
            client = quiet_client(owner)
            barrier.wait(timeout=10)
            results[name] = client.post(path, {"night": night, "text": text}, **HTMX)
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [
        threading.Thread(target=post, args=("save", "/journal/save/", f"saved {round_}")),
        threading.Thread(target=post, args=("autosave", "/journal/draft/", f"drafted {round_}")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    return results


@pytest.mark.django_db(transaction=True)
def test_a_save_and_an_autosave_for_a_new_night_together_leave_one_row_and_no_error(owner):
    """Two threads, two database connections, real concurrency: on SQLite (the embedded default)
    the second waits for the first's write lock; on PostgreSQL it meets the unique constraint
    and updates the committed row. Either way: one row, no error, both requests answered."""
    night = tonight(owner).isoformat()
    for round_ in range(5):
        JournalEntry.objects.filter(user=owner).delete()
        results = _save_and_autosave_together(owner, night, round_)
        assert results["save"].status_code == 200, results["save"].content[:500]  # the done card
        assert results["autosave"].status_code == 200, results["autosave"].content[:500]
        entries = list(JournalEntry.objects.filter(user=owner))
        assert len(entries) == 1
        assert entries[0].text in {f"saved {round_}", f"drafted {round_}"}


# --- the admin shows no session key and no way to read what a person wrote ----------------------


@pytest.mark.django_db
def test_staff_with_view_usersession_never_see_a_session_key(owner):
    from django.contrib.auth.models import Permission

    from dvoe.accounts.models import User, UserSession

    staff = User.objects.create_user(email="staff@example.test", password="x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_usersession"))
    row = UserSession.objects.create(user=owner, session_key="k" * 32, device="Firefox on Linux")
    client = quiet_client(staff)
    for path in ["/admin/accounts/usersession/", f"/admin/accounts/usersession/{row.pk}/change/"]:
        response = client.get(path)
        assert response.status_code == 200
        assert "k" * 32 not in response.content.decode()


SECRET_FIELD_WORDS = ("key", "token", "secret", "password", "pin", "digest", "hash")


def _secret_values(obj) -> list[str]:
    """Values of a row's fields whose names say they are secret (a key, token, hash...)."""
    return [
        str(value)
        for field in obj._meta.concrete_fields
        if any(word in field.name for word in SECRET_FIELD_WORDS)
        and len(str(value := getattr(obj, field.attname) or "")) >= 8
    ]


@pytest.mark.django_db
def test_no_admin_page_shows_what_a_person_wrote_or_lets_staff_take_over_an_account(owner):
    """A superuser walks every changelist and change page: no journal text, note, name, session
    key or other secret (any field named like a key, token or hash: the reminders' unsubscribe
    key, the password hash or a piece of it) appears, and the password of another account
    cannot be set."""
    from django.contrib import admin

    from checkins import services as checkins_services
    from dvoe.accounts.models import User, UserSession
    from dvoe.reminders.models import ReminderSettings

    secret = "Velvet-umbrella-thursday"
    season = make_season(owner, focus=secret)
    checkins_services.journal_save(user=owner, night=tonight(owner), text=secret, mood=3)
    checkins_services.light_log(user=owner, code="softened", night=tonight(owner), note=secret)
    profile = owner.profile
    profile.partner_name, profile.display_name = secret, secret
    profile.save()
    UserSession.objects.create(user=owner, session_key="s" * 32)
    ReminderSettings.objects.get_or_create(user=owner)
    root = User.objects.create_superuser(email="root@example.test", password="x")
    client = quiet_client(root)
    walked = set()
    for model in admin.site._registry:
        meta = model._meta
        changelist = client.get(f"/admin/{meta.app_label}/{meta.model_name}/")
        assert changelist.status_code == 200, meta.label
        pages = [changelist]
        secrets = [secret]
        for obj in model.objects.all()[:5]:
            pages.append(client.get(f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/change/"))
            secrets += _secret_values(obj)
            walked.add(meta.label)
        # Each secret whole and its parts (a masked summary shows the first characters).
        pieces = {p[:6] for s in secrets for p in s.split("$") if len(p) >= 6} | set(secrets)
        for page in pages:
            body = page.content.decode()
            shown = [p for p in pieces if p in body]
            assert not shown, (meta.label, shown)
    assert {"accounts.UserSession", "accounts.User", "reminders.ReminderSettings"} <= walked
    assert season.pk
    response = client.get(f"/admin/accounts/user/{owner.pk}/password/")
    assert response.status_code == 403
    response = client.post(
        f"/admin/accounts/user/{owner.pk}/password/",
        {"password1": "taken-over-9x", "password2": "taken-over-9x"},
    )
    assert response.status_code == 403
    owner.refresh_from_db()
    assert not owner.check_password("taken-over-9x")


# --- sign-in ignores the case of the email, axes' counters too ----------------------------------


@pytest.mark.django_db
def test_sign_in_ignores_the_case_of_the_email(owner):
    from tests.conftest import PASSWORD

    response = quiet_client().post(
        "/accounts/login/", {"username": "  OWNER@Example.TEST ", "password": PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_failures_in_any_case_count_together_for_the_lockout(owner):
    from axes.models import AccessAttempt

    from tests.conftest import PASSWORD

    client = quiet_client()
    spellings = ["owner@example.test", "OWNER@example.test", "Owner@Example.Test"]
    for i in range(5):
        client.post("/accounts/login/", {"username": spellings[i % 3], "password": "wrong"})
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"owner@example.test"}
    response = client.post(
        "/accounts/login/", {"username": "OWNER@EXAMPLE.TEST", "password": PASSWORD}
    )
    assert response.status_code == 429  # locked out, whatever the case


@pytest.mark.django_db
def test_emails_are_stored_lower_case_whoever_saves_them():
    from dvoe.accounts.models import User

    user = User.objects.create_user(email="Mixed@Case.Test", password="x")
    user.email = "Again@CASE.test"
    user.save()
    assert User.objects.get(pk=user.pk).email == "again@case.test"


# --- sign-up never says who has an account ------------------------------------------------------


@pytest.mark.django_db
def test_sign_up_answers_the_same_for_a_taken_email_and_tells_the_owner(owner, mailoutbox):
    """The whole answer is alike: the redirect, the page after it, no session; the emails differ
    (tests/foundation/test_signup_confirm.py has the rest)."""
    from dvoe.accounts.models import User
    from tests.foundation.signup import fresh_throttle

    fresh_throttle()
    password = "another-quiet-password-7"
    answers = []
    for email in ["new@example.test", "OWNER@example.test"]:
        client = quiet_client()
        response = client.post("/accounts/signup/", {"email": email, "password": password})
        assert "sessionid" not in response.cookies
        page = client.get(response["Location"])
        answers.append((response.status_code, response["Location"], page.status_code))
        assert "_auth_user_id" not in client.session
    assert answers[0] == answers[1] == (302, "/accounts/signup/sent/", 200)
    assert User.objects.filter(email="owner@example.test").count() == 1
    assert not User.objects.filter(email="new@example.test").exists()  # not until the link
    owner.refresh_from_db()
    assert not owner.check_password(password)  # nothing about the account changed
    assert len(mailoutbox) == 2
    message = mailoutbox[1]
    assert message.to == ["owner@example.test"]
    assert message.subject == "About your sign-in"
    for word in ["dvoe", "partner", "relationship", "journal", "therapy", "safety"]:
        assert word not in (message.subject + message.body).lower()


# --- the lockout reads the client's address behind trusted proxies ------------------------------


@pytest.mark.parametrize(
    "count,remote,forwarded,expected",
    [
        (0, "10.0.0.1", "203.0.113.9", "10.0.0.1"),  # no proxy: the header is ignored
        (1, "10.0.0.1", "203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.1", "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # left part is spoofable
        (2, "10.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (2, "10.0.0.1", "203.0.113.9", "10.0.0.1"),  # did not pass both proxies
        (1, "10.0.0.1", "not-an-address", "10.0.0.1"),
        (1, "10.0.0.1", "", "10.0.0.1"),
    ],
)
def test_client_address_behind_trusted_proxies(rf, settings, count, remote, forwarded, expected):
    from dvoe.accounts.throttle import client_ip

    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.django_db
def test_behind_a_proxy_one_client_locked_out_leaves_another_free(owner, settings):
    from tests.conftest import PASSWORD

    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    attacker = quiet_client()
    for _ in range(5):
        attacker.post(
            "/accounts/login/",
            {"username": "owner@example.test", "password": "wrong"},
            HTTP_X_FORWARDED_FOR="203.0.113.9",
            **proxy,
        )
    locked = attacker.post(
        "/accounts/login/",
        {"username": "owner@example.test", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        **proxy,
    )
    assert locked.status_code == 429
    # The same proxy, another client: not locked out by someone else's failures.
    free = quiet_client().post(
        "/accounts/login/",
        {"username": "owner@example.test", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **proxy,
    )
    assert free.status_code == 302
    # A spoofed header cannot dodge it: only the entry our proxy appended counts.
    spoofed = quiet_client().post(
        "/accounts/login/",
        {"username": "owner@example.test", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9",
        **proxy,
    )
    assert spoofed.status_code == 429


# --- password reset is throttled per address and per email --------------------------------------


@pytest.fixture
def fresh_throttle():
    from django.core.cache import caches

    caches["throttle"].clear()
    yield
    caches["throttle"].clear()


@pytest.mark.django_db
def test_password_reset_is_throttled_per_email(owner, mailoutbox, fresh_throttle, settings):
    settings.PASSWORD_RESET_PER_EMAIL = 3
    statuses = []
    for i in range(5):
        client = quiet_client()
        response = client.post(
            "/accounts/password/reset/",
            {"email": "Owner@example.test"},
            REMOTE_ADDR=f"203.0.113.{i + 1}",
        )
        statuses.append(response.status_code)
    assert statuses == [302, 302, 302, 429, 429]
    assert len(mailoutbox) == 3
    assert "Too many requests" in response.content.decode()


@pytest.mark.django_db
def test_password_reset_is_throttled_per_address(db, fresh_throttle, settings):
    settings.PASSWORD_RESET_PER_ADDRESS = 4
    client = quiet_client()
    statuses = [
        client.post("/accounts/password/reset/", {"email": f"n{i}@example.test"}).status_code
        for i in range(6)
    ]
    assert statuses == [302, 302, 302, 302, 429, 429]


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_unknown_emails(db, fresh_throttle):
    response = quiet_client().post("/accounts/password/reset/", {"email": "nobody@example.test"})
    assert response.status_code == 302


# --- names encrypted at rest; sign-in records kept 30 days --------------------------------------


@pytest.mark.django_db
def test_names_are_stored_encrypted(owner):
    profile = owner.profile
    profile.display_name, profile.partner_name = "Kit", "Robin"
    profile.save()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT display_name, partner_name FROM accounts_profile WHERE id = %s", [profile.pk]
        )
        raw = cursor.fetchone()
    assert "Kit" not in raw[0] and "Robin" not in raw[1]
    assert raw[0].startswith("gAAAAA") and raw[1].startswith("gAAAAA")
    profile.refresh_from_db()
    assert (profile.display_name, profile.partner_name) == ("Kit", "Robin")


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_names_and_can_be_reversed():
    from django.core.management import call_command

    from dvoe.lib import crypto

    call_command("migrate", "accounts", "0002", verbosity=0)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO accounts_user (password, is_superuser, email, is_active, is_staff,"
                " date_joined, session_generation, page_version)"
                " VALUES ('', %s, 'm@example.test', %s, %s, '2026-01-01', 0, 0)",
                [False, True, False],
            )
            cursor.execute("SELECT id FROM accounts_user WHERE email = 'm@example.test'")
            user_id = cursor.fetchone()[0]
            cursor.execute(
                "INSERT INTO accounts_profile (user_id, display_name, timezone, country,"
                " partner_name, discreet_mode) VALUES (%s, 'Sam', 'UTC', 'XX', '', %s)",
                [user_id, False],
            )
        call_command("migrate", "accounts", "0003", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT display_name, partner_name FROM accounts_profile WHERE user_id = %s",
                [user_id],
            )
            display, partner = cursor.fetchone()
        assert crypto.decrypt(display) == "Sam" and partner == ""
        call_command("migrate", "accounts", "0002", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT display_name FROM accounts_profile WHERE user_id = %s", [user_id]
            )
            assert cursor.fetchone()[0] == "Sam"
    finally:
        call_command("migrate", verbosity=0)


@pytest.mark.django_db
def test_sign_in_records_older_than_30_days_are_purged(owner):
    import datetime as dt

    from axes.models import AccessAttempt, AccessLog
    from django.utils import timezone

    from dvoe.accounts.tasks import purge_access_logs

    old = AccessLog.objects.create(username="a@b.test", ip_address="203.0.113.9", user_agent="x")
    new = AccessLog.objects.create(username="a@b.test", ip_address="203.0.113.9", user_agent="x")
    attempt = AccessAttempt.objects.create(
        username="a@b.test", ip_address="203.0.113.9", user_agent="x", failures_since_start=1
    )
    long_ago = timezone.now() - dt.timedelta(days=31)
    AccessLog.objects.filter(pk=old.pk).update(attempt_time=long_ago)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=long_ago)
    assert purge_access_logs() == 2
    assert list(AccessLog.objects.values_list("pk", flat=True)) == [new.pk]
    assert not AccessAttempt.objects.exists()


def test_the_purge_runs_on_the_beat_schedule(settings):
    from dvoe.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["accounts-purge-access-logs"]
    assert entry["task"] == "accounts.purge_access_logs"
    assert entry["schedule"] <= 24 * 60 * 60
    app.loader.import_default_modules()
    assert "accounts.purge_access_logs" in app.tasks


# --- the image holds only what runs ------------------------------------------------------------


def _dockerignore_regex(pattern: str):
    """Docker's .dockerignore matching: `*` and `?` stay within one path segment, `**` spans
    any number; a pattern that matches a directory matches everything in it."""
    import re

    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + "(?:/.*)?$")


def docker_context(root):
    rules = []
    for line in (root / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            negate = line.startswith("!")
            rules.append((negate, _dockerignore_regex(line.lstrip("!").strip("/"))))
    kept = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        excluded = False
        for negate, regex in rules:
            if regex.match(rel):
                excluded = not negate
        if not excluded:
            kept.append(rel)
    return kept


def test_the_docker_context_holds_only_what_runs():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    kept = docker_context(root)
    assert "manage.py" in kept and "gunicorn.conf.py" in kept and "pyproject.toml" in kept
    assert "dvoe/settings.py" in kept and "safety/screening/data/screening_model.npz" in kept
    assert "templates/500.html" in kept and "static/css/dvoe.css" in kept
    for path in kept:
        top = path.split("/", 1)[0]
        assert top in {
            "manage.py",
            "pyproject.toml",
            "requirements",  # the locks the image installs from
            "gunicorn.conf.py",
            "dvoe",
            "checkins",
            "coaching",
            "safety",
            "templates",
            "static",
        }, path
        assert not path.endswith((".key", ".pyc", ".sqlite3")), path
        assert "__pycache__" not in path, path
    dockerfile = (root / "Dockerfile").read_text()
    assert "COPY . ." in dockerfile  # so .dockerignore is what decides


def test_the_docker_context_leaves_out_every_secret_whatever_the_checkout_holds(tmp_path):
    """The same rules on a made-up checkout holding everything that must stay out, so the
    answer does not hang on what this machine's checkout happens to hold. Checked once against
    a real builder (buildah, `FROM scratch` + `COPY . /ctx/` on this tree): the same 308 files."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    (tmp_path / ".dockerignore").write_text((root / ".dockerignore").read_text())
    kept_paths = [
        "manage.py",
        "pyproject.toml",
        "gunicorn.conf.py",
        "dvoe/settings.py",
        "safety/screening/data/screening_model.npz",
        "templates/base.html",
        "static/css/dvoe.css",
    ]
    left_out = [
        ".venv/bin/python",
        ".venv/lib/python3.11/site-packages/django/__init__.py",
        "var/secret.key",
        "var/fernet.key",
        "var/db.sqlite3",
        "var/mail/20261203-1.log",
        ".git/HEAD",
        ".git/objects/ab/cdef",
        ".env",
        ".env.example",
        "tests/conftest.py",
        "tests/foundation/test_hardening.py",
        "bench/run.sh",
        "node_modules/vnu-jar/build/dist/vnu.jar",
        "data/screening/nights.jsonl",
        "Dockerfile",
        "docker-compose.yml",
        "dvoe/__pycache__/settings.cpython-311.pyc",
        "dvoe/accounts/stray.key",
        "safety/old.sqlite3",
        "static/css/__pycache__/x.pyc",
    ]
    for rel in kept_paths + left_out:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    kept = set(docker_context(tmp_path))
    assert kept == set(kept_paths)


# --- headers: no Server, Cache-Control exactly where it belongs ---------------------------------


@pytest.mark.django_db
def test_public_pages_without_anything_personal_are_briefly_cacheable(client):
    for path in ["/", "/safety/tech/"]:
        response = client.get(path)
        assert response.status_code == 200
        # Each page carries this browser's CSRF token (for htmx): its own cache only.
        assert response["Cache-Control"] == "private, max-age=300", path
        assert "Cookie" in response["Vary"]


@pytest.mark.django_db
def test_public_forms_and_errors_are_never_stored(client):
    for path, status in [("/accounts/login/", 200), ("/accounts/signup/", 200), ("/nope/", 404)]:
        response = client.get(path)
        assert response.status_code == status
        assert "no-store" in response["Cache-Control"], path


@pytest.mark.django_db
def test_signed_in_pages_stay_no_store_even_the_public_ones(owner_client):
    for path in ["/", "/safety/tech/", "/help/", "/tonight/"]:
        response = owner_client.get(path)
        assert "no-store" in response["Cache-Control"], path
        assert "private" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path


def test_gunicorn_sends_no_server_header(tmp_path):
    """A real gunicorn with the project's gunicorn.conf.py, on a socket this test opens.

    No waiting for the server to come up: the test binds and listens first and hands the socket
    to gunicorn (`fd://`), so the request queues in the kernel until gunicorn's worker accepts
    it. Should gunicorn die first, a watcher closes the test's copy of the socket and the
    queued request is refused at once, with gunicorn's own words in the failure."""
    import os
    import socket
    import subprocess
    import sys
    import threading
    import urllib.request
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    env = {
        **os.environ,
        "GUNICORN_BIND": f"fd://{listener.fileno()}",
        "WEB_CONCURRENCY": "1",
        "DVOE_WARM_SCREENING": "false",
        "DVOE_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    gunicorn = Path(sys.executable).parent / "gunicorn"
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as stderr:
        proc = subprocess.Popen(
            [str(gunicorn), "dvoe.wsgi:application"],
            cwd=root,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            pass_fds=[listener.fileno()],
        )

    def close_when_gunicorn_ends():
        proc.wait()
        listener.close()

    threading.Thread(target=close_when_gunicorn_ends, daemon=True).start()
    try:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as response:
                headers = response.headers
        except OSError as exc:
            pytest.fail(f"gunicorn did not answer ({exc}): {log.read_text()[-2000:]}")
        assert headers.get("Server") is None
        assert headers["Cache-Control"] == "private, max-age=300"
        assert headers["X-Frame-Options"] == "DENY"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        listener.close()
