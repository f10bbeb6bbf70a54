"""PostgreSQL: a transaction's BEGIN rides with its first hot-path statement (issue 18,
storage.pg_connection): the statement still runs inside the transaction (a rollback undoes
it), a failing first statement fails as before and the next transaction is clean, and
anything watching statements gets psycopg's own BEGIN as before."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import NOW
from sqlalchemy import event, exc, select

from storage import crm, fastsql
from storage.context import Ctx
from storage.db import transaction
from storage.models import Contact, User
from storage.pg_connection import RidingBeginConnection
from storage.write_path import insert_statement, new_row, row_values


@pytest.fixture
def pg(engine: Any) -> Any:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's BEGIN")
    return engine


def _rep(sessions: Any, ws_id: int) -> int:
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        return user.id


def _contact(ws_id: int, name: str) -> Contact:
    c = new_row(Contact, workspace_id=ws_id, name=name, name_key=name.lower())
    c.first_key, c.last_key, c.lifecycle, c.created_at = name.lower(), "", "prospect", NOW
    return c


def test_the_first_statement_runs_in_the_transaction(pg, sessions, ws_id, monkeypatch):
    rides: list[bool] = []
    pipeline = RidingBeginConnection.pipeline

    def spy(self: RidingBeginConnection) -> Any:
        rides.append(True)
        return pipeline(self)

    monkeypatch.setattr(RidingBeginConnection, "pipeline", spy)
    s = sessions()
    try:
        raw = fastsql.connection(s)._dbapi_connection.dbapi_connection
        assert isinstance(raw, RidingBeginConnection)
        assert raw.info.transaction_status.name == "IDLE"  # nothing sent yet
        values = row_values(_contact(ws_id, "Rolled"))
        (row,) = fastsql.execute(fastsql.connection(s), insert_statement(Contact), values)
        assert rides == [True] and raw.info.transaction_status.name == "INTRANS"
        assert row[0] > 0
        s.rollback()  # the insert was inside the transaction BEGIN opened
    finally:
        s.close()
    with transaction(sessions) as s:
        assert s.scalars(select(Contact).where(Contact.name == "Rolled")).first() is None


def test_a_failing_first_statement_fails_as_before(pg, sessions, ws_id):
    s = sessions()
    try:
        bad = row_values(_contact(ws_id, "Bad")) | {"v_workspace_id": None}
        with pytest.raises(exc.IntegrityError):
            fastsql.execute(fastsql.connection(s), insert_statement(Contact), bad)
        s.rollback()
    finally:
        s.close()
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:  # the pooled connection is clean for the next one
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.create_contact(ctx, "Ana Ruiz", {})
    with transaction(sessions) as s:
        got = s.get(Contact, c.id)
        assert got is not None and got.name == "Ana Ruiz"


def test_a_statement_listener_sees_psycopgs_own_begin(pg, sessions, ws_id, engine, monkeypatch):
    user_id = _rep(sessions, ws_id)
    rides: list[bool] = []
    monkeypatch.setattr(RidingBeginConnection, "pipeline", lambda _self: rides.append(True))
    seen: list[str] = []

    def note(_c: Any, _cur: Any, stmt: str, *_a: Any) -> None:
        seen.append(stmt.split()[0])

    event.listen(engine, "before_cursor_execute", note)
    try:
        with transaction(sessions) as s:
            raw = fastsql.connection(s)._dbapi_connection.dbapi_connection
            ctx = Ctx.load(s, ws_id, user_id, now=NOW)  # the normal path: psycopg's BEGIN
            assert raw.info.transaction_status.name == "INTRANS"
            crm.create_contact(ctx, "Watched", {})
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert not rides and seen[0] == "SELECT" and "INSERT" in seen
