"""Issue #12: the urgent page's first screen, /help/ signed out, the country guess, the exit
endpoint, and the referral data's sources."""

import datetime
import importlib

import pytest
from django.conf import settings

from safety import selectors
from safety.models import Resource

pytestmark = pytest.mark.django_db

KNOWN = {"GB", "US", "DE", "FR", "IE", "ZA"}


@pytest.mark.parametrize(
    "header, expected",
    [
        ("en-GB,en;q=0.9", "GB"),
        ("en-gb", "GB"),
        ("en-UK", "GB"),
        ("de-DE,de;q=0.9,en;q=0.8", "DE"),
        (
            "en;q=0.9,fr-FR;q=0.8",
            "FR",
        ),  # a bare language says nothing; the region that follows does
        ("en-US;q=0.5,en-GB;q=0.9", "GB"),  # q values decide, not position
        ("en-ZA", "ZA"),
        ("zh-Hant-TW", None),  # a region we have no contacts for
        ("en-GB;q=0", None),  # q=0 means "not this"
        ("en", None),
        ("", None),
        ("garbage;;;,,", None),
        ("en-GB;q=abc", None),
    ],
)
def test_country_guess_from_accept_language(header, expected):
    assert selectors.guess_country(header, KNOWN) == expected


def test_help_signed_out_guesses_the_country_and_says_so(client):
    html = client.get("/help/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    main = html.split('id="main"', 1)[1]
    first_tel = main.split('href="tel:', 1)[1].split('"', 1)[0]
    assert first_tel == "999"
    assert "guessed from your browser" in main
    assert '<option value="GB" selected>' in main  # the picker, to change it


def test_help_signed_out_with_no_header_lists_every_country(client):
    response = client.get("/help/")
    html = response.content.decode()
    assert "Accept-Language" in response["Vary"]
    assert "guessed" not in html
    for number in [
        "tel:999",
        "tel:911",
        "tel:000",
        "tel:111",
        "tel:112",
        "tel:10111",
        "tel:116016",
    ]:
        assert f'href="{number}"' in html, number
    # every supported country with contacts is listed, once
    assert html.count("<li><strong>") >= 15


def test_help_needs_no_cookie_and_sets_none(client):
    response = client.get("/help/", HTTP_ACCEPT_LANGUAGE="fr-FR")
    assert response.status_code == 200
    assert 'href="tel:112"' in response.content.decode()
    assert settings.SESSION_COOKIE_NAME not in response.cookies  # nothing remembered about them


def test_help_signed_in_with_a_country_shows_the_call_buttons_first(owner_client):
    html = owner_client.get("/help/").content.decode()
    main = html.split('id="main"', 1)[1]
    assert main.index('class="call-button call-first" href="tel:999"') < main.index("<form")
    assert "guessed" not in main


def test_the_urgent_page_puts_the_call_buttons_first_and_shows_no_banner(owner, owner_client):
    from safety import services

    services.screening_submit(user=owner, answers={"hark_afraid": "yes", "danger": ["stalking"]})
    services.screen_and_record(user=owner, text="He reads all my messages.", source="journal")
    html = owner_client.get("/safety/urgent/").content.decode()
    main = html.split('id="main"', 1)[1]
    buttons = main.split('class="call-now"', 1)[1].split("</ul>", 1)[0]
    assert 'href="tel:999"' in buttons and 'href="tel:08082000247"' in buttons
    assert main.index("call-now") < main.index("What you shared is saved")
    assert main.index("What you shared is saved") < main.index("I’m safe right now")
    assert 'role="region"' not in html.split('id="main"', 1)[0].split("</nav>", 1)[1]  # no banner
    assert "This was about something else" not in html
    assert html.count("Numbers checked") == 1 and "Checked 22" not in html
    assert '<h2 id="res-emergency">Emergency</h2>' not in html  # no "Emergency / Emergency"


def test_self_harm_puts_the_crisis_line_beside_the_emergency_number(owner, owner_client):
    from safety import services

    services.screening_submit(user=owner, answers={"self_harm": "yes"})
    html = owner_client.get("/safety/urgent/").content.decode()
    buttons = html.split('class="call-now"', 1)[1].split("</ul>", 1)[0]
    assert 'href="tel:999"' in buttons and 'href="tel:116123"' in buttons


def test_exit_signs_out_on_get_and_redirects_to_the_neutral_site(owner_client):
    response = owner_client.get("/exit/")
    assert response.status_code == 302 and response["Location"] == settings.QUICK_EXIT_URL
    assert "no-store" in response["Cache-Control"]
    assert owner_client.get("/tonight/")["Location"].startswith("/accounts/login/")


def test_exit_beacon_post_signs_out_without_a_csrf_token_and_redirects_nowhere(owner, client):
    from django.test import Client

    c = Client(enforce_csrf_checks=True)
    c.force_login(owner)
    response = c.post("/exit/")
    assert response.status_code == 204 and "Location" not in response
    assert c.get("/journal/")["Location"].startswith("/accounts/login/")


def test_exit_signed_out_is_harmless(client):
    assert client.get("/exit/").status_code == 302
    assert client.post("/exit/").status_code == 204


def test_the_exit_link_goes_to_the_exit_endpoint_everywhere(client, owner_client):
    for c, path in [(client, "/"), (client, "/help/"), (owner_client, "/tonight/")]:
        html = c.get(path).content.decode()
        assert 'id="quick-exit" href="/exit/" rel="noreferrer"' in html, path
    assert "does not erase your browsing history" in client.get("/safety/exit/").content.decode()


def test_every_shown_contact_names_its_source_and_date_and_fifteen_countries_have_numbers():
    shown = selectors.shown_resources().exclude(country="XX")
    assert all(r.source and r.verified_on for r in shown), [r for r in shown if not r.source]
    countries = {
        r.country
        for r in shown.filter(kind="emergency").exclude(phone="")
        if shown.filter(country=r.country, kind__in=["crisis", "domestic_violence"]).exists()
    }
    assert len(countries) >= 15, sorted(countries)
    # the countries added from memory (0005) were checked online (0006): each names the page seen
    for r in shown.filter(verified_on=datetime.date(2026, 12, 3)):
        assert r.source.startswith(("https://", "http://")), r


def test_every_contact_from_memory_was_checked_or_is_kept_hidden():
    m5 = importlib.import_module("safety.migrations.0005_resource_source_countries")
    m6 = importlib.import_module("safety.migrations.0006_resource_sources_checked")
    from_memory = {(c[0], c[2]) for c in m5.CONTACTS}
    assert from_memory == set(m6.VERIFIED) | set(m6.NOT_CONFIRMED)
    assert not set(m6.VERIFIED) & set(m6.NOT_CONFIRMED)
    waiting = Resource.objects.filter(reverify=True)
    assert set(waiting.values_list("country", "name")) == set(m6.NOT_CONFIRMED)


def test_a_number_that_could_not_be_checked_is_shown_nowhere(client):
    unconfirmed = Resource.objects.get(country="ZA", name="SADAG Suicide Crisis Helpline")
    assert unconfirmed.reverify and unconfirmed.tel == "0800567567"
    for path in ["/help/?country=ZA", "/help/"]:
        html = client.get(path).content.decode()
        assert "tel:0800567567" not in html and "SADAG" not in html, path
    za = client.get("/help/?country=ZA").content.decode()
    assert 'href="tel:10111"' in za and 'href="tel:0800428428"' in za  # what was checked stays


def test_a_country_whose_numbers_all_wait_to_be_checked_falls_back_to_the_international_list(
    client,
):
    Resource.objects.filter(country="NO").update(reverify=True)
    resources = selectors.resources_for("NO")
    assert resources["fallback"] and {
        r.country for g in resources["groups"] for r in g["items"]
    } == {"XX"}
    assert "NO" not in selectors.resource_countries()
    assert selectors.guess_country("nb-NO", selectors.resource_countries()) is None
    assert "NO" not in {c["code"] for c in selectors.every_country_first()}
    html = client.get("/help/?country=NO").content.decode()
    assert "tel:116123" not in html and "do not have contacts for that country" in html


def test_brazil_mexico_and_the_philippines_have_checked_numbers(client):
    html = client.get("/help/", HTTP_ACCEPT_LANGUAGE="pt-BR,pt;q=0.9").content.decode()
    main = html.split('id="main"', 1)[1]
    assert main.split('href="tel:', 1)[1].split('"', 1)[0] == "190"
    assert 'href="tel:180"' in main and 'href="tel:188"' in main
    assert '<option value="BR" selected>' in main
    added = Resource.objects.filter(country__in=["BR", "MX", "PH"])
    assert {r.country for r in added} == {"BR", "MX", "PH"}
    assert all(r.source.startswith("http") and not r.reverify for r in added)
    for code, first in [("MX", "911"), ("PH", "911")]:
        page = client.get(f"/help/?country={code}").content.decode().split('id="main"', 1)[1]
        assert page.split('href="tel:', 1)[1].split('"', 1)[0] == first, code


def test_a_checked_country_shows_its_date_once_and_no_caveat(client):
    html = client.get("/help/?country=DE").content.decode()
    assert html.count("Numbers checked 3 December 2026") == 1
    assert "re-checked" not in html and "team’s knowledge" not in html
    assert 'href="tel:116016"' in html and 'href="tel:08001110111"' in html


def test_help_signed_in_shows_no_banner_above_the_numbers(owner, owner_client):
    from safety import services

    services.screening_submit(user=owner, answers={"hark_afraid": "yes", "danger": ["stalking"]})
    html = owner_client.get("/help/").content.decode()
    assert "Numbers to call now" not in html and 'role="region"' not in html
    assert 'class="call-button call-first" href="tel:999"' in html


def test_the_urgent_page_without_numbers_for_the_country_points_to_every_country(client):
    from tests.conftest import make_user

    user = make_user("elsewhere@example.test", country="XX")
    client.force_login(user)
    html = client.get("/safety/urgent/").content.decode()
    assert 'class="call-now"' not in html
    assert 'href="/help/?country="' in html and "local emergency number" in html
