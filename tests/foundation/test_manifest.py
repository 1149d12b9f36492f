"""Installable, discreetly: the manifest names dvoe, or "Notes" with the plain icon in discreet
mode; there is no service worker at all."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_signed_out_the_manifest_names_dvoe_and_its_icons_exist(client):
    response = client.get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == "dvoe" and data["start_url"] == "/" and data["display"] == "standalone"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_discreet_mode_gets_notes_and_the_plain_icon(owner_client, owner):
    owner.profile.discreet_mode = True
    owner.profile.save()
    response = owner_client.get("/manifest.webmanifest")
    data = json.loads(response.content)
    assert data["name"] == data["short_name"] == "Notes"
    assert all("plain" in icon["src"] for icon in data["icons"])
    assert "dvoe" not in response.content.decode().replace("/static/", "")
    assert "no-store" in response["Cache-Control"]
    page = owner_client.get("/tonight/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert '<meta name="theme-color" content="#6b7280">' in page


def test_there_is_no_service_worker():
    scripts = " ".join(p.read_text() for p in (ROOT / "static" / "js").glob("*.js"))
    assert "serviceWorker" not in scripts
