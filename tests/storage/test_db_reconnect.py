"""PostgreSQL connections killed under the pool are replaced (no ping on every checkout).

storage.db.make_engine pings only connections idle for IDLE_PING seconds, and relies on
SQLAlchemy's disconnect handling for the rest: these tests kill the server side of pooled
connections with pg_terminate_backend, as a server restart or a failover would.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, exc, text
from sqlalchemy.pool import NullPool

from storage import db

URL = os.environ.get("CRMBOT_TEST_DATABASE_URL")
pytestmark = pytest.mark.skipif(
    not URL, reason="PostgreSQL not configured (CRMBOT_TEST_DATABASE_URL)"
)


@pytest.fixture
def engine() -> Iterator[Engine]:
    assert URL
    eng = db.make_engine(URL, pool_size=2, max_overflow=0)
    yield eng
    eng.dispose()


def backend_pid(engine: Engine) -> int:
    with engine.begin() as conn:
        return int(conn.scalar(text("SELECT pg_backend_pid()")))


def kill(pid: int) -> None:
    assert URL
    admin = db.make_engine(URL, poolclass=NullPool)
    with admin.begin() as conn:
        assert conn.scalar(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    admin.dispose()


def test_hot_path_sends_no_ping(engine: Engine):
    """Back-to-back transactions: one statement each, nothing before it."""
    from sqlalchemy import event

    seen: list[str] = []
    backend_pid(engine)  # the connection exists and was just used

    @event.listens_for(engine, "before_cursor_execute")
    def _count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        seen.append(statement)

    for _ in range(3):
        backend_pid(engine)
    assert seen == ["SELECT pg_backend_pid()"] * 3


def test_idle_connection_killed_is_replaced_before_use(engine: Engine, monkeypatch):  # type: ignore[no-untyped-def]
    first = backend_pid(engine)
    kill(first)
    monkeypatch.setattr(db, "IDLE_PING", 0.0)  # the connection counts as idle: pinged
    second = backend_pid(engine)  # no error: the dead connection was swapped on checkout
    assert second != first


def test_busy_connection_killed_fails_once_then_recovers(engine: Engine):
    """Killed between two transactions with no idle time: the next statement fails (nothing
    is committed, the caller's transaction rolls back), the pool is invalidated, and the
    transaction after that runs on a new connection."""
    first = backend_pid(engine)
    kill(first)
    with pytest.raises(exc.OperationalError) as caught:
        backend_pid(engine)
    assert caught.value.connection_invalidated
    second = backend_pid(engine)
    assert second != first
