"""Reminder dispatch: how fast due reminders are claimed and enqueued, and that the cost follows
the number DUE, not the number of people.

    .venv/bin/python bench/reminders_bench.py              # 10,000 then 100,000 people
    .venv/bin/python bench/reminders_bench.py --million    # ... then 1,000,000 people

Needs PostgreSQL: it uses (and creates) the database named by DATABASE_URL with "_reminders"
appended (default postgres://postgres@127.0.0.1:5432/dvoe_bench_reminders). Everyone has an evening
reminder on, with next times spread over the coming day; for each measurement N of them are made
due now and one real dispatch runs: claim (SELECT ... FOR UPDATE SKIP LOCKED on the partial
index), advance, insert deliveries, commit, then enqueue one send task per delivery on the real
broker (Redis database 6 when REDIS_URL is set, else the filesystem broker in a temporary folder;
the queue is thrown away afterwards, nothing is sent).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prepare_environment() -> str:
    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dvoe_bench")
    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        sys.exit("reminders_bench needs PostgreSQL: set DATABASE_URL=postgres://...")
    name = parts.path.lstrip("/") + "_reminders"
    import psycopg

    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("select 1 from pg_database where datname = %s", [name]).fetchone():
            conn.execute(f'create database "{name}"')
    os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        os.environ["CELERY_BROKER_URL"] = urlunsplit(urlsplit(redis_url)._replace(path="/6"))
    else:
        os.environ.pop("CELERY_BROKER_URL", None)
        tmp = tempfile.mkdtemp(prefix="dvoe-reminders-bench-")
        os.environ["DVOE_VAR_DIR"] = tmp
        for sub in ("celery/queue", "celery/processed"):
            Path(tmp, sub).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    return name


ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC"]


def grow_population(target: int) -> None:
    """Add people (user, profile, reminder settings) in SQL until there are `target` of them."""
    from django.db import connection, transaction

    with connection.cursor() as cur:
        cur.execute("select count(*) from reminders_remindersettings")
        have = cur.fetchone()[0]
        step = 100_000
        for start in range(have, target, step):
            end = min(start + step, target)
            with transaction.atomic():
                cur.execute(
                    """
                    insert into accounts_user (password, is_superuser, email, is_active, is_staff,
                                               date_joined, session_generation)
                    select '!', false, 'bench' || g || '@example.test', true, false, now(), 0
                    from generate_series(%s, %s) g
                    """,
                    [start, end - 1],
                )
                cur.execute(
                    """
                    insert into accounts_profile (user_id, display_name, timezone, country,
                                                  partner_name, discreet_mode)
                    select u.id, '', (%s::text[])[1 + (u.id %% 5)], 'XX', '', false
                    from accounts_user u left join accounts_profile p on p.user_id = u.id
                    where p.id is null
                    """,
                    [ZONES],
                )
                # Next reminders spread over the coming day: none due yet.
                cur.execute(
                    """
                    insert into reminders_remindersettings (user_id, nightly_on, nightly_time,
                        checkpoint_on, next_nightly_at, unsubscribe_key, unsubscribe_generation,
                        updated_at)
                    select u.id, true, '21:30', false,
                           now() + interval '10 minutes' + (u.id %% 1440) * interval '1 minute',
                           'bench' || u.id, 0, now()
                    from accounts_user u left join reminders_remindersettings r on r.user_id = u.id
                    where r.id is null
                    """,
                    [],
                )
            print(f"  seeded {end:,} people", flush=True)
        cur.execute("vacuum analyze reminders_remindersettings")


def make_due(n: int) -> None:
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            """
            update reminders_remindersettings set next_nightly_at = now() - interval '1 minute'
            where id in (select id from reminders_remindersettings order by random() limit %s)
            """,
            [n],
        )


def reset() -> None:
    """Put everyone back to 'not due' and forget deliveries, between measurements."""
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("truncate reminders_delivery")
        cur.execute(
            """
            update reminders_remindersettings
            set next_nightly_at = now() + interval '10 minutes' + (user_id %% 1440) * interval '1 minute'
            where next_nightly_at < now() + interval '10 minutes'
            """,
            [],
        )


def purge_queue() -> None:
    from dvoe.celery import app

    app.control.purge()


def measure(due: int, repeat: int) -> tuple[float, float, float, int]:
    """Median wall and CPU seconds for one dispatch with `due` reminders due, and how many it
    enqueued. CPU time is this process only (the database's work shows in wall time)."""
    from dvoe.reminders import dispatch
    from dvoe.reminders.tasks import _enqueue

    times, cpu, enqueue_times, enqueued = [], [], [], 0
    for _ in range(repeat):
        reset()
        if due:
            make_due(due)
        counted: list[int] = []

        spent: list[float] = []

        def enqueue(ids, counted=counted, spent=spent):
            counted.extend(ids)
            start = time.perf_counter()
            _enqueue(ids)
            spent.append(time.perf_counter() - start)

        start, start_cpu = time.perf_counter(), time.process_time()
        dispatch.reminders_dispatch(enqueue=enqueue)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        enqueue_times.append(sum(spent))
        enqueued = len(counted)
        purge_queue()
    return (
        statistics.median(times),
        statistics.median(cpu),
        statistics.median(enqueue_times),
        enqueued,
    )


def explain() -> str:
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            "explain select id from reminders_remindersettings where next_nightly_at <= now() "
            "order by next_nightly_at limit 500 for update skip locked"
        )
        return "\n".join("    " + row[0] for row in cur.fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--million", action="store_true", help="also measure at 1,000,000 people")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="delete everyone and seed again")
    args = parser.parse_args()
    dbname = prepare_environment()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    broker = settings.CELERY_BROKER_URL.split(":")[0]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"Reminder dispatch benchmark (database {dbname}, broker {broker}, batch "
        f"{settings.REMINDER_DISPATCH_BATCH}, median of {args.repeat})"
    )
    populations = [10_000, 100_000] + ([1_000_000] if args.million else [])
    dues = [0, 1_000, 4_000]
    rows = []
    from dvoe.reminders.models import ReminderSettings

    if args.fresh:
        from django.db import connection

        with connection.cursor() as cur:
            cur.execute("truncate accounts_user cascade")
    for population in populations:
        have = ReminderSettings.objects.count()
        if have > population:
            print(f"  ({have:,} people already seeded: skipping {population:,}; --fresh to redo)")
            continue
        grow_population(population)
        for due in dues:
            seconds, cpu, publish, enqueued = measure(due, args.repeat)
            rate = enqueued / seconds if enqueued else 0
            rows.append((population, due, seconds, cpu, rate))
            print(
                f"  people {population:>9,}  due {due:>5,}: {seconds * 1000:8.1f} ms "
                f"(claim {(seconds - publish) * 1000:7.1f} ms + enqueue {publish * 1000:7.1f} ms; "
                f"cpu {cpu * 1000:7.1f} ms), {enqueued:>5,} claimed + enqueued"
                + (f", {rate:6,.0f}/s" if enqueued else " (nothing due: index probe only)"),
                flush=True,
            )
    reset()
    print("The claim query's plan (the partial index on what is due):")
    print(explain())
    by_due = {}
    for population, due, seconds, cpu, _ in rows:
        by_due.setdefault(due, []).append((population, seconds, cpu))
    print("Same number due, more people (1.00x = no growth with people; wall / cpu):")
    for due, entries in by_due.items():
        _, base, base_cpu = entries[0]
        ratios = ", ".join(
            f"{p:,}: {s / base:.2f}x / {c / max(base_cpu, 1e-9):.2f}x" for p, s, c in entries
        )
        print(f"  due {due:>5,}: {ratios}")


if __name__ == "__main__":
    main()
