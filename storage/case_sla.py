"""SLA targets and the SLA reminders of support cases.

Targets (working minutes per priority, and when the assignee is warned) live in the
workspace settings under ``case_sla``; admins set them with `settings sla`. The warnings
and escalations are ordinary reminder rows (kinds in :data:`SLA_KINDS`, linked to the
case), so the reminder loop's claim machinery delivers each exactly once across processes;
:func:`sla_obstacle` is what the loop asks right before sending.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Reminder, User, Workspace
from storage.models_cases import OPEN_CASE_STATUSES, STATUS_LABELS, Case
from storage.sla_clock import add_working_minutes
from storage.workspaces import settings

# SLA targets in working minutes per priority, and when the assignee is warned (the share
# of the target elapsed). Admins change them with `settings sla`.
DEFAULT_SLA: dict[str, Any] = {
    "1": {"response": 60, "resolution": 8 * 60},
    "2": {"response": 4 * 60, "resolution": 3 * 8 * 60},
    "3": {"response": 8 * 60, "resolution": 5 * 8 * 60},
    "4": {"response": 2 * 8 * 60, "resolution": 10 * 8 * 60},
    "warn_percent": 75,
}
SLA_KINDS = (
    "case_response_warn",
    "case_response_breach",
    "case_resolution_warn",
    "case_resolution_breach",
)
RESPONSE_KINDS = SLA_KINDS[:2]


# ---- settings -----------------------------------------------------------------------------


def sla_targets(ws: Workspace) -> dict[str, Any]:
    """The workspace's SLA targets merged over the defaults."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in DEFAULT_SLA.items()}
    for key, value in ((ws.settings or {}).get("case_sla") or {}).items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key].update(value)
        else:
            out[key] = value
    return out


_DURATION = re.compile(r"^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$", re.I)


def parse_working_duration(text: str) -> int:
    """'1h', '4h', '3d' (working days of the workspace's length), '90m', '1h30m' -> minutes."""
    t = text.strip().lower().replace(" ", "")
    if t.isdigit():
        raise UserError(f"'{text}' needs a unit: 30m, 4h or 2d (working days)")
    m = _DURATION.match(t)
    if not t or m is None or not any(m.groups()):
        raise UserError(f"'{text}' is not a duration; examples: 30m, 4h, 1h30m, 3d")
    d, h, mi = (int(g) if g else 0 for g in m.groups())
    total = d * 8 * 60 + h * 60 + mi  # a day is 8 working hours unless the hours say otherwise
    if total <= 0 or total > 365 * 8 * 60:
        raise UserError("an SLA target is between 1 minute and a year of working days")
    return total


def day_minutes(ws: Workspace) -> int:
    wh = settings(ws)["working_hours"]
    sh, _, sm = wh.get("start", "08:00").partition(":")
    eh, _, em = wh.get("end", "19:00").partition(":")
    return max(60, (int(eh) * 60 + int(em or 0)) - (int(sh) * 60 + int(sm or 0)))


def set_sla(ctx: Ctx, priority: int | None, response: str | None, resolution: str | None,
            warn: str | None) -> dict[str, Any]:  # fmt: skip
    ws = ctx.workspace
    current = dict((ws.settings or {}).get("case_sla") or {})
    before = {"case_sla": dict(current)}
    per_day = day_minutes(ws)

    def minutes(text: str) -> int:
        mins = parse_working_duration(text)
        m = _DURATION.match(text.strip().lower().replace(" ", ""))
        days = int(m.group(1)) if m and m.group(1) else 0
        return mins - days * 8 * 60 + days * per_day  # "3d" = three of *this* workspace's days

    if priority is not None:
        row = dict(current.get(str(priority)) or {})
        if response:
            row["response"] = minutes(response)
        if resolution:
            row["resolution"] = minutes(resolution)
        current[str(priority)] = row
    if warn:
        value = warn.strip().rstrip("%")
        if not value.isdigit() or not 1 <= int(value) <= 99:
            raise UserError("warn= is a percentage of the target, 1 to 99; e.g. warn=75")
        current["warn_percent"] = int(value)
    ws.settings = {**(ws.settings or {}), "case_sla": current}
    record(ctx, "update", ws, before, {"case_sla": current})
    return sla_targets(ws)


def fmt_minutes(minutes: float) -> str:
    m = round(minutes)
    h, m = divmod(m, 60)
    if h and m:
        return f"{h}h{m:02d}"
    return f"{h}h" if h else f"{m}m"


# ---- SLA reminders ------------------------------------------------------------------------


def escalation_target(session: Session, ws_id: int, user_id: int | None) -> User | None:
    """The assignee's manager (their team's manager, else a manager in their team), else
    the workspace's first admin: a breach always reaches someone who can act."""
    from storage.models import Team
    from storage.teams import managers_of

    user = session.get(User, user_id) if user_id is not None else None
    if user is not None and user.team_id is not None:
        team = session.get(Team, user.team_id)
        if team is not None and team.manager_id and team.manager_id != user.id:
            boss = session.get(User, team.manager_id)
            if boss is not None and boss.active:
                return boss
        for m in managers_of(session, user):
            if m.active:
                return m
    return session.scalar(
        select(User)
        .where(User.workspace_id == ws_id, User.role == "admin", User.active.is_(True))
        .order_by(User.id)
        .limit(1)
    )


def schedule_sla(ctx: Ctx, c: Case) -> None:
    """(Re)plan the case's SLA reminders: one warning and one escalation per clock.

    Pending ones are replaced (a new assignee or priority moves them); a warning or an
    escalation already delivered is never queued again, so each goes out once.
    """
    rows = list(
        ctx.session.scalars(
            select(Reminder).where(
                Reminder.workspace_id == ctx.ws_id,
                Reminder.linked_type == "case",
                Reminder.linked_id == c.id,
                Reminder.kind.in_(SLA_KINDS),
            )
        )
    )
    delivered = {r.kind for r in rows if r.status in ("sent", "done", "failed", "claimed")}
    for r in rows:
        if r.status in ("pending", "snoozed"):
            before = snapshot(r)
            r.status = "cancelled"
            r.fail_reason = "replanned"
            record(ctx, "update", r, before)
    if c.status not in OPEN_CASE_STATUSES:
        return
    warn = int(sla_targets(ctx.workspace).get("warn_percent") or 75)
    wh = settings(ctx.workspace)["working_hours"]
    tz = ctx.workspace.timezone or "UTC"
    targets = sla_targets(ctx.workspace).get(str(c.priority)) or DEFAULT_SLA[str(c.priority)]
    boss = escalation_target(ctx.session, ctx.ws_id, c.assignee_id)
    who = c.assignee_id or c.created_by_id or ctx.user.id
    label = f"#{c.number} {c.title}" + (f" ({c.account.name})" if c.account else "")
    clocks = []
    if c.first_response_at is None:
        clocks.append(("response", "first response", float(targets["response"]), c.response_due_at))
    if c.status != "waiting":  # waiting on the customer stops the resolution clock
        clocks.append(
            ("resolution", "resolution", float(targets["resolution"]), c.resolution_due_at)
        )
    from storage import reminders as rem

    for key, words, minutes, due in clocks:
        if due is None:
            continue
        paused = float(c.paused_minutes or 0) if key == "resolution" else 0.0
        warn_at = add_working_minutes(c.created_at, minutes * warn / 100 + paused, wh, tz)
        if f"case_{key}_warn" not in delivered and warn_at < due:
            rem.create(
                ctx,
                f"P{c.priority} case {label}: the {words} target ends "
                f"{_local(due, tz)} ({fmt_minutes(minutes)} working time).",
                warn_at,
                for_user=ctx.session.get(User, who),
                linked=("case", c.id),
                kind=f"case_{key}_warn",
                allow_past=True,
            )
        if f"case_{key}_breach" not in delivered and boss is not None:
            assignee = ctx.session.get(User, who)
            rem.create(
                ctx,
                f"P{c.priority} case {label} breached its {words} target "
                f"({fmt_minutes(minutes)} working time, due {_local(due, tz)}); assigned to "
                f"{assignee.display_name if assignee else '-'}.",
                due,
                for_user=boss,
                linked=("case", c.id),
                kind=f"case_{key}_breach",
                allow_past=True,
            )


def _local(when: datetime, tz: str) -> str:
    from zoneinfo import ZoneInfo

    lt = when.astimezone(ZoneInfo(tz))
    return f"{lt:%a} {lt.day} {lt:%b %H:%M}"


def sla_obstacle(session: Session, kind: str, case_id: int | None) -> str | None:
    """Why an SLA warning/escalation no longer applies (checked right before sending)."""
    c = session.get(Case, case_id) if case_id else None
    if c is None or c.deleted_at is not None:
        return "the case was deleted"
    if c.status not in OPEN_CASE_STATUSES:
        return f"case #{c.number} is {STATUS_LABELS[c.status]}"
    if kind in RESPONSE_KINDS and c.first_response_at is not None:
        return f"case #{c.number} was answered"
    if kind not in RESPONSE_KINDS and c.status == "waiting":
        return f"case #{c.number} waits on the customer (its resolution clock is stopped)"
    return None


def resolution_clock_paused(c: Case) -> bool:
    """Waiting on the customer, with the resolution target not yet missed when it began."""
    return (
        c.status == "waiting"
        and c.waiting_since is not None
        and (c.resolution_due_at is None or c.waiting_since < c.resolution_due_at)
    )
