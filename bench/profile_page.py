"""Where the time goes on /tonight/: pyinstrument over 50 loads for a person with a year of nights,
twice: reloads served from the page cache (dvoe.lib.pagecache, the common case), and the full
render that runs after any write (page cache off)."""

import os


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from pyinstrument import Profiler

    from dvoe.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.order_by("id").first())
    for path in ("/tonight/", "/season/", "/journal/"):
        assert client.get(path).status_code == 200, path
    for title, cache_on in (("reload, from the page cache", True), ("full render", False)):
        settings.DVOE_PAGE_CACHE = cache_on
        client.get("/tonight/")
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(50):
                client.get("/tonight/")
        print(f"== /tonight/, {title}: 50 loads")
        print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
