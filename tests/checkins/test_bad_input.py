"""Junk in any field gets a message (400) or a 404, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.checkins.helpers import make_season

pytestmark = pytest.mark.django_db

JUNK = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "2026-02-30", "9999-12-31", "0001-01-01", "-1", "6", "0", "null"]),
)

POSTS = [
    ("/journal/save/", ["night", "text", "mood", "from", "next"]),
    ("/journal/draft/", ["night", "text", "mood"]),
    ("/lights/log/", ["code", "night", "note", "next"]),
    ("/season/checkpoint/", ["checkpoint_on"]),
    ("/season/review/", ["decision", "next_checkpoint_on", "fighting_alone"]),
]


@pytest.mark.parametrize(("path", "fields"), POSTS, ids=[p for p, _ in POSTS])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_junk_never_breaks_a_form(owner_client, owner, path, fields, data):
    if not hasattr(owner, "_season"):
        owner._season = make_season(owner, days_in=40, length=60)
    payload = {field: data.draw(JUNK, label=field) for field in fields}
    response = owner_client.post(path, payload)
    assert response.status_code in (200, 204, 302, 400, 404), (path, payload)


def test_a_new_season_with_junk_keeps_the_words(owner_client):
    response = owner_client.post("/season/new/", {"checkpoint_on": "soon", "focus": "my words"})
    assert response.status_code == 400
    assert "my words" in response.content.decode()
