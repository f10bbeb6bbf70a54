"""Read-side queries for cards, timelines, lists and the first pipeline summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select

from storage.context import Ctx
from storage.lookup import visible_deals
from storage.models import (
    OPEN_STAGES,
    Account,
    Activity,
    Contact,
    Opportunity,
    StageChange,
)
from storage.reports import Period, period_date
from storage.teams import manager_owner_clause
from storage.workspaces import stage_probability
from storage.write_path import load_rows


def _activities_seen(
    ctx: Ctx,
    q: Any,
    *,
    contact_id: int | None = None,
    account_id: int | None = None,
    deal_id: int | None = None,
    user_id: int | None = None,
    since: datetime | None = None,
    before: datetime | None = None,
    kind: str | None = None,
) -> Any:
    """``q`` (a select over activities) kept to the activities the reader may see (contacts
    and accounts are shared; their deals are not: the rule of ``visible_deals``), narrowed by
    the filters."""
    q = q.where(Activity.workspace_id == ctx.ws_id, Activity.deleted_at.is_(None))
    owners = ctx.deal_owner_ids()
    if owners is not None:
        seen = select(Opportunity.id).where(
            Opportunity.workspace_id == ctx.ws_id, Opportunity.owner_id.in_(sorted(owners))
        )
        q = q.where(or_(Activity.opportunity_id.is_(None), Activity.opportunity_id.in_(seen)))
    if contact_id is not None:
        q = q.where(Activity.contact_id == contact_id)
    if account_id is not None:
        q = q.where(Activity.account_id == account_id)
    if deal_id is not None:
        q = q.where(Activity.opportunity_id == deal_id)
    if user_id is not None:
        q = q.where(Activity.user_id == user_id)
    if since is not None:
        q = q.where(Activity.occurred_at >= since)
    if before is not None:
        q = q.where(Activity.occurred_at < before)
    if kind is not None:
        q = q.where(Activity.type == kind)
    return q


def recent_activities(ctx: Ctx, *, limit: int = 5, **filters: Any) -> list[Activity]:
    """A record's latest activities the reader may see, newest first. Filters (as
    :func:`_activities_seen`): ``contact_id``, ``account_id``, ``deal_id``, ``user_id`` (one
    rep's), ``since``/``before`` (aware, a window of time), ``kind`` (call, meeting, …)."""
    q = _activities_seen(ctx, select(Activity), **filters)
    return list(ctx.session.scalars(q.order_by(Activity.occurred_at.desc()).limit(limit)))


def activity_counts(ctx: Ctx, by: str = "type", **filters: Any) -> dict[Any, int]:
    """How many activities the reader may see, by ``type`` or by ``user`` (user id), with the
    filters of :func:`recent_activities`: "how many calls did we make this week" counts them
    all, where the list shows only the latest."""
    col = Activity.type if by == "type" else Activity.user_id
    q = _activities_seen(ctx, select(col, func.count()), **filters).group_by(col)
    return {key: n for key, n in ctx.session.execute(q).all()}


def last_contact_changed(ctx: Ctx) -> Contact | None:
    """The contact the user's last change (inside the undo window) created, edited or logged
    an activity on: whom "her email is …" right after "new contact Sara Kim" means."""
    from storage.models import AuditLog
    from storage.undo import last_batch

    batch = last_batch(ctx)
    if batch is None:
        return None
    rows = ctx.session.execute(
        select(AuditLog.entity_type, AuditLog.entity_id)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.batch == batch,
            AuditLog.entity_type.in_(("contacts", "activities")),
            AuditLog.action.in_(("create", "update")),
        )
        .order_by(AuditLog.id.desc())
    ).all()
    for kind, entity_id in rows:
        contact_id = entity_id
        if kind == "activities":
            act = ctx.session.get(Activity, entity_id)
            contact_id = act.contact_id if act is not None else None
        contact = ctx.session.get(Contact, contact_id) if contact_id else None
        if contact is not None and contact.workspace_id == ctx.ws_id and not contact.deleted_at:
            return contact
    return None


def people_and_accounts(
    ctx: Ctx, contact_ids: set[int], account_ids: set[int]
) -> tuple[dict[int, Contact], dict[int, Account]]:
    """The contacts and accounts of a list of activities, one query each (not one a row)."""
    contacts: dict[int, Contact] = {}
    accounts: dict[int, Account] = {}
    if contact_ids:
        q = select(Contact).where(
            Contact.workspace_id == ctx.ws_id, Contact.id.in_(sorted(contact_ids))
        )
        contacts = {c.id: c for c in ctx.session.scalars(q)}
    if account_ids:
        q2 = select(Account).where(
            Account.workspace_id == ctx.ws_id, Account.id.in_(sorted(account_ids))
        )
        accounts = {a.id: a for a in ctx.session.scalars(q2)}
    return contacts, accounts


def stage_history(ctx: Ctx, deal_id: int, limit: int = 10) -> list[StageChange]:
    return list(
        ctx.session.scalars(
            select(StageChange)
            .where(StageChange.workspace_id == ctx.ws_id, StageChange.opportunity_id == deal_id)
            .order_by(StageChange.at.desc(), StageChange.id.desc())
            .limit(limit)
        )
    )


def deals_of(
    ctx: Ctx, *, account_id: int | None = None, contact_id: int | None = None, limit: int = 10
) -> list[Opportunity]:
    q = visible_deals(
        ctx,
        select(Opportunity).where(
            Opportunity.workspace_id == ctx.ws_id, Opportunity.deleted_at.is_(None)
        ),
    )
    if account_id is not None:
        q = q.where(Opportunity.account_id == account_id)
    if contact_id is not None:
        q = q.where(Opportunity.contact_id == contact_id)
    return list(
        ctx.session.scalars(q.order_by(Opportunity.status, Opportunity.id.desc()).limit(limit))
    )


def contacts_of(ctx: Ctx, account_id: int, limit: int = 10) -> list[Contact]:
    return list(
        ctx.session.scalars(
            select(Contact)
            .where(
                Contact.workspace_id == ctx.ws_id,
                Contact.account_id == account_id,
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.name_key)
            .limit(limit)
        )
    )


def list_contacts(
    ctx: Ctx,
    *,
    mine: bool = False,
    account_id: int | None = None,
    lifecycle: str | None = None,
    tag: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Contact], int]:
    q = select(Contact).where(Contact.workspace_id == ctx.ws_id, Contact.deleted_at.is_(None))
    if mine:
        q = q.where(Contact.owner_id == ctx.user.id)
    if account_id is not None:
        q = q.where(Contact.account_id == account_id)
    if lifecycle:
        q = q.where(Contact.lifecycle == lifecycle)
    rows = list(
        ctx.session.scalars(
            q.order_by(Contact.name_key).offset(offset).limit(limit * 5 if tag else limit)
        )
    )
    if tag:
        rows = [c for c in rows if tag in (c.tags or [])][:limit]
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    return rows, total


def list_accounts(ctx: Ctx, limit: int = 20, offset: int = 0) -> tuple[list[Account], int]:
    q = select(Account).where(Account.workspace_id == ctx.ws_id, Account.deleted_at.is_(None))
    rows = list(ctx.session.scalars(q.order_by(Account.name_key).offset(offset).limit(limit)))
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    return rows, total


@dataclass(frozen=True)
class Money:
    """An amount said in a filter ("deals over 50k"): the value and its currency."""

    value: Decimal
    currency: str


def comparable_currencies(ctx: Ctx, currency: str) -> dict[str, Decimal]:
    """The currencies a deal may be in for its amount to be compared with one in
    ``currency``, and what one unit of each is worth in ``currency`` (the workspace rates
    convert to and from the workspace currency; a currency with no rate is not comparable)."""
    from storage.reports import fx_rates

    ws_cur = ctx.workspace.currency
    to_ws = {ws_cur: Decimal(1), **fx_rates(ctx.workspace)}  # 1 unit of c = rate ws units
    if currency not in to_ws:
        return {currency: Decimal(1)}
    base = to_ws[currency]
    return {c: rate / base for c, rate in to_ws.items()}


def _amount_bound(ctx: Ctx, said: Money, *, at_least: bool) -> ColumnElement[bool]:
    """Deals whose amount is at least (or below) ``said``, each compared in its own currency
    (the bound converted with the workspace rates); deals in a currency with no rate never
    match (the list says how many were left out)."""
    from storage.money import exponent

    parts = []
    for cur, worth in comparable_currencies(ctx, said.currency).items():
        bound = said.value / worth * (Decimal(10) ** exponent(cur))
        minor = int(bound.to_integral_value(rounding="ROUND_CEILING"))
        cmp = Opportunity.amount_minor >= minor if at_least else Opportunity.amount_minor < minor
        parts.append(and_(Opportunity.currency == cur, cmp))
    return or_(*parts)


def _in_workspace_currency(ctx: Ctx) -> ColumnElement[Any]:
    """A deal's amount in the workspace currency's units, for ordering by size: a GBP
    492,000 deal is bigger than a EUR 498,000 one at 1.17 (a currency with no rate counts
    as its number, as before)."""
    from sqlalchemy import Numeric, case, cast

    from storage.money import exponent

    worth = comparable_currencies(ctx, ctx.workspace.currency)
    amount = cast(Opportunity.amount_minor, Numeric(24, 6))
    whens = [
        (Opportunity.currency == cur, amount * rate / (10 ** exponent(cur)))
        for cur, rate in worth.items()
    ]
    return case(*whens, else_=amount / 100)


def list_deals(
    ctx: Ctx,
    *,
    mine: bool = False,
    stage: str | None = None,
    status: str | None = "open",
    limit: int = 20,
    offset: int = 0,
    close: Period | None = None,
    overdue_on: date | None = None,
    owner_id: int | None = None,
    account_id: int | None = None,
    biggest: bool = False,
    amount_at_least: Money | None = None,
    amount_below: Money | None = None,
) -> tuple[list[Opportunity], int]:
    """A page of the visible deals and their count. ``close`` keeps deals whose expected close
    (open ones) or close (won and lost ones) falls in the period; ``overdue_on`` keeps open
    deals expected to close before that day; ``owner_id`` one member's (of those visible);
    ``account_id`` one account's; ``biggest`` orders by amount, largest first (other
    currencies converted at the workspace rates; one with no rate compares as its number)."""
    q = visible_deals(
        ctx,
        select(Opportunity).where(
            Opportunity.workspace_id == ctx.ws_id, Opportunity.deleted_at.is_(None)
        ),
    )
    if status:
        q = q.where(Opportunity.status == status)
    if stage:
        q = q.where(Opportunity.stage == stage)
    if mine:
        q = q.where(Opportunity.owner_id == ctx.user.id)
    if owner_id is not None:
        q = q.where(Opportunity.owner_id == owner_id)
    if account_id is not None:
        q = q.where(Opportunity.account_id == account_id)
    if close is not None:
        pd = period_date(ctx.session.get_bind().dialect.name)
        q = q.where(pd >= close.start, pd < close.end)
    if overdue_on is not None:
        q = q.where(Opportunity.status == "open", Opportunity.close_date < overdue_on)
    if amount_at_least is not None:
        q = q.where(_amount_bound(ctx, amount_at_least, at_least=True))
    if amount_below is not None:
        q = q.where(_amount_bound(ctx, amount_below, at_least=False))
    rows = list(
        ctx.session.scalars(
            q.order_by(
                *(
                    (Opportunity.amount_minor.is_(None), _in_workspace_currency(ctx).desc())
                    if biggest
                    else ()
                ),
                Opportunity.close_date.is_(None),
                Opportunity.close_date,
                Opportunity.id,
            )
            .offset(offset)
            .limit(limit)
        )
    )
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    return rows, total


def search(
    ctx: Ctx, text: str, limit: int = 10
) -> tuple[list[Contact], list[Account], list[Opportunity]]:
    from storage.lookup import find_accounts, find_contacts, find_deals

    return (
        find_contacts(ctx, text).matches[:limit],
        find_accounts(ctx, text).matches[:limit],
        find_deals(ctx, text).matches[:limit],
    )


@dataclass
class StageRow:
    stage: str
    currency: str
    count: int
    total_minor: int
    weighted_minor: int


def pipeline_by_stage(ctx: Ctx, owner_id: int | None = None) -> list[StageRow]:
    """Open deals per stage and currency: count, total and probability-weighted total.

    Weighting happens in SQL per (stage, probability override) group, so the cost is
    one grouped index scan whatever the number of deals.
    """
    q = (
        select(
            Opportunity.stage,
            Opportunity.currency,
            Opportunity.probability,
            func.count(),
            func.coalesce(func.sum(Opportunity.amount_minor), 0),
        )
        .where(
            Opportunity.workspace_id == ctx.ws_id,
            Opportunity.status == "open",
            Opportunity.deleted_at.is_(None),
        )
        .group_by(Opportunity.stage, Opportunity.currency, Opportunity.probability)
    )
    if owner_id is not None:
        q = q.where(Opportunity.owner_id == owner_id)
    acc: dict[tuple[str, str], StageRow] = {}
    for stage, currency, prob, count, total in ctx.session.execute(q):
        p = prob if prob is not None else stage_probability(ctx.workspace, stage)
        row = acc.setdefault((stage, currency), StageRow(stage, currency, 0, 0, 0))
        row.count += count
        row.total_minor += int(total or 0)
        row.weighted_minor += int(total or 0) * int(p or 0) // 100
    order = {s: i for i, s in enumerate(OPEN_STAGES)}
    return sorted(acc.values(), key=lambda r: (order.get(r.stage, 99), r.currency))


def activity_count_since(ctx: Ctx, since: datetime) -> int:
    return (
        ctx.session.scalar(
            select(func.count()).where(
                Activity.workspace_id == ctx.ws_id, Activity.created_at >= since
            )
        )
        or 0
    )


def open_deals_touching(
    ctx: Ctx, *, contact_id: int | None, account_id: int | None, limit: int = 20
) -> list[Opportunity]:
    """The open deals an activity with this contact or account may be about, the most
    recently active first (last activity, else when the deal entered its stage)."""
    if contact_id is None and account_id is None:
        return []
    params: dict[str, Any] = {"ws": ctx.ws_id, "contact": contact_id, "account": account_id}
    params["n"] = limit
    # The rule of storage.lookup.visible_deals. A manager's team not read yet by this
    # message is read inside this statement (storage.teams: the same rule in SQL), not by
    # a statement of its own first.
    scope: str | None
    if ctx.user.role == "manager" and not ctx.deal_owners_known():
        scope = "team"
        params |= {"me": ctx.user.id, "own": ctx.user.team_id}
    else:
        owners = ctx.deal_owner_ids()
        scope = None if owners is None else "ids"
        if owners is not None:
            params["owners"] = sorted(owners)
    stmt = _open_deals_statement(contact_id is not None, account_id is not None, scope)

    return [row[0] for row in load_rows(ctx.session, stmt, params, (Opportunity,))]


_OPEN_DEALS: dict[tuple[bool, bool, str | None], Select[Any]] = {}


def _open_deals_statement(by_contact: bool, by_account: bool, scope: str | None) -> Select[Any]:
    """The query of :func:`open_deals_touching`, built once per shape (every logged
    activity runs it: building a select and its cache key cost more than running it)."""
    key = (by_contact, by_account, scope)
    stmt = _OPEN_DEALS.get(key)
    if stmt is None:
        who = []
        if by_contact:
            who.append(Opportunity.contact_id == bindparam("contact"))
        if by_account:
            who.append(Opportunity.account_id == bindparam("account"))
        # On the table's columns: storage.write_path.load_rows makes the objects.
        stmt = select(*Opportunity.__table__.c).where(
            Opportunity.workspace_id == bindparam("ws"),
            Opportunity.deleted_at.is_(None),
            Opportunity.status == "open",
            or_(*who),
        )
        if scope == "ids":
            stmt = stmt.where(Opportunity.owner_id.in_(bindparam("owners", expanding=True)))
        elif scope == "team":
            stmt = stmt.where(manager_owner_clause(Opportunity.owner_id))
        touched = func.coalesce(Opportunity.last_activity_at, Opportunity.stage_entered_at)
        stmt = stmt.order_by(touched.desc(), Opportunity.id.desc()).limit(bindparam("n"))
        _OPEN_DEALS[key] = stmt
    return stmt


def activity(ctx: Ctx, activity_id: int) -> Activity | None:
    """One live activity of this workspace, unless it is about a deal the reader may not see
    (the rule of :func:`recent_activities`)."""
    act = ctx.session.get(Activity, activity_id)
    if act is None or act.workspace_id != ctx.ws_id or act.deleted_at is not None:
        return None
    owners = ctx.deal_owner_ids()
    if owners is not None and act.opportunity_id is not None:
        deal = ctx.session.get(Opportunity, act.opportunity_id)
        if deal is not None and deal.owner_id not in owners:
            return None
    return act


def largest_amount(ctx: Ctx, currency: str, *, exclude_id: int | None = None) -> int | None:
    """The largest deal amount of the workspace in ``currency`` (minor units), any status:
    what "the usual range" of an amount is measured against."""
    q = select(func.max(Opportunity.amount_minor)).where(
        Opportunity.workspace_id == ctx.ws_id,
        Opportunity.deleted_at.is_(None),
        Opportunity.currency == currency,
    )
    if exclude_id is not None:
        q = q.where(Opportunity.id != exclude_id)
    return ctx.session.scalar(q)


def open_deals_of(
    ctx: Ctx, *, account_id: int | None = None, contact_id: int | None = None, limit: int = 10
) -> list[Opportunity]:
    """The open deals of one account or one contact, soonest close first ("what's next for
    Initech?")."""
    column = Opportunity.account_id if account_id is not None else Opportunity.contact_id
    wanted = account_id if account_id is not None else contact_id
    return list(
        ctx.session.scalars(
            select(Opportunity)
            .where(
                Opportunity.workspace_id == ctx.ws_id,
                column == wanted,
                Opportunity.status == "open",
                Opportunity.deleted_at.is_(None),
            )
            .order_by(Opportunity.close_date, Opportunity.id)
            .limit(limit)
        )
    )


def contacts_at(ctx: Ctx, account_ids: list[int], limit: int | None = None) -> list[Contact]:
    """The live contacts of these accounts, oldest first."""
    if not account_ids:
        return []
    q = (
        select(Contact)
        .where(
            Contact.workspace_id == ctx.ws_id,
            Contact.account_id.in_(account_ids),
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.id)
    )
    return list(ctx.session.scalars(q if limit is None else q.limit(limit)))
