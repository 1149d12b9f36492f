"""Every form-only address answers a GET (a reload, a reopened tab, a saved link) with a page
that explains and links back, never an empty 405. Other methods keep the plain 405."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

EXAMPLES = {"int": "1", "slug": "abuse", "night": "2026-01-01", "str": "x", "path": "x"}
FRIENDLY = "Nothing to show at this address"
# The quick exit's no-JavaScript address signs out on a GET by design (safety/views.py `exit`):
# visiting it would end the session the rest of this walk needs.
SIGNS_OUT = {"/exit/"}


def _walk(patterns, prefix=""):
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            yield from _walk(p.url_patterns, route)
        elif isinstance(p, URLPattern):
            yield route


def _example(route: str) -> str | None:
    if route.startswith("^") or "(?P" in route:  # regex routes (admin, static): not ours
        return None
    path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: EXAMPLES.get(m.group(1) or "str", "x"), route)
    return "/" + path


def every_path():
    paths = [_example(r) for r in _walk(get_resolver().url_patterns)]
    return sorted({p for p in paths if p and not p.startswith("/admin/") and p not in SIGNS_OUT})


def test_every_form_only_address_explains_itself_on_get(owner_client):
    post_only = []
    for path in every_path():
        response = owner_client.get(path, HTTP_REFERER="http://testserver/tonight/")
        if response.status_code != 405:
            continue
        post_only.append(path)
        html = response.content.decode()
        assert FRIENDLY in html, path
        assert 'href="http://testserver/tonight/"' in html, path
        assert "POST" in response["Allow"], path
        assert response["Content-Type"].startswith("text/html"), path
    for known in ["/journal/save/", "/journal/draft/", "/lights/log/", "/safety/check/skip/"]:
        assert known in post_only
    assert len(post_only) >= 15, post_only


def test_signed_out_the_same_addresses_never_give_an_empty_page(client):
    for path in every_path():
        response = client.get(path)
        assert response.status_code != 405 or FRIENDLY in response.content.decode(), path


def test_without_a_referer_the_link_goes_to_the_page_above(owner_client):
    html = owner_client.get("/journal/save/").content.decode()
    assert 'href="/journal/"' in html
    html = owner_client.get("/safety/notes/1/dismiss/").content.decode()
    assert 'href="/tonight/"' in html  # nothing above it is a page: tonight


def test_a_referer_from_another_site_is_never_followed(owner_client):
    html = owner_client.get("/lights/log/", HTTP_REFERER="https://example.com/x").content.decode()
    assert "example.com" not in html and 'href="/lights/"' in html


def test_other_methods_keep_the_plain_405(owner_client):
    response = owner_client.put("/journal/save/")
    assert response.status_code == 405 and FRIENDLY not in response.content.decode()


def test_head_gets_the_405_with_allow(owner_client):
    response = owner_client.head("/journal/save/")
    assert response.status_code == 405 and "POST" in response["Allow"]


def test_the_page_is_valid_html(owner_client, nu_checker):
    assert nu_checker(owner_client.get("/lights/log/").content.decode()) == []
