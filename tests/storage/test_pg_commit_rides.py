"""PostgreSQL: the commit hooks' writes (audit rows, the lead score) go out with COMMIT in
one round trip (issue 18, storage.pg_connection.defer): they are committed with the rest of
the transaction, a statement sent before the commit sends them first, a rollback drops them,
and a failing one fails the commit with nothing of the transaction kept."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import NOW
from sqlalchemy import exc, func, insert, select

from storage import crm, fastsql
from storage.context import Ctx
from storage.db import transaction
from storage.models import AuditLog, Contact, User
from storage.pg_connection import RidingBeginConnection
from storage.scoring_models import ContactScore

_AUDIT = insert(AuditLog.__table__)  # type: ignore[arg-type]


@pytest.fixture
def pg(engine: Any) -> Any:
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's COMMIT")
    return engine


def _rep(sessions: Any, ws_id: int) -> int:
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        return user.id


def _row(ws_id: int, batch: str, **over: Any) -> dict[str, Any]:
    row = {
        "workspace_id": ws_id, "user_id": None, "at": NOW, "action": "note",
        "entity_type": "contacts", "entity_id": 1, "before": None, "after": {"n": 1},
        "batch": batch,
    }  # fmt: skip
    return row | over


def _audits(sessions: Any, batch: str) -> int:
    with transaction(sessions) as s:
        return int(s.scalar(select(func.count()).where(AuditLog.batch == batch)) or 0)


def _raw(s: Any) -> RidingBeginConnection:
    raw = fastsql.connection(s)._dbapi_connection.dbapi_connection
    assert isinstance(raw, RidingBeginConnection)
    return raw


def test_a_unit_commits_its_audit_rows_and_score_with_commit(pg, sessions, ws_id, monkeypatch):
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:  # the score hook's first look at the schema is done
        crm.create_contact(Ctx.load(s, ws_id, user_id, now=NOW), "Warm Up", {})
    sent: list[bool] = []
    send = RidingBeginConnection._send_tail

    def spy(self: RidingBeginConnection, *, commit: bool) -> None:
        sent.append(commit)
        send(self, commit=commit)

    monkeypatch.setattr(RidingBeginConnection, "_send_tail", spy)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.upsert_contact_by_phone(ctx, "+34 600 000 001", "Ana Ruiz", {})
        crm.create_deal(ctx, "Ana's deal", {"amount": "1200"}, contact=c)
    assert sent == [True]  # the writes went out once, with COMMIT
    with transaction(sessions) as s:
        kinds = s.scalars(select(AuditLog.entity_type).where(AuditLog.entity_id.is_not(None)))
        assert sorted(kinds) == ["contacts", "contacts", "opportunities"]
        scored = select(ContactScore.contact_id).where(ContactScore.contact_id == c.id)
        assert s.scalar(scored) == c.id  # the lead score's upsert
        assert _raw(s)._tail is None  # nothing left over on the pooled connection


def test_a_statement_before_the_commit_sends_them_first(pg, sessions, ws_id):
    s = sessions()
    try:
        conn = fastsql.connection(s)
        s.scalar(select(func.count()).select_from(Contact))  # the transaction is open
        fastsql.execute_all(conn, [(_AUDIT, [_row(ws_id, "first")], True)], at_commit=True)
        assert _raw(s)._tail is not None
        # Read in the same transaction: the kept write went out before this statement.
        assert s.scalar(select(func.count()).where(AuditLog.batch == "first")) == 1
        assert _raw(s)._tail is None
        s.commit()
    finally:
        s.close()
    assert _audits(sessions, "first") == 1


def test_a_rollback_drops_them(pg, sessions, ws_id):
    s = sessions()
    try:
        conn = fastsql.connection(s)
        s.scalar(select(func.count()).select_from(Contact))
        fastsql.execute_all(conn, [(_AUDIT, [_row(ws_id, "dropped")], True)], at_commit=True)
        s.rollback()
        assert _raw(s)._tail is None
        s.commit()  # a new transaction on the same connection: nothing kept from the last
    finally:
        s.close()
    assert _audits(sessions, "dropped") == 0


def test_a_failing_write_fails_the_commit_and_keeps_nothing(pg, sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    s = sessions()
    try:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        crm.create_contact(ctx, "Kept Not", {})
        bad = [_row(ws_id, "bad"), _row(ws_id, "bad", workspace_id=None)]  # NOT NULL
        fastsql.execute_all(fastsql.connection(s), [(_AUDIT, bad, True)], at_commit=True)
        with pytest.raises(exc.IntegrityError):
            s.commit()
        s.rollback()
    finally:
        s.close()
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).where(Contact.name == "Kept Not")) == 0
    assert _audits(sessions, "bad") == 0
    with transaction(sessions) as s:  # the pooled connection works on
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        crm.create_contact(ctx, "After", {})
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).where(Contact.name == "After")) == 1
