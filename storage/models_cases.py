"""Support cases: a customer's problem, its timeline, and its SLA clock.

A case belongs to an account (and maybe a contact), has a per-workspace number shown as
``#12``, a priority P1-P4 and a status. The SLA due times are stored when the clock
starts (and recomputed when the priority changes), so lists can sort "breaching first"
and reports can count breaches with plain index range scans.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Account, Base, Contact, Stamped
from storage.types import utcnow

CASE_STATUSES: tuple[str, ...] = ("new", "open", "waiting", "solved", "closed")
OPEN_CASE_STATUSES: tuple[str, ...] = ("new", "open", "waiting")
PRIORITIES: tuple[int, ...] = (1, 2, 3, 4)
STATUS_LABELS: dict[str, str] = {
    "new": "new",
    "open": "open",
    "waiting": "waiting on customer",
    "solved": "solved",
    "closed": "closed",
}
EVENT_KINDS: tuple[str, ...] = ("created", "note", "reply", "assign", "status", "priority", "solve")


class Case(Stamped, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("workspace_id", "number"),
        Index("ix_cases_ws_status_prio", "workspace_id", "status", "priority"),
        Index("ix_cases_ws_account_status", "workspace_id", "account_id", "status"),
        Index("ix_cases_ws_assignee_status", "workspace_id", "assignee_id", "status"),
        Index("ix_cases_ws_created", "workspace_id", "created_at"),
        Index("ix_cases_ws_source", "workspace_id", "source"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=3)
    status: Mapped[str] = mapped_column(String(12), default="new")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str | None] = mapped_column(Text)
    # Where the case was opened from ("slack:C123/1700000000.0001", "telegram:-100/42"):
    # replies to that message become timeline entries.
    source: Mapped[str | None] = mapped_column(String(160))
    first_response_at: Mapped[datetime | None] = mapped_column()
    solved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    response_due_at: Mapped[datetime | None] = mapped_column()
    resolution_due_at: Mapped[datetime | None] = mapped_column()
    # The resolution clock stops while the case waits on the customer: since when, and the
    # working minutes of the finished waits (the due time is pushed back by them).
    waiting_since: Mapped[datetime | None] = mapped_column()
    paused_minutes: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column()
    account: Mapped[Account | None] = relationship()
    contact: Mapped[Contact | None] = relationship()


class CaseEvent(Base):
    """One line of a case's timeline: created, a note, a customer-thread reply, a change."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_ws_case", "workspace_id", "case_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str | None] = mapped_column(String(160))
