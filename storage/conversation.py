"""The open question of a conversation: the last reply's buttons and what it asked.

One row per (workspace, user, channel), kept 15 minutes, so a typed number or name can
pick a button and a typed answer can fill a question, on any platform.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value

from storage import fastsql
from storage.context import Ctx
from storage.models import ConversationState, User


def conversation_state(ctx: Ctx, channel: str) -> ConversationState | None:
    """The sender's state in ``channel`` (expired or not: the caller checks)."""
    params = {"ws": ctx.ws_id, "user": ctx.user.id, "channel": channel}
    return ctx.session.scalar(_STATE, params)


def new_conversation_state(
    ctx: Ctx, channel: str, data: dict[str, Any], expires_at: datetime
) -> ConversationState:
    """The sender's first conversation row in ``channel``. Two first messages handled at
    once (two workers or processes) both found none: the second insert fails on the unique
    key inside a savepoint, and the row the first one wrote is used (was: 'Something went
    wrong' and the second message lost)."""
    state = ConversationState(
        workspace_id=ctx.ws_id,
        user_id=ctx.user.id,
        channel=channel,
        data=data,
        expires_at=expires_at,
    )
    try:
        with ctx.session.begin_nested():
            ctx.session.add(state)
    except IntegrityError:
        theirs = conversation_state(ctx, channel)
        if theirs is None:
            raise
        return theirs
    return state


def save_conversation_state(
    ctx: Ctx, state: ConversationState, data: dict[str, Any], expires_at: datetime
) -> None:
    """Keep the last reply's question in an existing row: one prebuilt UPDATE now, not an
    ORM flush of the row at commit (every reply with buttons writes it)."""
    if state.id is None:  # not inserted yet: the flush writes it
        state.data, state.expires_at = data, expires_at
        return
    params = {"row": state.id, "ws": ctx.ws_id, "payload": data, "expires": expires_at}
    fastsql.execute(fastsql.connection(ctx.session), _SAVE, params)
    set_committed_value(state, "data", data)
    set_committed_value(state, "expires_at", expires_at)


# Built once (read on every message): its cache key is computed once.
_STATE = select(ConversationState).where(
    ConversationState.workspace_id == bindparam("ws"),
    ConversationState.user_id == bindparam("user"),
    ConversationState.channel == bindparam("channel"),
)
_TABLE: Any = ConversationState.__table__
_SAVE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("row"), _TABLE.c.workspace_id == bindparam("ws"))
    .values(
        data=bindparam("payload", type_=_TABLE.c.data.type),
        expires_at=bindparam("expires", type_=_TABLE.c.expires_at.type),
    )
)


def others_in_channel(ctx: Ctx, channel: str) -> list[tuple[str, ConversationState]]:
    """The other members' conversation rows in ``channel`` (a group or channel shared by
    the team), with each one's display name: whose question a pressed button answers."""
    rows = ctx.session.execute(
        select(User.display_name, ConversationState)
        .join(User, User.id == ConversationState.user_id)
        .where(
            ConversationState.workspace_id == ctx.ws_id,
            ConversationState.channel == channel,
            ConversationState.user_id != ctx.user.id,
        )
    )
    return [(str(name), state) for name, state in rows]
