"""The open question of a conversation: the last reply's buttons and what it asked.

One row per (workspace, user, channel), kept 15 minutes, so a typed number or name can
pick a button and a typed answer can fill a question, on any platform.
"""

from __future__ import annotations

from sqlalchemy import select

from storage.context import Ctx
from storage.models import ConversationState


def conversation_state(ctx: Ctx, channel: str) -> ConversationState | None:
    """The sender's state in ``channel`` (expired or not: the caller checks)."""
    return ctx.session.scalar(
        select(ConversationState).where(
            ConversationState.workspace_id == ctx.ws_id,
            ConversationState.user_id == ctx.user.id,
            ConversationState.channel == channel,
        )
    )
