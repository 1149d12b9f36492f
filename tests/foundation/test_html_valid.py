"""Every page passes the Nu HTML checker with zero errors."""

import pytest

from tests import pages


@pytest.mark.django_db
def test_every_page_is_valid_html(client, owner, nu_checker):
    pages.seed_all(owner)
    failures = {}
    for name, path in pages.public_pages():
        errors = nu_checker(client.get(pages.resolve(path, owner)).content.decode())
        if errors:
            failures[name] = errors
    client.force_login(owner)
    for name, path in pages.private_pages():
        errors = nu_checker(client.get(pages.resolve(path, owner)).content.decode())
        if errors:
            failures[name] = errors
    # A page with form errors shown, too
    client.logout()
    bad = client.post("/accounts/signup/", {"email": "x", "password": "1"}).content.decode()
    if errors := nu_checker(bad):
        failures["signup with errors"] = errors
    wrong = client.post("/accounts/login/", {"username": owner.email, "password": "nope"})
    assert "do not match an account" in wrong.content.decode()  # a form-wide error is shown
    if errors := nu_checker(wrong.content.decode()):
        failures["login with a form-wide error"] = errors
    assert failures == {}
