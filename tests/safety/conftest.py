import importlib

import pytest


@pytest.fixture
def contacts(db):
    """The referral contacts from the data migration. Transactional tests elsewhere flush tables
    between tests, so tests that read contacts re-run the (idempotent) seed first."""
    from django.apps import apps

    importlib.import_module("safety.migrations.0002_seed_resources").seed(apps, None)
    importlib.import_module("safety.migrations.0005_resource_source_countries").seed(apps, None)
    importlib.import_module("safety.migrations.0006_resource_sources_checked").check(apps, None)
    importlib.import_module("safety.migrations.0007_resource_more_countries").seed(apps, None)


@pytest.fixture
def rules_only(monkeypatch):
    """Screen with the documented rules alone: both model readers silent (and so never overruling
    anything). The rules' own unit tests use this; tests/safety/test_classifier.py and
    test_screening_figures.py test all readers together."""
    import numpy as np

    from safety.screening import readers

    silent = readers.Reading(peak=np.zeros(len(readers.LABELS)), where={})
    monkeypatch.setattr(readers.Readers, "read_in_context", lambda self, sentences: silent)
    monkeypatch.setattr(readers.Readers, "neighbour_shares", lambda self, s: np.zeros((len(s), 6)))
    monkeypatch.setattr(readers.Readers, "prepare", lambda self, sentences, neighbours=True: None)
