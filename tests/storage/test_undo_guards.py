"""Erasures, imports and reassignments are not undoable: `undo` passes over them and an
explicit undo of one says why; a reassignment asks first and says what will move."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.context import Ctx
from storage.db import transaction
from storage.importer import ImportOptions, import_csv
from storage.models import AuditLog, Contact, Opportunity, User, Workspace


def _batch(sessions, action):
    with transaction(sessions) as s:
        return s.scalar(select(AuditLog.batch).where(AuditLog.action == action))


def test_undo_passes_over_an_erasure_and_refuses_it(console, sessions, clock):
    console.say("contact add Zed Zulu email=zed@z.com")
    clock.advance(minutes=11)  # Zed's creation is out of the undo window
    console.say("contact add Amy One")
    console.say("contact erase Zed Zulu confirm=yes")
    out = console.say("undo")
    assert "Undone" in out and "created contact Amy One" in out and "erase" not in out
    out = console.say(f"undo {_batch(sessions, 'erase')}")
    assert "an erasure cannot be undone" in out
    with transaction(sessions) as s:
        assert [c.name for c in s.scalars(select(Contact))] == ["Erased person"]


def test_undo_of_a_change_about_an_erased_person_is_refused(console, sessions):
    console.say("contact add Zed Zulu email=zed@z.com")
    console.say("contact erase Zed Zulu confirm=yes")
    assert "about a person erased since" in console.say("undo")
    with transaction(sessions) as s:
        assert s.scalar(select(Contact)).name == "Erased person"  # not deleted by the undo


def test_undo_passes_over_an_import(console, sessions, clock, ws_id):
    console.say("contact add Amy One")
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        ana = s.scalar(select(User).where(User.role == "admin"))
        ctx = Ctx(session=s, workspace=ws, user=ana, now=clock.now)
        import_csv(ctx, ImportOptions("contacts"), b"name,email\nIvy Import,ivy@x.io\n")
    out = console.say("undo")
    assert "created contact Amy One" in out
    assert "an import cannot be undone" in console.say(f"undo {_batch(sessions, 'import')}")
    with transaction(sessions) as s:
        assert s.scalar(select(Contact.name)) == "Ivy Import"


def test_reassign_asks_first_and_is_not_undoable(console, console_bob, sessions):
    console_bob.say("contact add Bob Contact")
    console_bob.say("deal add Bob deal 1000 EUR")
    out = console.say("settings reassign bob to ana")
    assert "Move 2 records of bob to ana (0 accounts, 1 contacts, 1 deals, 0 reminders)?" in out
    assert "Yes, reassign" in out
    with transaction(sessions) as s:
        bob = s.scalar(select(User).where(User.name_key == "bob"))
        assert s.scalar(select(func.count()).where(Opportunity.owner_id == bob.id)) == 1
    out = console.say("settings reassign bob to ana confirm=yes")
    assert "Reassigned from bob to ana: 0 accounts, 1 contacts, 1 deals" in out
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).where(Opportunity.owner_id == bob.id)) == 0
    assert "a reassignment cannot be undone" in console.say(f"undo {_batch(sessions, 'reassign')}")
    assert "same person" in console.say("settings reassign bob to bob")
