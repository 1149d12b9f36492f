import importlib

import pytest


@pytest.fixture
def contacts(db):
    """The referral contacts from the data migration. Transactional tests elsewhere flush tables
    between tests, so tests that read contacts re-run the (idempotent) seed first."""
    from django.apps import apps

    importlib.import_module("safety.migrations.0002_seed_resources").seed(apps, None)
