"""pipeline, forecast, winrate, stale, changes: the managers' view of the deals.

All of them call :func:`storage.reports.summarize` (or its siblings) with the
reader's Scope, so a rep sees their own deals and only their team's totals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers import charts, render
from handlers.args import parse_args
from handlers.commands import common
from handlers.registry import Call, command
from handlers.report_render import changes_text, forecast_text, summary_text, winrate_text
from handlers.types import Button, Reply
from storage import reports
from storage.context import Ctx
from storage.errors import UserError
from storage.money import format_money
from storage.reports import Filters, Period, parse_period
from storage.teams import Scope, get_team, member_ids, scope_for
from storage.validate import boolean
from storage.validate import stage as valid_stage
from storage.workspaces import find_user, stage_label

PAGE = 15


@dataclass
class Query:
    group_by: str
    filters: Filters
    drill: str | None
    status: str | None
    chart: bool
    page: int


def today(ctx: Ctx):  # type: ignore[no-untyped-def]
    from storage.crm import as_local_date

    return as_local_date(ctx.now, ctx.tz)


_LEAD_INS = frozenset({"for", "in", "of", "during", "over", "the"})


def parse_query(ctx: Ctx, scope: Scope, text: str, default_group: str = "stage") -> Query:
    """'by owner this quarter owner=Ana stage=closing', 'drill closing', 'mine last month'."""
    args = parse_args(text)
    words = args.words.split()
    group_by, drill = default_group, None
    period_words: list[str] = []
    owner_ids: frozenset[int] | None = None
    i = 0
    while i < len(words):
        w = words[i].lower()
        if w in ("by", "per") and i + 1 < len(words):
            group_by = words[i + 1].lower()
            if group_by == "lead" and i + 2 < len(words) and words[i + 2].lower() == "source":
                i += 1  # "pipeline per lead source" was read as a period and refused
                group_by = "source"
            group_by = {"rep": "owner", "owners": "owner", "lead_source": "source"}.get(
                group_by, group_by
            )
            i += 2
            continue
        if w == "drill":
            drill = " ".join(words[i + 1 :]).strip()
            break
        if w == "mine":
            owner_ids = frozenset({ctx.user.id})
        elif w in _LEAD_INS and not period_words:
            pass  # "forecast for this quarter": the period, not the word "for"
        else:
            period_words.append(words[i])
        i += 1
    if group_by not in (*reports.GROUPS, "total"):
        raise UserError(f"group by one of: {', '.join(reports.GROUPS)}")
    period: Period | None = None
    if period_words:
        period = parse_period(" ".join(period_words), today(ctx))
        if period is None:
            raise UserError(
                f"I don't understand '{' '.join(period_words)}'; try: this quarter, last month, "
                "next quarter, 2026-Q3, 2026-11, 2026-01-01..2026-03-31, by owner, drill closing"
            )
    f = args.fields
    if "owner" in f:
        user = find_user(ctx.session, ctx.workspace, f.pop("owner"))
        if user is None:
            raise UserError("no user by that name")
        owner_ids = frozenset({user.id})
    if "team" in f:
        team = get_team(ctx.session, ctx.workspace, f.pop("team"))
        if team is None:
            raise UserError("no team by that name; see: team list")
        owner_ids = frozenset(member_ids(ctx.session, ctx.ws_id, [team.id]))
        if team.manager_id:
            owner_ids |= {team.manager_id}
    if owner_ids is not None and scope.owner_ids is not None and not owner_ids <= scope.owner_ids:
        raise UserError(
            "you can see your own pipeline in detail and your team's totals, not other people's"
        )
    stages = None
    if "stage" in f:
        stages = tuple(valid_stage(s) for s in f.pop("stage").split(","))
    status = f.pop("status", "open").lower()
    if status not in ("open", "won", "lost", "all"):
        raise UserError("status is open, won, lost or all")
    chart = boolean(f.pop("chart", "yes"))
    page = common.page_of(f)
    if f:
        raise UserError(f"unknown option '{next(iter(f))}='; options: owner=, team=, stage=")
    filters = Filters(period=period, owner_ids=owner_ids, stages=stages)
    return Query(group_by, filters, drill, None if status == "all" else status, chart, page)


def _suffix(q: Query) -> str:
    parts = [f"by {q.group_by}"]
    if q.filters.period:
        p = q.filters.period
        parts.append(f"{p.start.isoformat()}..{(p.end - timedelta(days=1)).isoformat()}")
    return " ".join(parts)


def drill_reply(ctx: Ctx, scope: Scope, q: Query) -> Reply:
    assert q.drill is not None
    key = q.drill
    if q.group_by == "stage":
        key = valid_stage(key)
    deals, total = reports.drill(
        ctx,
        scope,
        q.group_by,
        key,
        q.filters,
        status=q.status,
        limit=PAGE,
        offset=(q.page - 1) * PAGE,
    )
    label = stage_label(ctx.workspace, key) if q.group_by == "stage" else key
    head = f"🔎 {label} ({q.group_by}) · {q.status or 'all'} deals · {total} in all"
    if scope.owner_ids is not None and scope.role == "rep":
        head += " · yours only"
    owner = ""
    one = q.filters.owner_ids
    if one is not None and len(one) == 1 and one != frozenset({ctx.user.id}):
        # "how much is in closing for Jon": whose deals these are, kept on the next page
        owner = render.user_name(ctx, next(iter(one)))
        head += f" · {owner}"
    lines = [f"{render.deal_line(ctx, d)} · {render.user_name(ctx, d.owner_id)}" for d in deals]
    buttons = [Button(f"Show #d{d.id}", f"deal show #d{d.id}") for d in deals[:3]]
    if q.page * PAGE < total:
        buttons.append(
            Button(
                "More",
                # the row's name before the fields: a field's value runs to the next one
                f"pipeline {_suffix(q)} drill {q.drill} status={q.status or 'all'} "
                + (f"owner={owner} " if owner else "")
                + f"page={q.page + 1}",
            )
        )
    if not deals and total:
        return Reply.error(common.past_the_end(q.page, total, PAGE))
    return Reply(sections=[head, "\n".join(lines) or "No deals."], buttons=buttons, private=True)


def _drill_buttons(q: Query, s: reports.Summary, labels: dict[str, str]) -> list[Button]:
    keys: list[str] = []
    for r in sorted(s.rows, key=lambda r: -(r.open_amount + r.won_amount)):
        if r.key not in keys and not r.key.startswith("("):
            keys.append(r.key)
    return [
        Button(f"Deals: {labels.get(k, k)}", f"pipeline {_suffix(q)} drill {k}") for k in keys[:4]
    ]


def pipeline_reply(ctx: Ctx, scope: Scope, q: Query) -> Reply:
    s = reports.summarize(ctx, scope, q.group_by, q.filters)
    title = "📊 Pipeline" + ("" if q.group_by == "stage" else f" by {q.group_by}")
    if not s.rows and not s.team_totals:
        f = q.filters
        if f.period is not None:
            return Reply.say(
                f"No deals match in {f.period.label}. The period counts open deals by their "
                "expected close date (set it with: deal edit DEAL close=YYYY-MM-DD); try plain "
                "'pipeline'."
            )
        if f.owner_ids == frozenset({ctx.user.id}):
            return Reply.say("You own no deals yet. Add one: deal add Acme renewal 12k EUR")
        if f.owner_ids is not None or f.stages:
            return Reply.say("No deals match those filters; try plain 'pipeline'.")
        return Reply.say("No deals yet. Add one: deal add Acme renewal 12k EUR")
    labels = (
        {r.key: stage_label(ctx.workspace, r.key) for r in s.rows} if q.group_by == "stage" else {}
    )
    reply = Reply(sections=summary_text(ctx, s, title), private=True)
    reply.buttons = _drill_buttons(q, s, labels)
    if q.chart:
        if q.group_by == "stage":
            png = charts.funnel_png(s, labels, "Pipeline")
        elif q.group_by in ("month", "quarter"):
            png = charts.forecast_png(s, f"Pipeline by {q.group_by}")
        else:
            png = None
        if png:
            reply.image, reply.image_name = png, f"pipeline-{q.group_by}.png"
    return reply


@command(
    "pipeline",
    "pipeline [by stage|owner|manager|team|region|industry|source|campaign|month|quarter] [PERIOD] "
    "[mine] [owner=] [team=] [stage=] [drill KEY]",
    aliases=("pipe",),
)
def pipeline(call: Call) -> Reply:
    """Deals per stage (or owner, manager, team, region, industry, source, campaign, month,
    quarter): count, total, weighted by probability, age in stage, won/lost and win rate,
    with a chart.

    pipeline                         open pipeline by stage (funnel chart)
    pipeline by owner this quarter   PERIOD: this/last/next month|quarter|year, 2026-Q3,
                                     2026-11, 2026-01-01..2026-03-31
    pipeline by stage drill closing  the deals behind a row (status=won|lost|all)
    pipeline team=North stage=closing,presentation     pipeline mine
    Reps see their own deals and their team's totals; managers their team; admins all.
    Currencies are never mixed: per currency, or converted with the rates of settings fx.
    """
    ctx = call.ctx
    scope = scope_for(ctx.session, ctx.user)
    q = parse_query(ctx, scope, call.rest)
    if q.drill:
        return drill_reply(ctx, scope, q)
    return pipeline_reply(ctx, scope, q)


def forecast_reply(ctx: Ctx, scope: Scope, q: Query) -> Reply:
    if q.filters.period is None:
        this_q = parse_period("this quarter", today(ctx))
        q = replace(q, filters=replace(q.filters, period=this_q))
    s = reports.summarize(ctx, scope, q.group_by, q.filters)
    reply = Reply(sections=forecast_text(ctx, s, "📈 Forecast"), private=True)
    period = q.filters.period
    if period is not None and not any(r.open_count for r in s.totals):
        # An empty quarter says where the next deals are, rather than looking like an
        # empty pipeline ("forecast" in December, every deal closing in March).
        later = reports.closing_between(
            ctx, scope, period.end, period.end + timedelta(days=3660), limit=1
        )
        close = later[0].close_date if later else None
        if close is not None:
            reply.sections.append(
                f"No open deal is expected to close in {period.label}; the next expected "
                f"close is {close.isoformat()} ({later[0].title}): 'forecast "
                f"{close.year}-Q{(close.month - 1) // 3 + 1}' shows it."
            )
    undated = reports.undated_open(ctx, scope, q.filters)
    if undated:  # in no period: the totals above leave them out, said rather than silent
        n = sum(count for _, count, _ in undated)
        amounts = ", ".join(format_money(minor, cur) for cur, _, minor in undated)
        reply.sections.append(
            f"Not in any forecast: {n} open deal{'s' if n != 1 else ''} with no expected close "
            f"date ({amounts}). Give {'them' if n != 1 else 'it'} one: deal edit NAME "
            "close=2027-01-31"
        )
    reply.buttons = _drill_buttons(q, s, {})
    if q.chart:
        png = charts.forecast_png(
            s, f"Forecast {q.filters.period.label if q.filters.period else ''}"
        )
        if png:
            reply.image, reply.image_name = png, "forecast.png"
    return reply


@command("forecast", "forecast [month|quarter] [PERIOD] [owner=] [team=]")
def forecast(call: Call) -> Reply:
    """Forecast by expected close month (or quarter): best case (all open), weighted, and won
    so far in the period, with a bar chart. Default: this quarter by month.

    Examples: forecast     forecast next quarter     forecast quarter this year
    """
    ctx = call.ctx
    scope = scope_for(ctx.session, ctx.user)
    text = call.rest.strip()
    group = "month"
    first = text.split(" ", 1)[0].lower() if text else ""
    if first in ("month", "quarter", "monthly", "quarterly"):
        group = "quarter" if first.startswith("quarter") else "month"
        text = text[len(first) :].strip()
    q = parse_query(ctx, scope, text, default_group=group)
    if q.drill:
        return drill_reply(ctx, scope, q)
    return forecast_reply(ctx, scope, q)


@command("winrate", "winrate [PERIOD] [by owner|manager|region|...]", aliases=("win rate",))
def winrate(call: Call) -> Reply:
    """Win rate (won / (won + lost)), average deal size and average sales cycle (created to
    won), over a period. Example: winrate last quarter by owner
    """
    ctx = call.ctx
    scope = scope_for(ctx.session, ctx.user)
    q = parse_query(ctx, scope, call.rest, default_group="total")
    s = reports.summarize(ctx, scope, q.group_by, q.filters)
    return Reply(sections=winrate_text(ctx, s, "🏆 Win rate"), private=True)


@command("stale", "stale [DAYS] [page=N]", aliases=("stale deals",))
def stale(call: Call) -> Reply:
    """Open deals with no activity for N days (default: the workspace's stale-deal setting),
    oldest first, with buttons to act on them. Example: stale 14
    """
    ctx = call.ctx
    scope = scope_for(ctx.session, ctx.user)
    args = parse_args(call.rest)
    page = common.page_of(args.fields)
    whose = " ".join(f"{k}={args.fields.pop(k)}" for k in ("owner", "team") if k in args.fields)
    if args.fields:  # 'stale 30 region=North' once listed everyone's deals, the option unread
        raise UserError(
            f"stale takes a number of days, owner=, team= and page=, not "
            f"'{next(iter(args.fields))}='; example: stale 14 owner=Jon"
        )
    if whose:  # "stale owner=Jon": Jon's deals, when the asker may see them
        owners = parse_query(ctx, scope, whose).filters.owner_ids
        label = render.user_name(ctx, next(iter(owners))) if owners and len(owners) == 1 else whose
        scope = replace(scope, owner_ids=owners, label=label)
    raw = args.words.strip().lower().removesuffix("days").strip()
    if raw and not (raw.lstrip("-").isdigit() and 1 <= int(raw) <= 3650):
        raise UserError(
            f"the number of days must be 1 or more (up to 3650), not '{call.rest.strip()}'; "
            "example: stale 14"
        )
    deals, total, days = reports.stale_deals(
        ctx, scope, int(raw) if raw else None, limit=page * PAGE
    )
    deals = deals[(page - 1) * PAGE :]
    if not deals:
        return Reply.say(f"No open deal has gone {days} days without activity. 👍")
    lines = []
    for d in deals:
        touched = d.last_activity_at or d.stage_entered_at
        idle = (ctx.now - touched).days
        lines.append(
            f"{render.deal_line(ctx, d)} · {render.user_name(ctx, d.owner_id)} · {idle}d idle"
        )
    buttons = []
    for d in deals[:3]:
        buttons.append(Button(f"Show #d{d.id}", f"deal show #d{d.id}"))
    if page * PAGE < total:
        buttons.append(Button("More", f"stale {days} {whose} page={page + 1}".replace("  ", " ")))
    shown = (
        f" · {(page - 1) * PAGE + 1}-{(page - 1) * PAGE + len(deals)} shown" if total > PAGE else ""
    )
    return Reply(
        sections=[
            f"🕸 {total} deals without activity for {days}+ days · {scope.label}{shown}",
            "\n".join(lines),
        ],
        buttons=buttons,
        private=True,
    )


def _closed_span(ctx: Ctx, raw: str) -> tuple[datetime, datetime, str] | None:
    """'yesterday', 'last month': a span that has ended (aware UTC bounds) and its label."""
    zone = ZoneInfo(ctx.tz)
    day = ctx.now.astimezone(zone).date()
    if raw == "yesterday":
        start, end = day - timedelta(days=1), day
    elif raw in ("last month", "previous month"):
        end = day.replace(day=1)
        start = (end - timedelta(days=1)).replace(day=1)
    else:
        return None
    midnight = [datetime.combine(d, time(0), tzinfo=zone).astimezone(UTC) for d in (start, end)]
    label = raw if raw == "yesterday" else f"in {start:%B %Y}"
    return midnight[0], midnight[1], label


def _changes_since(ctx: Ctx, raw: str) -> tuple[datetime | None, str]:
    """The start of the span 'changes' is asked about (aware UTC), and its label."""
    if raw in ("", "week", "7"):
        return ctx.now - timedelta(days=7), "in the last 7 days"
    if raw.isdigit() and 1 <= int(raw) <= 3650:
        return ctx.now - timedelta(days=int(raw)), f"in the last {int(raw)} days"
    zone = ZoneInfo(ctx.tz)
    day = ctx.now.astimezone(zone).date()
    starts = {
        "today": day,
        "this week": day - timedelta(days=day.weekday()),
        "this month": day.replace(day=1),
    }
    if raw in starts:  # local midnight of that day (a DST day keeps its own offset)
        return datetime.combine(starts[raw], time(0), tzinfo=zone).astimezone(UTC), raw
    return None, ""


@command(
    "changes",
    "changes [DAYS|today|yesterday|this week|this month|last month]",
    aliases=("what changed",),
)
def changes(call: Call) -> Reply:
    """What changed since last week (or the last N days): deals created, moved forward or
    back, won, lost, and slipped (close date pushed), with amounts. Example: changes 14

    'changes today', 'changes this week' (since Monday), 'changes this month' (since the 1st),
    'changes yesterday', 'changes last month' (that calendar month).
    """
    ctx = call.ctx
    scope = scope_for(ctx.session, ctx.user)
    raw = call.rest.strip().lower().rstrip("?!.").strip()
    raw = " ".join(raw.removeprefix("since").removeprefix("in the").split())
    closed = _closed_span(ctx, raw)
    if closed is not None:  # "changes last month": that month, not the last 30 days
        start, until, span = closed
        found = reports.changes_since(ctx, scope, start, until)
        return Reply(
            sections=[f"🗞 Changes {span} · {scope.label}", *changes_text(found)], private=True
        )
    raw = raw.removeprefix("last ").removesuffix(" days").removesuffix(" day").strip()
    since, label = _changes_since(ctx, raw)
    if since is None:
        raise UserError(
            f"I can't read '{call.rest.strip()}' as a time span; e.g. changes, changes 14, "
            "changes today, changes yesterday, changes this week, changes this month, changes "
            "last month"
        )
    found = reports.changes_since(ctx, scope, since)
    head = f"🗞 Changes {label} · {scope.label}"
    return Reply(sections=[head, *changes_text(found)], private=True)
