"""Managers' summaries: pipeline, forecast, win rate, stale deals, weekly changes.

Every figure is computed by the database with GROUP BY over (key, currency); Python
only re-keys the few grouped rows (owner -> manager/region, month -> quarter) and
applies the workspace's exchange rates. Deals are never loaded one by one, except
for drill-downs and stale lists, which are paged.

Visibility comes from :func:`storage.teams.scope_for`: every function takes a Scope
and filters on it, so chat, digests, charts and the CLI share the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, Float, Select, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from storage.context import Ctx
from storage.errors import UserError
from storage.models import (
    STAGES,
    Account,
    AuditLog,
    Contact,
    Opportunity,
    StageChange,
    Team,
    User,
    Workspace,
)
from storage.models_campaigns import Campaign
from storage.models_rollup import NO_OWNER, STAGE_DEFAULT, DealRollup
from storage.money import exponent, from_minor, valid_rate
from storage.teams import Scope
from storage.text import name_key
from storage.types import UTCDateTime
from storage.workspaces import settings, stage_probability

GROUPS = (
    "stage",
    "owner",
    "manager",
    "team",
    "region",
    "industry",
    "source",
    "campaign",
    "month",
    "quarter",
)
NO_KEY = {
    "owner": "(no owner)",
    "manager": "(no manager)",
    "team": "(no team)",
    "region": "(no region)",
    "industry": "(no industry)",
    "source": "(no source)",
    "campaign": "(no campaign)",
    "month": "(no date)",
    "quarter": "(no date)",
    "stage": "(none)",
}


# ---- periods ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A half-open date range [start, end) with a label for replies."""

    start: date
    end: date
    label: str


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _q_period(year: int, q: int) -> Period:
    while q > 4:
        year, q = year + 1, q - 4
    while q < 1:
        year, q = year - 1, q + 4
    start = date(year, 3 * (q - 1) + 1, 1)
    end = date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1)
    return Period(start, end, f"{year}-Q{q}")


def month_period(year: int, month: int) -> Period:
    """The calendar month ``year``-``month`` (months past 12 or before 1 roll the year)."""
    return _m_period(year, month)


def _m_period(year: int, month: int) -> Period:
    while month > 12:
        year, month = year + 1, month - 12
    while month < 1:
        year, month = year - 1, month + 12
    end = date(year + (month == 12), 1 if month == 12 else month + 1, 1)
    return Period(date(year, month, 1), end, f"{year}-{month:02d}")


_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to)\s*(\d{4}-\d{2}-\d{2})$")


def parse_period(text: str, today: date) -> Period | None:
    """'this quarter', 'last month', 'next quarter', 'this year', '2026-Q3', 'q3', '2026-11',
    '2026', '2026-01-01..2026-03-31' (inclusive). Returns None when the text is no period."""
    t = " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    y, q = _quarter(today)
    rel = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}
    m = re.fullmatch(r"(this|current|last|previous|next)\s+(month|quarter|year|week)", t)
    if m:
        shift, unit = rel[m.group(1)], m.group(2)
        if unit == "month":
            return _m_period(today.year, today.month + shift)
        if unit == "quarter":
            return _q_period(y, q + shift)
        if unit == "week":
            start = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
            return Period(start, start + timedelta(days=7), f"week of {start.isoformat()}")
        return Period(date(y + shift, 1, 1), date(y + shift + 1, 1, 1), str(y + shift))
    if t in ("mtd", "month"):
        return _m_period(today.year, today.month)
    if t in ("qtd", "quarter"):
        return _q_period(y, q)
    if t in ("ytd", "year"):
        return Period(date(y, 1, 1), date(y + 1, 1, 1), str(y))
    m = re.fullmatch(r"(?:(\d{4})-?)?q([1-4])", t)
    if m:
        return _q_period(int(m.group(1) or y), int(m.group(2)))
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m and 1 <= int(m.group(2)) <= 12:
        return _m_period(int(m.group(1)), int(m.group(2)))
    if re.fullmatch(r"\d{4}", t):
        return Period(date(int(t), 1, 1), date(int(t) + 1, 1, 1), t)
    m = _RANGE.match(t)
    if m:
        try:
            a, b = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
        except ValueError:
            return None
        if b < a:
            raise UserError("a period ends after it starts: 2026-01-01..2026-03-31")
        return Period(a, b + timedelta(days=1), f"{a.isoformat()}..{b.isoformat()}")
    return None


# ---- filters and rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Narrowing a report: the period applies to the expected close date of open deals
    and to the close date of won/lost ones."""

    period: Period | None = None
    owner_ids: frozenset[int] | None = None
    stages: tuple[str, ...] | None = None


@dataclass
class Row:
    key: str
    currency: str
    open_count: int = 0
    open_amount: Decimal = Decimal(0)
    weighted_amount: Decimal = Decimal(0)
    won_count: int = 0
    won_amount: Decimal = Decimal(0)
    lost_count: int = 0
    lost_amount: Decimal = Decimal(0)
    age_days_sum: float = 0.0
    cycle_days_sum: float = 0.0

    @property
    def win_rate(self) -> float | None:
        closed = self.won_count + self.lost_count
        return None if closed == 0 else self.won_count / closed

    @property
    def avg_age_days(self) -> float | None:
        return self.age_days_sum / self.open_count if self.open_count else None

    @property
    def avg_cycle_days(self) -> float | None:
        """Created to won, in days; never negative (a deal cannot close before it exists)."""
        return max(0.0, self.cycle_days_sum / self.won_count) if self.won_count else None

    @property
    def avg_won_amount(self) -> Decimal | None:
        return self.won_amount / self.won_count if self.won_count else None

    def add(self, other: Row, rate: Decimal = Decimal(1)) -> None:
        self.open_count += other.open_count
        self.open_amount += other.open_amount * rate
        self.weighted_amount += other.weighted_amount * rate
        self.won_count += other.won_count
        self.won_amount += other.won_amount * rate
        self.lost_count += other.lost_count
        self.lost_amount += other.lost_amount * rate
        self.age_days_sum += other.age_days_sum
        self.cycle_days_sum += other.cycle_days_sum


@dataclass
class Summary:
    group_by: str
    rows: list[Row]
    totals: list[Row]
    scope: Scope
    filters: Filters
    converted_to: str | None = None
    rates: dict[str, Decimal] = field(default_factory=dict)
    unconverted: list[str] = field(default_factory=list)
    team_totals: list[Row] | None = None  # reps: their team's totals, aggregates only
    base_currency: str = ""  # the workspace's: what rates convert to

    def _fx_hint(self, currencies: list[str]) -> str:
        """How to set the missing rates, with this pipeline's own currencies."""
        base = self.base_currency or "the workspace currency"
        others = [c for c in currencies if c != self.base_currency] or currencies
        pairs = " ".join(f"{c}=RATE" for c in others)
        return (
            f"To sum them, an admin sets exchange rates: settings fx {pairs} "
            f"(1 {others[0]} = RATE {base})."
        )

    @property
    def currency_note(self) -> str:
        if self.converted_to:
            used = ", ".join(f"1 {c} = {r} {self.converted_to}" for c, r in self.rates.items())
            note = f"Amounts converted to {self.converted_to} with the workspace rates"
            note += f" ({used})" if used else ""
            if self.unconverted:
                note += f"; no rate for {', '.join(self.unconverted)}, shown separately. "
                return note + self._fx_hint(self.unconverted)
            return note + "."
        currencies = sorted({r.currency for r in self.totals})
        if len(currencies) > 1:
            return (
                "Amounts per currency (no exchange rates configured; never summed across). "
                + self._fx_hint(currencies)
            )
        return ""


# ---- SQL building blocks ------------------------------------------------------------------


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _days_between(dialect: str, later: Any, earlier: Any) -> Any:
    if dialect == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return func.extract("epoch", later - earlier) / 86400.0


def _date_of(dialect: str, col: Any) -> Any:
    if dialect == "sqlite":
        return func.date(col)
    return cast(func.timezone("UTC", col), Date)


def period_date(dialect: str) -> Any:
    """Expected close date for open deals; actual close date for won/lost ones."""
    return case(
        (Opportunity.status == "open", Opportunity.close_date),
        else_=func.coalesce(_date_of(dialect, Opportunity.closed_at), Opportunity.close_date),
    )


def _month_of(dialect: str, expr: Any) -> Any:
    if dialect == "sqlite":
        return func.substr(expr, 1, 7)
    return func.to_char(expr, "YYYY-MM")


def _probability(ws: Workspace) -> Any:
    probs = {s: stage_probability(ws, s) for s in STAGES}
    return func.coalesce(Opportunity.probability, case(probs, value=Opportunity.stage, else_=0))


def _who_and_stage(
    owner_col: Any, stage_col: Any, owners: frozenset[int] | None, filters: Filters
) -> list[Any]:
    """The visibility scope and the owner/stage filters: one rule for deals and rollups."""
    conds: list[Any] = []
    if owners is not None:
        conds.append(owner_col.in_(sorted(owners)) if owners else literal(False))
    if filters.owner_ids is not None:
        conds.append(owner_col.in_(sorted(filters.owner_ids)))
    if filters.stages:
        conds.append(stage_col.in_(filters.stages))
    return conds


def _base_where(ctx: Ctx, owners: frozenset[int] | None, filters: Filters) -> list[Any]:
    dialect = _dialect(ctx.session)
    conds: list[Any] = [Opportunity.workspace_id == ctx.ws_id, Opportunity.deleted_at.is_(None)]
    conds += _who_and_stage(Opportunity.owner_id, Opportunity.stage, owners, filters)
    if filters.period is not None:
        pd = period_date(dialect)
        conds += [pd >= filters.period.start, pd < filters.period.end]
    return conds


def _source_expr() -> Any:
    from_campaign = literal("campaign: ", String()) + Campaign.name
    return func.coalesce(from_campaign, Contact.lead_source, Account.lead_source)


def _key_expr(ctx: Ctx, group_by: str) -> tuple[Any, list[tuple[Any, Any]]]:
    """The SQL grouping expression and the outer joins it needs."""
    dialect = _dialect(ctx.session)
    if group_by == "stage":
        return Opportunity.stage, []
    if group_by in ("owner", "manager", "team", "region"):
        return Opportunity.owner_id, []  # re-keyed in Python: a handful of grouped rows
    if group_by == "industry":
        return Account.industry, [(Account, Account.id == Opportunity.account_id)]
    if group_by == "source":
        # A deal from a campaign counts under that campaign ("campaign: Q1 webinar"): the
        # same deals and figures as 'pipeline by campaign' and 'campaign show'.
        return _source_expr(), [
            (Account, Account.id == Opportunity.account_id),
            (Contact, Contact.id == Opportunity.contact_id),
            (Campaign, Campaign.id == Opportunity.campaign_id),
        ]
    if group_by == "campaign":
        return Campaign.name, [(Campaign, Campaign.id == Opportunity.campaign_id)]
    if group_by in ("month", "quarter"):
        return _month_of(dialect, period_date(dialect)), []
    if group_by == "total":
        return literal("total"), []
    raise UserError(f"I can group by {', '.join(GROUPS)}; not by '{group_by}'")


# ---- where the sums come from: the deals, or the rollup the triggers keep ------------------

# Groupings the rollup can answer: its key columns are owner, stage, status, currency,
# probability and period month (team/manager/region are re-keyed from owners in Python).
ROLLUP_GROUPS = ("stage", "owner", "manager", "team", "region", "month", "total")


def use_rollup(group_by: str, filters: Filters) -> bool:
    """True when ``deal_rollups`` answers this exactly: a rollup grouping (quarter arrives
    here as month), and no period or one made of whole months (the rollup knows each
    deal's month, not its day). Everything else (industry, source, day ranges, weeks)
    scans the deals."""
    p = filters.period
    return group_by in ROLLUP_GROUPS and (p is None or (p.start.day == 1 and p.end.day == 1))


def _aggregate(
    ctx: Ctx,
    group_by: str,
    owners: frozenset[int] | None,
    filters: Filters,
    *,
    rollup: bool = True,
) -> list[Row]:
    if rollup and use_rollup(group_by, filters):
        return _aggregate_rollup(ctx, group_by, owners, filters)
    return _aggregate_deals(ctx, group_by, owners, filters)


def _aggregate_rollup(
    ctx: Ctx, group_by: str, owners: frozenset[int] | None, filters: Filters
) -> list[Row]:
    """The same rows as :func:`_aggregate_deals`, from a few hundred pre-summed rows.

    Weighted amounts apply the workspace's stage probabilities at read time (the rollup
    keeps each deal's own probability, or -1 for "the stage's default"); ages come from
    the sum of stage-entry instants: sum(now - t) = n * now - sum(t).
    """
    R = DealRollup
    if group_by == "stage":
        key: Any = R.stage
    elif group_by == "month":
        key = R.period_month
    elif group_by == "total":
        key = literal("total")
    else:  # owner, manager, team, region: re-keyed from owner ids by the caller
        key = R.owner_id
    conds: list[Any] = [R.workspace_id == ctx.ws_id, R.n != 0]
    conds += _who_and_stage(R.owner_id, R.stage, owners, filters)
    if filters.period is not None:
        conds += [
            R.period_month >= filters.period.start.strftime("%Y-%m"),
            R.period_month < filters.period.end.strftime("%Y-%m"),
        ]
    probs = {s: stage_probability(ctx.workspace, s) for s in STAGES}
    prob = case(
        (R.probability == STAGE_DEFAULT, case(probs, value=R.stage, else_=0)),
        else_=R.probability,
    )
    is_open, won, lost = R.status == "open", R.status == "won", R.status == "lost"

    def when(cond: Any, value: Any) -> Any:
        return func.sum(case((cond, value), else_=0))

    q = (
        select(
            key.label("k"),
            R.currency,
            when(is_open, R.n),
            when(is_open, R.amount_sum),
            prob.label("p"),  # weighted = amount x probability, in Python (exact)
            when(won, R.n),
            when(won, R.amount_sum),
            when(lost, R.n),
            when(lost, R.amount_sum),
            when(is_open, R.entered_sum),
            when(won, R.cycle_sum),
        )
        .where(*conds)
        .group_by(key, R.currency, prob)
    )
    now = ctx.now.timestamp()
    rows: list[Row] = []
    for k, cur, oc, oa, p, wc, wamt, lc, lamt, entered, cycles in ctx.session.execute(q):
        if group_by == "month":
            k = k or None
        elif group_by in ("owner", "manager", "team", "region"):
            k = None if k == NO_OWNER else k
        open_count = int(oc or 0)
        rows.append(
            Row(
                key=k,
                currency=cur,
                open_count=open_count,
                open_amount=from_minor(int(oa or 0), cur),
                weighted_amount=from_minor(int(oa or 0) * int(p or 0), cur) / 100,
                won_count=int(wc or 0),
                won_amount=from_minor(int(wamt or 0), cur),
                lost_count=int(lc or 0),
                lost_amount=from_minor(int(lamt or 0), cur),
                age_days_sum=(open_count * now - int(entered or 0)) / 86400 if open_count else 0.0,
                cycle_days_sum=int(cycles or 0) / 86400,
            )
        )
    return _fold(rows)


def _aggregate_deals(
    ctx: Ctx, group_by: str, owners: frozenset[int] | None, filters: Filters
) -> list[Row]:
    """Every summary from the deals themselves: one GROUP BY pass over the workspace."""
    dialect = _dialect(ctx.session)
    key, joins = _key_expr(ctx, group_by)
    is_open = Opportunity.status == "open"
    won = Opportunity.status == "won"
    lost = Opportunity.status == "lost"
    amt = func.coalesce(Opportunity.amount_minor, 0)
    now = literal(ctx.now, UTCDateTime())
    age = _days_between(dialect, now, Opportunity.stage_entered_at)
    zero = literal(0.0, Float())
    cycle = _days_between(dialect, Opportunity.closed_at, Opportunity.created_at)
    cycle = case((cycle > 0, cycle), else_=zero)  # closed "before" created (old imports): 0
    prob = _probability(ctx.workspace)
    q: Select[Any] = select(
        key.label("k"),
        Opportunity.currency,
        func.sum(case((is_open, 1), else_=0)),
        func.sum(case((is_open, amt), else_=0)),
        prob.label("p"),  # weighted = amount x probability, in Python (exact)
        func.sum(case((won, 1), else_=0)),
        func.sum(case((won, amt), else_=0)),
        func.sum(case((lost, 1), else_=0)),
        func.sum(case((lost, amt), else_=0)),
        func.sum(case((is_open, age), else_=zero)),
        func.sum(case((and_(won, Opportunity.closed_at.is_not(None)), cycle), else_=zero)),
    ).select_from(Opportunity)
    for model, on in joins:
        q = q.outerjoin(model, on)
    q = q.where(*_base_where(ctx, owners, filters)).group_by(key, Opportunity.currency, prob)
    rows: list[Row] = []
    for k, cur, oc, oa, p, wc, wamt, lc, lamt, ages, cycles in ctx.session.execute(q):
        rows.append(
            Row(
                key=k,
                currency=cur,
                open_count=int(oc or 0),
                open_amount=from_minor(int(oa or 0), cur),
                weighted_amount=from_minor(int(oa or 0) * int(p or 0), cur) / 100,
                won_count=int(wc or 0),
                won_amount=from_minor(int(wamt or 0), cur),
                lost_count=int(lc or 0),
                lost_amount=from_minor(int(lamt or 0), cur),
                age_days_sum=float(ages or 0),
                cycle_days_sum=float(cycles or 0),
            )
        )
    return _fold(rows)


def _fold(rows: list[Row]) -> list[Row]:
    """One row per (key, currency): the queries group by probability as well, so that
    amount x probability is multiplied here, exactly, and never overflows BIGINT in SQL
    (PostgreSQL: "bigint out of range"; SQLite: silently floating point)."""
    out: dict[tuple[Any, str], Row] = {}
    for r in rows:
        if (r.key, r.currency) in out:
            out[r.key, r.currency].add(r)
        else:
            out[r.key, r.currency] = r
    return list(out.values())


# ---- re-keying and currencies -------------------------------------------------------------


@dataclass
class People:
    """Names behind owner ids, and each owner's team/manager/region (a few hundred rows).

    Rows are per user, never per display name: when two members share a name (old data,
    imports), the later one is labelled "Bob (2)" so their rows stay apart (the label is
    also what ``find_user`` accepts to pick one of them).
    """

    names: dict[int, str]
    team_of: dict[int, Team]

    @classmethod
    def load(cls, session: Session, ws_id: int) -> People:
        names: dict[int, str] = {}
        team_of: dict[int, Team] = {}
        teams = {t.id: t for t in session.scalars(select(Team).where(Team.workspace_id == ws_id))}
        rows = session.execute(
            select(User.id, User.display_name, User.team_id)
            .where(User.workspace_id == ws_id)
            .order_by(User.id)
        ).all()
        taken = {name_key(name) for _, name, _ in rows}
        seen: dict[str, int] = {}
        for uid, name, team_id in rows:
            nth = seen[name_key(name)] = seen.get(name_key(name), 0) + 1
            label = name
            while nth > 1 and name_key(label) in taken:
                label = f"{name} ({nth})"
                nth += 1
            taken.add(name_key(label))
            names[uid] = label
            if team_id in teams:
                team_of[uid] = teams[team_id]
        return cls(names, team_of)

    def key(self, group_by: str, owner_id: int | None) -> str:
        if owner_id is None:
            return NO_KEY[group_by]
        if group_by == "owner":
            return self.names.get(owner_id, NO_KEY["owner"])
        team = self.team_of.get(owner_id)
        if team is None:
            return NO_KEY[group_by]
        if group_by == "manager":
            return (
                self.names.get(team.manager_id, NO_KEY["manager"])
                if team.manager_id
                else (NO_KEY["manager"])
            )
        if group_by == "team":
            return team.name
        return team.region or NO_KEY["region"]


def _quarter_key(month: str | None) -> str:
    if not month or len(month) < 7:
        return NO_KEY["quarter"]
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def fx_rates(ws: Workspace) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for cur, raw in (settings(ws).get("fx_rates") or {}).items():
        try:
            rate = Decimal(str(raw))
        except InvalidOperation:
            continue
        if valid_rate(rate):  # a rate stored before the bounds existed is left out
            out[str(cur).upper()] = rate
    return out


def _merge(rows: list[Row], keyfn: Any, ws: Workspace, convert: bool) -> tuple[list[Row], Any]:
    rates = fx_rates(ws) if convert else {}
    target = ws.currency if rates else None
    merged: dict[tuple[str, str], Row] = {}
    used: dict[str, Decimal] = {}
    missing: set[str] = set()
    for r in rows:
        key = keyfn(r.key)
        cur, rate = r.currency, Decimal(1)
        if target is not None:
            if r.currency == target:
                cur = target
            elif r.currency in rates:
                cur, rate = target, rates[r.currency]
                used[r.currency] = rate
            else:
                missing.add(r.currency)
        merged.setdefault((key, cur), Row(key, cur)).add(r, rate)
    return list(merged.values()), (target, used, sorted(missing))


def _order(group_by: str, rows: list[Row]) -> list[Row]:
    if group_by == "stage":
        pos = {s: i for i, s in enumerate(STAGES)}
        return sorted(rows, key=lambda r: (pos.get(r.key, 99), r.currency))
    return sorted(rows, key=lambda r: (r.key.startswith("("), r.key, r.currency))


def _totals(rows: list[Row]) -> list[Row]:
    out: dict[str, Row] = {}
    for r in rows:
        out.setdefault(r.currency, Row("total", r.currency)).add(r)
    return [out[c] for c in sorted(out)]


def summarize(
    ctx: Ctx,
    scope: Scope,
    group_by: str = "stage",
    filters: Filters | None = None,
    *,
    convert: bool = True,
    rollup: bool = True,
) -> Summary:
    """The one report behind `pipeline`, `forecast`, `winrate`, digests, charts and the CLI.

    ``rollup=False`` forces the scan of the deals (the tests compare both paths)."""
    filters = filters or Filters()
    if group_by not in (*GROUPS, "total"):
        raise UserError(f"I can group by {', '.join(GROUPS)}; not by '{group_by}'")
    if filters.owner_ids is not None and scope.owner_ids is not None:
        hidden = filters.owner_ids - scope.owner_ids
        if hidden:
            raise UserError("you can only see your own pipeline (and your team's totals)")
    sql_group = "month" if group_by == "quarter" else group_by
    raw = _aggregate(ctx, sql_group, scope.owner_ids, filters, rollup=rollup)
    keyfn: Callable[[Any], str]
    if group_by in ("owner", "manager", "team", "region"):
        people = People.load(ctx.session, ctx.ws_id)

        def by_person(k: Any) -> str:
            return people.key(group_by, k)

        keyfn = by_person
    elif group_by == "quarter":
        keyfn = _quarter_key
    else:

        def plain(k: Any) -> str:
            return str(k) if k is not None else NO_KEY.get(group_by, "(none)")

        keyfn = plain

    rows, (target, used, missing) = _merge(raw, keyfn, ctx.workspace, convert)
    rows = _order(group_by, rows)
    summary = Summary(group_by, rows, _totals(rows), scope, filters, target, used, missing)
    summary.base_currency = ctx.workspace.currency
    if scope.team_owner_ids:
        team_filters = replace(filters, owner_ids=None)
        team_raw = _aggregate(ctx, "total", scope.team_owner_ids, team_filters, rollup=rollup)
        team_rows, _ = _merge(team_raw, lambda k: "team", ctx.workspace, convert)
        summary.team_totals = _totals(team_rows)
    return summary


# ---- the JSON contract --------------------------------------------------------------------


def amount_str(value: Decimal, currency: str) -> str:
    """A decimal string rounded to the currency's minor unit ('1234.50', '1200')."""
    q = Decimal(1).scaleb(-exponent(currency))
    return str(value.quantize(q, rounding=ROUND_HALF_UP))


def row_json(r: Row, with_key: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"key": r.key} if with_key else {}
    wr = r.win_rate
    out.update(
        currency=r.currency,
        open_count=r.open_count,
        open_amount=amount_str(r.open_amount, r.currency),
        weighted_amount=amount_str(r.weighted_amount, r.currency),
        won_count=r.won_count,
        won_amount=amount_str(r.won_amount, r.currency),
        lost_count=r.lost_count,
        win_rate=None if wr is None else round(wr, 4),
    )
    return out


def summary_json(s: Summary) -> dict[str, Any]:
    """The stable contract of `crmbot report pipeline --format json`."""
    out: dict[str, Any] = {
        "group_by": s.group_by,
        "rows": [row_json(r) for r in s.rows],
        "totals": [row_json(r, with_key=False) for r in s.totals],
    }
    if s.converted_to:
        out["converted_to"] = s.converted_to
        out["rates"] = {c: str(r) for c, r in s.rates.items()}
    if s.filters.period:
        out["period"] = {
            "start": s.filters.period.start.isoformat(),
            "end": (s.filters.period.end - timedelta(days=1)).isoformat(),
        }
    return out


# ---- drill-down, stale deals, weekly changes ----------------------------------------------


def drill(
    ctx: Ctx,
    scope: Scope,
    group_by: str,
    key: str,
    filters: Filters | None = None,
    *,
    status: str | None = "open",
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Opportunity], int]:
    """The deals behind one row of a summary (same scope and filters as the row)."""
    filters = filters or Filters()
    dialect = _dialect(ctx.session)
    conds = _base_where(ctx, scope.owner_ids, filters)
    if status in ("open", "won", "lost"):
        conds.append(Opportunity.status == status)
    q = select(Opportunity)
    want = key.strip()
    if group_by == "stage":
        conds.append(Opportunity.stage == want.lower())
    elif group_by in ("owner", "manager", "team", "region"):
        people = People.load(ctx.session, ctx.ws_id)
        wk = want.casefold()
        ids = [uid for uid in people.names if people.key(group_by, uid).casefold() == wk]
        if wk == NO_KEY[group_by].casefold():
            conds.append(or_(Opportunity.owner_id.is_(None), Opportunity.owner_id.in_(ids)))
        else:
            conds.append(Opportunity.owner_id.in_(ids) if ids else literal(False))
    elif group_by == "industry":
        q = q.outerjoin(Account, Account.id == Opportunity.account_id)
        conds.append(func.lower(Account.industry) == want.lower())
    elif group_by == "source":
        q = q.outerjoin(Account, Account.id == Opportunity.account_id).outerjoin(
            Contact, Contact.id == Opportunity.contact_id
        )
        q = q.outerjoin(Campaign, Campaign.id == Opportunity.campaign_id)
        conds.append(func.lower(_source_expr()) == want.lower())
    elif group_by == "campaign":
        q = q.outerjoin(Campaign, Campaign.id == Opportunity.campaign_id)
        if want.casefold() == NO_KEY["campaign"]:
            conds.append(Opportunity.campaign_id.is_(None))
        else:
            conds.append(Campaign.name_key == name_key(want))
    elif group_by == "month":
        conds.append(_month_of(dialect, period_date(dialect)) == want)
    elif group_by == "quarter":
        m = re.fullmatch(r"(\d{4})-Q([1-4])", want.upper())
        if not m:
            raise UserError("a quarter looks like 2026-Q4")
        p = _q_period(int(m.group(1)), int(m.group(2)))
        pd = period_date(dialect)
        conds += [pd >= p.start, pd < p.end]
    else:
        raise UserError(f"I can list the deals behind a row of: {', '.join(GROUPS)}")
    q = q.where(*conds)
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = list(
        ctx.session.scalars(
            q.order_by(Opportunity.amount_minor.desc().nulls_last(), Opportunity.id)
            .offset(offset)
            .limit(limit)
        )
    )
    return rows, total


def stale_deals(
    ctx: Ctx, scope: Scope, days: int | None = None, limit: int = 20
) -> tuple[list[Opportunity], int, int]:
    """Open deals with no activity (nor stage move) for ``days`` days, oldest first.

    Returns (deals, total, days). Paused deals are left out until their pause ends.
    """
    if days is None:
        days = int(settings(ctx.workspace)["followups"]["stale_deal"].get("days", 14))
    cutoff = ctx.now - timedelta(days=days)
    touched = func.coalesce(Opportunity.last_activity_at, Opportunity.stage_entered_at)
    q = select(Opportunity).where(
        *_base_where(ctx, scope.owner_ids, Filters()),
        Opportunity.status == "open",
        touched < cutoff,
        or_(Opportunity.paused_until.is_(None), Opportunity.paused_until <= ctx.now.date()),
    )
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = list(ctx.session.scalars(q.order_by(touched, Opportunity.id).limit(limit)))
    return rows, total, days


def undated_open(ctx: Ctx, scope: Scope, filters: Filters) -> list[tuple[str, int, int]]:
    """Open deals with no expected close date (so in no forecast period), per currency:
    (currency, count, amount in minor units), within the scope and owner/stage filters."""
    rows = ctx.session.execute(
        select(
            Opportunity.currency,
            func.count(),
            func.coalesce(func.sum(Opportunity.amount_minor), 0),
        )
        .where(
            *_base_where(ctx, scope.owner_ids, replace(filters, period=None)),
            Opportunity.status == "open",
            Opportunity.close_date.is_(None),
        )
        .group_by(Opportunity.currency)
        .order_by(Opportunity.currency)
    ).all()
    return [(str(cur), int(n or 0), int(amount or 0)) for cur, n, amount in rows]


def departed_owners(ctx: Ctx, scope: Scope) -> list[tuple[str, int]]:
    """Members removed from the workspace who still own open deals in ``scope``: (name,
    open deals), most first. Their deals get no follow-ups (those go to active members)."""
    rows = ctx.session.execute(
        select(User.display_name, func.count())
        .join(Opportunity, Opportunity.owner_id == User.id)
        .where(
            *_base_where(ctx, scope.owner_ids, Filters()),
            Opportunity.status == "open",
            User.active.is_(False),
        )
        .group_by(User.id, User.display_name)
        .order_by(func.count().desc(), User.display_name)
    ).all()
    return [(str(name), int(n)) for name, n in rows]


@dataclass
class Change:
    kind: str  # created | forward | back | won | lost | slipped
    deal_id: int
    title: str
    amount_minor: int | None
    currency: str
    detail: str
    at: datetime


def changes_since(
    ctx: Ctx, scope: Scope, since: datetime, until: datetime | None = None
) -> list[Change]:
    """What happened to visible deals since ``since`` (and before ``until``, when given: "last
    month" is a closed span): from stage_changes and the audit log."""
    pos = {s: i for i, s in enumerate(STAGES)}
    base = [
        Opportunity.workspace_id == ctx.ws_id,
        Opportunity.deleted_at.is_(None),
    ]
    if scope.owner_ids is not None:
        base.append(Opportunity.owner_id.in_(sorted(scope.owner_ids)))
    out: list[Change] = []
    q = (
        select(StageChange, Opportunity.title, Opportunity.amount_minor, Opportunity.currency)
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(StageChange.workspace_id == ctx.ws_id, StageChange.at >= since, *base)
        .order_by(StageChange.at, StageChange.id)
    )
    if until is not None:
        q = q.where(StageChange.at < until)
    for sc, title, amount, cur in ctx.session.execute(q):
        if sc.from_stage is None:
            kind, detail = "created", sc.to_stage
        elif sc.to_stage in ("won", "lost"):
            kind, detail = sc.to_stage, f"from {sc.from_stage}"
        else:
            fwd = pos.get(sc.to_stage, 0) > pos.get(sc.from_stage, 0)
            kind, detail = ("forward" if fwd else "back"), f"{sc.from_stage} → {sc.to_stage}"
        out.append(Change(kind, sc.opportunity_id, title, amount, cur, detail, sc.at))
    audit = aliased(AuditLog)
    q2 = (
        select(audit.before, audit.after, audit.at, Opportunity)
        .join(Opportunity, Opportunity.id == audit.entity_id)
        .where(
            audit.workspace_id == ctx.ws_id,
            audit.entity_type == "opportunities",
            audit.action.in_(("update", "import")),
            audit.at >= since,
            *base,
        )
        .order_by(audit.at, audit.id)
    )
    if until is not None:
        q2 = q2.where(audit.at < until)
    for before, after, at, deal in ctx.session.execute(q2):
        old = (before or {}).get("close_date")
        new = (after or {}).get("close_date")
        if old and new and new > old:
            out.append(
                Change(
                    "slipped",
                    deal.id,
                    deal.title,
                    deal.amount_minor,
                    deal.currency,
                    f"close {old} → {new}",
                    at,
                )
            )
    return out


def week_ago(now: datetime) -> datetime:
    return now - timedelta(days=7)


def start_of_day(d: date) -> datetime:
    return datetime.combine(d, time(0), tzinfo=UTC)


def closing_between(
    ctx: Ctx, scope: Scope, start: date | None, end: date, limit: int = 10
) -> list[Opportunity]:
    """Open visible deals expected to close before ``end`` (overdue ones too if start is None)."""
    q = select(Opportunity).where(
        *_base_where(ctx, scope.owner_ids, Filters()),
        Opportunity.status == "open",
        Opportunity.close_date.is_not(None),
        Opportunity.close_date < end,
    )
    if start is not None:
        q = q.where(Opportunity.close_date >= start)
    return list(
        ctx.session.scalars(q.order_by(Opportunity.close_date, Opportunity.id).limit(limit))
    )
