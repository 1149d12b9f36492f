"""Page budgets a person on a weak phone would feel: bytes sent for /tonight/, and no request to
any host but dvoe. (Speed is measured in bench/, never asserted here.)"""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

from tests import pages

BUDGET_BYTES = 60 * 1024


def _assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="/static/([^"?]+\.(?:css|js|svg))"', html)


@pytest.mark.django_db
def test_tonight_sends_under_60_kb_compressed_with_its_css_and_js(owner_client, owner):
    pages.seed_all(owner)
    html = owner_client.get("/tonight/").content
    total = len(gzip.compress(html, 9))
    assets = _assets(html.decode())
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    for asset in assets:
        path = finders.find(asset)
        assert path, asset
        with open(path, "rb") as fh:
            total += len(gzip.compress(fh.read(), 9))
    assert total < BUDGET_BYTES, f"/tonight/ sends {total} bytes compressed"


@pytest.mark.django_db
def test_no_page_refers_to_another_host_for_scripts_styles_images_or_fonts(client, owner):
    pages.seed_all(owner)
    pattern = re.compile(r'<(?:script|link|img|iframe|source)[^>]+(?:src|href)="(https?:)?//', re.I)
    for name, path in pages.public_pages():
        assert not pattern.search(client.get(pages.resolve(path, owner)).content.decode()), name
    client.force_login(owner)
    for name, path in pages.private_pages():
        assert not pattern.search(client.get(pages.resolve(path, owner)).content.decode()), name
