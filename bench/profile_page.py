"""Where the time goes on /tonight/: pyinstrument over 50 renders for a person with a year of nights."""

import os


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from django.test import Client
    from pyinstrument import Profiler

    from dvoe.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.order_by("id").first())
    for path in ("/tonight/", "/season/", "/journal/"):
        assert client.get(path).status_code == 200, path
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(50):
            client.get("/tonight/")
    print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
