"""CSV export for people: what a manager opens in a spreadsheet, safely.

Records come out with names instead of ids (owner, account, contact), amounts as decimal
numbers in their currency, stage labels of the workspace, dates and local times; deleted
rows stay out. Every text cell that a spreadsheet would run as a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``, as OWASP's
"CSV injection" advice says; numbers are written as numbers, a negative amount included
(it is a number, typed by the code, never by a user). Tables without a person's view
(``stage_changes``, ``audit_log``) are written column by column, escaped the same way.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.context import Ctx
from storage.errors import UserError
from storage.models import (
    Account,
    Activity,
    AuditLog,
    Contact,
    Opportunity,
    Reminder,
    StageChange,
    Team,
    User,
)
from storage.models_cases import Case, CaseEvent
from storage.money import from_minor
from storage.workspaces import stage_label

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int], None]


def sheet_text(value: str) -> str:
    """A text cell no spreadsheet runs as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def sheet_cell(value: Any, tz: ZoneInfo | None = None) -> str | int | float | Decimal:
    """One cell: numbers stay numbers, dates ISO, times local, text escaped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal | float):
        return value
    if isinstance(value, datetime):
        return (value.astimezone(tz) if tz else value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return sheet_text(", ".join(str(v) for v in value))
    if isinstance(value, dict):
        import json

        return sheet_text(json.dumps(value, ensure_ascii=False, default=str))
    return sheet_text(str(value))


class _Names:
    """id -> name of the workspace's users, accounts, contacts, deals (read once)."""

    def __init__(self, ctx: Ctx) -> None:
        s, ws = ctx.session, ctx.ws_id
        self.users = dict(
            s.execute(select(User.id, User.display_name).where(User.workspace_id == ws)).all()
        )
        self.accounts = dict(
            s.execute(select(Account.id, Account.name).where(Account.workspace_id == ws)).all()
        )
        self._contacts: dict[int, str] | None = None
        self._deals: dict[int, str] | None = None
        self._teams: dict[int, str] | None = None
        self._channels: dict[tuple[int, str], list[str]] | None = None
        self._scores: dict[int, int] | None = None
        self.ctx = ctx

    @property
    def contacts(self) -> dict[int, str]:
        if self._contacts is None:
            q = select(Contact.id, Contact.name).where(Contact.workspace_id == self.ctx.ws_id)
            self._contacts = dict(self.ctx.session.execute(q).all())
        return self._contacts

    @property
    def deals(self) -> dict[int, str]:
        if self._deals is None:
            q = select(Opportunity.id, Opportunity.title).where(
                Opportunity.workspace_id == self.ctx.ws_id
            )
            self._deals = dict(self.ctx.session.execute(q).all())
        return self._deals

    @property
    def channels(self) -> dict[tuple[int, str], list[str]]:
        """(contact id, kind) -> second emails/phones, read in one query (not per row)."""
        if self._channels is None:
            from storage.models_channels import ContactChannel

            self._channels = {}
            q = (
                select(ContactChannel.contact_id, ContactChannel.kind, ContactChannel.value)
                .where(ContactChannel.workspace_id == self.ctx.ws_id)
                .order_by(ContactChannel.id)
            )
            for cid, kind, value in self.ctx.session.execute(q):
                self._channels.setdefault((cid, kind), []).append(value)
        return self._channels

    @property
    def scores(self) -> dict[int, int]:
        """contact id -> stored lead score (issue 15), read in one query."""
        if self._scores is None:
            from storage.scoring_models import ContactScore

            q = select(ContactScore.contact_id, ContactScore.score).where(
                ContactScore.workspace_id == self.ctx.ws_id
            )
            self._scores = dict(self.ctx.session.execute(q).all())
        return self._scores

    @property
    def teams(self) -> dict[int, str]:
        if self._teams is None:
            q = select(Team.id, Team.name).where(Team.workspace_id == self.ctx.ws_id)
            self._teams = dict(self.ctx.session.execute(q).all())
        return self._teams


Column = tuple[str, Callable[[Any, _Names], Any]]


def _local(ctx: Ctx) -> ZoneInfo:
    return ZoneInfo(ctx.workspace.timezone or "UTC")


def _day(ctx: Ctx) -> Callable[[datetime | None], date | None]:
    tz = _local(ctx)
    return lambda v: v.astimezone(tz).date() if v else None


def _columns(ctx: Ctx, table: str) -> list[Column] | None:
    ws = ctx.workspace
    day = _day(ctx)
    if table == "contacts":

        def others(kind: str) -> Callable[[Contact, _Names], str]:
            return lambda c, n: ", ".join(n.channels.get((c.id, kind), []))

        return [
            ("id", lambda c, n: c.id),
            ("name", lambda c, n: c.name),
            ("email", lambda c, n: c.email),
            ("phone", lambda c, n: c.phone),
            ("other emails", others("email")),
            ("other phones", others("phone")),
            ("title", lambda c, n: c.title),
            ("account", lambda c, n: n.accounts.get(c.account_id)),
            ("lifecycle", lambda c, n: c.lifecycle),
            ("lead source", lambda c, n: c.lead_source),
            ("do not contact", lambda c, n: c.do_not_contact),
            ("birthday", lambda c, n: c.birthday),
            ("country", lambda c, n: c.country),
            ("time zone", lambda c, n: c.timezone),
            ("telegram", lambda c, n: c.telegram),
            ("keep in touch (weeks)", lambda c, n: c.keep_in_touch_weeks),
            ("tags", lambda c, n: c.tags),
            ("owner", lambda c, n: n.users.get(c.owner_id)),
            ("last activity", lambda c, n: day(c.last_activity_at)),
            ("created", lambda c, n: day(c.created_at)),
            ("score", lambda c, n: n.scores.get(c.id)),
        ]
    if table == "accounts":
        return [
            ("id", lambda a, n: a.id),
            ("name", lambda a, n: a.name),
            ("industry", lambda a, n: a.industry),
            ("region", lambda a, n: a.region),
            ("size", lambda a, n: a.size),
            ("website", lambda a, n: a.website),
            ("lead source", lambda a, n: a.lead_source),
            ("tags", lambda a, n: a.tags),
            ("owner", lambda a, n: n.users.get(a.owner_id)),
            ("created", lambda a, n: day(a.created_at)),
        ]
    if table in ("deals", "opportunities"):
        from storage.workspaces import stage_probability

        return [
            ("id", lambda d, n: d.id),
            ("title", lambda d, n: d.title),
            ("account", lambda d, n: n.accounts.get(d.account_id)),
            ("contact", lambda d, n: n.contacts.get(d.contact_id)),
            ("owner", lambda d, n: n.users.get(d.owner_id)),
            ("stage", lambda d, n: stage_label(ws, d.stage)),
            ("status", lambda d, n: d.status),
            ("amount", lambda d, n: _amount(d)),
            ("currency", lambda d, n: d.currency),
            (
                "probability %",
                lambda d, n: (
                    d.probability if d.probability is not None else stage_probability(ws, d.stage)
                ),
            ),
            ("expected close", lambda d, n: d.close_date),
            ("closed", lambda d, n: day(d.closed_at)),
            ("in stage since", lambda d, n: day(d.stage_entered_at)),
            ("next step", lambda d, n: d.next_step),
            ("lost reason", lambda d, n: d.lost_reason),
            ("created", lambda d, n: day(d.created_at)),
            ("external id", lambda d, n: d.external_id),
        ]
    if table == "activities":
        return [
            ("id", lambda a, n: a.id),
            ("when", lambda a, n: a.occurred_at),
            ("type", lambda a, n: a.type),
            ("note", lambda a, n: a.body),
            ("contact", lambda a, n: n.contacts.get(a.contact_id)),
            ("account", lambda a, n: n.accounts.get(a.account_id)),
            ("deal", lambda a, n: n.deals.get(a.opportunity_id)),
            ("by", lambda a, n: n.users.get(a.user_id)),
        ]
    if table == "reminders":
        about = {"contact": "contacts", "account": "accounts", "deal": "deals"}
        return [
            ("id", lambda r, n: r.id),
            ("due", lambda r, n: r.due_at),
            ("text", lambda r, n: r.text),
            ("for", lambda r, n: n.users.get(r.user_id)),
            ("status", lambda r, n: r.status),
            ("repeats", lambda r, n: r.recurrence),
            (
                "about",
                lambda r, n: (
                    getattr(n, about[r.linked_type]).get(r.linked_id)
                    if r.linked_type in about
                    else None
                ),
            ),
            ("channel", lambda r, n: r.channel),
        ]
    if table == "users":
        return [
            ("id", lambda u, n: u.id),
            ("name", lambda u, n: u.display_name),
            ("email", lambda u, n: u.email),
            ("role", lambda u, n: u.role),
            ("team", lambda u, n: n.teams.get(u.team_id)),
            ("time zone", lambda u, n: u.timezone),
            ("active", lambda u, n: u.active),
        ]
    if table == "teams":
        return [
            ("id", lambda t, n: t.id),
            ("name", lambda t, n: t.name),
            ("region", lambda t, n: t.region),
            ("manager", lambda t, n: n.users.get(t.manager_id)),
        ]
    return None


def _amount(d: Opportunity) -> Decimal | None:
    if d.amount_minor is None:
        return None
    return from_minor(d.amount_minor, d.currency)


MODELS: dict[str, Any] = {
    "accounts": Account,
    "contacts": Contact,
    "deals": Opportunity,
    "opportunities": Opportunity,
    "users": User,
    "teams": Team,
    "activities": Activity,
    "reminders": Reminder,
    "stage_changes": StageChange,
    "audit_log": AuditLog,
    "cases": Case,
    "case_events": CaseEvent,
}


def count_rows(ctx: Ctx, table: str, owner_ids: frozenset[int] | None = None) -> int:
    """How many rows :func:`export_csv` will write (for a progress bar's total)."""
    from sqlalchemy import func

    q = _query(ctx, table, owner_ids)
    return ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0


def _query(ctx: Ctx, table: str, owner_ids: frozenset[int] | None):  # type: ignore[no-untyped-def]
    model = MODELS.get(table)
    if model is None:
        raise UserError(f"I export {', '.join(sorted(MODELS))}; not '{table}'")
    q = select(model).where(model.workspace_id == ctx.ws_id)
    if hasattr(model, "deleted_at"):
        q = q.where(model.deleted_at.is_(None))
    if owner_ids is not None:
        if hasattr(model, "owner_id"):
            q = q.where(model.owner_id.in_(sorted(owner_ids)))
        elif model is User:
            q = q.where(User.id.in_(sorted(owner_ids)))
        elif hasattr(model, "user_id"):
            q = q.where(model.user_id.in_(sorted(owner_ids)))
        else:
            raise UserError(f"{table} can only be exported by admins")
    return q.order_by(model.id)


def export_csv(
    ctx: Ctx,
    table: str,
    out: Any,
    owner_ids: frozenset[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one table of the workspace as a spreadsheet-safe CSV; ``owner_ids`` limits
    rows by owner; ``progress`` is told of every 500 rows written. Returns the row count."""
    q = _query(ctx, table, owner_ids)
    names = _Names(ctx)
    tz = _local(ctx)
    columns = _columns(ctx, table)
    if columns is None:
        model = MODELS[table]
        keys = [c.key for c in model.__table__.columns]
        columns = [(k, _attr(k)) for k in keys]
    writer = csv.writer(out)
    writer.writerow([sheet_text(h) for h in _headers(columns)])
    n = 0
    for obj in ctx.session.scalars(q.execution_options(yield_per=2000)):
        writer.writerow([sheet_cell(get(obj, names), tz) for _, get in columns])
        n += 1
        if progress is not None and n % 500 == 0:
            progress(500)
    if progress is not None and n % 500:
        progress(n % 500)
    return n


def _attr(key: str) -> Callable[[Any, _Names], Any]:
    return lambda obj, n: getattr(obj, key)


def _headers(columns: Iterable[Column]) -> list[str]:
    return [h for h, _ in columns]
