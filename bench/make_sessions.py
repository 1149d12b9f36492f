"""Pre-made signed-in sessions for the seeded bench accounts, one per line in bench/results/sessions.txt.

Password hashing (PBKDF2, a million rounds by design) would otherwise swamp a short page run; the
real log-in is measured in its own phase instead.
"""

import os
import sys


def main(path: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from dvoe.accounts.models import User

    keys = []
    for user in User.objects.filter(email__startswith="bench+").order_by("id"):
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        keys.append(store.session_key)
    with open(path, "w") as fh:
        fh.write("\n".join(keys) + "\n")
    print(f"{len(keys)} sessions ready")


if __name__ == "__main__":
    main(sys.argv[1])
