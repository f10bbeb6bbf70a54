"""End to end: the real `crmbot` process, driven through stdin, checked against the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import make_engine, make_sessionmaker, transaction
from storage.models import Activity, Contact, Opportunity, Reminder, User


def crmbot_cmd() -> list[str]:
    script = Path(sys.executable).with_name("crmbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'e2e.db'}"


def run(
    args: list[str], db_url: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CRMBOT_DATABASE_URL": db_url,
        "CRMBOT_TIMEZONE": "Europe/Madrid",
        "CRMBOT_LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [*crmbot_cmd(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def count(db_url: str, model: type) -> int:
    engine = make_engine(db_url)
    with transaction(make_sessionmaker(engine)) as s:
        n = s.scalar(select(func.count()).select_from(model))
    engine.dispose()
    return int(n or 0)


def test_help_lists_commands(db_url):
    out = run(["--help"], db_url).stdout
    for word in ("console", "db", "demo-data", "run"):
        assert word in out


def test_console_session_writes_the_database(db_url, tmp_path):
    script = (
        "\n".join(
            [
                "contact add Maria Lopez email=maria@acme.com account=Acme",
                "deal add Acme renewal 12k EUR contact=Maria Lopez",
                "deal move acme renewal to negotiation",
                "log call maria: wants a quote",
                "remind me 2099-01-05 09:00: renewal check",
                "pipeline",
                "contact add Maria Lopez email=maria@acme.com",
                "2",
                "quit",
                "contact add Never Stored",
            ]
        )
        + "\n"
    )
    proc = run(["console", "--user", "ana"], db_url, script, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Contact created" in out and "Deal created" in out and "Moved to Closing" in out
    assert "Logged call" in out and "Reminder set" in out
    assert "EUR 12,000" in out and "weighted EUR 9,000" in out  # the pipeline
    assert "already exists" in out
    assert count(db_url, Contact) == 2  # the duplicate was created on purpose ("Create anyway")
    assert count(db_url, Opportunity) == 1
    assert count(db_url, Activity) == 1
    assert count(db_url, Reminder) == 1
    assert count(db_url, User) == 1
    assert "Never Stored" not in out  # nothing after quit


def test_console_user_is_admin_and_second_user_is_rep(db_url, tmp_path):
    run(["console", "--user", "ana"], db_url, "me\n", cwd=tmp_path)
    out = run(["console", "--user", "bob"], db_url, "me\nsettings\n", cwd=tmp_path).stdout
    assert "bob · rep" in out and "for admins" in out


def test_db_upgrade_and_demo_data(db_url, tmp_path):
    proc = run(["db", "upgrade"], db_url, cwd=tmp_path)
    assert proc.returncode == 0 and "database at" in proc.stdout
    assert "up to date" in run(["db", "current"], db_url, cwd=tmp_path).stdout
    proc = run(["demo-data", "--contacts", "50", "--user", "ana"], db_url, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "50 contacts" in proc.stdout
    assert count(db_url, Contact) == 50
    out = run(["console", "--user", "ana"], db_url, "pipeline\nme\n", cwd=tmp_path).stdout
    assert "Pipeline" in out and "weighted" in out and "ana · admin" in out
    # a demo rep can be spoken as by name, not recreated as an empty namesake
    out = run(["console", "--user", "Marta Manager"], db_url, "me\n", cwd=tmp_path).stdout
    assert "Marta Manager · manager" in out


def test_console_default_database_is_sqlite_in_working_directory(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CRMBOT_DATABASE_URL"}
    proc = subprocess.run(
        [*crmbot_cmd(), "console", "--user", "ana"],
        input="me\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "crmbot.db").exists()
    assert "workspace: default" in proc.stdout
