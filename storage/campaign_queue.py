"""Campaign messages as a work queue: the reminders' claim protocol on campaign_members.

The same rules as :mod:`storage.reminder_queue`: a row is due when ``send_status`` is
pending, ``due_at <= now`` and its retry-not-before time (``lease_until`` on an unclaimed
row) has passed, or when it is claimed and its claimer's lease expired. Claiming sets
``claimed_by``/``lease_until`` in the transaction that found the row (PostgreSQL: FOR
UPDATE SKIP LOCKED; SQLite: the engine's BEGIN IMMEDIATE); settling is a conditional
UPDATE ``WHERE claimed_by = me``. Each row is settled right after its own send, so a crash
can repeat at most the one message in flight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from storage.leases import due_or_abandoned
from storage.models_campaigns import CampaignMember


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    workspace_id: int
    campaign_id: int
    contact_id: int
    owner_id: int | None
    attempts: int
    due_at: datetime


def _due(now: datetime) -> ColumnElement[bool]:
    m = CampaignMember
    return due_or_abandoned(m.send_status, m.due_at, m.lease_until, now, "pending")


def claim_due(
    session: Session, worker: str, now: datetime, lease: timedelta, limit: int
) -> list[ClaimedMessage]:
    q = (
        select(CampaignMember)
        .where(_due(now))
        .order_by(CampaignMember.due_at, CampaignMember.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    rows = list(session.scalars(q))
    out = [
        ClaimedMessage(
            r.id,
            r.workspace_id,
            r.campaign_id,
            r.contact_id,
            r.owner_id,
            r.attempts or 0,
            r.due_at or now,  # claimed rows are due: never None
        )
        for r in rows
    ]
    if rows:
        session.execute(
            update(CampaignMember)
            .where(CampaignMember.id.in_([r.id for r in rows]))
            .values(send_status="claimed", claimed_by=worker, lease_until=now + lease)
            .execution_options(synchronize_session=False)
        )
    return out


def settle(session: Session, mid: int, worker: str, **values: object) -> bool:
    res = session.execute(
        update(CampaignMember)
        .where(
            CampaignMember.id == mid,
            CampaignMember.claimed_by == worker,
            CampaignMember.send_status == "claimed",
        )
        .values(claimed_by=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(res.rowcount)  # type: ignore[attr-defined]
