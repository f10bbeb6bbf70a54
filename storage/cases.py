"""Support cases: opened, assigned, worked and solved from chat; scoped, audited, timed.

Visibility follows deals (:func:`storage.teams.scope_for`): a case is seen by whoever may
see the deals of its account's owner, by its assignee and opener (and their managers),
and a support agent sees every case of each account they are assigned a case of.

The SLA clock counts working hours (:mod:`storage.sla_clock`) in the workspace's zone; the
due times are stored on the case; targets and the warning/escalation reminders are in
:mod:`storage.case_sla`, the GDPR parts in :mod:`storage.case_privacy`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from storage.audit import record, snapshot
from storage.case_sla import (  # noqa: F401 (re-exported: the case API in one place)
    DEFAULT_SLA,
    RESPONSE_KINDS,
    SLA_KINDS,
    escalation_target,
    fmt_minutes,
    resolution_clock_paused,
    schedule_sla,
    set_sla,
    sla_obstacle,
    sla_targets,
)
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Account, Contact, Opportunity, User, Workspace
from storage.models_cases import (
    CASE_STATUSES,
    OPEN_CASE_STATUSES,
    STATUS_LABELS,
    Case,
    CaseEvent,
)
from storage.sla_clock import add_working_minutes, working_minutes_between
from storage.workspaces import find_user, settings

STATUS_WORDS = {
    "new": "new",
    "open": "open",
    "reopen": "open",
    "reopened": "open",
    "in progress": "open",
    "working": "open",
    "waiting": "waiting",
    "waiting on customer": "waiting",
    "pending": "waiting",
    "on hold": "waiting",
    "solved": "solved",
    "resolved": "solved",
    "fixed": "solved",
    "closed": "closed",
    "close": "closed",
}


# ---- visibility ---------------------------------------------------------------------------


def _visible(ctx: Ctx) -> Any:
    """The SQL condition for the cases this user may see (None: all of the workspace)."""
    owners = ctx.deal_owner_ids()
    if owners is None:
        return None
    ids = sorted(owners)
    conds = [
        Case.assignee_id.in_(ids),
        Case.created_by_id.in_(ids),
        Case.account_id.in_(
            select(Account.id).where(Account.workspace_id == ctx.ws_id, Account.owner_id.in_(ids))
        ),
    ]
    if ctx.user.role == "support":
        conds.append(
            Case.account_id.in_(
                select(Case.account_id).where(
                    Case.workspace_id == ctx.ws_id,
                    Case.assignee_id == ctx.user.id,
                    Case.account_id.is_not(None),
                )
            )
        )
    return or_(*conds)


def _base(ctx: Ctx) -> Any:
    q = select(Case).where(Case.workspace_id == ctx.ws_id, Case.deleted_at.is_(None))
    cond = _visible(ctx)
    return q if cond is None else q.where(cond)


_REF = re.compile(r"^(?:case\s+)?#?k?(\d{1,9})$", re.I)


def case_number(text: str) -> int | None:
    m = _REF.match(text.strip())
    return int(m.group(1)) if m else None


def get_case(ctx: Ctx, ref: str) -> Case:
    """The case ``#12`` names (``id=5``: by row id, as reminder buttons say), if visible."""
    ref = ref.strip()
    if ref.lower().startswith("id=") and ref[3:].isdigit():
        c = ctx.session.scalar(_base(ctx).where(Case.id == int(ref[3:])))
        if c is None:
            raise UserError("that case is gone or not yours to see")
        return c
    n = case_number(ref)
    if n is None:
        raise UserError(f"'{ref}' is not a case number; cases are written #12")
    c = ctx.session.scalar(_base(ctx).where(Case.number == n))
    if c is None:
        raise UserError(f"no case #{n} that you can see; 'cases' lists yours")
    return c


def find_by_source(ctx: Ctx, source: str) -> Case | None:
    """The case opened from a platform message (its replies become timeline entries)."""
    return ctx.session.scalar(_base(ctx).where(Case.source == source))


# ---- writes -------------------------------------------------------------------------------


def parse_priority(text: str) -> int:
    t = text.strip().lower()
    m = re.fullmatch(r"p?([1-4])", t)
    if m:
        return int(m.group(1))
    words = {"urgent": 1, "critical": 1, "high": 2, "normal": 3, "medium": 3, "low": 4}
    if t in words:
        return words[t]
    raise UserError(f"'{text}' is not a priority; use P1 (urgent) to P4 (low)")


def parse_status(text: str) -> str:
    t = " ".join(text.lower().replace("_", " ").split())
    if t in STATUS_WORDS:
        return STATUS_WORDS[t]
    raise UserError(
        f"'{text}' is not a case status; use one of: new, open, waiting (on customer), "
        "solved, closed"
    )


def find_member(ctx: Ctx, name: str) -> User:
    """An active member of the workspace by name ("@sam" works too)."""
    u = find_user(ctx.session, ctx.workspace, name.lstrip("@"))
    if u is None or not u.active:
        raise UserError(f"no user named '{name}' in this workspace")
    return u


def _next_number(ctx: Ctx) -> int:
    if ctx.session.get_bind().dialect.name == "postgresql":  # serialise numbering per workspace
        ctx.session.execute(select(Workspace.id).where(Workspace.id == ctx.ws_id).with_for_update())
    top = ctx.session.scalar(select(func.max(Case.number)).where(Case.workspace_id == ctx.ws_id))
    return (top or 0) + 1


def _event(ctx: Ctx, c: Case, kind: str, body: str = "", source: str | None = None,
           at: datetime | None = None) -> CaseEvent:  # fmt: skip
    e = CaseEvent(
        workspace_id=ctx.ws_id,
        case_id=c.id,
        at=at or ctx.now,
        user_id=ctx.user.id,
        kind=kind,
        body=body.strip(),
        source=source,
    )
    ctx.session.add(e)
    record(ctx, "create", e, None)
    return e


def open_case(
    ctx: Ctx,
    title: str,
    *,
    account: Account | None,
    contact: Contact | None = None,
    priority: int = 3,
    description: str = "",
    assignee: User | None = None,
    source: str | None = None,
) -> Case:
    title = " ".join(title.split())
    if not title:
        raise UserError("a case needs a title; example: case new Acme: can't export invoices p1")
    if len(title) > 200:
        description = (title + "\n" + description).strip()
        title = title[:197].rstrip() + "…"
    twin = find_by_source(ctx, source) if source else None
    if twin is not None:
        raise UserError(f"case #{twin.number} was already opened from that message")
    if contact is not None and account is None and contact.account_id is not None:
        account = ctx.session.get(Account, contact.account_id)
    c = Case(
        workspace_id=ctx.ws_id,
        number=_next_number(ctx),
        account_id=account.id if account else None,
        contact_id=contact.id if contact is not None else None,
        title=title,
        description=description.strip(),
        priority=priority,
        status="new",
        paused_minutes=0,
        assignee_id=(assignee or _default_assignee(ctx)).id,
        source=source,
        created_at=ctx.now,
        updated_at=ctx.now,
        created_by_id=ctx.user.id,
        updated_by_id=ctx.user.id,
    )
    ctx.session.add(c)
    ctx.session.flush()
    _set_due_times(ctx, c)
    record(ctx, "create", c, None)
    _event(ctx, c, "created", description or title, source)
    schedule_sla(ctx, c)
    return c


def _default_assignee(ctx: Ctx) -> User:
    """Whoever opens a case owns it until it is assigned: nobody's case is nobody's."""
    return ctx.user


def _set_due_times(ctx: Ctx, c: Case) -> None:
    targets = sla_targets(ctx.workspace)
    row = targets.get(str(c.priority)) or DEFAULT_SLA[str(c.priority)]
    wh = settings(ctx.workspace)["working_hours"]
    tz = ctx.workspace.timezone or "UTC"
    paused = float(c.paused_minutes or 0)
    c.response_due_at = add_working_minutes(c.created_at, float(row["response"]), wh, tz)
    c.resolution_due_at = add_working_minutes(
        c.created_at, float(row["resolution"]) + paused, wh, tz
    )


def _change(ctx: Ctx, c: Case, **values: Any) -> dict[str, Any]:
    before = snapshot(c)
    for k, v in values.items():
        setattr(c, k, v)
    c.updated_at = ctx.now
    c.updated_by_id = ctx.user.id
    record(ctx, "update", c, before)
    return before


def _responded(ctx: Ctx, c: Case, at: datetime | None = None) -> None:
    """The first answer by the team stops the first-response clock."""
    if c.first_response_at is None:
        c.first_response_at = at or ctx.now
        if c.status == "new":
            c.status = "open"


def assign(ctx: Ctx, c: Case, who: str) -> Case:
    user = find_member(ctx, who)
    if user.id == c.assignee_id:
        raise UserError(f"case #{c.number} is already assigned to {user.display_name}")
    _change(ctx, c, assignee_id=user.id)
    _event(ctx, c, "assign", f"assigned to {user.display_name}")
    schedule_sla(ctx, c)
    return c


def set_priority(ctx: Ctx, c: Case, priority: int) -> Case:
    if priority == c.priority:
        raise UserError(f"case #{c.number} is already P{priority}")
    old = c.priority
    _change(ctx, c, priority=priority)
    _set_due_times(ctx, c)
    _event(ctx, c, "priority", f"P{old} → P{priority}")
    schedule_sla(ctx, c)
    return c


def set_status(ctx: Ctx, c: Case, status: str, resolution: str | None = None) -> Case:
    if status not in CASE_STATUSES:
        raise UserError(f"'{status}' is not a case status")
    if status == c.status:
        raise UserError(f"case #{c.number} is already {STATUS_LABELS[status]}")
    if status == "solved" and not (resolution or c.resolution):
        raise UserError(
            f"say how it was solved: case solve #{c.number} exports fixed in release 4.2"
        )
    old = c.status
    _change(ctx, c, status=status)
    if status in ("open", "waiting", "solved", "closed"):
        _responded(ctx, c)
    if old == "waiting" and c.waiting_since is not None:  # the customer answered: resume
        wh = settings(ctx.workspace)["working_hours"]
        tz = ctx.workspace.timezone or "UTC"
        waited = working_minutes_between(c.waiting_since, ctx.now, wh, tz)
        c.paused_minutes = int((c.paused_minutes or 0) + round(waited))
        c.waiting_since = None
        _set_due_times(ctx, c)
    if status == "waiting":
        c.waiting_since = ctx.now
    if status == "solved":
        c.solved_at = ctx.now
        if resolution:
            c.resolution = resolution.strip()
    elif status == "closed":
        c.closed_at = ctx.now
        c.solved_at = c.solved_at or ctx.now
    else:  # reopened
        c.solved_at = None
        c.closed_at = None
    body = f"{STATUS_LABELS[old]} → {STATUS_LABELS[status]}"
    if status == "solved" and resolution:
        body += f": {resolution.strip()}"
    _event(ctx, c, "solve" if status == "solved" else "status", body)
    schedule_sla(ctx, c)
    return c


def add_note(ctx: Ctx, c: Case, text: str, *, source: str | None = None,
             kind: str = "note") -> CaseEvent:  # fmt: skip
    text = text.strip()
    if not text:
        raise UserError(f"what should the note say? example: case note #{c.number} called Maria")
    before = snapshot(c)
    first = c.first_response_at is None
    _responded(ctx, c)
    c.updated_at = ctx.now
    if first:
        record(ctx, "update", c, before)
    e = _event(ctx, c, kind, text, source)
    if first:
        schedule_sla(ctx, c)
    return e


def timeline(ctx: Ctx, c: Case, limit: int = 20) -> list[CaseEvent]:
    return list(
        ctx.session.scalars(
            select(CaseEvent)
            .where(CaseEvent.workspace_id == ctx.ws_id, CaseEvent.case_id == c.id)
            .order_by(CaseEvent.at.desc(), CaseEvent.id.desc())
            .limit(limit)
        )
    )[::-1]


# ---- queries ------------------------------------------------------------------------------


def breaching_key(c: Case, now: datetime) -> tuple[Any, ...]:
    """Sort key: breached first, then the nearest due time, then priority."""
    due = c.response_due_at if c.first_response_at is None else c.resolution_due_at
    due = min(x for x in (due, c.resolution_due_at) if x is not None) if due else None
    return (due is None, due or now, c.priority, c.number)


def is_breached(c: Case, now: datetime) -> str | None:
    if c.status not in OPEN_CASE_STATUSES:
        return None
    if c.first_response_at is None and c.response_due_at and c.response_due_at <= now:
        return "first response"
    if c.resolution_due_at and c.resolution_due_at <= now and not resolution_clock_paused(c):
        return "resolution"
    return None


def list_cases(
    ctx: Ctx,
    *,
    mine: bool = False,
    team: bool = False,
    account: Account | None = None,
    priority: int | None = None,
    status: str | None = "open",
    breaching: bool = False,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Case], int]:
    q = _base(ctx)
    if mine:
        q = q.where(Case.assignee_id == ctx.user.id)
    if team:
        from storage.teams import member_ids

        ids = member_ids(ctx.session, ctx.ws_id, [ctx.user.team_id]) if ctx.user.team_id else set()
        owners = ctx.deal_owner_ids()
        ids |= set(owners or ()) | {ctx.user.id}
        q = q.where(Case.assignee_id.in_(sorted(ids)))
    if account is not None:
        q = q.where(Case.account_id == account.id)
    if priority is not None:
        q = q.where(Case.priority == priority)
    if status == "open":
        q = q.where(Case.status.in_(OPEN_CASE_STATUSES))
    elif status is not None:
        q = q.where(Case.status == status)
    rows = list(ctx.session.scalars(q.order_by(Case.priority, Case.number)))
    if breaching:
        rows.sort(key=lambda c: breaching_key(c, ctx.now))
    return rows[offset : offset + limit], len(rows)


def open_cases_of_account(ctx: Ctx, account_id: int, limit: int = 10) -> list[Case]:
    """Open cases of an account the reader may see, most urgent first."""
    q = _base(ctx).where(Case.account_id == account_id, Case.status.in_(OPEN_CASE_STATUSES))
    rows = list(ctx.session.scalars(q.order_by(Case.priority, Case.created_at).limit(limit)))
    return rows


def open_p1_by_account(session: Session, ws_id: int, account_ids: list[int]) -> dict[int, Case]:
    """The oldest open P1 case of each account (renewal at risk), without visibility:
    the risk is said to whoever owns the deal, without the case's details."""
    ids = sorted({a for a in account_ids if a is not None})
    if not ids:
        return {}
    out: dict[int, Case] = {}
    rows = session.scalars(
        select(Case)
        .where(
            Case.workspace_id == ws_id,
            Case.account_id.in_(ids),
            Case.priority == 1,
            Case.status.in_(OPEN_CASE_STATUSES),
            Case.deleted_at.is_(None),
        )
        .order_by(Case.created_at)
    )
    for c in rows:
        out.setdefault(c.account_id, c)  # type: ignore[arg-type]
    return out


@dataclass(frozen=True)
class PeriodCounts:
    opened: int
    solved: int
    breached: int


def counts_between(session: Session, ws_id: int, start: datetime, end: datetime,
                   assignee_ids: frozenset[int] | None = None) -> PeriodCounts:  # fmt: skip
    """Cases opened, solved, and whose SLA target fell due unmet, in [start, end)."""
    base = [Case.workspace_id == ws_id, Case.deleted_at.is_(None)]
    if assignee_ids is not None:
        base.append(Case.assignee_id.in_(sorted(assignee_ids)))

    def count(*conds: Any) -> int:
        return session.scalar(select(func.count()).select_from(Case).where(*base, *conds)) or 0

    opened = count(Case.created_at >= start, Case.created_at < end)
    solved = count(Case.solved_at >= start, Case.solved_at < end)
    late_response = and_(
        Case.response_due_at >= start,
        Case.response_due_at < end,
        or_(Case.first_response_at.is_(None), Case.first_response_at > Case.response_due_at),
    )
    late_resolution = and_(
        Case.resolution_due_at >= start,
        Case.resolution_due_at < end,
        or_(Case.solved_at.is_(None), Case.solved_at > Case.resolution_due_at),
        or_(Case.solved_at.is_not(None), Case.status.in_(OPEN_CASE_STATUSES)),
        or_(  # a wait that began before the due time stopped the clock
            Case.status != "waiting",
            Case.waiting_since.is_(None),
            Case.waiting_since >= Case.resolution_due_at,
        ),
    )
    breached = count(or_(late_response, late_resolution))
    return PeriodCounts(opened, solved, breached)


def cases_created_between(ctx: Ctx, start: datetime, end: datetime) -> list[Case]:
    q = _base(ctx).where(Case.created_at >= start, Case.created_at < end)
    return list(ctx.session.scalars(q.order_by(Case.number)))


def events_of(ctx: Ctx, case_ids: list[int]) -> list[CaseEvent]:
    if not case_ids:
        return []
    return list(
        ctx.session.scalars(
            select(CaseEvent)
            .where(CaseEvent.workspace_id == ctx.ws_id, CaseEvent.case_id.in_(case_ids))
            .order_by(CaseEvent.id)
        )
    )


def fields_of(fields: Mapping[str, str]) -> dict[str, str]:
    """Known `key=value` options of case commands; an unknown one is refused, not dropped."""
    allowed = {"contact", "account", "assignee", "assign", "priority", "p", "from", "source",
               "description", "desc"}  # fmt: skip
    unknown = [k for k in fields if k not in allowed]
    if unknown:
        raise UserError(
            f"unknown case option '{unknown[0]}='; options: contact=, account=, assignee=, "
            "priority=, from=, description="
        )
    return dict(fields)


def open_p1_for_deals(session: Session, ws_id: int, deal_ids: list[int]) -> dict[int, Case]:
    """For each deal whose account has an open P1 case: that case (renewal at risk)."""
    from storage.models import Opportunity

    ids = sorted(set(deal_ids))
    if not ids:
        return {}
    accounts = dict(
        session.execute(
            select(Opportunity.id, Opportunity.account_id).where(
                Opportunity.workspace_id == ws_id,
                Opportunity.id.in_(ids),
                Opportunity.account_id.is_not(None),
            )
        ).all()
    )
    p1 = open_p1_by_account(session, ws_id, [a for a in accounts.values() if a is not None])
    return {d: p1[a] for d, a in accounts.items() if a in p1}


def source_exists(sessions: Any, ws_id: int, source: str) -> bool:
    """Whether a case was opened from this platform message (a cheap check the Slack
    adapter makes before treating a thread reply as a timeline entry)."""
    with sessions() as s:
        return (
            s.scalar(
                select(Case.id)
                .where(Case.workspace_id == ws_id, Case.source == source, Case.deleted_at.is_(None))
                .limit(1)
            )
            is not None
        )


def open_deals_at_risk(ctx: Ctx, owner_ids: frozenset[int] | None) -> dict[int, Case]:
    """Open deals (of ``owner_ids``; None: everyone's) whose account has an open P1 case."""
    q = select(Opportunity.id).where(
        Opportunity.workspace_id == ctx.ws_id,
        Opportunity.status == "open",
        Opportunity.deleted_at.is_(None),
    )
    if owner_ids is not None:
        q = q.where(Opportunity.owner_id.in_(sorted(owner_ids)))
    return open_p1_for_deals(ctx.session, ctx.ws_id, list(ctx.session.scalars(q)))


def deals_by_id(ctx: Ctx, ids: list[int]) -> dict[int, Opportunity]:
    """The workspace's deals with these ids, by id."""
    rows = ctx.session.scalars(
        select(Opportunity).where(Opportunity.workspace_id == ctx.ws_id, Opportunity.id.in_(ids))
    )
    return {d.id: d for d in rows}
