"""Lighthouse 12 in mobile mode on /, /help/ and /tonight/ (signed in), with Debian's Chromium.

For /tonight/ a session cookie is made with Django's test client machinery against the bench
database and handed to lighthouse as an extra header.
"""

import json
import os
import subprocess
import sys
import tempfile

CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


def session_cookie() -> str:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from dvoe.accounts.models import User

    client = Client()
    client.force_login(User.objects.order_by("id").first())
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def run(url: str, lighthouse: str, headers: dict | None = None) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        cmd = [
            lighthouse,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report.name}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--form-factor=mobile",
            "--only-categories=performance,accessibility,best-practices",
        ]
        if headers:
            cmd.append(f"--extra-headers={json.dumps(headers)}")
        env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
        # Lighthouse sometimes loses the trace (NO_NAVSTART) and asks to be run again.
        for attempt in range(3):
            done = subprocess.run(cmd, env=env, timeout=240, capture_output=True, text=True)
            if done.returncode == 0:
                break
            print(
                f"  (lighthouse attempt {attempt + 1} on {url} failed: {done.stderr.strip()[:120]})"
            )
        else:
            raise RuntimeError(f"lighthouse failed three times on {url}")
        with open(report.name) as fh:
            data = json.load(fh)
    return {k: round(v["score"] * 100) for k, v in data["categories"].items()}


def main(base: str, lighthouse: str) -> None:
    cookie = session_cookie()
    print("Lighthouse 12, mobile (performance / accessibility / best practices):")
    for path, headers in (("/", None), ("/help/", None), ("/tonight/", {"Cookie": cookie})):
        scores = run(base + path, lighthouse, headers)
        print(
            f"  {path:<12} {scores['performance']:>4} {scores['accessibility']:>4} "
            f"{scores['best-practices']:>4}"
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
