"""Tables of issue 17 (capture from chat): each user's private calendar feed address, and
contacts' chat accounts (a forwarded message's author found by account).

The feed's address holds a random secret: whoever has it reads the user's reminders and
planned meetings, as calendar apps subscribe without logging in. The secret is random
(``secrets.token_urlsafe``), so it can be shown again with ``me calendar``; it is looked up
by the feed's id and compared in constant time, and ``me calendar reset`` replaces it (the
old address then answers 404).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow


class CalendarFeed(Base):
    __tablename__ = "calendar_feeds"
    __table_args__ = (UniqueConstraint("workspace_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    secret: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    rotated_at: Mapped[datetime | None] = mapped_column()


class ContactHandle(Base):
    """A contact's account on a chat platform (their Telegram user id), learnt when someone
    shares that person's contact card with the bot: a message forwarded from that account
    later finds the contact even under another display name. Erased with the contact."""

    __tablename__ = "contact_handles"
    __table_args__ = (
        UniqueConstraint("workspace_id", "platform", "handle"),
        Index("ix_contact_handles_ws_contact", "workspace_id", "contact_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(16))
    handle: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
