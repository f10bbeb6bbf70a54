"""Tables of nurturing sequences (issue 15, the nurturing half).

A *sequence* is a named list of steps (send an email, create a call reminder for the
owner, wait N days), kept as JSON on the row: steps are only ever appended, so a step's
index is stable for the enrollments already running through it.

An *enrollment* is a contact going through a sequence, and also its place in the work
queue: the reminders' claim/lease columns and protocol (see
:mod:`storage.sequence_queue`), so each step runs once across restarts and several
processes. Every step that ran has a ``sequence_step_runs`` row, unique per enrollment
and step: the database itself refuses a second run of a step.

``sequence_score_watch`` remembers since when a contact's score has been below a
sequence's auto-enrollment threshold ("score below N for D days").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base
from storage.types import utcnow

STEP_KINDS = ("email", "call", "wait")
ENROLLMENT_STATUSES = ("active", "finished", "exited")


class Sequence(Base):
    __tablename__ = "sequences"
    __table_args__ = (UniqueConstraint("workspace_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12), default="active")  # active|paused
    # [{"kind": "email", "subject": .., "body": ..}, {"kind": "call", "text": ..},
    #  {"kind": "wait", "days": 3}]
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Auto-enrollment: a lead whose score stays below auto_below for auto_days days.
    auto_below: Mapped[int | None] = mapped_column(Integer)
    auto_days: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SequenceEnrollment(Base):
    """A contact in a sequence: its progress, how it ended, and its queue columns."""

    __tablename__ = "sequence_enrollments"
    __table_args__ = (
        UniqueConstraint("sequence_id", "contact_id"),
        Index("ix_seq_enroll_ws_seq_status", "workspace_id", "sequence_id", "status"),
        Index("ix_seq_enroll_ws_contact", "workspace_id", "contact_id", "status"),
        Index("ix_seq_enroll_run_due", "run_status", "due_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    sequence_id: Mapped[int] = mapped_column(ForeignKey("sequences.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    enrolled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source: Mapped[str] = mapped_column(String(140), default="hand")  # hand|segment:NAME|auto
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default="active")  # active|finished|exited
    exit_reason: Mapped[str | None] = mapped_column(String(24))
    ended_at: Mapped[datetime | None] = mapped_column()
    # The queue: the index of the next step to run and when; NULL run_status: nothing to run.
    step: Mapped[int] = mapped_column(Integer, default=0)
    run_status: Mapped[str | None] = mapped_column(String(12))  # pending|claimed|paused
    due_at: Mapped[datetime | None] = mapped_column()
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    lease_until: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class SequenceStepRun(Base):
    """One step that ran for one enrollment: at most one row per (enrollment, step)."""

    __tablename__ = "sequence_step_runs"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "step"),
        Index("ix_seq_runs_ws_at", "workspace_id", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("sequence_enrollments.id", ondelete="CASCADE")
    )
    step: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(12))  # sent|reminder|failed|skipped
    detail: Mapped[str | None] = mapped_column(Text)
    reminder_id: Mapped[int | None] = mapped_column(Integer)
    worker: Mapped[str | None] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SequenceScoreWatch(Base):
    """Since when a contact's score has been below a sequence's auto threshold."""

    __tablename__ = "sequence_score_watch"
    __table_args__ = (UniqueConstraint("sequence_id", "contact_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    sequence_id: Mapped[int] = mapped_column(ForeignKey("sequences.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    below_since: Mapped[datetime] = mapped_column()
    last_score: Mapped[int] = mapped_column(Integer)
