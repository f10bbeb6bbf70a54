"""`cases report [PERIOD] [by assignee|account|priority]`: the text and the chart."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from matplotlib.figure import Figure

from handlers.args import parse_args
from handlers.charts import WIDTH_IN, _png
from handlers.registry import Call, command
from handlers.types import Reply
from storage.case_reports import GROUPS, CaseRow, case_report, median, p90
from storage.cases import fmt_minutes
from storage.crm import as_local_date
from storage.errors import UserError
from storage.reports import parse_period
from storage.validate import boolean


def _t(minutes: float | None) -> str:
    return "-" if minutes is None else fmt_minutes(minutes)


def row_line(r: CaseRow) -> str:
    return (
        f"{r.key}: {r.opened} opened · {r.solved} solved · {r.open_now} open · "
        f"first response median {_t(median(r.response_minutes))}, "
        f"p90 {_t(p90(r.response_minutes))} · resolution median "
        f"{_t(median(r.resolution_minutes))}, p90 {_t(p90(r.resolution_minutes))} · "
        f"breaches {r.breaches} ({r.response_breaches} response, "
        f"{r.resolution_breaches} resolution)"
    )


def chart_png(rows: list[CaseRow], title: str) -> bytes | None:
    """Median and p90 resolution (working hours) per group, breaches written on the bars."""
    rows = rows[:12]
    if not rows:
        return None
    fig = Figure(figsize=(WIDTH_IN, 1.0 + 0.7 * len(rows) + 1.2))
    ax = fig.add_subplot()
    ys = list(range(len(rows)))[::-1]
    med = [(median(r.resolution_minutes) or 0) / 60 for r in rows]
    top = [(p90(r.resolution_minutes) or 0) / 60 for r in rows]
    ax.barh(ys, top, color="#9ecae1", height=0.7, label="p90 resolution (working h)")
    ax.barh(ys, med, color="#3182bd", height=0.7, label="median resolution (working h)")
    widest = max([*top, 1.0])
    for y, r, t in zip(ys, rows, top, strict=True):
        note = f"{r.solved}/{r.opened} solved" + (
            f" · ⚠ {r.breaches} breached" if r.breaches else ""
        )
        ax.text(t + widest * 0.02, y, note, va="center", fontsize=11)
    ax.set_yticks(ys, [r.key for r in rows], fontsize=12)
    ax.set_xlim(0, widest * 1.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=10, frameon=False, loc="lower right")
    ax.set_title(title, fontsize=16, fontweight="bold")
    return _png(fig)


@command(
    "cases report",
    "cases report [PERIOD] [by assignee|account|priority] [chart=no]",
    aliases=("case report",),
)
def cases_report(call: Call) -> Reply:
    """First-response and resolution times (median, 90th percentile, in working hours)
    and SLA breaches of the cases opened in a period (default: the last 30 days).

    Examples: cases report · cases report last month by account · cases report 2026-Q4 by priority
    """
    ctx = call.ctx
    args = parse_args(call.rest)
    chart = boolean(args.fields.pop("chart", "yes"))
    if args.fields:
        raise UserError(f"unknown option '{next(iter(args.fields))}='; option: chart=no")
    words = args.words.split()
    by = "assignee"
    if "by" in [w.lower() for w in words]:
        i = [w.lower() for w in words].index("by")
        if i + 1 >= len(words):
            raise UserError(f"by what? one of: {', '.join(GROUPS)}")
        by = {"owner": "assignee", "agent": "assignee", "prio": "priority"}.get(
            words[i + 1].lower(), words[i + 1].lower()
        )
        if by not in GROUPS:
            raise UserError(f"group cases by one of: {', '.join(GROUPS)}")
        words = words[:i] + words[i + 2 :]
    zone = ZoneInfo(ctx.workspace.timezone or "UTC")
    if words:
        period = parse_period(" ".join(words), as_local_date(ctx.now, ctx.tz))
        if period is None:
            raise UserError(
                f"I don't understand '{' '.join(words)}'; try: this month, last month, "
                "this quarter, 2026-Q4, 2026-11, 2026-01-01..2026-03-31"
            )
        start = datetime.combine(period.start, time(), zone)
        end = datetime.combine(period.end, time(), zone)
        label = period.label
    else:
        start, end, label = ctx.now - timedelta(days=30), ctx.now, "last 30 days"
    rows, total = case_report(ctx, start, end, by)
    head = f"🎫 Cases · {label} · by {by} · times in working hours"
    if not total.opened:
        return Reply.say(head, "No cases opened in this period.", private=True)
    reply = Reply(
        sections=[head, "\n".join(row_line(r) for r in rows), row_line(total)], private=True
    )
    if chart:
        png = chart_png(rows, f"Cases · {label} · by {by}")
        if png is not None:
            reply.image, reply.image_name = png, f"cases-{by}.png"
    return reply
