"""Digest texts: the daily rep digest and the weekly pipeline digest.

Each digest is built by one function from storage queries, at delivery time (so it
is fresh even when delivered late). The reports work (issue 7) may replace the
queries with richer summaries: swap the calls here, the loop does not care.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers import render
from storage import followup_queries as fq
from storage import queries
from storage.context import Ctx
from storage.models import User, Workspace
from storage.money import format_money
from storage.workspaces import stage_label


def _ctx(session: Session, ws_id: int, user_id: int, now: datetime) -> Ctx | None:
    ws = session.get(Workspace, ws_id)
    user = session.get(User, user_id)
    if ws is None or user is None:
        return None
    return Ctx(session=session, workspace=ws, user=user, now=now)


def daily_digest(session: Session, ws_id: int, user_id: int, now: datetime) -> str:
    """Today's reminders, overdue ones, deals needing a next step, for one rep."""
    ctx = _ctx(session, ws_id, user_id, now)
    if ctx is None:
        return "Daily digest: nothing to report."
    zone = ZoneInfo(ctx.tz)
    local = now.astimezone(zone)
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    day_end = day_start + timedelta(days=1)
    today = fq.reminders_between(session, ws_id, user_id, day_start, day_end)
    overdue = fq.overdue_reminders(session, ws_id, user_id, now)
    no_next = fq.open_deals_without_next_step(session, ws_id, user_id)
    lines = [f"☀️ Good morning {ctx.user.display_name}: your day, {local:%a} {local.day} {local:%b}"]
    lines.append(
        "Today's reminders\n" + "\n".join(render.reminder_line(ctx, r) for r in today)
        if today
        else "Today's reminders: none"
    )
    if overdue:
        lines.append(
            "Delivered but not done\n" + "\n".join(render.reminder_line(ctx, r) for r in overdue)
        )
    if no_next:
        lines.append(
            "Deals needing a next step\n" + "\n".join(render.deal_line(ctx, d) for d in no_next)
        )
    return "\n\n".join(lines)


def weekly_digest(
    session: Session, ws_id: int, user_id: int, now: datetime, for_channel: bool
) -> str:
    """The pipeline by stage; by DM a manager also gets the deals going stale.

    A channel digest shows only aggregates (counts and totals per stage), which
    every member of the channel may see; deal names stay in the managers' DMs.
    """
    ctx = _ctx(session, ws_id, user_id, now)
    if ctx is None:
        return "Weekly pipeline digest: nothing to report."
    rows = queries.pipeline_by_stage(ctx)
    since = now - timedelta(days=7)
    lines = ["📊 Weekly pipeline digest"]
    if rows:
        lines.append(
            "\n".join(
                f"{stage_label(ctx.workspace, r.stage)}: {r.count} deal(s), "
                f"{format_money(r.total_minor, r.currency)} "
                f"(weighted {format_money(r.weighted_minor, r.currency)})"
                for r in rows
            )
        )
    else:
        lines.append("No open deals.")
    lines.append(
        f"Activities logged in the last 7 days: {queries.activity_count_since(ctx, since)}"
    )
    if not for_channel:
        stale = fq.stale_deals(session, ws_id, now.date(), now - timedelta(days=14))[:10]
        if stale:
            lines.append(
                "Untouched for 14+ days\n"
                + "\n".join(
                    f"#d{d.id} {d.title} · {stage_label(ctx.workspace, d.stage)} · "
                    f"{render.user_name(ctx, d.owner_id)}"
                    for d in stale
                )
            )
    return "\n\n".join(lines)


def build_body(
    session: Session, kind: str, ws_id: int, user_id: int, channel: str | None, now: datetime
) -> str:
    """The digest text for a digest reminder row (the one entry point the loop calls)."""
    if kind == "daily_digest":
        return daily_digest(session, ws_id, user_id, now)
    return weekly_digest(session, ws_id, user_id, now, for_channel=channel is not None)
