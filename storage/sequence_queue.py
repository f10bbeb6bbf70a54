"""Sequence steps as a work queue: the reminders' claim protocol on sequence_enrollments.

The same rules as :mod:`storage.reminder_queue` and :mod:`storage.campaign_queue`: a row
is due when ``run_status`` is pending, ``due_at <= now`` and its retry-not-before time
(``lease_until`` on an unclaimed row) has passed, or when it is claimed and its claimer's
lease expired. Claiming sets ``claimed_by``/``lease_until`` in the transaction that found
the row (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: the engine's BEGIN IMMEDIATE).
Settling is a conditional UPDATE ``WHERE claimed_by = me AND step = the claimed step``, in
the transaction that records the step's run (unique per enrollment and step), so a step
is recorded once even when a lease ran out under a slow worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from storage.leases import due_or_abandoned
from storage.models_sequences import SequenceEnrollment as E


@dataclass(frozen=True)
class ClaimedStep:
    id: int
    workspace_id: int
    sequence_id: int
    contact_id: int
    owner_id: int | None
    step: int
    attempts: int


def _due(now: datetime) -> ColumnElement[bool]:
    return due_or_abandoned(E.run_status, E.due_at, E.lease_until, now, "pending")


def claim_due(
    session: Session, worker: str, now: datetime, lease: timedelta, limit: int
) -> list[ClaimedStep]:
    q = select(E).where(_due(now)).order_by(E.due_at, E.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    rows = list(session.scalars(q))
    out = [
        ClaimedStep(
            r.id, r.workspace_id, r.sequence_id, r.contact_id, r.owner_id, r.step, r.attempts or 0
        )
        for r in rows
    ]
    if rows:
        session.execute(
            update(E)
            .where(E.id.in_([r.id for r in rows]))
            .values(run_status="claimed", claimed_by=worker, lease_until=now + lease)
            .execution_options(synchronize_session=False)
        )
    return out


def settle(session: Session, c: ClaimedStep, worker: str, **values: object) -> bool:
    """Release or advance a claimed row; False when the claim is no longer ours."""
    res = session.execute(
        update(E)
        .where(
            E.id == c.id,
            E.claimed_by == worker,
            E.run_status == "claimed",
            E.step == c.step,
        )
        .values(claimed_by=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(res.rowcount)  # type: ignore[attr-defined]


def next_due(session: Session) -> datetime | None:
    """The earliest pending step (for a service that wants to sleep until then)."""
    return session.scalar(
        select(E.due_at).where(E.run_status == "pending").order_by(E.due_at).limit(1)
    )
