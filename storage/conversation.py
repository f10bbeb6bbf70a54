"""The open question of a conversation: the last reply's buttons and what it asked.

One row per (workspace, user, channel), kept 15 minutes, so a typed number or name can
pick a button and a typed answer can fill a question, on any platform.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select

from storage.context import Ctx
from storage.models import ConversationState


def conversation_state(ctx: Ctx, channel: str) -> ConversationState | None:
    """The sender's state in ``channel`` (expired or not: the caller checks)."""
    params = {"ws": ctx.ws_id, "user": ctx.user.id, "channel": channel}
    return ctx.session.scalar(_STATE, params)


# Built once (read on every message): its cache key is computed once.
_STATE = select(ConversationState).where(
    ConversationState.workspace_id == bindparam("ws"),
    ConversationState.user_id == bindparam("user"),
    ConversationState.channel == bindparam("channel"),
)
