"""crmbot backup / restore: a round trip through the real CLI on SQLite and PostgreSQL.

Data is written through the console bot (the path every platform takes), backed up while a
second connection holds the database open (as a running bot would), restored into an empty
database, and compared table by table.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PG_URL, Clock
from sqlalchemy import Engine, text

from bot.app import _free_text
from bot.cli import main
from bot.console import ConsoleAdapter
from handlers.core import Bot
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.schema import Base
from storage.workspaces import get_or_create_workspace

TABLES = ("workspaces", "users", "accounts", "contacts", "opportunities", "activities", "reminders")


def _fill(engine: Engine) -> None:
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as s:
        ws_id = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id
    console = ConsoleAdapter(Bot(sessions, clock=Clock(), free_text=_free_text()), ws_id, "ana")
    console.say("contact add Jörg Müller email=jorg@acme.de account=Acme")
    console.say("new deal Acme renewal 12k EUR closing in December")
    console.say("called Jörg Müller at Acme, wants a quote, follow up next Tuesday 9am")
    console.say("remind me tomorrow at 3 to send the contract")


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as conn:
        for name in TABLES:
            rows = conn.execute(text(f"SELECT * FROM {name} ORDER BY id")).all()
            out[name] = [tuple(r) for r in rows]
    return out


def test_sqlite_round_trip_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.db"
    engine = make_engine(f"sqlite:///{live}")
    upgrade(engine)
    _fill(engine)
    expected = _snapshot(engine)
    assert expected["activities"] and expected["reminders"]
    held = sqlite3.connect(live)  # the running bot's connection stays open
    held.execute("SELECT count(*) FROM contacts").fetchone()

    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{live}")
    assert main(["backup", str(tmp_path / "crm.bak")]) == 0
    assert "backup written" in capsys.readouterr().out
    held.close()

    restored = tmp_path / "restored.db"
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{restored}")
    assert main(["restore", str(tmp_path / "crm.bak")]) == 0
    assert "restored" in capsys.readouterr().out
    again = make_engine(f"sqlite:///{restored}")
    assert _snapshot(again) == expected
    again.dispose()
    engine.dispose()


def test_backup_refuses_to_overwrite_and_restore_refuses_a_live_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.db"
    engine = make_engine(f"sqlite:///{live}")
    upgrade(engine)
    _fill(engine)
    before = _snapshot(engine)
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{live}")
    bak = tmp_path / "crm.bak"
    assert main(["backup", str(bak)]) == 0
    assert main(["backup", str(bak)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["backup", str(bak), "--force"]) == 0

    # Restoring onto the live CRM is refused and leaves it untouched.
    assert main(["restore", str(bak)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert _snapshot(engine) == before
    engine.dispose()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,email\nAna,ana@x.io\n", "not a crmbot backup"),
        (b"", "not a crmbot backup"),
    ],
)
def test_restore_refuses_files_that_are_not_backups(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    bogus = tmp_path / "bogus.bak"
    bogus.write_bytes(content)
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    assert main(["restore", str(bogus)]) == 2
    assert message in capsys.readouterr().err


def test_restore_refuses_an_sqlite_file_that_is_not_a_crm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    assert main(["restore", str(other)]) == 2
    assert "not a crmbot database" in capsys.readouterr().err


def test_backup_of_an_empty_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'nothing.db'}")
    assert main(["backup", str(tmp_path / "x.bak")]) == 2
    assert "empty" in capsys.readouterr().err
    assert not (tmp_path / "x.bak").exists()


@pytest.fixture
def pg_databases() -> Iterator[tuple[str, str]]:
    """Two real, new PostgreSQL databases (source and empty target), dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump/pg_restore not installed (apt-get install postgresql-client)")
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    names = [f"crmbot_bk_{tag}_{os.getpid()}_{uuid.uuid4().hex[:6]}" for tag in ("src", "dst")]
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # pragma: no cover - depends on the server's rights
        admin.dispose()
        pytest.skip(f"cannot create databases on CRMBOT_TEST_DATABASE_URL: {exc}")
    base = make_engine(PG_URL).url
    urls = [base.set(database=n).render_as_string(hide_password=False) for n in names]
    yield urls[0], urls[1]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_postgresql_round_trip_through_the_cli(
    pg_databases: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src_url, dst_url = pg_databases
    src = make_engine(src_url)
    upgrade(src)
    _fill(src)
    expected = _snapshot(src)

    monkeypatch.setenv("CRMBOT_DATABASE_URL", src_url)
    assert main(["backup", str(tmp_path / "crm.dump")]) == 0
    assert "pg_dump" in capsys.readouterr().out

    monkeypatch.setenv("CRMBOT_DATABASE_URL", dst_url)
    assert main(["restore", str(tmp_path / "crm.dump")]) == 0
    dst = make_engine(dst_url)
    assert _snapshot(dst) == expected
    # The restored CRM keeps working: its sequences and triggers came along.
    with transaction(make_sessionmaker(dst)) as s:
        ws_id = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id
    console = ConsoleAdapter(Bot(make_sessionmaker(dst), clock=Clock()), ws_id, "ana")
    assert "Contact created" in console.say("contact add Ana Ruiz email=ana@acme.com")
    # A second restore onto the now-live database is refused, in words.
    assert main(["restore", str(tmp_path / "crm.dump")]) == 2
    assert "not empty" in capsys.readouterr().err
    for eng in (src, dst):
        eng.dispose()
    assert {t.name for t in Base.metadata.sorted_tables} >= set(TABLES)
