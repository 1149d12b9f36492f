"""One test per finding of the hardening probe (issue #13): each former 500 is now a 4xx or a
safe redirect, and each security and privacy guarantee in README's Security section holds."""

import threading

import pytest
from django.db import OperationalError, close_old_connections, connection
from django.test import Client

from checkins.models import JournalEntry, SignalEntry
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
    from dvoe.accounts.models import User

    email = "a" * 288 + "@example.test"
    response = quiet_client().post(
        "/accounts/signup/", {"email": email, "password": "a-long-quiet-password-9"}
    )
    assert response.status_code == 400
    assert "at most 254 characters" in response.content.decode()
    assert not User.objects.exists()


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
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/tonight/"
    assert JournalEntry.objects.filter(user=owner).count() == 1


@pytest.mark.django_db
def test_htmx_signal_log_and_delete_with_crlf_in_next_redirect_safely(owner):
    make_season(owner)
    client = quiet_client(owner)
    response = client.post(
        "/signals/log/",
        {"code": "softened", "night": tonight(owner).isoformat(), "next": "/x/\nY: z"},
        **HTMX,
    )
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/signals/"
    entry = SignalEntry.objects.get(user=owner)
    response = client.post(f"/signals/{entry.pk}/delete/", {"next": CRLF_NEXT}, **HTMX)
    assert response.status_code == 204
    assert response["HX-Redirect"] == "/signals/"
    assert not SignalEntry.objects.exists()


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
        assert results["save"].status_code == 204, results["save"].content[:500]
        assert results["autosave"].status_code == 200, results["autosave"].content[:500]
        entries = list(JournalEntry.objects.filter(user=owner))
        assert len(entries) == 1
        assert entries[0].text in {f"saved {round_}", f"drafted {round_}"}
