"""Where the time goes on each signed-in page's full render: CPU per request, and cProfile's top
functions, over N loads for a seeded person with a year of nights (in process, Django test client,
the bench database and settings of bench/run.sh).

    python bench/profile_page.py [N] [/path/ ...]   (default 50 loads of every page below)
"""

import cProfile
import io
import os
import pstats
import sys
import time

PAGES = ("/tonight/", "/season/", "/journal/", "/coach/invite/", "/healthz")


def main(loads: int, pages: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from django.test import Client

    from dvoe.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.filter(email__startswith="bench+").order_by("id").first())
    for path in pages:
        assert client.get(path).status_code == 200, path  # warm: templates, connection
    print("CPU per full render, in process (ms):")
    for path in pages:
        start = time.process_time()
        for _ in range(loads):
            client.get(path)
        print(f"  {path:<18}{(time.process_time() - start) * 1000 / loads:7.2f}")
    for path in pages:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(loads):
            client.get(path)
        profile.disable()
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
        stats.print_stats(45)
        print(f"\n== {path}: {loads} loads, by cumulative time")
        print(out.getvalue().split("\n", 6)[-1])


if __name__ == "__main__":
    args = sys.argv[1:]
    loads = int(args.pop(0)) if args and args[0].isdigit() else 50
    main(loads, args or list(PAGES))
