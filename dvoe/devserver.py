"""`make run`: the web server, a Celery worker and beat in one command; Ctrl-C stops them all."""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from dvoe.accounts.management.commands.seed_demo import DEFAULT_EMAIL, DEFAULT_PASSWORD

    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    python = sys.executable
    procs = [
        subprocess.Popen([python, "manage.py", "runserver", f"{host}:{port}", "--noreload"]),
        subprocess.Popen(
            [
                python,
                "-m",
                "celery",
                "-A",
                "dvoe",
                "worker",
                "--beat",
                "--loglevel",
                "INFO",
                "--concurrency",
                "2",
                "--schedule",
                settings.CELERY_BEAT_SCHEDULE_FILENAME,
            ]
        ),
    ]
    broker = "Redis" if settings.CELERY_BROKER_URL.startswith("redis") else "the filesystem broker"
    database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"\n  dvoe is running at http://{host}:{port}/\n"
        f"  Demo login: {DEFAULT_EMAIL} / {DEFAULT_PASSWORD}\n"
        f"  Database: {database}; Celery worker and beat on {broker}; emails in {settings.EMAIL_FILE_PATH}\n"
        "  Press Ctrl-C to stop everything.\n",
        flush=True,
    )

    def stop(*_: object) -> None:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()

    def stop_and_exit(*_: object) -> None:
        stop()
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop_and_exit)
    try:
        while all(proc.poll() is None for proc in procs):
            time.sleep(0.5)
        print("A process stopped; stopping the rest.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stop()


if __name__ == "__main__":
    sys.exit(main())
