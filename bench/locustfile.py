"""A night at dvoe, for locust (headless, loopback only, bounded by -t).

HealthzOnly and PageOnly (one page, BENCH_PATH) measure the capacity of one page at a time; Night
walks the whole scenario: open /tonight/, save the entry (screening runs), log a green light with
htmx, open /season/, open /journal/ and search it, with /healthz sampled in the same run as the
baseline. Night and PageOnly start from pre-made sessions (bench/make_sessions.py); LogIn measures
the real log-in, whose cost is the password hash by design.
"""

import itertools
import os
import pathlib
import random
import re

from locust import FastHttpUser, SequentialTaskSet, between, constant, task
from requests.cookies import create_cookie

USERS = int(os.environ.get("BENCH_USERS", "2000"))
PASSWORD = "quiet-evening-42"
_numbers = itertools.count()
_sessions_file = os.environ.get("BENCH_SESSIONS", "bench/results/sessions.txt")
SESSIONS = (
    pathlib.Path(_sessions_file).read_text().split() if os.path.exists(_sessions_file) else []
)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NIGHT = re.compile(r'name="night" value="(\d{4}-\d{2}-\d{2})"')
# Each save adds a sentence put together for it, so screening reads something new (as a real
# entry would) instead of what this worker has already embedded.
FRESH = (
    ["Tonight", "After the kids slept", "On the walk home", "Over the washing up", "Later on"],
    ["I noticed", "I felt", "I wondered about", "I let go of", "I held on to"],
    ["the quiet", "my own part", "how tired we both were", "the unanswered message", "the rain"],
    ["again", "for a while", "without saying much", "more than I expected", "and then slept"],
)
NOTES = [
    "We talked for a while after dinner. I kept my voice even, and did not chase when it went quiet.",
    "A hard evening. I noticed the old urge to fix the mood for both of us and let it pass.",
    "Small things tonight: a question about my day that sounded like it wanted the answer.",
]


class SignedIn(FastHttpUser):
    """Starts with a pre-made session of its own seeded account."""

    abstract = True
    wait_time = constant(0)

    def on_start(self):
        key = SESSIONS[next(_numbers) % len(SESSIONS)]
        self.client.cookiejar.set_cookie(create_cookie("sessionid", key, domain="127.0.0.1"))


class LogIn(FastHttpUser):
    wait_time = constant(0)

    @task
    def log_in(self):
        number = next(_numbers) % USERS
        self.client.cookiejar.clear()
        page = self.client.get("/accounts/login/", name="login form")
        token = CSRF.search(page.text).group(1)
        self.client.post(
            "/accounts/login/",
            data={
                "username": f"bench+{number}@dvoe.test",
                "password": PASSWORD,
                "csrfmiddlewaretoken": token,
            },
            name="log in",
            allow_redirects=False,
        )


class HealthzOnly(FastHttpUser):
    wait_time = constant(0)

    @task
    def healthz(self):
        self.client.get("/healthz", name="/healthz")


class PageOnly(SignedIn):
    """One signed-in page (BENCH_PATH) asked for again and again: its full render's capacity."""

    path = os.environ.get("BENCH_PATH", "/tonight/")

    @task
    def page(self):
        self.client.get(self.path, name=self.path)


class NightSteps(SequentialTaskSet):
    @task
    def tonight(self):
        page = self.client.get("/tonight/", name="/tonight/")
        self.csrf = CSRF.search(page.text).group(1)
        match = NIGHT.search(page.text)
        self.night = match.group(1) if match else ""

    @task
    def save_entry(self):
        fresh = " ".join(random.choice(part) for part in FRESH)
        note = f"{NOTES[hash(self.night) % len(NOTES)]} {fresh} ({random.randint(1, 99)} minutes)."
        self.client.post(
            "/journal/save/",
            data={"night": self.night, "text": note, "mood": "3", "csrfmiddlewaretoken": self.csrf},
            name="save entry",
        )

    @task
    def green_light(self):
        self.client.post(
            "/lights/log/",
            data={
                "code": "softened",
                "night": self.night,
                "note": "",
                "csrfmiddlewaretoken": self.csrf,
            },
            headers={"HX-Request": "true", "X-CSRFToken": self.csrf},
            name="log green light (htmx)",
        )

    @task
    def season(self):
        self.client.get("/season/", name="/season/")

    @task
    def journal(self):
        self.client.get("/journal/", name="/journal/")

    @task
    def search(self):
        self.client.post(
            "/journal/",
            data={"q": "quiet", "csrfmiddlewaretoken": self.csrf},
            name="journal search",
        )

    @task
    def healthz(self):
        self.client.get("/healthz", name="/healthz")


class Night(SignedIn):
    """Closed loop, no pause between steps: the most load 50 sessions can make (capacity)."""

    tasks = [NightSteps]


class NightPaced(SignedIn):
    """People, not a loop: 1 to 3 seconds between steps for reading, typing and tapping."""

    wait_time = between(1, 3)
    tasks = [NightSteps]
