"""storage.fastsql: the hot path's statements on the driver's cursor behave as
``Connection.execute`` does (issue 18): same rows and conversions, same errors, and the
normal path whenever something watches statements."""

from __future__ import annotations

import pytest
from conftest import NOW
from sqlalchemy import event, exc, select
from sqlalchemy.orm import Session, sessionmaker

from storage import crm, fastsql
from storage.context import Ctx
from storage.db import transaction
from storage.lookup import contact_with_phone
from storage.models import Contact, User
from storage.write_path import insert_statement, new_row, row_values


def _rep(sessions: sessionmaker[Session], ws_id: int) -> int:
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        return user.id


def test_a_driver_error_is_the_sqlalchemy_error(sessions, ws_id):
    with transaction(sessions) as s:
        c = new_row(Contact, workspace_id=None, name="X", name_key="x", first_key="x")
        c.last_key, c.lifecycle, c.created_at = "", "prospect", NOW
        values = row_values(c)
        with pytest.raises(exc.IntegrityError):
            fastsql.execute(fastsql.connection(s), insert_statement(Contact), values)
        s.rollback()


def test_rows_and_conversions_match_the_normal_path(sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.create_contact(ctx, "Ana Ruiz", {"phone": "+34 600 1", "tags": "a, b"})
    stmt = select(*Contact.__table__.c).where(Contact.id == c.id)
    with transaction(sessions) as s:
        fast = fastsql.execute(fastsql.connection(s), stmt, {})
        normal = [tuple(r) for r in fastsql.connection(s).execute(stmt)]
        assert fast == normal
        assert fast[0][list(Contact.__table__.c.keys()).index("created_at")] == NOW


def test_a_statement_listener_sees_every_statement(sessions, ws_id, engine):
    user_id = _rep(sessions, ws_id)
    seen: list[str] = []

    def note(_c, _cur, stmt, *_a):  # type: ignore[no-untyped-def]
        seen.append(stmt.split()[0])

    event.listen(engine, "before_cursor_execute", note)
    try:
        with transaction(sessions) as s:
            ctx = Ctx.load(s, ws_id, user_id, now=NOW)
            crm.create_contact(ctx, "Ana Ruiz", {})
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert seen.count("SELECT") == 1 and seen.count("INSERT") >= 2  # contact, audit (+ score)


def test_loaded_objects_are_the_sessions_own(sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.create_contact(ctx, "Ana Ruiz", {"phone": "+34 600 111 222"})
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        again = Ctx.load(s, ws_id, user_id, now=NOW)
        assert again.user is ctx.user and again.workspace is ctx.workspace
        found = contact_with_phone(ctx, "+34 600 111 222")
        assert found is not None and found.id == c.id and found is s.get(Contact, c.id)
        assert found.tags == [] and found.created_at == NOW and found in s
        found.title = "CEO"  # a change to a loaded object is flushed as usual
    with transaction(sessions) as s:
        got = s.get(Contact, c.id)
        assert got is not None and got.title == "CEO"


def test_pending_changes_are_flushed_before_a_lookup(sessions, ws_id):
    """As the ORM's autoflush: a contact added but not flushed is found by its number."""
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = Contact(workspace_id=ws_id, name="Pending", name_key="pending", first_key="pending")
        c.last_key, c.lifecycle, c.created_at, c.updated_at = "", "prospect", NOW, NOW
        c.phone, c.phone_rev = "+34 600 999", "99900643"
        s.add(c)
        assert contact_with_phone(ctx, "+34 600 999") is c


def test_an_unknown_member_is_no_result(sessions, ws_id):
    with transaction(sessions) as s, pytest.raises(exc.NoResultFound):
        Ctx.load(s, ws_id, 10**9)


def test_begin_immediate_takes_the_write_lock_without_a_listener(sessions, ws_id, engine):
    """SQLite's BEGIN IMMEDIATE goes straight to the driver when nothing watches: the
    transaction still holds the write lock from its start (a second writer is refused)."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's BEGIN IMMEDIATE")
    import sqlite3

    with transaction(sessions) as s:
        fastsql.connection(s)  # BEGIN IMMEDIATE sent, no statement yet
        other = sqlite3.connect(engine.url.database, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_a_failing_begin_is_the_sqlalchemy_error(sessions, ws_id, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's BEGIN IMMEDIATE")
    with engine.connect() as conn:
        conn.begin()
        with pytest.raises(exc.OperationalError, match="within a transaction"):
            fastsql.execute_text(conn, "BEGIN IMMEDIATE")  # already in one


def test_none_and_bool_are_stored_as_before(sessions, ws_id, engine):
    """The sqlite3 adapters for None and bool (storage.db) store NULL and 0/1, as the
    driver did without them; read back, they are None and the booleans."""
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.create_contact(ctx, "Ana Ruiz", {"dnc": "yes"})
    with transaction(sessions) as s:
        conn = fastsql.connection(s)
        row = conn.exec_driver_sql(
            "SELECT typeof(email), email, typeof(do_not_contact), do_not_contact "
            f"FROM contacts WHERE id = {c.id}"
            if engine.dialect.name == "sqlite"
            else f"SELECT 'null', email, 'boolean', do_not_contact FROM contacts WHERE id = {c.id}"
        ).one()
        assert row[1] is None and row[0] == "null"
        assert row[3] in (1, True) and row[2] in ("integer", "boolean")
        got = s.get(Contact, c.id)
        assert got is not None and got.do_not_contact is True and got.email is None


def test_get_loaded_is_session_get(sessions, ws_id):
    from storage.write_path import get_loaded

    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        c = crm.create_contact(ctx, "Ana Ruiz", {})
        assert get_loaded(s, Contact, c.id) is c  # in the identity map
        assert get_loaded(s, Contact, 10**9) is None  # not there, not in the table
        assert get_loaded(s, User, c.id + 10**6) is None
    with transaction(sessions) as s:
        got = get_loaded(s, Contact, c.id)  # not loaded yet: Session.get reads it
        assert got is not None and got.name == "Ana Ruiz" and got is s.get(Contact, c.id)
        s.expire(got)
        s.execute(Contact.__table__.update().where(Contact.id == c.id).values(title="CEO"))
        again = get_loaded(s, Contact, c.id)  # expired: read again, as Session.get does
        assert again is got and again.title == "CEO"
