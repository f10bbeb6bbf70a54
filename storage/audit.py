"""The audit log: who changed what, when, with before/after copies.

Every write made from chat goes through :func:`record`, which also powers undo:
one message is one batch, and undoing a batch replays its before-copies.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from storage.context import Ctx
from storage.models import AuditLog, Base

_SKIP = {"name_key", "first_key", "last_key", "email_key", "phone_rev", "title_key", "birthday_md"}


def snapshot(obj: Base) -> dict[str, Any]:
    """A JSON-safe copy of a row's columns (derived key columns left out)."""
    out: dict[str, Any] = {}
    for col in inspect(obj).mapper.column_attrs:
        if col.key in _SKIP:
            continue
        value = getattr(obj, col.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, list):
            value = list(value)
        out[col.key] = value
    return out


def record(
    ctx: Ctx,
    action: str,
    obj: Base,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    ctx.session.flush()
    entity_type = obj.__tablename__  # type: ignore[attr-defined]
    row = AuditLog(
        workspace_id=ctx.ws_id,
        user_id=ctx.user.id,
        at=ctx.now,
        action=action,
        entity_type=entity_type,
        entity_id=getattr(obj, "id", None),
        before=before,
        after=after if after is not None else (snapshot(obj) if action != "delete" else None),
        batch=ctx.batch,
    )
    ctx.session.add(row)
    return row
