"""Shared fixtures: a fresh database (SQLite, and PostgreSQL when configured),
a frozen clock, and a console bot to talk to."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from bot.console import ConsoleAdapter
from handlers.core import Bot
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.schema import Base
from storage.workspaces import get_or_create_workspace

# Fixtures for driving the real Telegram service against the fake Bot API (tgfake, tg).
pytest_plugins = ["telegram_service"]

PG_URL = os.environ.get("CRMBOT_TEST_DATABASE_URL")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # a Thursday


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now = self.now + timedelta(**kw)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    """A private schema per test run, so parallel runs on one database never collide."""
    if not PG_URL:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    schema = f"crmbot_test_{os.getpid()}"
    admin = make_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"PostgreSQL at CRMBOT_TEST_DATABASE_URL did not answer: {exc}")
    engine = make_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    upgrade(engine)
    yield engine
    engine.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin.dispose()


def _truncate(engine: Engine) -> None:
    from storage.known_names import forget

    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    forget()  # the parser's cached names of the rows just removed


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> Iterator[Engine]:
    if request.param == "sqlite":
        path = tmp_path / "crm.db"
        shutil.copy(sqlite_template, path)
        eng = make_engine(f"sqlite:///{path}")
        yield eng
        eng.dispose()
    else:
        eng = request.getfixturevalue("pg_engine")
        _truncate(eng)
        yield eng


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ws_id(sessions: sessionmaker[Session]) -> int:
    with transaction(sessions) as s:
        return get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id


@pytest.fixture
def bot(sessions: sessionmaker[Session], clock: Clock) -> Bot:
    from bot.app import _free_text

    return Bot(sessions, clock=clock, free_text=_free_text())


@pytest.fixture
def console(bot: Bot, ws_id: int) -> ConsoleAdapter:
    """Ana, the first user (so the admin) of workspace 'default', in Europe/Madrid."""
    return ConsoleAdapter(bot, ws_id, "ana", "Europe/Madrid")


@pytest.fixture
def console_bob(bot: Bot, ws_id: int, console: ConsoleAdapter) -> ConsoleAdapter:
    console.say("me")  # make sure Ana exists first, so Bob is a rep
    return ConsoleAdapter(bot, ws_id, "bob", "Europe/Madrid")


@pytest.fixture(autouse=True)
def _file_store(tmp_path: Path) -> Iterator[Path]:
    """Attached files go to the test's own directory, never the working directory."""
    from storage import filestore

    root = tmp_path / "files"
    before = filestore.current()
    filestore.configure(filestore.LocalStore(root))
    yield root
    filestore.configure(before)
