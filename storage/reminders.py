"""Reminder rows: created, listed, completed, snoozed and cancelled from chat.

The loop that fires them (scheduler/) only reads and claims these rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Reminder, User
from storage.write_path import insert_row, new_row

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # as storage.recurrence reads them

OPEN_STATUSES = ("pending", "snoozed", "claimed")
RECURRENCES = ("daily", "weekly", "monthly", "yearly")

# Called with the due time of every new or moved reminder, so a running scheduler
# can wake earlier than its next planned sweep. Set by the scheduler, if any.
_wake_hooks: list[Callable[[datetime], None]] = []


def on_new_due(hook: Callable[[datetime], None]) -> None:
    _wake_hooks.append(hook)


def off_new_due(hook: Callable[[datetime], None]) -> None:
    """Unregister a hook (a stopped scheduler must not be woken)."""
    if hook in _wake_hooks:
        _wake_hooks.remove(hook)


def _notify(ctx: Ctx, due: datetime) -> None:
    hooks = list(_wake_hooks)
    if hooks:
        from sqlalchemy import event

        # Wake only after the row is committed, or the dispatcher would not see it.
        @event.listens_for(ctx.session, "after_commit", once=True)
        def _after(_session: object) -> None:
            for hook in hooks:
                hook(due)


def create(
    ctx: Ctx,
    text: str,
    due: datetime,
    *,
    for_user: User | None = None,
    channel: str | None = None,
    linked: tuple[str, int] | None = None,
    kind: str = "manual",
    recurrence: str | None = None,
    allow_past: bool = False,
) -> Reminder:
    text = " ".join(text.split())
    if not text:
        raise UserError("what should I remind you of? example: remind tomorrow 9am: call Maria")
    if due.tzinfo is None:
        raise ValueError("due must be aware")
    if due <= ctx.now and not allow_past:
        raise UserError("that time is in the past; give a time ahead, e.g. 'tomorrow 9am'")
    if recurrence is not None and recurrence.split(":")[0] not in RECURRENCES:
        raise UserError(f"'{recurrence}' is not a repeat; use one of: {', '.join(RECURRENCES)}")
    days = recurrence.partition(":")[2] if recurrence and recurrence.startswith("weekly") else ""
    if days and not set(days.upper().split(",")) <= set(_WEEKDAY_CODES):
        raise UserError(f"'{recurrence}' names an unknown weekday; e.g. repeat=weekly:MO,TH")
    r = new_row(
        Reminder,
        workspace_id=ctx.ws_id,
        user_id=(for_user or ctx.user).id,
        created_by_id=ctx.user_id,
        text=text,
        due_at=due,
        channel=channel,
        linked_type=linked[0] if linked else None,
        linked_id=linked[1] if linked else None,
        kind=kind,
        status="pending",
        recurrence=recurrence,
        attempts=0,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    insert_row(ctx.session, r)  # the id is shown to the user (#r12): INSERT … RETURNING
    record(ctx, "create", r, None)
    _notify(ctx, due)
    return r


def get(ctx: Ctx, rid: int) -> Reminder:
    r = ctx.session.scalar(
        select(Reminder).where(Reminder.workspace_id == ctx.ws_id, Reminder.id == rid)
    )
    if r is None:
        raise UserError(f"no reminder #{rid}; 'reminders' lists yours")
    if r.user_id != ctx.user_id and r.created_by_id != ctx.user_id and not ctx.is_manager:
        raise UserError(f"reminder #{rid} is not yours")
    return r


def list_open(
    ctx: Ctx,
    user: User | None = None,
    limit: int = 50,
    *,
    due_from: datetime | None = None,
    due_before: datetime | None = None,
) -> list[Reminder]:
    """A user's open reminders, soonest first; ``due_from``/``due_before`` (aware) narrow
    them to a window of days ("reminders tomorrow")."""
    user = user or ctx.user
    q = select(Reminder).where(
        Reminder.workspace_id == ctx.ws_id,
        Reminder.user_id == user.id,
        Reminder.status.in_(OPEN_STATUSES),
    )
    if due_from is not None:
        q = q.where(Reminder.due_at >= due_from)
    if due_before is not None:
        q = q.where(Reminder.due_at < due_before)
    return list(ctx.session.scalars(q.order_by(Reminder.due_at).limit(limit)))


def list_failed(ctx: Ctx, limit: int = 10) -> list[Reminder]:
    return list(
        ctx.session.scalars(
            select(Reminder)
            .where(
                Reminder.workspace_id == ctx.ws_id,
                Reminder.user_id == ctx.user_id,
                Reminder.status == "failed",
            )
            .order_by(Reminder.due_at.desc())
            .limit(limit)
        )
    )


def linked_open(ctx: Ctx, linked_type: str, linked_id: int) -> list[Reminder]:
    """Open reminders about a record, as a card shows them: the reader's own (for them or
    set by them); admins see everyone's. A reminder is private to the people it concerns."""
    q = select(Reminder).where(
        Reminder.workspace_id == ctx.ws_id,
        Reminder.linked_type == linked_type,
        Reminder.linked_id == linked_id,
        Reminder.status.in_(OPEN_STATUSES),
    )
    if not ctx.is_admin:
        q = q.where(or_(Reminder.user_id == ctx.user_id, Reminder.created_by_id == ctx.user_id))
    return list(ctx.session.scalars(q.order_by(Reminder.due_at).limit(10)))


def linked_open_any(
    ctx: Ctx, links: Mapping[str, Iterable[int]], limit: int = 10
) -> list[Reminder]:
    """Open reminders about any of these records ({"deal": ids, "contact": ids, …}), soonest
    first, in one query; the reader sees what :func:`linked_open` shows them."""
    wanted = [
        and_(Reminder.linked_type == kind, Reminder.linked_id.in_(set(ids)))
        for kind, ids in links.items()
        if ids
    ]
    if not wanted:
        return []
    q = select(Reminder).where(
        Reminder.workspace_id == ctx.ws_id,
        or_(*wanted),
        Reminder.status.in_(OPEN_STATUSES),
    )
    if not ctx.is_admin:
        q = q.where(or_(Reminder.user_id == ctx.user_id, Reminder.created_by_id == ctx.user_id))
    return list(ctx.session.scalars(q.order_by(Reminder.due_at, Reminder.id).limit(limit)))


def _change(ctx: Ctx, r: Reminder, **values: object) -> Reminder:
    before = snapshot(r)
    for k, v in values.items():
        setattr(r, k, v)
    r.updated_at = ctx.now
    record(ctx, "update", r, before)
    return r


def done(ctx: Ctx, r: Reminder) -> Reminder:
    """Mark a reminder done. A repeating one not yet sent ("Done #r2" in the list) is this
    occurrence done: the series moves on to its next time and stays pending (it was ended
    whole, and "✅ Done: weekly review" never said the weekly series was gone; 'reminders
    cancel' ends it). A delivered occurrence has a row of its own, the series another."""
    if r.status in ("done", "cancelled"):
        raise UserError(f"reminder #{r.id} is already {r.status}")
    if r.recurrence and r.status in ("pending", "snoozed", "failed", "held"):
        from storage.recurrence import next_occurrence

        owner = ctx.session.get(User, r.user_id)
        tz = (owner.timezone if owner is not None else None) or ctx.tz
        nxt = next_occurrence(r.due_at, r.recurrence, tz, max(ctx.now, r.due_at))
        _change(
            ctx, r, status="pending", due_at=nxt, claimed_by=None, lease_until=None,
            fail_reason=None,
        )  # fmt: skip
        _notify(ctx, nxt)
        return r
    return _change(ctx, r, status="done", claimed_by=None, lease_until=None)


def cancel(ctx: Ctx, r: Reminder) -> Reminder:
    if r.status in ("done", "cancelled"):
        raise UserError(f"reminder #{r.id} is already {r.status}")
    return _change(ctx, r, status="cancelled", claimed_by=None, lease_until=None)


def snooze(ctx: Ctx, r: Reminder, until: datetime) -> Reminder:
    if r.status in ("done", "cancelled"):
        raise UserError(f"reminder #{r.id} is already {r.status}")
    if until <= ctx.now:
        raise UserError("snooze to a time ahead, e.g. 'in 1 hour' or 'tomorrow 9am'")
    _change(
        ctx, r, status="snoozed", due_at=until, claimed_by=None, lease_until=None, fail_reason=None
    )
    _notify(ctx, until)
    return r


def move(ctx: Ctx, r: Reminder, due: datetime) -> Reminder:
    """Set an open reminder to another time, earlier or later ("actually make it monday").

    Unlike :func:`snooze` it may move a reminder earlier; like it, the time must be ahead.
    A reminder already sent or failed is set to go again at the new time."""
    if r.status in ("done", "cancelled"):
        raise UserError(f"reminder #{r.id} is already {r.status}")
    if due <= ctx.now:
        raise UserError("that time has passed; give a time ahead, e.g. 'tomorrow 9am'")
    status = "pending" if r.status in ("sent", "failed", "claimed") else r.status
    _change(ctx, r, status=status, due_at=due, claimed_by=None, lease_until=None, fail_reason=None)
    _notify(ctx, due)
    return r


def snooze_presets(now_local: datetime) -> dict[str, datetime]:
    """The three snooze buttons: +1 hour, tomorrow 09:00, next Monday 09:00 (local)."""
    tomorrow = (now_local + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    days = 7 - now_local.weekday()
    monday = (now_local + timedelta(days=days)).replace(hour=9, minute=0, second=0, microsecond=0)
    return {"1h": now_local + timedelta(hours=1), "tomorrow": tomorrow, "monday": monday}


def last_set_reminder(ctx: Ctx) -> Reminder | None:
    """The open reminder the user's last change set or moved (a reminder, a log's follow-up)
    while that change is still inside the undo window, else None: what "actually make it
    4pm" corrects (handlers/amend.py)."""
    from storage.models import AuditLog
    from storage.undo import last_batch

    batch = last_batch(ctx)
    if batch is None:
        return None
    rid = ctx.session.scalar(
        select(AuditLog.entity_id)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.batch == batch,
            AuditLog.entity_type == "reminders",
            AuditLog.action.in_(("create", "update")),  # set, or moved by a correction
        )
        .order_by(AuditLog.id.desc())
        .limit(1)
    )
    r = ctx.session.get(Reminder, rid) if rid is not None else None
    if r is None or r.workspace_id != ctx.ws_id or r.status not in OPEN_STATUSES:
        return None
    return r


def do_not_contact_ids(ctx: Ctx, rows: list[Reminder]) -> set[int]:
    """The ids of ``rows`` about a do-not-contact person (linked to them, or to a deal of
    theirs): two queries for the whole list, whatever its length."""
    from storage.models import Contact, Opportunity

    contact_of: dict[int, int] = {
        r.id: r.linked_id for r in rows if r.linked_type == "contact" and r.linked_id
    }
    deal_ids = {r.linked_id for r in rows if r.linked_type == "deal" and r.linked_id}
    if deal_ids:
        deal_contact = dict(
            ctx.session.execute(
                select(Opportunity.id, Opportunity.contact_id).where(
                    Opportunity.workspace_id == ctx.ws_id, Opportunity.id.in_(deal_ids)
                )
            ).tuples()
        )
        for r in rows:
            cid = deal_contact.get(r.linked_id or 0) if r.linked_type == "deal" else None
            if cid is not None:
                contact_of[r.id] = cid
    if not contact_of:
        return set()
    dnc = set(
        ctx.session.scalars(
            select(Contact.id).where(
                Contact.workspace_id == ctx.ws_id,
                Contact.id.in_(set(contact_of.values())),
                Contact.do_not_contact.is_(True),
            )
        )
    )
    return {rid for rid, cid in contact_of.items() if cid in dnc}
