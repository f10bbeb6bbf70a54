"""The audit log: who changed what, when, with before/after copies.

Every write made from chat goes through :func:`record`, which also powers undo:
one message is one batch, and undoing a batch replays its before-copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Mapper, Session

from storage import fastsql
from storage.context import Ctx
from storage.models import AuditLog, Base

_SKIP = {"name_key", "first_key", "last_key", "email_key", "phone_rev", "title_key", "birthday_md"}


_KEYS: dict[type, tuple[str, ...]] = {}


def _keys(cls: type) -> tuple[str, ...]:
    """The attributes a snapshot copies, worked out once per model (mappers do not change)."""
    keys = _KEYS.get(cls)
    if keys is None:
        mapper: Mapper[Any] = inspect(cls)
        keys = _KEYS[cls] = tuple(c.key for c in mapper.column_attrs if c.key not in _SKIP)
    return keys


def snapshot(obj: Base) -> dict[str, Any]:
    """A JSON-safe copy of a row's columns (derived key columns left out)."""
    loaded = obj.__dict__  # what getattr returns for a loaded column, without the descriptor
    keys = _keys(type(obj))
    try:  # every column loaded (a row just written or read): one comprehension
        out = {key: loaded[key] for key in keys}
    except KeyError:  # an expired or deferred column loads through its attribute
        out = {key: loaded[key] if key in loaded else getattr(obj, key) for key in keys}
    for key, value in out.items():  # values replaced in place: the dict keeps its size
        kind = type(value)
        if kind in _AS_IS:  # most columns: one lookup instead of three isinstance checks
            continue
        if kind is datetime and value.tzinfo is UTC:
            value = _utc_iso(value)
        elif isinstance(value, datetime | date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, list):
            value = list(value)
        out[key] = value
    return out


def _utc_iso(value: datetime) -> str:
    """``value.isoformat()`` for an aware UTC datetime, by %-formatting: the same text
    (fraction only when there are microseconds, ``+00:00``) at a quarter of the cost, since
    ``isoformat`` formats through ``PyUnicode_FromFormat``; a snapshot has a few of these
    per row (issue 18; tests/storage/test_audit_snapshot.py compares the two)."""
    global _LAST_ISO
    last = _LAST_ISO  # the last value's text: a message's clock recurs (see types.sqlite_text)
    if last[0] is value:
        return last[1]
    if value.microsecond:
        text = _ISO_US % (
            value.year, value.month, value.day,
            value.hour, value.minute, value.second, value.microsecond,
        )  # fmt: skip
    else:
        text = _ISO % (value.year, value.month, value.day, value.hour, value.minute, value.second)
    _LAST_ISO = (value, text)
    return text


_LAST_ISO: tuple[object, str] = (object(), "")


_ISO_US = "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00"
_ISO = "%04d-%02d-%02dT%02d:%02d:%02d+00:00"

# Types a snapshot keeps as they are (exact types: a subclass goes through the checks).
_AS_IS = frozenset({str, int, float, bool, dict, type(None)})


def record(
    ctx: Ctx,
    action: str,
    obj: Base,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None = None,
    *,
    batch: str | None = None,
) -> None:
    """Note a change; the audit rows are written once, just before the message commits.

    Deferring them saves a flush per write (new rows get their ids in one flush), and the
    'after' copy is the row as committed. A rollback drops the pending notes with the data.
    """
    pending: list[_Pending] = ctx.session.info.setdefault(_KEY, [])
    if not pending:
        fastsql.expect_tail(ctx.session)  # the lead score's write rides with these rows
    pending.append(
        _Pending(ctx.ws_id, ctx.user_id, ctx.now, action, obj, before, after, batch or ctx.batch)
    )


@dataclass
class _Pending:
    workspace_id: int
    user_id: int
    at: datetime
    action: str
    obj: Base
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    batch: str


_KEY = "crmbot_audit"
# A Core insert on the table (not the ORM entity): no ORM bulk-insert layer, no autoflush;
# built once, so its cache key is computed once.
_INSERT = insert(AuditLog.__table__)  # type: ignore[arg-type]


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    pending: list[_Pending] | None = session.info.pop(_KEY, None)
    tail = fastsql.take_tail(session)  # writes of earlier commit hooks (the lead score's)
    # The transaction commits next (unless a savepoint is released): on PostgreSQL these
    # writes go out with its COMMIT, one round trip (storage.pg_connection).
    at_commit = not session.in_nested_transaction()
    if at_commit:
        session.info[fastsql.COMMITTING] = True  # a later hook's write joins them
    if not pending:
        if tail:
            fastsql.execute_all(fastsql.connection(session), tail, at_commit=at_commit)
        return
    session.flush()  # new rows get their ids; 'after' copies are the rows as committed
    rows = []
    for p in pending:
        after = p.after
        if after is None and p.action != "delete":
            after = snapshot(p.obj)
        rows.append(
            {
                "workspace_id": p.workspace_id,
                "user_id": p.user_id,
                "at": p.at,
                "action": p.action,
                "entity_type": p.obj.__tablename__,  # type: ignore[attr-defined]
                "entity_id": getattr(p.obj, "id", None),
                "before": p.before,
                "after": after,
                "batch": p.batch,
            }
        )
    # One executemany without RETURNING (nothing reads the audit rows' ids here): one
    # statement per message instead of an ORM flush inserting the rows one at a time.
    # Rows go in list order, so ids still follow the order of the writes (undo relies on it).
    # On PostgreSQL the waiting writes of earlier hooks go in the same round trip.
    fastsql.execute_all(
        fastsql.connection(session), [*tail, (_INSERT, rows, True)], at_commit=at_commit
    )


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_KEY, None)
    session.info.pop(fastsql.TAIL, None)
    session.info.pop(fastsql.COMMITTING, None)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    session.info.pop(fastsql.COMMITTING, None)
