"""Undo of sequence changes: "undo" after a step edit once reverted an older change instead
(it deleted the contact made before), since sequences were not undoable."""

from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Contact
from storage.models_sequences import Sequence, SequenceEnrollment


def _seq(console: ConsoleAdapter) -> tuple[Sequence, list[SequenceEnrollment]]:
    with transaction(console.bot.sessions) as s:  # type: ignore[attr-defined]
        seq = s.scalar(select(Sequence))
        rows = list(s.scalars(select(SequenceEnrollment)))
        s.expunge_all()
    assert seq is not None
    return seq, rows


def _contacts(console: ConsoleAdapter) -> list[str]:
    with transaction(console.bot.sessions) as s:  # type: ignore[attr-defined]
        return list(s.scalars(select(Contact.name).where(Contact.deleted_at.is_(None))))


def test_step_edits_pause_and_enroll_are_undone_in_turn(console: ConsoleAdapter) -> None:
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    console.say("sequence new Trial")
    console.say("sequence step add Trial call check in")
    out = console.say("sequence step edit Trial 1 call check in on the trial")
    assert "Undo" in out
    out = console.say("undo")
    assert "changed sequence Trial" in out
    assert _seq(console)[0].steps == [{"kind": "call", "text": "check in"}]
    assert _contacts(console) == ["Maria Lopez"]

    console.say("enroll Maria Lopez in Trial")
    console.say("sequence pause Trial")
    assert _seq(console)[1][0].run_status == "paused"
    console.say("undo")
    seq, (e,) = _seq(console)
    assert seq.status == "active" and e.run_status == "pending"  # the queue runs again
    assert "enrolled 1 in sequence Trial" in console.say("undo")
    assert _seq(console)[1] == []
    console.say("sequence step add Trial wait 3d")
    console.say("undo")
    assert len(_seq(console)[0].steps) == 1
    assert _contacts(console) == ["Maria Lopez"]


def test_undo_of_a_change_it_cannot_put_back_says_so(console: ConsoleAdapter) -> None:
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    console.say("score threshold 70")  # a setting: segments and campaigns have Undo now
    out = console.say("undo")
    assert "cannot be undone" in out and "nothing was reverted" in out
    assert _contacts(console) == ["Maria Lopez"]  # once deleted by this undo


def test_a_sequence_with_people_in_it_is_not_uncreated(console: ConsoleAdapter) -> None:
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    out = console.say("sequence new Trial")
    undo_create = out.split("[2] ")[1].split()[0] if "[2] Undo" in out else ""
    assert undo_create == "Undo"
    console.say("sequence step add Trial call check in")
    console.say("enroll Maria Lopez in Trial")
    with transaction(console.bot.sessions) as s:  # type: ignore[attr-defined]
        from storage.models import AuditLog

        batch = s.scalar(
            select(AuditLog.batch).where(
                AuditLog.entity_type == "sequences", AuditLog.action == "create"
            )
        )
    assert "people are enrolled in 'Trial'" in console.say(f"undo {batch}")
    assert _seq(console)[1]


def test_a_removal_from_a_sequence_is_undone(console: ConsoleAdapter) -> None:
    console.say("contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    console.say("sequence new Trial")
    console.say("sequence step add Trial call check in")
    console.say("enroll Maria Lopez in Trial")
    out = console.say("sequence remove Maria Lopez from Trial")
    assert "removed by hand" in out and "Undo" in out
    assert "changed sequence enrollment" in console.say("undo")
    (e,) = _seq(console)[1]
    assert (e.status, e.exit_reason, e.run_status) == ("active", None, "pending")
