"""Every view dvoe serves, driven with hostile input as a signed-in person, plain and htmx: never
a 500.

The views come from the URL resolver, so a new view is covered the day it is added. For each one
hypothesis builds requests from: GET or POST (and now and then a method nobody should send);
URL parameters that fit the route's converter but mean nothing (nights that do not exist, ids
past any integer or owned by nobody, unicode digits); query strings and form bodies whose keys
are every field name any dvoe form has, plus `next`, `page`, `format` and friends, and whose
values are lengths past every column, NUL, lone surrogates, CR/LF, huge and negative numbers,
impossible dates, repeated keys (a list where one value was expected) and crafted `next` and
`Referer` values. Bodies are encoded by hand, so bytes no browser would send (a lone surrogate)
still reach the server.

Besides the random draw, each view always gets six explicit cases: its own real form (harvested
from every page the suite knows, every field valid) posted with `next` and Referer set to a bare
word and then to CR/LF, plain and htmx; and a GET with every query parameter a view reads past
any integer, then CR/LF and NUL. Bounded on purpose: HOSTILE_EXAMPLES random examples per view
(default 5) on top of those, derandomised so a run is repeatable. Django's own admin is left out: staff-only, not dvoe's code, and the person here is
not staff (it answers them with a redirect to its login).
"""

import contextlib
import importlib
import inspect
import os
import re
import time
from html.parser import HTMLParser
from urllib.parse import quote, quote_from_bytes, urlsplit

import pytest
from django import forms
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.converters import get_converters
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import pages

EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "5"))
SKIP_PREFIXES = ("admin/",)
FORM_MODULES = [
    "dvoe.accounts.forms",
    "dvoe.reminders.forms",
    "checkins.forms",
    "coaching.forms",
    "safety.forms",
]
STATS = {"requests": 0, "views": 0, "seconds": 0.0}


# --- the views, from the resolver ---------------------------------------------------------------


def _routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(SKIP_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            yield from _routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


ROUTES = sorted(set(_routes()))
PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _field_names() -> list[str]:
    names = set()
    for module_name in FORM_MODULES:
        module = importlib.import_module(module_name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module_name:
                names.update(getattr(cls, "base_fields", {}))
                with contextlib.suppress(TypeError):  # fields added in __init__
                    names.update(cls().fields)
    # Names views read from request.POST / GET directly, and auth forms from Django.
    names.update(
        ["next", "page", "q", "format", "kind", "from", "action", "skip", "night", "code"]
        + ["username", "password", "email", "old_password", "new_password1", "new_password2"]
        + ["country", "confirm", "mood", "text", "note", "answer"]
    )
    return sorted(names)


FIELDS = _field_names()

# --- hostile values -----------------------------------------------------------------------------

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "1e309",
    "NaN",
    "99999999999999999999",
    "-99999999999999999999",
    str(2**63),
    "9" * 5000,
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "10000-01-01",
    "-0001-01-01",
    "2026-13-45",
    "00:99",
    "25:61",
    "\x00",
    "a\x00b",
    "\ud800",
    "x\udfffy",
    "\r\n",
    "line\r\nSet-Cookie: x=1",
    "\u202e\u200b\ufeff",
    "💔" * 100,
    "a" * 41,
    "a" * 65,
    "a" * 81,
    "a" * 255,
    "a" * 301,
    "a" * 2001,
    "a" * 20001,
    "b" * 288 + "@example.test",
    "OWNER@EXAMPLE.TEST",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "{{ 7*7 }}",
    "../../etc/passwd",
    "true",
    "on",
    "[]",
    "{}",
    "None",
]
CRAFTED_URLS = [
    "second",
    "tonight",
    "admin:index",
    "/tonight/\r\nLocation: https://evil.example/",
    "/tonight/\n",
    "//evil.example/",
    "/\\evil.example/",
    "https://evil.example/",
    "http://testserver/journal/",
    "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x=1",
    "/tonight/\x00",
    "/\ud800/",
    "/" + "a" * 3000,
    "",
]
values = st.one_of(
    st.sampled_from(NASTY),
    st.sampled_from(CRAFTED_URLS),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.dates().map(lambda d: d.isoformat()),
)
field_values = st.one_of(values, st.lists(values, min_size=2, max_size=3))  # a list: wrong type


# --- real forms, harvested from every page ------------------------------------------------------


class _Forms(HTMLParser):
    """Each POST form on a page: its action and, per field, the values the page offers."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = {"action": a.get("action") or "", "fields": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif (
            tag == "input"
            and a.get("name")
            and a.get("type") != "submit"
            or tag == "button"
            and a.get("name")
        ):
            self._form["fields"].setdefault(a["name"], []).append(a.get("value") or "")
        elif tag == "select" and a.get("name"):
            self._select = self._form["fields"].setdefault(a["name"], [])
        elif tag == "option" and self._select is not None:
            self._select.append(a.get("value") or "")
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self._form["fields"].setdefault(a["name"], []).append("A quiet evening, we talked.")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


HARVEST: dict[str, list[dict]] = {}
ACTIONS: dict[str, str] = {}


def _harvest(client, user) -> dict[str, list[dict]]:
    """route -> the real forms that post to it, from every page the suite knows of."""
    if HARVEST:
        return HARVEST
    paths = [pages.resolve(p, user) for _, p in pages.private_pages() + pages.public_pages()]
    for path in dict.fromkeys(paths):
        response = client.get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = urlsplit(form["action"]).path or path
            try:
                route = resolve(action).route
            except Resolver404:
                continue
            fields = {
                k: [v for v in vs if v is not None] or [""] for k, vs in form["fields"].items()
            }
            fields.pop("csrfmiddlewaretoken", None)
            ACTIONS.setdefault(route, action)  # a real path, with ids this person owns
            HARVEST.setdefault(route, []).append(fields)
    HARVEST.setdefault("", [])
    return HARVEST


# Names views read from the query string themselves.
QUERY_NAMES = ["page", "next", "format", "kind", "country", "q", "night", "code", "from"]


def _explicit_requests(route, real_forms, own_ids, own_nights) -> list[tuple]:
    """Cases that must always be tried, whatever the random draw: the view's own real form
    (every field valid) posted with a crafted `next` and Referer, plain and htmx; and a GET
    with every query parameter a view reads set past any integer, then to CR/LF and NUL."""
    path = "/" + route
    for match in reversed(list(PARAM.finditer(route))):
        sample = {"int": str(own_ids[0]) if own_ids else "1", "night": own_nights[0]}
        value = sample.get(match["converter"] or "str", "x") if own_nights else "x"
        path = path[: match.start()] + quote(value, safe="") + path[match.end() :]
    path = ACTIONS.get(route, path)
    body = {name: options[0] for name, options in (real_forms[:1] or [{}])[0].items()}
    cases = []
    for bad in ["second", "/tonight/\r\nX-Injected: 1"]:
        for htmx in (False, True):
            headers = {"HTTP_REFERER": bad}
            if htmx:
                headers |= {"HTTP_HX_REQUEST": "true", "HTTP_HX_CURRENT_URL": bad}
            cases.append(("POST", path, "", _encode_pairs({**body, "next": bad}), headers))
    for bad in ["99999999999999999999", "\r\n\x00"]:
        query = _encode_pairs(dict.fromkeys(QUERY_NAMES, bad))
        cases.append(("GET", path, query, "", {}))
    return cases


def _encode(value: str) -> str:
    return quote_from_bytes(value.encode("utf-8", "surrogatepass"), safe="")


def _encode_pairs(data: dict) -> str:
    pairs = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append(f"{_encode(key)}={_encode(item)}")
    return "&".join(pairs)


def _param_values(converter_name: str | None, own_ids: list[int], own_nights: list[str]):
    converter = get_converters()[converter_name or "str"]
    fitting = st.from_regex(converter.regex, fullmatch=True).filter(lambda v: "/" not in v)
    specials = {
        "int": ["0", "1", "99999999999999999999", str(2**63), str(2**31), *map(str, own_ids)],
        "night": ["2026-02-30", "0000-00-00", "9999-99-99", "2026-13-01", *own_nights],
        "slug": ["abuse", "danger", "self_harm", "nope", "a" * 300, "-"],
    }.get(converter_name or "str", ["x", "a" * 300, "%00", ".."])
    return st.one_of(st.sampled_from(specials), fitting)


@st.composite
def hostile_body(draw, real_forms):
    """A real form for this view (when one exists) with some fields kept valid, some made
    hostile and some dropped, plus a few keys from elsewhere."""
    body = {}
    if real_forms:
        for name, options in draw(st.sampled_from(real_forms)).items():
            what = draw(st.sampled_from(["valid", "valid", "hostile", "drop"]))
            if what == "valid":
                body[name] = draw(st.sampled_from(options))
            elif what == "hostile":
                body[name] = draw(field_values)
    body.update(draw(st.dictionaries(st.sampled_from(FIELDS), field_values, max_size=4)))
    if draw(st.booleans()):
        body["next"] = draw(st.sampled_from(CRAFTED_URLS))
    return body


@st.composite
def hostile_request(draw, route, own_ids, own_nights, real_forms=()):
    path = route
    for match in reversed(list(PARAM.finditer(route))):
        value = draw(_param_values(match["converter"], own_ids, own_nights))
        path = path[: match.start()] + quote(value, safe="") + path[match.end() :]
    method = draw(st.sampled_from(["GET", "POST", "POST", "PUT"]))
    keys = st.sampled_from(FIELDS)
    body = draw(hostile_body(list(real_forms)))
    query = draw(st.dictionaries(keys, field_values, max_size=3))
    headers = {}
    if draw(st.booleans()):
        headers["HTTP_HX_REQUEST"] = "true"
        headers["HTTP_HX_CURRENT_URL"] = draw(st.sampled_from(CRAFTED_URLS))
    if draw(st.booleans()):
        headers["HTTP_REFERER"] = draw(st.sampled_from(CRAFTED_URLS))
    return method, "/" + path, _encode_pairs(query), _encode_pairs(body), headers


# --- the test -----------------------------------------------------------------------------------


@pytest.fixture
def person(db):
    from tests.conftest import make_user

    user = make_user("hostile@example.test", timezone="Pacific/Kiritimati", country="GB")
    pages.seed_all(user)
    return user


def _own_ids(user) -> list[int]:
    from django.apps import apps

    ids = set()
    for model in apps.get_models():
        user_fields = [
            f.name for f in model._meta.concrete_fields if f.is_relation and f.name == "user"
        ]
        if user_fields:
            ids.update(model.objects.filter(user=user).values_list("pk", flat=True)[:20])
    return sorted(ids)


def _send(client, method, path, query, body, headers):
    if method == "GET":
        return client.get(path, QUERY_STRING=query, **headers)
    return client.generic(
        method,
        path,
        data=body.encode("ascii"),
        content_type="application/x-www-form-urlencoded",
        QUERY_STRING=query,
        **headers,
    )


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    print(
        f"\nhostile input: {STATS['requests']} requests to {STATS['views']} views "
        f"in {STATS['seconds']:.1f} s ({EXAMPLES} examples a view)"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES)
def test_no_view_answers_hostile_input_with_a_500(person, route):
    own_ids = _own_ids(person)
    from checkins.models import JournalEntry

    own_nights = [
        n.isoformat()
        for n in JournalEntry.objects.filter(user=person).values_list("night", flat=True)[:5]
    ]
    client = Client(raise_request_exception=False)
    client.force_login(person)
    real_forms = _harvest(client, person).get(route, [])
    started = time.monotonic()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(request=hostile_request(route, own_ids, own_nights, real_forms))
    def drive(request):
        method, path, query, body, headers = request
        client.force_login(person)  # a previous example may have logged out or ended sessions
        response = _send(client, method, path, query, body, headers)
        STATS["requests"] += 1
        assert response.status_code < 500, (
            f"{method} {path}?{query[:300]} body={body[:300]!r} headers={headers!r} -> "
            f"{response.status_code}"
        )
        for name in ("Location", "HX-Redirect"):
            if response.has_header(name):
                assert "\n" not in response[name] and "\r" not in response[name]
                assert not response[name].startswith(("//", "http://evil", "https://evil"))

    for case in _explicit_requests(route, real_forms, own_ids, own_nights):
        drive = example(request=case)(drive)
    drive()
    STATS["views"] += 1
    STATS["seconds"] += time.monotonic() - started
