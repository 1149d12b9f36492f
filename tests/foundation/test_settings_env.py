"""Settings read from the environment stop start-up with the variable's name when they are wrong."""

import os
import subprocess
import sys

from cryptography.fernet import Fernet

from tests.conftest import ROOT


def load_settings(**env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DVOE_", "DEBUG", "SECRET"))}
    base.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import dvoe.settings as s; print(s.DEBUG, s.CELERY_BROKER_URL)"],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
    )


def test_a_bad_boolean_stops_start_up_naming_the_variable():
    result = load_settings(DEBUG="ture")
    assert result.returncode != 0
    assert "DEBUG='ture' is not a boolean" in result.stderr


def test_production_without_a_secret_key_stops_start_up():
    result = load_settings(DVOE_PRODUCTION="true", DEBUG="false", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_without_journal_keys_stops_start_up():
    result = load_settings(
        DVOE_PRODUCTION="true", DEBUG="false", SECRET_KEY="x" * 60, ALLOWED_HOSTS="dvoe.example"
    )
    assert result.returncode != 0
    assert "FERNET_KEYS must be set" in result.stderr


def test_an_invalid_journal_key_is_refused():
    result = load_settings(FERNET_KEYS="not-a-key")
    assert result.returncode != 0
    assert "FERNET_KEYS holds a key that is not a valid Fernet key" in result.stderr


def test_production_refuses_debug():
    result = load_settings(DVOE_PRODUCTION="true", DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be false" in result.stderr


def test_embedded_default_needs_no_server_and_production_starts_with_everything_set(tmp_path):
    embedded = load_settings(DVOE_VAR_DIR=str(tmp_path), REDIS_URL="", CELERY_BROKER_URL="")
    assert embedded.returncode == 0, embedded.stderr
    assert embedded.stdout.split() == ["True", "filesystem://"]
    production = load_settings(
        DVOE_PRODUCTION="true",
        DEBUG="false",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="dvoe.example",
        FERNET_KEYS=Fernet.generate_key().decode(),
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert production.returncode == 0, production.stderr
    assert production.stdout.split() == ["False", "redis://127.0.0.1:6379/3"]
