"""The bot-CRM service unit: upsert a contact by phone + a deal + an activity + a reminder.

What the unit must keep doing whatever is done to make it cheaper (bench.bench_core times
it): the phone upsert finds the exact number, every write has its audit row (in write
order, one batch, with the row as committed), and it all commits at once. The statement
count is pinned so that a change adding round trips to this hot path is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from conftest import NOW
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from storage import crm
from storage import reminders as rem
from storage.context import Ctx
from storage.db import transaction
from storage.errors import UserError
from storage.lookup import find_by_phone
from storage.models import Activity, AuditLog, Contact, Opportunity, Reminder, User, Workspace
from storage.models_rollup import DealRollup


@contextmanager
def _ctx(sessions: sessionmaker[Session], ws_id: int, user_id: int) -> Iterator[Ctx]:
    with transaction(sessions) as s:
        yield Ctx.load(s, ws_id, user_id, now=NOW)


def _rep(sessions: sessionmaker[Session], ws_id: int) -> int:
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        return user.id


def _unit(ctx: Ctx, phone: str, name: str) -> tuple[Contact, Opportunity]:
    c = crm.upsert_contact_by_phone(ctx, phone, name, {})
    d = crm.create_deal(ctx, f"Deal for {name}", {"amount": "1200"}, contact=c)
    crm.log_activity(ctx, "call", "first call", contact=c, deal=d)
    rem.create(ctx, "follow up", ctx.now + timedelta(days=2), linked=("contact", c.id))
    return c, d


def test_unit_writes_rows_rollup_and_audit_in_write_order(sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        c, d = _unit(ctx, "+34 600 111 222", "Maria Lopez")
        batch = ctx.batch
    with transaction(sessions) as s:
        audit = s.scalars(
            select(AuditLog).where(AuditLog.workspace_id == ws_id).order_by(AuditLog.id)
        ).all()
        assert [(a.action, a.entity_type) for a in audit] == [
            ("create", "contacts"),
            ("create", "opportunities"),
            ("create", "activities"),
            ("create", "reminders"),
        ]
        assert {a.batch for a in audit} == {batch}
        assert all(a.user_id == user_id and a.at == NOW and a.before is None for a in audit)
        contact_after, deal_after = audit[0].after, audit[1].after
        # 'after' is the row as committed: later writes of the same message are in it.
        assert contact_after["id"] == c.id and contact_after["last_activity_at"] is not None
        assert deal_after["contact_id"] == c.id and deal_after["amount_minor"] == 120000
        assert audit[3].after["linked_id"] == c.id
        assert s.scalar(select(Activity.opportunity_id)) == d.id
        assert s.scalar(select(Reminder.linked_id)) == c.id
        rollup = s.scalars(select(DealRollup).where(DealRollup.workspace_id == ws_id)).all()
        assert [(r.n, r.amount_sum) for r in rollup] == [(1, 120000)]


def test_upsert_finds_the_exact_number_whatever_the_format(sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        first = crm.upsert_contact_by_phone(ctx, "+34 600 111 222", "Maria Lopez", {})
    with _ctx(sessions, ws_id, user_id) as ctx:
        again = crm.upsert_contact_by_phone(ctx, "+34-600-111-222", "Someone Else", {})
        assert again.id == first.id and again.name == "Maria Lopez"
        updated = crm.upsert_contact_by_phone(ctx, "34600111222", "x", {"title": "CEO"})
        assert updated.id == first.id and updated.title == "CEO"


def test_upsert_finds_an_exact_match_behind_longer_numbers_with_the_same_ending(sessions, ws_id):
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        for i in range(6):  # six longer numbers that end with the same digits, created first
            crm.create_contact(ctx, f"Long {i}", {"phone": f"+{i + 1} 600 111 222"})
        exact = crm.create_contact(ctx, "Short", {"phone": "600 111 222"})
    with _ctx(sessions, ws_id, user_id) as ctx:
        assert len(find_by_phone(ctx, "600111222")) == 7
        assert crm.upsert_contact_by_phone(ctx, "600-111-222", "New", {}).id == exact.id


def test_upsert_ignores_deleted_contacts_and_other_workspaces(sessions, ws_id):
    from storage.workspaces import get_or_create_workspace

    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        other_ws = get_or_create_workspace(s, "other", "UTC", "EUR").id
        other_user = User(workspace_id=other_ws, display_name="o", name_key="o", role="rep")
        s.add(other_user)
        s.flush()
        other_user_id = other_user.id
    with _ctx(sessions, other_ws, other_user_id) as ctx:
        theirs = crm.upsert_contact_by_phone(ctx, "+34 600 333 444", "Theirs", {})
    with _ctx(sessions, ws_id, user_id) as ctx:
        ours = crm.upsert_contact_by_phone(ctx, "+34 600 333 444", "Ours", {})
        assert ours.id != theirs.id
        crm.soft_delete(ctx, ours)
    with _ctx(sessions, ws_id, user_id) as ctx:
        fresh = crm.upsert_contact_by_phone(ctx, "+34 600 333 444", "Fresh", {})
        assert fresh.id not in (ours.id, theirs.id) and fresh.name == "Fresh"


def test_upsert_in_one_statement_finds_what_the_lookup_finds(sessions, ws_id):
    """The contact found or inserted in one statement (storage.write_path.find_or_insert):
    a second number (storage.channels) and a contact still pending are found, a found
    contact gets no audit row and keeps its name, a new one gets its create row; a name a
    new contact cannot have is refused only when the number is new."""
    from storage import channels

    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        main = crm.create_contact(ctx, "Maria Lopez", {"phone": "+34 600 111 222"})
        channels.add_channel(ctx, main, "phone", "+34 600 777 888")
    with _ctx(sessions, ws_id, user_id) as ctx:
        by_second = crm.upsert_contact_by_phone(ctx, "+34 600 777 888", "Other", {})
        assert by_second.id == main.id and by_second.name == "Maria Lopez"
        assert by_second is ctx.session.get(Contact, main.id)
        assert crm.upsert_contact_by_phone(ctx, "+34 600 111 222", "   ", {}).id == main.id
        pending = crm.create_contact(ctx, "Pending Pablo", {})
        pending.phone, pending.phone_rev = "+34 600 999 000", "00099900643"  # not flushed
        assert crm.upsert_contact_by_phone(ctx, "+34-600-999-000", "Someone", {}) is pending
        new = crm.upsert_contact_by_phone(ctx, "+34 600 444 555", "Nuevo Nombre", {})
        assert new.id not in (main.id, pending.id) and new in ctx.session
        assert (new.name, new.phone, new.owner_id) == ("Nuevo Nombre", "+34 600 444 555", user_id)
        with pytest.raises(UserError):
            crm.upsert_contact_by_phone(ctx, "+34 600 444 666", "  ", {})
    with transaction(sessions) as s:
        audit = s.scalars(
            select(AuditLog.entity_id).where(
                AuditLog.entity_type == "contacts", AuditLog.action == "create"
            )
        ).all()
        assert sorted(audit) == sorted([main.id, pending.id, new.id])
        got = s.get(Contact, new.id)
        assert got is not None and got.name_key == "nuevo nombre" and got.phone_rev == "55544400643"
        numbers = s.scalars(select(Contact.phone).where(Contact.workspace_id == ws_id)).all()
        assert sorted(numbers) == ["+34 600 111 222", "+34 600 444 555", "+34 600 999 000"]


def test_find_or_insert_finds_or_inserts_once(sessions, ws_id):
    """storage.write_path.find_or_insert on either database: a row the lookup finds is
    given back (the session's own object), else the new row is inserted, once."""
    from storage.lookup import _BY_PHONE_EXACT
    from storage.write_path import find_or_insert, new_row

    def fresh(name: str) -> Contact:
        c = new_row(Contact, workspace_id=ws_id, name=name, name_key=name.lower(), first_key="")
        c.last_key, c.lifecycle, c.created_at, c.updated_at = "", "prospect", NOW, NOW
        c.phone, c.phone_rev, c.tags = "+34 600 121 212", "21212100643", []
        return c

    params = {"ws": ws_id, "rev": "21212100643"}
    with transaction(sessions) as s:
        first, created = find_or_insert(s, fresh("First"), _BY_PHONE_EXACT, params)
        assert created and first.id is not None and first in s
        again, created = find_or_insert(s, fresh("Second"), _BY_PHONE_EXACT, params)
        assert not created and again is first
    with transaction(sessions) as s:
        found, created = find_or_insert(s, fresh("Third"), _BY_PHONE_EXACT, params)
        assert not created and found.id == first.id and found is s.get(Contact, first.id)
        assert found.name == "First" and found.created_at == NOW and found.tags == []
        names = s.scalars(select(Contact.name).where(Contact.workspace_id == ws_id)).all()
        assert names == ["First"]


def test_unit_statement_count(sessions, ws_id, engine: Engine):
    """SQLite: 1 load, 1 lookup, 5 inserts, 2 updates, 1 audit executemany (was 11, and 15
    before that). PostgreSQL: 6 round trips between BEGIN and COMMIT (was 7, and 11): the
    contact's lookup and insert are one statement (a WITH: storage.write_path.find_or_insert),
    the deal's first stage-history row rides with the deal's insert, the contact's and
    deal's "last activity" with the activity's (DML in WITH). On both, the lead score at commit
    (issue 15, storage.scoring_hooks) adds 1 upsert: the new contact is scored from the rows in
    hand (storage.scoring_increment; it read the contact, activities, deals and campaign
    responses before, 4 statements). Counted with a cursor listener, which makes
    storage.fastsql take SQLAlchemy's normal path: the same statements either way. Without
    one, PostgreSQL sends the score's upsert and the audit rows with COMMIT, and BEGIN with
    the load: 6 round trips in all (storage.pg_connection)."""
    user_id = _rep(sessions, ws_id)
    statements: list[str] = []

    def count(_conn, _cur, stmt, *_args):  # type: ignore[no-untyped-def]
        statements.append(stmt.split()[0].upper())

    with _ctx(sessions, ws_id, user_id) as ctx:
        _unit(ctx, "+34 600 000 001", "Warm Up")  # first use: nothing to count yet
    event.listen(engine, "before_cursor_execute", count)
    try:
        with _ctx(sessions, ws_id, user_id) as ctx:
            _unit(ctx, "+34 600 000 002", "Counted")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    work = [s for s in statements if s not in ("BEGIN", "COMMIT")]
    score = 1  # the lead score's upsert
    if engine.dialect.name == "postgresql":
        assert work.count("SELECT") == 1  # user and workspace (one statement)
        assert work.count("INSERT") == 2 + 1  # reminder, audit; the score's upsert
        # the contact found or inserted; deal + first stage; activity + the two touches
        assert work.count("WITH") == 3
        assert len(work) == 6 + score
    else:
        assert work.count("SELECT") == 2  # user and workspace (one statement), the lookup
        # contact, deal, stage change, activity, reminder, audit; the score's upsert
        assert work.count("INSERT") == 6 + 1
        assert work.count("UPDATE") == 2  # last_activity_at of the contact and the deal
        assert len(work) == 10 + score


def test_a_known_contact_unit_reads_one_stored_score(sessions, ws_id, engine: Engine):
    """The unit again for a contact that has a score: its stored row is read and updated
    (the score decayed plus the new points), none of its events."""
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        _unit(ctx, "+34 600 000 003", "Known")
    statements: list[str] = []

    def count(_conn, _cur, stmt, *_args):  # type: ignore[no-untyped-def]
        statements.append(" ".join(stmt.split()[:4]).upper())

    event.listen(engine, "before_cursor_execute", count)
    try:
        with _ctx(sessions, ws_id, user_id) as ctx:
            _unit(ctx, "+34 600 000 003", "Known")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    score = [s for s in statements if "CONTACT_SCORES" in s or "ACTIVITIES." in s]
    assert [s.split()[0] for s in score] == ["SELECT", "UPDATE"], statements


def test_rows_inserted_without_a_flush_are_forgotten_on_rollback(sessions, ws_id):
    """The Core insert path (storage.write_path) behaves as the ORM does on a rollback: the
    objects leave the session, nothing is in the database, and the session goes on."""
    user_id = _rep(sessions, ws_id)
    with transaction(sessions) as s:
        ctx = Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.get(User, user_id), now=NOW)
        c, d = _unit(ctx, "+34 600 555 666", "Rolled Back")
        s.rollback()
        assert c not in s and d not in s
        kept = crm.create_contact(ctx, "Kept", {})
    with transaction(sessions) as s:
        names = s.scalars(select(Contact.name).where(Contact.workspace_id == ws_id)).all()
        assert names == ["Kept"]
        assert s.scalar(select(Opportunity.id).where(Opportunity.workspace_id == ws_id)) is None
        audit = s.scalars(select(AuditLog.entity_id).where(AuditLog.workspace_id == ws_id)).all()
        assert audit == [kept.id]


def test_core_inserted_rows_are_cleaned_and_take_later_changes(sessions, ws_id):
    """Names are cleaned as the flush hook would, and a change after the insert is flushed."""
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        c = crm.create_contact(ctx, "Ana\x1b[31m  Ruiz", {})
        d = crm.create_deal(ctx, "Ruiz deal", {}, contact=c)
        d.next_step = "send the quote"
    with transaction(sessions) as s:
        got = s.get(Contact, c.id)
        assert got is not None and got.name == "Ana Ruiz" and got.name_key == "ana ruiz"
        deal = s.get(Opportunity, d.id)
        assert deal is not None and deal.next_step == "send the quote" and deal.contact_id == c.id


def test_new_row_gives_what_the_constructor_gives_and_flushes_alike(sessions, ws_id):
    """storage.write_path.new_row writes column values without the attribute events: the
    object holds the same values as one built by the constructor, a relationship still goes
    through the attribute, and the ORM flush inserts it like any new object."""
    from storage.write_path import new_row

    values = {"workspace_id": ws_id, "name": "Ana", "name_key": "ana", "first_key": "ana"}
    values |= {"last_key": "", "tags": ["x"], "lifecycle": "prospect", "created_at": NOW}
    built, fast = Contact(**values), new_row(Contact, **values)
    assert {k: getattr(fast, k) for k in values} == {k: getattr(built, k) for k in values}
    with transaction(sessions) as s:
        deal = new_row(Opportunity, workspace_id=ws_id, title="T", title_key="t", contact=fast)
        deal.currency, deal.stage, deal.status = "EUR", "prospecting", "open"
        deal.created_at = deal.updated_at = deal.stage_entered_at = NOW
        assert deal.contact is fast  # the relationship was set through the attribute
        s.add(deal)  # the contact cascades in with it, as with the constructor
        s.flush()
        assert fast.id is not None and deal.contact_id == fast.id
    with transaction(sessions) as s:
        got = s.get(Contact, fast.id)
        assert got is not None and got.name == "Ana" and got.tags == ["x"]


def test_the_score_hook_sees_changes_not_yet_flushed(sessions, ws_id):
    """The lead score's commit hook flushes before deciding there is nothing to score: an
    account edit still pending is rescored even when this hook runs before any other hook's
    flush (the order of the commit hooks follows the order modules were imported in)."""
    from storage import scoring_hooks
    from storage.models import Account
    from storage.scoring_models import ContactScore

    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        acc = Account(workspace_id=ws_id, name="Acme", name_key="acme", created_at=NOW)
        acc.updated_at = NOW
        ctx.session.add(acc)
        ctx.session.flush()
        c = crm.create_contact(ctx, "Ana Ruiz", {})
        c.account_id = acc.id
    later = NOW + timedelta(hours=1)
    with transaction(sessions) as s:
        Ctx.load(s, ws_id, user_id, now=later)
        got = s.get(Account, acc.id)
        assert got is not None
        got.industry = "logistics"  # pending: nothing flushed it yet
        scoring_hooks._refresh(s)  # as if it were the first hook of the commit
        row = s.get(ContactScore, c.id)
        assert row is not None and row.computed_at == later


def test_put_writes_a_new_rows_dict_and_a_stored_rows_attributes(sessions, ws_id):
    """storage.write_path.put: a new row of new_row takes values straight into its dict (the
    insert writes them); a pending or stored row keeps its change history, so a rename or a
    new number is flushed and audited as before."""
    from sqlalchemy import inspect

    from storage.write_path import new_row, put

    fresh = new_row(Contact, workspace_id=ws_id, lifecycle="prospect", created_at=NOW)
    put(fresh, name="Ana", name_key="ana")
    assert fresh.name == "Ana" and not inspect(fresh).modified
    user_id = _rep(sessions, ws_id)
    with _ctx(sessions, ws_id, user_id) as ctx:
        c = crm.create_contact(ctx, "Ana Ruiz", {"phone": "+34 600 111 222"})
        assert c.name_key == "ana ruiz" and c.phone_rev == "22211100643"
        crm.update_contact(ctx, c, {"name": "Ana María Ruiz", "phone": "+34 600 333 444"})
        assert inspect(c).attrs.name.history.has_changes()  # through the attribute
        pending = Contact(workspace_id=ws_id, lifecycle="prospect", created_at=NOW)
        ctx.session.add(pending)
        put(pending, name="P", name_key="p", first_key="p", last_key="")
        assert inspect(pending).modified
        ctx.session.expunge(pending)
    with transaction(sessions) as s:
        got = s.get(Contact, c.id)
        assert got is not None and (got.name, got.first_key, got.last_key) == (
            "Ana María Ruiz",
            "ana",
            "ruiz",
        )
        assert got.phone == "+34 600 333 444" and got.phone_rev == "44433300643"
        audit = s.scalars(
            select(AuditLog).where(AuditLog.entity_id == c.id, AuditLog.action == "update")
        ).one()
        assert audit.after is not None and audit.after["name"] == "Ana María Ruiz"
