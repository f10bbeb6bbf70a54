"""`cases report`: first-response and resolution times (median, 90th percentile) in
working hours, and SLA breaches, per assignee, account or priority.

Times are counted with the same working-hours clock as the SLA targets
(:mod:`storage.sla_clock`), so a case opened on Friday evening and answered on Monday at
08:30 took 30 minutes, not 62 hours. The 90th percentile is the nearest-rank one (a
value that occurred), which stays honest on the small groups a support team has.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from datetime import datetime

from storage.cases import cases_created_between, resolution_clock_paused
from storage.context import Ctx
from storage.models import User
from storage.models_cases import OPEN_CASE_STATUSES, Case
from storage.sla_clock import working_minutes_between
from storage.workspaces import settings

GROUPS = ("assignee", "account", "priority")


@dataclass
class CaseRow:
    key: str
    opened: int = 0
    solved: int = 0
    open_now: int = 0
    response_minutes: list[float] = field(default_factory=list)
    resolution_minutes: list[float] = field(default_factory=list)
    response_breaches: int = 0
    resolution_breaches: int = 0

    @property
    def breaches(self) -> int:
        return self.response_breaches + self.resolution_breaches


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def p90(values: list[float]) -> float | None:
    """Nearest-rank 90th percentile: the smallest value with 90% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def _key(ctx: Ctx, c: Case, by: str, names: dict[int, str]) -> str:
    if by == "priority":
        return f"P{c.priority}"
    if by == "account":
        return c.account.name if c.account else "(no account)"
    if c.assignee_id is None:
        return "(unassigned)"
    if c.assignee_id not in names:
        u = ctx.session.get(User, c.assignee_id)
        names[c.assignee_id] = u.display_name if u else "-"
    return names[c.assignee_id]


def _late(done: datetime | None, due: datetime | None, now: datetime) -> bool:
    return due is not None and due <= now and (done is None or done > due)


def case_report(ctx: Ctx, start: datetime, end: datetime, by: str) -> tuple[list[CaseRow], CaseRow]:
    """Rows per group and the total, over the cases opened in [start, end) the reader sees."""
    if by not in GROUPS:
        raise ValueError(by)
    wh = settings(ctx.workspace)["working_hours"]
    tz = ctx.workspace.timezone or "UTC"
    rows: dict[str, CaseRow] = {}
    total = CaseRow("total")
    names: dict[int, str] = {}
    for c in cases_created_between(ctx, start, end):
        row = rows.setdefault(_key(ctx, c, by, names), CaseRow(_key(ctx, c, by, names)))
        for r in (row, total):
            r.opened += 1
            if c.solved_at is not None:
                r.solved += 1
                r.resolution_minutes.append(
                    working_minutes_between(c.created_at, c.solved_at, wh, tz)
                )
            r.open_now += int(c.status in OPEN_CASE_STATUSES)
            if c.first_response_at is not None:
                r.response_minutes.append(
                    working_minutes_between(c.created_at, c.first_response_at, wh, tz)
                )
            r.response_breaches += _late(c.first_response_at, c.response_due_at, ctx.now)
            if not resolution_clock_paused(c):
                r.resolution_breaches += _late(c.solved_at, c.resolution_due_at, ctx.now)
    ordered = sorted(rows.values(), key=lambda r: (-r.opened, r.key))
    if by == "priority":
        ordered = sorted(rows.values(), key=lambda r: r.key)
    return ordered, total
