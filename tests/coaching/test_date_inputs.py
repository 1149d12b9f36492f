"""Every date input on every page dvoe serves has a min and a max, so the picker never offers a
day the server would refuse (each form checks the same bounds; see its own tests)."""

import re

import pytest

from tests import pages

pytestmark = pytest.mark.django_db

DATE_INPUT = re.compile(r"<input[^>]*type=\"date\"[^>]*>")


def test_every_date_input_has_a_min_and_a_max(owner_client, owner):
    pages.seed_all(owner)
    seen = 0
    for name, path in pages.private_pages():
        html = owner_client.get(pages.resolve(path, owner)).content.decode()
        for tag in DATE_INPUT.findall(html):
            seen += 1
            assert re.search(r'\bmin="\d{4}-\d\d-\d\d"', tag), (name, tag)
            assert re.search(r'\bmax="\d{4}-\d\d-\d\d"', tag), (name, tag)
    assert seen >= 3  # lights, the checkpoint, the invitation's "when did you use it"
