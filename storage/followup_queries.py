"""Queries behind automatic follow-ups and digests (the scheduler never writes SQL itself).

Candidates are found with index range scans on the denormalised "last touched"
columns; deduplication ("one open nudge per deal", cooldowns, one digest per
slot) is answered from the reminders table itself, so it survives restarts and is
shared by every scheduler process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.models import OPEN_STAGES, Contact, Opportunity, Reminder, User, Workspace
from storage.reminder_queue import DEAL_NUDGES

OPEN = ("pending", "snoozed", "claimed")
USER_KINDS = ("manual", "follow-up")  # reminders people asked for (the rest are nudges)


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    owner_id: int
    stage: str
    touched: datetime
    close_date: date | None
    closed_at: datetime | None
    contact_name: str | None


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    owner_id: int
    birthday: date | None
    keep_in_touch_weeks: int | None
    touched: datetime


def workspaces(session: Session) -> list[Workspace]:
    return list(session.scalars(select(Workspace).order_by(Workspace.id)))


def active_users(session: Session, ws_id: int) -> list[User]:
    return list(
        session.scalars(
            select(User).where(User.workspace_id == ws_id, User.active.is_(True)).order_by(User.id)
        )
    )


def _deal_query(ws_id: int, today: date) -> object:
    dnc = aliased(Contact)
    return (
        select(
            Opportunity.id,
            Opportunity.title,
            Opportunity.owner_id,
            Opportunity.stage,
            func.coalesce(Opportunity.last_activity_at, Opportunity.stage_entered_at),
            Opportunity.close_date,
            Opportunity.closed_at,
            dnc.name,
        )
        .join(User, User.id == Opportunity.owner_id)
        .outerjoin(dnc, dnc.id == Opportunity.contact_id)
        .where(
            Opportunity.workspace_id == ws_id,
            Opportunity.deleted_at.is_(None),
            User.active.is_(True),
            or_(Opportunity.paused_until.is_(None), Opportunity.paused_until < today),
            or_(dnc.id.is_(None), dnc.do_not_contact.is_(False)),
        )
    )


def _deal_rows(session: Session, q: object) -> list[DealRow]:
    from storage.types import UTCDateTime

    fix = UTCDateTime().process_result_value
    dialect = session.get_bind().dialect
    out = []
    for row in session.execute(q):  # type: ignore[call-overload]
        touched = row[4]
        if isinstance(touched, str):  # SQLite returns coalesce() of datetimes as text
            touched = datetime.fromisoformat(touched)
        when = fix(touched, dialect)
        assert when is not None  # coalesce(..., stage_entered_at), a NOT NULL column
        out.append(DealRow(row[0], row[1], row[2], row[3], when, row[5], row[6], row[7]))
    return out


def stale_deals(session: Session, ws_id: int, today: date, cutoff: datetime) -> list[DealRow]:
    """Open, unpaused deals untouched since before ``cutoff`` (caller applies per-stage days)."""
    q = _deal_query(ws_id, today).where(  # type: ignore[attr-defined]
        Opportunity.status == "open",
        Opportunity.stage.in_(OPEN_STAGES),
        func.coalesce(Opportunity.last_activity_at, Opportunity.stage_entered_at) < cutoff,
    )
    return _deal_rows(session, q)


def overdue_deals(session: Session, ws_id: int, today: date) -> list[DealRow]:
    q = _deal_query(ws_id, today).where(  # type: ignore[attr-defined]
        Opportunity.status == "open", Opportunity.close_date < today
    )
    return _deal_rows(session, q)


def won_deals_closed_before(session: Session, ws_id: int, before: datetime) -> list[DealRow]:
    """Won deals closed before ``before`` (the caller matches the anniversary day)."""
    q = _deal_query(ws_id, date.min).where(  # type: ignore[attr-defined]
        Opportunity.status == "won",
        Opportunity.closed_at.is_not(None),
        Opportunity.closed_at < before,
    )
    return _deal_rows(session, q)


def _contact_query(ws_id: int) -> object:
    return (
        select(Contact)
        .join(User, User.id == Contact.owner_id)
        .where(
            Contact.workspace_id == ws_id,
            Contact.deleted_at.is_(None),
            Contact.do_not_contact.is_(False),
            User.active.is_(True),
        )
    )


def _contact_rows(session: Session, q: object) -> list[ContactRow]:
    return [
        ContactRow(
            c.id,
            c.name,
            c.owner_id,
            c.birthday,
            c.keep_in_touch_weeks,
            c.last_activity_at or c.created_at,
        )
        for c in session.scalars(q)  # type: ignore[call-overload]
        if c.owner_id is not None
    ]


def birthdays_on(session: Session, ws_id: int, month_days: Iterable[str]) -> list[ContactRow]:
    """Contacts (not do-not-contact) whose birthday falls on one of the "MM-DD" keys."""
    q = _contact_query(ws_id).where(Contact.birthday_md.in_(list(month_days)))  # type: ignore[attr-defined]
    return _contact_rows(session, q)


def keep_in_touch_lapsed(session: Session, ws_id: int, now: datetime) -> list[ContactRow]:
    """Contacts with a keep-in-touch rhythm whose last touch is older than that rhythm."""
    q = _contact_query(ws_id).where(  # type: ignore[attr-defined]
        Contact.keep_in_touch_weeks.is_not(None),
        func.coalesce(Contact.last_activity_at, Contact.created_at) < now - timedelta(weeks=1),
    )
    return [
        r
        for r in _contact_rows(session, q)
        if r.keep_in_touch_weeks and r.touched < now - timedelta(weeks=r.keep_in_touch_weeks)
    ]


# ---- deduplication --------------------------------------------------------------------------


def linked_with_open_nudge(session: Session, ws_id: int, linked_type: str) -> set[int]:
    """Records that already have an open automatic nudge (one at a time per record)."""
    kinds = DEAL_NUDGES if linked_type == "deal" else ("birthday", "keep_in_touch")
    return set(
        session.scalars(
            select(Reminder.linked_id).where(
                Reminder.workspace_id == ws_id,
                Reminder.linked_type == linked_type,
                Reminder.kind.in_(kinds),
                Reminder.status.in_(OPEN),
            )
        )
    )


def recently_nudged(
    session: Session, ws_id: int, linked_type: str, kind: str, since: datetime
) -> set[int]:
    """Records nudged (or whose nudge was snoozed/done) since ``since``: the cooldown."""
    return set(
        session.scalars(
            select(Reminder.linked_id).where(
                Reminder.workspace_id == ws_id,
                Reminder.linked_type == linked_type,
                Reminder.kind == kind,
                or_(Reminder.created_at >= since, Reminder.updated_at >= since),
            )
        )
    )


def digest_exists(session: Session, ws_id: int, user_id: int, kind: str, due: datetime) -> bool:
    return (
        session.scalar(
            select(Reminder.id)
            .where(
                Reminder.workspace_id == ws_id,
                Reminder.user_id == user_id,
                Reminder.kind == kind,
                Reminder.due_at == due,
            )
            .limit(1)
        )
        is not None
    )


def add_followup(
    session: Session,
    ws_id: int,
    user_id: int,
    kind: str,
    text: str,
    due: datetime,
    now: datetime,
    linked: tuple[str, int] | None = None,
    channel: str | None = None,
) -> Reminder:
    """A system-created reminder row (no human author, so no audit entry)."""
    r = Reminder(
        workspace_id=ws_id,
        user_id=user_id,
        created_by_id=None,
        text=text,
        due_at=due,
        channel=channel,
        linked_type=linked[0] if linked else None,
        linked_id=linked[1] if linked else None,
        kind=kind,
        status="pending",
        attempts=0,
        created_at=now,
        updated_at=now,
    )
    session.add(r)
    return r


def obstacle(
    session: Session, kind: str, linked_type: str | None, linked_id: int | None, today: date
) -> str | None:
    """Why an automatic follow-up must not go out any more, or None if it still applies.

    Checked right before sending, so pausing a deal or marking a contact
    do-not-contact silences nudges already queued.
    """
    if linked_type == "deal" and linked_id:
        d = session.get(Opportunity, linked_id)
        if d is None or d.deleted_at is not None:
            return "the deal was deleted"
        if kind in DEAL_NUDGES and d.status != "open":
            return f"the deal is {d.status}"
        if kind in DEAL_NUDGES and d.paused_until is not None and d.paused_until >= today:
            return f"the deal is paused until {d.paused_until.isoformat()}"
        if d.contact_id is not None:
            c = session.get(Contact, d.contact_id)
            if c is not None and c.do_not_contact:
                return f"{c.name} is do-not-contact"
    if linked_type == "case":
        from storage.case_sla import sla_obstacle

        return sla_obstacle(session, kind, linked_id)
    if linked_type == "contact" and linked_id:
        c = session.get(Contact, linked_id)
        if c is None:
            return "the contact was deleted"
        # Someone's own reminder outlives a colleague deleting the contact (only the
        # deleter's reminders are cancelled); automatic nudges about them stop.
        if c.deleted_at is not None and kind not in USER_KINDS:
            return "the contact was deleted"
        if c.do_not_contact:
            return f"{c.name} is do-not-contact"
    return None


def do_not_contact_name(
    session: Session, linked_type: str | None, linked_id: int | None
) -> str | None:
    """The do-not-contact person a reminder is about (directly or through its deal), or None.

    A reminder a rep set by hand is theirs and is delivered (dropping it would lose what they
    typed), but do-not-contact is honoured: the message says so, so nobody reaches out.
    """
    if not linked_id or linked_type not in ("contact", "deal"):
        return None
    contact_id: int | None = linked_id
    if linked_type == "deal":
        d = session.get(Opportunity, linked_id)
        contact_id = d.contact_id if d is not None else None
    c = session.get(Contact, contact_id) if contact_id else None
    return c.name if c is not None and c.do_not_contact and c.deleted_at is None else None


def do_not_contact_of_deals(session: Session, ws_id: int, deal_ids: list[int]) -> dict[int, str]:
    """The do-not-contact person of each of ``deal_ids`` that has one: {deal id: name}."""
    if not deal_ids:
        return {}
    rows = session.execute(
        select(Opportunity.id, Contact.name)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .where(
            Opportunity.workspace_id == ws_id,
            Opportunity.id.in_(sorted(set(deal_ids))),
            Contact.do_not_contact.is_(True),
            Contact.deleted_at.is_(None),
        )
    ).all()
    return {int(i): str(name) for i, name in rows}


def open_deals_without_next_step(session: Session, ws_id: int, owner_id: int) -> list[Opportunity]:
    return list(
        session.scalars(
            select(Opportunity)
            .where(
                Opportunity.workspace_id == ws_id,
                Opportunity.owner_id == owner_id,
                Opportunity.status == "open",
                Opportunity.deleted_at.is_(None),
                or_(Opportunity.next_step.is_(None), Opportunity.next_step == ""),
            )
            .order_by(Opportunity.close_date.is_(None), Opportunity.close_date, Opportunity.id)
            .limit(10)
        )
    )


def reminders_between(
    session: Session, ws_id: int, user_id: int, start: datetime, end: datetime
) -> list[Reminder]:
    """A user's open reminders due in [start, end) (today's list in the digest)."""
    return list(
        session.scalars(
            select(Reminder)
            .where(
                Reminder.workspace_id == ws_id,
                Reminder.user_id == user_id,
                Reminder.status.in_(OPEN),
                Reminder.kind.not_in(("daily_digest", "weekly_digest")),
                and_(Reminder.due_at >= start, Reminder.due_at < end),
            )
            .order_by(Reminder.due_at)
            .limit(20)
        )
    )


def overdue_reminders(
    session: Session, ws_id: int, user_id: int, before: datetime
) -> list[Reminder]:
    """Delivered but not marked done, or failed, before ``before``: things left hanging."""
    return list(
        session.scalars(
            select(Reminder)
            .where(
                Reminder.workspace_id == ws_id,
                Reminder.user_id == user_id,
                Reminder.status.in_(("sent", "failed")),
                Reminder.kind.not_in(("daily_digest", "weekly_digest")),
                Reminder.due_at < before,
                Reminder.due_at >= before - timedelta(days=14),
            )
            .order_by(Reminder.due_at.desc())
            .limit(10)
        )
    )


def managers(session: Session, ws_id: int) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .where(
                User.workspace_id == ws_id,
                User.active.is_(True),
                User.role.in_(("manager", "admin")),
            )
            .order_by(User.id)
        )
    )


def set_paused(ctx: Ctx, deal: Opportunity, until: date | None) -> Opportunity:
    """Pause (or resume, with None) automatic nudges about a deal; audited like any edit."""
    before = snapshot(deal)
    deal.paused_until = until
    deal.updated_by_id = ctx.user.id
    deal.updated_at = ctx.now
    record(ctx, "update", deal, before)
    return deal
