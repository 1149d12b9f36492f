"""Real Celery worker and beat processes for the reliability tests, pointed at the pytest database.

Broker: Redis when REDIS_URL is set (its database number is replaced by 5, flushed before and
after, so nothing else on that server is touched); otherwise Celery's filesystem broker in a
temporary folder. Mail: Django's file backend into the same temporary folder, one file per email,
so the test can count what each person would actually receive.
"""

import email
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_DB = 5


def broker_url() -> str | None:
    """Redis database 5 on the configured server, or None for the filesystem broker."""
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        return None
    parts = urlsplit(redis_url)
    return urlunsplit(parts._replace(path=f"/{REDIS_TEST_DB}"))


def redis_flush(url: str | None) -> None:
    if url:
        import redis

        redis.Redis.from_url(url).flushdb()


def database_url() -> str:
    db = settings.DATABASES["default"]
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    host = db.get("HOST") or "127.0.0.1"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{auth}@{host}{port}/{db['NAME']}"


class Cluster:
    """Two workers and one beat, each in its own process group so SIGKILL takes its children too."""

    def __init__(self, tmp: Path, broker: str | None):
        self.tmp = tmp
        self.mail_dir = tmp / "mail"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "dvoe.settings",
            "DATABASE_URL": database_url(),
            "DB_CONN_MAX_AGE": "0",
            "DVOE_VAR_DIR": str(tmp),
            "SECRET_KEY": settings.SECRET_KEY,
            "FERNET_KEYS": ",".join(settings.FERNET_KEYS),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "REMINDER_DISPATCH_EVERY": "1",
            "REMINDER_REQUEUE_AFTER": "6",
            "REMINDER_SEND_LEASE": "10",
            "REMINDER_RETRY_BACKOFF": "1",
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("REDIS_URL", None)
        if broker:
            self.env["CELERY_BROKER_URL"] = broker
        else:
            self.env["CELERY_BROKER_URL"] = "filesystem://"
            for sub in ("celery/queue", "celery/processed"):
                (tmp / sub).mkdir(parents=True, exist_ok=True)
        self.procs: dict[str, subprocess.Popen] = {}

    def _start(self, name: str, args: list[str]) -> None:
        log = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        self.procs[name] = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "dvoe", *args],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_worker(self, name: str) -> None:
        self._start(
            name,
            [
                "worker",
                "-n",
                f"{name}@%h",
                "--concurrency",
                "3",
                "--loglevel",
                "WARNING",
                "--without-gossip",
                "--without-mingle",
            ],
        )

    def start_beat(self) -> None:
        self._start(
            "beat", ["beat", "--loglevel", "WARNING", "-s", str(self.tmp / "beat-schedule")]
        )

    def kill(self, name: str) -> None:
        """SIGKILL the worker and its pool children: a crash, not a shutdown."""
        proc = self.procs.pop(name)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)

    def assert_running(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                log = (self.tmp / f"{name}.log").read_text(errors="replace")[-3000:]
                raise AssertionError(f"{name} exited with {proc.returncode}:\n{log}")

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for name, proc in list(self.procs.items()):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
            self.procs.pop(name)

    def mail_by_recipient(self) -> Counter:
        counts: Counter = Counter()
        if not self.mail_dir.exists():
            return counts
        separator = b"\n" + b"-" * 79 + b"\n"
        for path in self.mail_dir.iterdir():
            for chunk in path.read_bytes().split(separator):
                if chunk.strip():
                    counts[email.message_from_bytes(chunk)["To"]] += 1
        return counts


def wait_for(condition, *, timeout: float, what: str, every: float = 0.2, check=None):
    """Poll `condition()` until it is truthy or the deadline passes (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        value = condition()
        if value:
            return value
        if check is not None:
            check()
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        pause.wait(every)
