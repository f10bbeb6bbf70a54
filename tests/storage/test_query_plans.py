"""Every lookup a message does is an index search, never a table scan (SQLite's planner).

Timing belongs in bench/; this guards the cause of slow growth: a query that scans a
workspace's rows (for instance because an index on workspace_id alone, or a tie between
two-column indexes, was picked over the right composite one).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from storage.db import transaction
from storage.demo import generate
from storage.models import Workspace

BIG = (
    "contacts",
    "accounts",
    "opportunities",
    "activities",
    "stage_changes",
    "reminders",
    "audit_log",
    "identities",
    "users",
)
MESSAGES = [
    "contact add Maria Lopez email=maria@acme.com account=Acme phone=+34 600 123 456",
    "contact show maria lopez",
    "contact show mria lopez",
    "find 123 456",
    "find maria@acme.com",
    "deal add Acme renewal 12k EUR contact=Maria Lopez",
    "deal move acme renewal to closing",
    "log call maria lopez: wants a quote follow=tomorrow 9am",
    "log call maria lopez at acme: sent the quote follow=friday 9am",  # account + contact
    "log meeting Acme: kickoff",
    "deal show acme renewal",
    "account show acme",
    "reminders",
    "pipeline",
]


@pytest.fixture
def statements(engine, sessions, ws_id):
    if engine.dialect.name != "sqlite":
        pytest.skip("query plans are checked on SQLite (PostgreSQL plans depend on statistics)")
    with transaction(sessions) as s:
        generate(s, s.get(Workspace, ws_id), contacts=300, activities_per_contact=3)
    seen: list[tuple[str, object]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            seen.append((statement, parameters))

    yield seen
    event.remove(engine, "before_cursor_execute", capture)


def test_no_message_scans_a_table(console, engine, statements):
    for text in MESSAGES:
        assert "went wrong" not in console.say(text), text
    assert statements
    problems = []
    with engine.connect() as conn:
        for sql, params in statements:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            for row in plan:
                detail = row[-1]
                m = re.match(r"SCAN (\w+)", detail)
                # A search on workspace_id alone reads every row of the workspace: a scan too.
                ws_only = re.match(r"SEARCH (\w+) USING INDEX \w+ \(workspace_id=\?\)$", detail)
                hit = m or ws_only
                if hit and hit.group(1) in BIG:
                    problems.append(f"{detail}\n    in: {sql[-300:]}")
    assert not problems, "\n".join(problems)


def test_stage_totals_read_only_the_covering_index(engine, sessions, ws_id, statements):
    from storage.context import Ctx
    from storage.models import User
    from storage.queries import pipeline_by_stage

    with transaction(sessions) as s:
        ctx = Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.query(User).first())
        statements.clear()
        assert pipeline_by_stage(ctx)
    with engine.connect() as conn:
        plans = [
            " ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in statements
            if "GROUP BY" in sql
        ]
    assert plans and "COVERING INDEX ix_opps_ws_pipeline" in plans[0], plans


def test_a_name_at_an_account_is_one_equality_search(engine, sessions, ws_id, statements):
    """ "Maria Lopez at Acme": the account by its name, then the contacts there by name and
    account on one index. With only (workspace, name) and (workspace, account) to choose
    from, SQLite took the account's and read every contact of a big account (migration
    0018)."""
    from storage import crm
    from storage.context import Ctx
    from storage.lookup import contacts_named_at
    from storage.models import User

    with transaction(sessions) as s:
        ctx = Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.query(User).first())
        for i in range(30):  # a big account, and several people of the same name elsewhere
            crm.create_contact(ctx, f"Colleague {i}", {"account": "Bigco"})
            crm.create_contact(ctx, "Maria Lopez", {"account": f"Firm {chr(97 + i)}"})
        crm.create_contact(ctx, "Maria Lopez", {"account": "Bigco"})
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    with transaction(sessions) as s:
        ctx = Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.query(User).first())
        statements.clear()
        found = contacts_named_at(ctx, "maria lopez", "BIGCO")
        assert found is not None and found[0].name == "Bigco"
        assert [c.name for c in found[1].matches] == ["Maria Lopez"]
    assert len(statements) == 1
    sql, params = statements[0]
    with engine.connect() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    assert any(
        "USING INDEX ix_contacts_ws_name_key_account (workspace_id=? AND name_key=? AND "
        "account_id=?)" in p
        for p in plan
    ), plan


# Each partial index of migration 0020 (only rows that have the column) and a lookup of the
# app's shape that must be able to use it: SQLite refuses ``INDEXED BY`` with "no query
# solution" when the query does not imply the index's condition.
PARTIAL_LOOKUPS = {
    "ix_contacts_ws_email_key": "SELECT id FROM contacts INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND deleted_at IS NULL AND email_key = 'ana@x.com'",
    "ix_contacts_ws_account": "SELECT id FROM contacts INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND account_id IN (1, 2)",
    "ix_contacts_ws_birthday_md": "SELECT id FROM contacts INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND deleted_at IS NULL AND birthday_md IN ('12-07', '12-08')",
    "ix_contacts_ws_country": "SELECT id FROM contacts INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND country IN ('ES')",
    "ix_contacts_campaign_id": "SELECT count(*) FROM contacts INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND campaign_id = 3 AND deleted_at IS NULL",
    "ix_opps_ws_account": "SELECT id FROM opportunities INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND account_id = 2 AND deleted_at IS NULL",
    "ix_opportunities_campaign_id": "SELECT status, count(*) FROM opportunities INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND campaign_id = 3 AND deleted_at IS NULL GROUP BY status",
    "ix_activities_ws_account": "SELECT id FROM activities INDEXED BY {ix} "
    "WHERE workspace_id = 1 AND account_id = 2 ORDER BY occurred_at DESC",
}


def test_partial_indexes_hold_only_rows_with_a_value_and_serve_lookups(engine):
    """Migration 0020: a row without the column's value adds no entry (no page written at
    its commit, issue 18), and every lookup naming a value can still use the index."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            defs = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").fetchall())
            for ix, sql in PARTIAL_LOOKUPS.items():
                plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql.format(ix=ix)}")
                assert any(ix in row[-1] for row in plan), ix
        else:
            sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            defs = dict(conn.exec_driver_sql(sql).fetchall())
    for ix in PARTIAL_LOOKUPS:
        column = re.search(r"(\w+) IS NOT NULL", defs[ix] or "")
        assert column and column.group(1) in defs[ix].split("WHERE")[0], (ix, defs[ix])
