"""CSV exports of issue 14: a campaign's members with their statuses, and contacts or
accounts chosen by the segment filters (``crmbot export contacts --where ...``)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select

from storage import segments
from storage.campaigns import find_campaign, members_for_export
from storage.context import Ctx
from storage.errors import UserError
from storage.exporter import sheet_cell
from storage.models import Account, Contact

MEMBER_COLUMNS = (
    "contact_id", "name", "email", "account", "owner", "status", "status_at", "send_status",
    "sent_at", "fail_reason",
)  # fmt: skip


def _cell(v: Any) -> Any:
    """One spreadsheet cell, escaped like every export (OWASP CSV injection)."""
    if isinstance(v, datetime):
        return v.isoformat()
    return sheet_cell(v)


def export_campaign(ctx: Ctx, name: str, out: Any) -> int:
    camp = find_campaign(ctx, name)
    accounts = dict(
        ctx.session.execute(
            select(Account.id, Account.name).where(Account.workspace_id == ctx.ws_id)
        ).all()
    )
    writer = csv.writer(out)
    writer.writerow(MEMBER_COLUMNS)
    n = 0
    for m, c, owner in members_for_export(ctx, camp):
        writer.writerow(
            [_cell(v) for v in (
                c.id, c.name, c.email,
                accounts.get(c.account_id) if c.account_id is not None else None, owner,
                m.status, m.status_at,
                m.send_status, m.sent_at, m.fail_reason,
            )]
        )  # fmt: skip
        n += 1
    return n


def export_filtered(ctx: Ctx, table: str, filters: Mapping[str, str], out: Any) -> int:
    """Contacts or accounts matching the segment filters, every column (like export)."""
    filters = segments.normalise(filters)
    if table == "contacts":
        model: Any = Contact
        ids = segments.contact_query(ctx, filters).subquery()
        where = Contact.id.in_(select(ids.c.id))
    elif table == "accounts":
        model = Account
        rows, _ = segments.accounts_matching(ctx, filters, limit=10**9)
        where = Account.id.in_(
            select(Account.id).where(Account.id.in_([a.id for a in rows] or [-1]))
        )
    else:
        raise UserError("filters (--where, --segment) work with contacts and accounts")
    cols = [c.key for c in model.__table__.columns]
    picked: list[Any] = [getattr(model, c) for c in cols]
    q = select(*picked)
    if model is Contact:  # the lead score (issue 15) as the last column
        from storage.scoring_models import ContactScore

        cols.append("score")
        q = select(*picked, ContactScore.score).outerjoin(
            ContactScore, ContactScore.contact_id == Contact.id
        )
    writer = csv.writer(out)
    writer.writerow(cols)
    n = 0
    q = q.where(model.workspace_id == ctx.ws_id, where)
    for row in ctx.session.execute(q.order_by(model.id).execution_options(yield_per=2000)):
        writer.writerow([_cell(v) for v in row])
        n += 1
    return n
