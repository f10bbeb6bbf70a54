"""The conversation row on the message path (handlers/core.py, storage/conversation.py):
read once per message, and a first row written by two messages at once does not fail the
second one."""

from __future__ import annotations

from datetime import timedelta

from conftest import NOW
from sqlalchemy import event, select

from storage.context import Ctx
from storage.conversation import new_conversation_state, save_conversation_state
from storage.db import transaction
from storage.models import ConversationState, User


def test_a_message_reads_its_conversation_row_once(console, engine) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez")  # a first reply with buttons: the row exists
    seen: list[str] = []

    def count(_conn, _cur, stmt, *_args):  # type: ignore[no-untyped-def]
        if stmt.lstrip().upper().startswith("SELECT") and "conversation_state" in stmt:
            seen.append(stmt)

    event.listen(engine, "before_cursor_execute", count)
    try:
        out = console.say("contact add Ana Ruiz")
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert "Ana Ruiz" in out
    # was 2: before the command, and again to keep the reply's buttons; now it comes with
    # the sender's member row, in the access gate's one statement (storage/senders.py)
    assert len(seen) == 1 and "FROM workspaces" in seen[0]


def test_first_row_written_by_another_message_meanwhile_is_used(sessions, ws_id) -> None:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        user_id = user.id
    with transaction(sessions) as s:  # the other worker's message, committed first
        s.add(
            ConversationState(
                workspace_id=ws_id,
                user_id=user_id,
                channel="c1",
                data={"options": ["theirs"]},
                expires_at=NOW + timedelta(minutes=15),
            )
        )
    with transaction(sessions) as s:  # this message found no row before: it inserts one
        ctx = Ctx.load(s, ws_id, user_id, now=NOW)
        state = new_conversation_state(
            ctx, "c1", {"options": ["mine"]}, NOW + timedelta(minutes=15)
        )
        save_conversation_state(ctx, state, {"options": ["mine"]}, NOW + timedelta(minutes=15))
    with transaction(sessions) as s:
        rows = s.scalars(select(ConversationState).where(ConversationState.user_id == user_id))
        assert [r.data for r in rows] == [{"options": ["mine"]}]
