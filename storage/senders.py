"""Who sent a message, and their open conversation, in one statement.

Every message starts by finding its workspace, the member behind the platform account and
the sender's conversation row (the last reply's buttons and question). These were three
statements, each a round trip on PostgreSQL, before the message's own work began; the
outer joins below answer all three at once, and a newcomer (no identity yet) still gets the
workspace back, so the gate can make them a member as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session

from storage.models import ConversationState, Identity, User, Workspace
from storage.models_members import ChatBinding
from storage.write_path import load_rows


@dataclass
class SenderRows:
    """The rows a message starts from; ``None`` where there is no such row."""

    workspace: Workspace | None
    user: User | None
    conversation: ConversationState | None
    binding: ChatBinding | None = None


def sender_in_workspace(
    session: Session, workspace_id: int, platform: str, pid: str, channel: str
) -> SenderRows:
    """The workspace, the member with this platform account in it, and their row in
    ``channel`` (a room that is one workspace: Slack, the console)."""
    params = {"ws": workspace_id, "platform": platform, "pid": pid, "channel": channel}
    found = load_rows(session, _IN_WORKSPACE, params, (Workspace, User, ConversationState))
    if not found:
        return SenderRows(None, None, None)
    (row,) = found  # at most one row (see _member_joins)
    return SenderRows(row[0], row[1], row[2])


def sender_in_chat(
    session: Session, platform: str, chat_id: str, pid: str, channel: str
) -> SenderRows:
    """The chat's binding and workspace, the member there and their row in ``channel``
    (a platform where a chat is bound to a workspace: Telegram)."""
    params = {"platform": platform, "chat": chat_id, "pid": pid, "channel": channel}
    models = (ChatBinding, Workspace, User, ConversationState)
    found = load_rows(session, _IN_CHAT, params, models)
    if not found:
        return SenderRows(None, None, None)
    (row,) = found  # at most one row (see _member_joins)
    return SenderRows(row[1], row[2], row[3], binding=row[0])


def _member_joins(stmt: Any) -> Any:
    """Outer joins from ``workspaces`` to the member and their conversation row: each is
    at most one row (unique identity per workspace and platform account; unique
    conversation row per workspace, user and channel), so the result is one row."""
    return (
        stmt.outerjoin(
            Identity,
            and_(
                Identity.workspace_id == Workspace.id,
                Identity.platform == bindparam("platform"),
                Identity.platform_user_id == bindparam("pid"),
            ),
        )
        .outerjoin(User, User.id == Identity.user_id)
        .outerjoin(
            ConversationState,
            and_(
                ConversationState.workspace_id == Workspace.id,
                ConversationState.user_id == User.id,
                ConversationState.channel == bindparam("channel"),
            ),
        )
    )


def _columns(*models: Any) -> list[Any]:
    """Every column of each model's table, in the order load_rows reads them."""
    return [c for m in models for c in m.__table__.c]


# Built once (every message runs one of them): compiled once. On the tables' columns:
# storage.write_path.load_rows makes the objects, without the ORM's per-query set-up.
_IN_WORKSPACE = _member_joins(
    select(*_columns(Workspace, User, ConversationState)).select_from(Workspace)
).where(Workspace.id == bindparam("ws"))
_IN_CHAT = _member_joins(
    select(*_columns(ChatBinding, Workspace, User, ConversationState))
    .select_from(ChatBinding)
    .join(Workspace, Workspace.id == ChatBinding.workspace_id)
).where(ChatBinding.platform == bindparam("platform"), ChatBinding.chat_id == bindparam("chat"))
