"""Every page dvoe serves, for the axe-core and Nu HTML checks and the security-header tests.

Each app lists its own pages in tests/<app>/pages.py as PUBLIC and PRIVATE lists of
(name, path or callable(user) -> path). PRIVATE pages are fetched as a signed-in, onboarded person
whose data comes from `seed(user)` in the same module, when there is one.
"""

import importlib

APP_MODULES = [
    "tests.foundation.pages",
    "tests.safety.pages",
    "tests.checkins.pages",
    "tests.coaching.pages",
    "tests.reminders.pages",
]


def _modules():
    for name in APP_MODULES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def public_pages():
    return [page for module in _modules() for page in getattr(module, "PUBLIC", [])]


def private_pages():
    return [page for module in _modules() for page in getattr(module, "PRIVATE", [])]


def seed_all(user):
    for module in _modules():
        seed = getattr(module, "seed", None)
        if seed is not None:
            seed(user)


def resolve(path, user):
    return path(user) if callable(path) else path
