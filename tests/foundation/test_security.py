"""Headers every page sends, no-store on private pages, healthz, and owner scoping."""

import pytest
from django.http import Http404
from django.test import Client

from dvoe.accounts.models import UserSession
from dvoe.lib.owned import get_owned_or_404
from tests import pages


def assert_security_headers(response):
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "'unsafe-" not in csp  # no inline, no eval, no hashes
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,path", pages.public_pages(), ids=[p[0] for p in pages.public_pages()]
)
def test_public_pages_send_the_security_headers(client, name, path):
    response = client.get(pages.resolve(path, None))
    assert response.status_code in (200, 404)
    assert_security_headers(response)
    assert "http://" not in response.content.decode().replace("http://www.w3.org", "")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,path", pages.private_pages(), ids=[p[0] for p in pages.private_pages()]
)
def test_private_pages_send_the_security_headers_and_no_store(owner_client, owner, name, path):
    pages.seed_all(owner)
    response = owner_client.get(pages.resolve(path, owner))
    assert response.status_code == 200, response.status_code
    assert_security_headers(response)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,path", pages.private_pages(), ids=[p[0] for p in pages.private_pages()]
)
def test_private_pages_need_a_login(client, owner, name, path):
    pages.seed_all(owner)
    response = client.get(pages.resolve(path, owner))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_healthz_answers_json_with_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_owned_objects_are_404_for_anyone_else(owner, other_user):
    mine = UserSession.objects.create(user=owner, session_key="k" * 32)
    assert get_owned_or_404(UserSession, owner, pk=mine.pk) == mine
    with pytest.raises(Http404):
        get_owned_or_404(UserSession, other_user, pk=mine.pk)


@pytest.mark.django_db
def test_every_page_has_the_quick_exit_and_help_link(client, owner, owner_client):
    pages.seed_all(owner)
    for c, listing in ((Client(), pages.public_pages()), (owner_client, pages.private_pages())):
        for _name, path in listing:
            html = c.get(pages.resolve(path, owner)).content.decode()
            assert 'id="quick-exit"' in html and 'rel="noreferrer"' in html, path
            assert 'href="/help/"' in html, path
