"""Membership tables, the same for every platform (handlers/access.py reads them).

Who may use the bot where an access policy is ``invite`` (Telegram: anyone can find a
bot) is stored here: invites to join a workspace, one-time link codes (cross-platform),
which chat belongs to which workspace, and the actions behind inline buttons
(``callback_data`` holds 64 bytes at most, so a button carries a short token and the
action text stays server-side).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class Invite(Base):
    """A code that lets a new person join a workspace with a role.

    Single-use (``max_uses`` 1) or reusable until ``expires_at``; ``used_by_id`` is the
    last user who joined with it.
    """

    __tablename__ = "invites"
    __table_args__ = (Index("ix_invites_ws", "workspace_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="rep")
    max_uses: Mapped[int | None] = mapped_column(Integer, default=1)  # None: until expiry
    uses: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime | None] = mapped_column()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    used_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LinkCode(Base):
    """A one-time code that ties another platform account (or a group) to a user's workspace.

    Redeemed by a person: their account becomes one more identity of ``user_id``.
    Redeemed in a group (creator is an admin): the group is bound to the workspace.
    """

    __tablename__ = "link_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    used_by: Mapped[str | None] = mapped_column(String(120))  # "platform:id" that redeemed it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChatBinding(Base):
    """Which workspace a chat (group, or a person's private chat) talks to."""

    __tablename__ = "chat_bindings"
    __table_args__ = (UniqueConstraint("platform", "chat_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    is_group: Mapped[bool] = mapped_column(default=False)
    bound_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ButtonAction(Base):
    """The command a pressed inline button stands for, behind a short random token."""

    __tablename__ = "button_actions"
    __table_args__ = (Index("ix_button_actions_created", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(24), unique=True)
    action: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
