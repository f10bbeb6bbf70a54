"""The reminders table seen as a work queue: claim due rows, then settle each claim.

Only the scheduler uses this module. Every function is one short transaction so a
SQLite database is never write-locked across a network send, and so a PostgreSQL
claim holds row locks for milliseconds.

Claim protocol (the same on both backends):

* A row is *due* when ``status`` is pending/snoozed, ``due_at <= now`` and its
  retry-not-before time (``lease_until`` on an unclaimed row) has passed; or when
  it is ``claimed`` but the claimer's lease expired (the claimer crashed).
* Claiming sets ``status='claimed'``, ``claimed_by`` and ``lease_until`` in the same
  transaction that found the row. PostgreSQL: ``SELECT ... FOR UPDATE SKIP LOCKED``
  so concurrent claimers take disjoint rows without waiting. SQLite: the engine's
  ``BEGIN IMMEDIATE`` makes the whole transaction the only writer.
* Settling (sent/failed/retry) is a conditional UPDATE ``WHERE claimed_by = me``;
  a process whose lease was taken over learns it from the row count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from storage.leases import due_or_abandoned
from storage.models import Identity, Reminder, User, Workspace

READY = ("pending", "snoozed")
AUTOMATIC_KINDS = (
    "stale_deal",
    "overdue_close",
    "birthday",
    "anniversary",
    "keep_in_touch",
    "daily_digest",
    "weekly_digest",
    # support-case SLA warnings and escalations (storage.cases.SLA_KINDS)
    "case_response_warn",
    "case_response_breach",
    "case_resolution_warn",
    "case_resolution_breach",
    # a lead crossed the workspace's score threshold (storage.scoring.ALERT_KIND)
    "score_alert",
)
DEAL_NUDGES = ("stale_deal", "overdue_close")


@dataclass(frozen=True)
class Claimed:
    """A plain copy of a claimed row: safe to use after its session is closed."""

    id: int
    workspace_id: int
    user_id: int
    text: str
    due_at: datetime
    channel: str | None
    linked_type: str | None
    linked_id: int | None
    kind: str
    recurrence: str | None
    attempts: int
    previous_status: str


def _due_clause(now: datetime) -> ColumnElement[bool]:
    return due_or_abandoned(Reminder.status, Reminder.due_at, Reminder.lease_until, now, READY)


def queue_depth(session: Session, now: datetime) -> tuple[int, int]:
    """(due, claimed): rows ready to claim now, and rows a worker holds (for /metrics).

    Both counts are ranges of ``ix_reminders_status_due``; a claimed row whose lease ran out
    counts as claimed until someone takes it over.
    """
    due = session.scalar(
        select(func.count())
        .select_from(Reminder)
        .where(Reminder.status.in_(READY), Reminder.due_at <= now)
    )
    claimed = session.scalar(
        select(func.count()).select_from(Reminder).where(Reminder.status == "claimed")
    )
    return int(due or 0), int(claimed or 0)


def claim_due(
    session: Session, worker: str, now: datetime, lease: timedelta, limit: int
) -> list[Claimed]:
    """Claim up to ``limit`` due rows (oldest due first) for ``worker``; caller commits."""
    q = select(Reminder).where(_due_clause(now)).order_by(Reminder.due_at, Reminder.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    rows = list(session.scalars(q))
    out: list[Claimed] = []
    for r in rows:
        out.append(
            Claimed(
                id=r.id,
                workspace_id=r.workspace_id,
                user_id=r.user_id,
                text=r.text,
                due_at=r.due_at,
                channel=r.channel,
                linked_type=r.linked_type,
                linked_id=r.linked_id,
                kind=r.kind,
                recurrence=r.recurrence,
                attempts=r.attempts or 0,
                previous_status=r.status,
            )
        )
    if rows:
        session.execute(
            update(Reminder)
            .where(Reminder.id.in_([r.id for r in rows]))
            .values(status="claimed", claimed_by=worker, lease_until=now + lease, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    return out


def renew(session: Session, worker: str, ids: Iterable[int], until: datetime) -> int:
    """Extend the lease on rows this worker still holds (a long paced batch)."""
    ids = list(ids)
    if not ids:
        return 0
    res = session.execute(
        update(Reminder)
        .where(Reminder.id.in_(ids), Reminder.claimed_by == worker, Reminder.status == "claimed")
        .values(lease_until=until)
        .execution_options(synchronize_session=False)
    )
    return res.rowcount or 0  # type: ignore[attr-defined]


def _settle(session: Session, rid: int, worker: str, **values: object) -> bool:
    res = session.execute(
        update(Reminder)
        .where(Reminder.id == rid, Reminder.claimed_by == worker, Reminder.status == "claimed")
        .values(claimed_by=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(res.rowcount)  # type: ignore[attr-defined]


def mark_sent(
    session: Session, c: Claimed, worker: str, now: datetime, next_due: datetime | None
) -> bool:
    """Record a delivery; a recurring reminder continues as a new pending row.

    The delivered occurrence keeps its own row (status sent) so its Done/Snooze
    buttons act on that occurrence only; the series lives on in the new row.
    """
    ok = _settle(
        session,
        c.id,
        worker,
        status="sent",
        sent_at=now,
        lease_until=None,
        recurrence=None,
        fail_reason=None,
        updated_at=now,
    )
    if ok and next_due is not None and c.recurrence:
        src = session.get(Reminder, c.id)
        assert src is not None
        session.add(
            Reminder(
                workspace_id=c.workspace_id,
                user_id=c.user_id,
                created_by_id=src.created_by_id,
                text=c.text,
                due_at=next_due,
                channel=c.channel,
                linked_type=c.linked_type,
                linked_id=c.linked_id,
                kind=c.kind,
                status="pending",
                recurrence=c.recurrence,
                attempts=0,
                created_at=now,
                updated_at=now,
            )
        )
    return ok


def mark_retry(
    session: Session, c: Claimed, worker: str, now: datetime, not_before: datetime, reason: str
) -> bool:
    """Give the row back with a retry-not-before time; due_at stays (lateness is shown)."""
    return _settle(
        session,
        c.id,
        worker,
        status="pending",
        attempts=c.attempts + 1,
        lease_until=not_before,
        fail_reason=reason[:500],
        updated_at=now,
    )


HELD = "held"  # the recipient left the workspace: kept, undelivered, until reassigned


def mark_held(session: Session, c: Claimed, worker: str, now: datetime, reason: str) -> bool:
    """A reminder of someone removed from the workspace: never DMed to them (their access
    ended), never dropped either; ``settings reassign`` hands it on as pending."""
    return _settle(
        session,
        c.id,
        worker,
        status=HELD,
        lease_until=None,
        fail_reason=reason[:500],
        updated_at=now,
    )


def mark_failed(session: Session, c: Claimed, worker: str, now: datetime, reason: str) -> bool:
    return _settle(
        session,
        c.id,
        worker,
        status="failed",
        attempts=c.attempts + 1,
        lease_until=None,
        fail_reason=reason[:500],
        updated_at=now,
    )


def mark_cancelled(session: Session, c: Claimed, worker: str, now: datetime, reason: str) -> bool:
    """An automatic nudge that no longer applies (deal paused, closed, do-not-contact)."""
    return _settle(
        session,
        c.id,
        worker,
        status="cancelled",
        lease_until=None,
        fail_reason=reason[:500],
        updated_at=now,
    )


def defer(session: Session, c: Claimed, worker: str, now: datetime, until: datetime) -> bool:
    """Move an automatic follow-up to the recipient's next working hours."""
    return _settle(
        session,
        c.id,
        worker,
        status="pending",
        due_at=until,
        lease_until=None,
        updated_at=now,
    )


def release(session: Session, ids: Sequence[int], worker: str, now: datetime) -> None:
    """Hand back rows claimed but not attempted (clean shutdown): no lease wait."""
    if not ids:
        return
    session.execute(
        update(Reminder)
        .where(Reminder.id.in_(list(ids)), Reminder.claimed_by == worker)
        .values(status="pending", claimed_by=None, lease_until=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def next_wake(session: Session) -> datetime | None:
    """The earliest moment any row may become due (for the precise wake-up).

    Two index range scans on (status, due_at); a retry-not-before or an expired
    lease moves a row's moment later, never earlier, so ``due_at`` and
    ``lease_until`` bound it from below.
    """
    ready = session.scalar(
        select(func.min(Reminder.due_at)).where(
            Reminder.status.in_(READY), Reminder.lease_until.is_(None)
        )
    )
    later = session.scalar(
        select(func.min(Reminder.lease_until)).where(
            Reminder.status.in_((*READY, "claimed")), Reminder.lease_until.is_not(None)
        )
    )
    candidates = [t for t in (ready, later) if t is not None]
    if not candidates:
        return None
    return min(candidates)


@dataclass(frozen=True)
class Recipient:
    """Whom a reminder is for, with what the renderer and the router need."""

    user_id: int
    display_name: str
    timezone: str
    workspace_tz: str
    identities: dict[str, str]  # platform -> platform user id
    active: bool = True  # False: removed from the workspace ('remove member'); access ended


def recipients(session: Session, user_ids: Iterable[int]) -> dict[int, Recipient]:
    """Users and their platform identities for a batch, in two queries."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(User, Workspace.timezone)
        .join(Workspace, Workspace.id == User.workspace_id)
        .where(User.id.in_(ids))
    ).all()
    idents: dict[int, dict[str, str]] = {}
    for ident in session.scalars(select(Identity).where(Identity.user_id.in_(ids))):
        idents.setdefault(ident.user_id, {}).setdefault(ident.platform, ident.platform_user_id)
    return {
        u.id: Recipient(
            user_id=u.id,
            display_name=u.display_name,
            timezone=u.timezone or ws_tz or "UTC",
            workspace_tz=ws_tz or "UTC",
            identities=idents.get(u.id, {}),
            active=bool(u.active),
        )
        for u, ws_tz in rows
    }
