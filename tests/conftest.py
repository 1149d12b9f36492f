"""Shared fixtures: owner and other-user accounts, a logged-in client, and the real tools the
browser and HTML checks need (Debian's Chromium through Playwright, the Nu HTML checker on Java).

Set DVOE_REQUIRE_BROWSER=1 (CI does) to turn a missing tool from a skip into a failure.
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dvoe.accounts import services as account_services

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PASSWORD = "a-long-quiet-password-9"

# Playwright's sync API keeps an event loop in the main thread; the Django ORM calls in these
# tests are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    from django.conf import settings

    # Hashing is not what these tests measure; a fast hasher keeps the suite quick.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _require_or_skip(reason: str):
    if os.environ.get("DVOE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (DVOE_REQUIRE_BROWSER=1, so this cannot be skipped)")
    pytest.skip(reason)


def make_user(email: str, *, onboarded: bool = True, **profile):
    from django.utils import timezone

    user = account_services.user_signup(email=email, password=PASSWORD)
    p = user.profile
    for key, value in profile.items():
        setattr(p, key, value)
    if onboarded:
        p.onboarded_at = timezone.now()
    p.save()
    return user


@pytest.fixture
def owner(db):
    return make_user("owner@example.test", timezone="Europe/London", country="GB")


@pytest.fixture
def other_user(db):
    return make_user("other@example.test", timezone="America/New_York", country="US")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def other_client(db, other_user):
    from django.test import Client

    c = Client()
    c.force_login(other_user)
    return c


# --- real browser -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _playwright():
    if not Path(CHROMIUM).exists():
        _require_or_skip(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(_playwright):
    from playwright.sync_api import expect

    from dvoe.lib import hooks

    # The live server runs in this process: start it as gunicorn starts a worker (the
    # worker_start hooks load the screening model), so the first save in a browser test does not
    # pay for loading it, as no person's first save does.
    for start in hooks.get("worker_start"):
        start()
    # A busy machine (CI on a shared host) can take seconds over a save; a real failure still fails.
    expect.set_options(timeout=15_000)
    b = _playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield b
    b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def nojs_page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    pg = context.new_page()
    yield pg
    context.close()


def browser_login(page, base_url: str, email: str, password: str = PASSWORD):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()

    def check(page):
        results = runner.run(page)
        violations = results.response["violations"]
        details = [
            f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations
        ]
        return details

    return check


# --- Nu HTML checker -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def nu_checker():
    """The Nu HTML checker as a local HTTP service, started once per test session."""
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        _require_or_skip(
            "Nu HTML checker unavailable: needs Java and node_modules/vnu-jar (run `npm install`)"
        )
    port = _free_port()
    proc = subprocess.Popen(
        [java, "-Xss1m", "-cp", str(VNU_JAR), "nu.validator.servlet.Main", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            break
        except (urllib.error.URLError, ConnectionError, OSError):
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("The Nu HTML checker did not start within 60 s")
            try:  # wait a moment for the process, failing at once if it has exited
                proc.wait(timeout=0.2)
                pytest.fail("The Nu HTML checker exited on start-up")
            except subprocess.TimeoutExpired:
                pass

    import json

    def validate(html: str) -> list[str]:
        request = urllib.request.Request(
            url + "?out=json",
            data=html.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            messages = json.loads(response.read())["messages"]
        return [
            f"line {m.get('lastLine')}: {m['message']}"
            for m in messages
            if m["type"] == "error" or m.get("subType") == "fatal"
        ]

    yield validate
    proc.terminate()
    proc.wait(timeout=10)
