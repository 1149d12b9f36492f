"""/tonight/, /season/, /journal/ and friends run a fixed number of queries whatever the history.

Two years of nightly entries and lights for one person; the same page for someone with one night
must cost exactly the same. The checkins share of each page is pinned too, so a change in another
app's panel does not hide an N+1 here."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from checkins import catalog
from checkins.models import JournalEntry, Light, Season
from tests.checkins.helpers import tonight
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

PAGES = {
    # path: queries touching checkins tables
    "/tonight/": 3,  # season, tonight's entry (once, shared with coaching), tonight's lights
    "/season/": 4,  # season, lights in the window, nights written, checkpoint moves
    "/journal/": 1,
    "search": 1,
    "/lights/": 2,
    "/season/review/": 4,  # step 1 (the season and its chart): the same four as /season/
    "/season/review/?step=2": 2,  # step 2 (what you did): the season, and coaching's panel asking for it
    "/season/review/?step=3": 4,  # step 3 (the reading): the same four as /season/
}


def two_years(user):
    last = tonight(user)
    first = last - dt.timedelta(days=729)
    old = Season.objects.create(
        user=user,
        started_on=first,
        checkpoint_on=first + dt.timedelta(days=365),
        focus="old",
        ended_at=dt.datetime.combine(first + dt.timedelta(days=365), dt.time(), tzinfo=dt.UTC),
        decision="another_season",
    )
    assert old.pk
    Season.objects.create(
        user=user,
        started_on=last - dt.timedelta(days=300),
        checkpoint_on=last + dt.timedelta(days=60),
        focus="current",
    )
    JournalEntry.objects.bulk_create(
        JournalEntry(user=user, night=first + dt.timedelta(days=i), text=f"night {i} by the river")
        for i in range(730)
    )
    codes = [item.code for item in catalog.ITEMS if not item.needs_note]
    Light.objects.bulk_create(
        Light(
            user=user,
            night=first + dt.timedelta(days=i),
            code=codes[i % len(codes)],
            kind=catalog.BY_CODE[codes[i % len(codes)]].kind,
            note="noted",
        )
        for i in range(0, 730 * 2)
        if i < 730
    )


def one_night(user):
    last = tonight(user)
    Season.objects.create(
        user=user,
        started_on=last - dt.timedelta(days=300),
        checkpoint_on=last + dt.timedelta(days=60),
        focus="current",
    )
    JournalEntry.objects.create(user=user, night=last, text="by the river")
    Light.objects.create(user=user, night=last, code="softened", kind="green")


def fetch(client, path):
    if path == "search":
        return client.post("/journal/", {"q": "river"})
    return client.get(path)


def measure(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = fetch(client, path)
    assert response.status_code == 200, path
    ours = [q for q in ctx.captured_queries if '"checkins_' in q["sql"]]
    measure.last = ours
    return len(ctx.captured_queries), len(ours)


@pytest.mark.parametrize("path", list(PAGES))
def test_query_count_is_fixed_whatever_the_history(
    client, django_assert_num_queries, settings, path
):
    # The rendering itself is pinned here; a reload served from the page cache is pinned below.
    settings.DVOE_PAGE_CACHE = False
    light = make_user("light@example.test", timezone="Europe/London")
    heavy = make_user("heavy@example.test", timezone="Europe/London")
    one_night(light)
    two_years(heavy)
    client.force_login(light)
    fetch(client, path)  # warm per-process caches (content types, sessions)
    baseline, ours = measure(client, path)
    assert ours == PAGES[path], "\n".join(q["sql"][:150] for q in measure.last)
    client.force_login(heavy)
    fetch(client, path)
    with django_assert_num_queries(baseline):
        response = fetch(client, path)
    assert response.status_code == 200


def test_a_tonight_reload_from_the_page_cache_reads_no_checkins_table(
    client, django_assert_num_queries
):
    """The second /tonight/ of a night, nothing written in between: the session and the person
    (whose row carries the page counter), and no panel or profile query at all."""
    heavy = make_user("heavy@example.test", timezone="Europe/London")
    two_years(heavy)
    client.force_login(heavy)
    first = client.get("/tonight/")
    with CaptureQueriesContext(connection) as ctx:
        again = client.get("/tonight/")
    assert again.status_code == 200
    assert len(ctx.captured_queries) == 2, "\n".join(q["sql"][:150] for q in ctx.captured_queries)
    assert not [q for q in ctx.captured_queries if '"checkins_' in q["sql"]]
    assert again.content == first.content
