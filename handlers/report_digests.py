"""Digests built from the report summaries: the one code path for the reminder loop.

``rep_digest(ctx, user)`` (daily) and ``manager_digest(ctx, manager)`` (weekly) return a
Reply; the scheduler renders it like any other. Both use the same Scope rules as
the chat commands: a rep's digest lists only their own deals; a channel digest
(``for_channel=True``) shows aggregates only, never deal names.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from handlers import charts, render
from handlers.report_render import changes_text, money, pct, totals_lines
from handlers.types import Button, Reply
from storage import reports
from storage.context import Ctx
from storage.crm import as_local_date
from storage.models import User
from storage.reports import Filters, parse_period
from storage.teams import scope_for
from storage.workspaces import stage_label


def _as(ctx: Ctx, user: User) -> Ctx:
    return Ctx(
        session=ctx.session, workspace=ctx.workspace, user=user, now=ctx.now, batch=ctx.batch
    )


def rep_digest(ctx: Ctx, user: User) -> Reply:
    """A rep's morning: own pipeline totals, deals due to close this week, stale deals."""
    ctx = _as(ctx, user)
    scope = scope_for(ctx.session, user)
    today = as_local_date(ctx.now, ctx.tz)
    mine = reports.Scope(user.id, user.role, frozenset({user.id}), scope.team_owner_ids, "you")
    s = reports.summarize(ctx, mine, "stage")
    sections = [f"☀️ {user.display_name}, your pipeline on {today:%a} {today.day} {today:%b}"]
    open_rows = [r for r in s.rows if r.open_count]
    sections.append(
        "\n".join(
            f"{stage_label(ctx.workspace, r.key)}: {r.open_count}"
            f" · {money(r.open_amount, r.currency)}"
            for r in open_rows
        )
        or "No open deals."
    )
    if s.team_totals:
        sections.append("\n".join(totals_lines(s.team_totals, "Team total")))
    due = reports.closing_between(ctx, mine, None, today + timedelta(days=7))
    if due:
        sections.append(
            "Closing this week (or overdue)\n" + "\n".join(render.deal_line(ctx, d) for d in due)
        )
    stale, total, days = reports.stale_deals(ctx, mine, limit=5)
    if stale:
        sections.append(
            f"No activity for {days}+ days ({total})\n"
            + "\n".join(render.deal_line(ctx, d) for d in stale)
        )
    buttons = [Button(f"Show #d{d.id}", f"deal show #d{d.id}") for d in (due + stale)[:3]]
    return Reply(sections=sections, buttons=buttons, private=True)


def manager_digest(ctx: Ctx, manager: User, *, for_channel: bool = False) -> Reply:
    """The weekly view of the manager's team (admins: the workspace), with the funnel chart."""
    ctx = _as(ctx, manager)
    scope = scope_for(ctx.session, manager)
    today = as_local_date(ctx.now, ctx.tz)
    s = reports.summarize(ctx, scope, "stage")
    sections = [f"📊 Weekly pipeline · {scope.label} · week of {today.isoformat()}"]
    if s.currency_note:
        sections[0] += "\n" + s.currency_note
    sections.append(
        "\n".join(
            f"{stage_label(ctx.workspace, r.key)}: {r.open_count} · "
            f"{money(r.open_amount, r.currency)} · weighted {money(r.weighted_amount, r.currency)}"
            for r in s.rows
            if r.open_count
        )
        or "No open deals."
    )
    quarter = parse_period("this quarter", today)
    f = reports.summarize(ctx, scope, "total", Filters(period=quarter))
    sections.append(
        "\n".join(
            f"Forecast {quarter.label if quarter else ''} {r.currency}: best case "
            f"{money(r.open_amount, r.currency)} · weighted {money(r.weighted_amount, r.currency)}"
            f" · won so far {money(r.won_amount, r.currency)} · win rate {pct(r.win_rate)}"
            for r in f.totals
        )
        or "Nothing expected to close this quarter."
    )
    changes = reports.changes_since(ctx, scope, ctx.now - timedelta(days=7))
    if for_channel:
        counts = Counter(c.kind for c in changes)
        sections.append(
            "This week: " + (", ".join(f"{n} {k}" for k, n in counts.items()) or "no changes")
        )
    else:
        sections.append("This week\n" + "\n\n".join(changes_text(changes)))
        stale, total, days = reports.stale_deals(ctx, scope, limit=100)
        if total:
            per = Counter(render.user_name(ctx, d.owner_id) for d in stale)
            sections.append(
                f"Stale ({days}+ days without activity): {total} · "
                + ", ".join(f"{n} {k}" for k, n in per.most_common(8))
            )
        gone = reports.departed_owners(ctx, scope)
        if gone:  # a rep who left: their deals show as theirs, yet nobody is nudged on them
            sections.append(
                "⚠️ No longer members, still owning open deals (nobody gets their follow-ups): "
                + ", ".join(f"{name} ({n})" for name, n in gone)
                + ". Hand them over: settings reassign NAME to OTHER"
            )
    from handlers.campaign_summary import ended_lines

    ended = ended_lines(ctx, today - timedelta(days=7), today + timedelta(days=1))
    if ended:  # campaigns that ended this week (issue 14)
        sections.append(ended)
    labels = {r.key: stage_label(ctx.workspace, r.key) for r in s.rows}
    png = charts.funnel_png(s, labels, "Pipeline")
    reply = Reply(sections=sections, private=not for_channel)
    if png:
        reply.image, reply.image_name = png, "weekly-pipeline.png"
    if not for_channel:
        reply.buttons = [Button("Stale deals", "stale"), Button("Forecast", "forecast")]
    return reply
