"""Column types that keep the storage rules true on every backend.

SQLite has no time zone support and stores ``Numeric`` as a float, so we add the
two guarantees the rest of the code relies on: datetimes always come back as
aware UTC values, and money is never a float.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; naive values are refused, not guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime: attach a time zone before storing")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            # SQLite keeps the text as given; store naive UTC so that text order is time order.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """The current instant, aware, in UTC (the only 'now' storage accepts)."""
    return datetime.now(UTC)
