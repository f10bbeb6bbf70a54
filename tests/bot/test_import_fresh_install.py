"""Point 4 of issue 11: `crmbot import` works on a fresh install (it creates the default
workspace the console would use), and a dry run of a file with bad rows says what the good
rows would create."""

from __future__ import annotations

import pytest
from cli_db import cli_database_url
from sqlalchemy import select

from bot.cli import main as cli
from storage.db import make_engine
from storage.models import Workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path):
    return cli_database_url(request, tmp_path, "fresh")


def test_import_on_a_fresh_install_creates_the_default_workspace(
    fresh_url, tmp_path, monkeypatch, capsys
):
    url = fresh_url
    monkeypatch.setenv("CRMBOT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    f = tmp_path / "contacts.csv"
    f.write_text("Name,Email\nMaria Lopez,maria@acme.com\n")
    assert cli(["import", "contacts", str(f)]) == 0
    assert "1 were created" in capsys.readouterr().out
    engine = make_engine(url)
    with engine.connect() as conn:
        assert list(conn.scalars(select(Workspace.name))) == ["default"]
    engine.dispose()
    # and the console then uses that workspace: the contact is there
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("contact show Maria\n"))
    assert cli(["console", "--user", "ana"]) == 0
    assert "maria@acme.com" in capsys.readouterr().out


def test_dry_run_with_bad_rows_says_what_the_good_rows_would_create(
    fresh_url, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("CRMBOT_DATABASE_URL", fresh_url)
    monkeypatch.chdir(tmp_path)
    f = tmp_path / "deals.csv"
    f.write_text(
        "Deal,Account,Amount,Stage\n"
        "Alpha,Acme,1000,Prospecting\n"
        "Beta,Globex,lots,Prospecting\n"
        "Gamma,Initech,300,Closing\n"
    )
    assert cli(["import", "deals", str(f), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "2 would be created" in out, out
    assert "accounts would be created: 2" in out, out
    assert "line 3" in out and "1 rejected" in out
    assert "--skip-bad" in out  # how to import the good ones
