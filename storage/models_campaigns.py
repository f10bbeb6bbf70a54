"""Tables of segments and campaigns (issue 14).

A *segment* is a saved filter over contacts (and their accounts); it has no rows of its
own, so it is always current. A *campaign* freezes the segment's members when it starts
(``campaign_members``), each with a status. An email campaign's member row is also its
message's place in the send queue: the same claim/lease columns and protocol as the
reminders table (see :mod:`storage.campaign_queue`), so each message goes out once,
across restarts and several processes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow

CAMPAIGN_TYPES = ("email", "event", "webinar", "call")
MEMBER_STATUSES = ("planned", "reached", "responded", "converted", "opted_out")


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("workspace_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Campaign(Base):
    __tablename__ = "campaigns"
    __table_args__ = (
        UniqueConstraint("workspace_id", "name_key"),
        Index("ix_campaigns_ws_end", "workspace_id", "end_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(12), default="email")
    # draft -> (email: approved) -> running -> ended
    status: Mapped[str] = mapped_column(String(12), default="draft")
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    daily_cap: Mapped[int | None] = mapped_column(Integer)  # call/event: reminders a rep a day
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    excluded: Mapped[dict[str, Any]] = mapped_column(default=dict)  # reason -> count at start
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CampaignMember(Base):
    """A contact frozen into a campaign, and (email) its message in the send queue."""

    __tablename__ = "campaign_members"
    __table_args__ = (
        UniqueConstraint("campaign_id", "contact_id"),
        Index("ix_campaign_members_ws_contact", "workspace_id", "contact_id"),
        Index("ix_campaign_members_ws_campaign", "workspace_id", "campaign_id", "status"),
        Index("ix_campaign_members_send_due", "send_status", "due_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    status_at: Mapped[datetime | None] = mapped_column()
    # The send queue (email campaigns only; NULL send_status: nothing to send).
    send_status: Mapped[str | None] = mapped_column(
        String(12)
    )  # pending|claimed|sent|failed|cancelled
    due_at: Mapped[datetime | None] = mapped_column()
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    lease_until: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column()
    fail_reason: Mapped[str | None] = mapped_column(Text)
    reminder_id: Mapped[int | None] = mapped_column(Integer)  # call/event: the rep's reminder
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
