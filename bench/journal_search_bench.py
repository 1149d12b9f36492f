"""Journal search over a year of one person's nights (text is encrypted, so search decrypts in
Python). Baseline in the same run: fetching the same rows without decrypting them."""

import os
import statistics
import time


def timed(fn, repeat: int = 30) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")
    import django

    django.setup()
    from checkins import selectors
    from checkins.models import JournalEntry
    from dvoe.accounts.models import User

    user = User.objects.order_by("id").first()
    nights = JournalEntry.objects.filter(user=user).count()
    raw = timed(lambda: list(JournalEntry.objects.filter(user=user).values_list("id", "night")))
    print(f"Journal search, one person with {nights} nights (ms; median / p95 of 30):")
    print(
        f"  baseline: the same rows, not decrypted   {statistics.median(raw):6.1f} / {sorted(raw)[28]:6.1f}"
    )
    for query in ("quiet", "talked", "no-such-word-anywhere"):
        times = timed(lambda q=query: selectors.journal_search(user, q))
        print(
            f"  search {query!r:<32}{statistics.median(times):6.1f} / {sorted(times)[28]:6.1f}"
            f"   ({statistics.median(times) / max(statistics.median(raw), 0.01):.1f}x baseline)"
        )


if __name__ == "__main__":
    main()
