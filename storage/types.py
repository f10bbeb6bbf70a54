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

    def bind_processor(self, dialect: Dialect) -> Any:
        """The general processor, with a fast path for the value nearly every write binds:
        an exact ``datetime`` already in UTC (``utcnow()``, a message's clock, a value read
        back). Why: the service unit binds about 30 datetimes, each through two processors
        (this decorator's, then the dialect's) with a dialect lookup; issue 18. The fast path
        gives what the general one gives (tests/storage/test_types.py checks it)."""
        slow = super().bind_processor(dialect)
        assert slow is not None
        if dialect.name == "sqlite":
            impl = self.impl_instance.dialect_impl(dialect)
            if getattr(impl, "_storage_format", None) != _SQLITE_FORMAT:
                return slow  # a storage format of its own: the general path

            def to_sqlite(value: Any) -> Any:
                if value.__class__ is datetime and value.tzinfo is UTC:
                    return _SQLITE_TEXT % (
                        value.year, value.month, value.day,
                        value.hour, value.minute, value.second, value.microsecond,
                    )  # fmt: skip
                return slow(value)

            return to_sqlite

        def as_is(value: Any) -> Any:
            if value.__class__ is datetime and value.tzinfo is UTC:
                return value
            return slow(value)

        return as_is

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# SQLAlchemy's default text for a SQLite DATETIME, and the same with positional fields.
_SQLITE_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_SQLITE_TEXT = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def utcnow() -> datetime:
    """The current instant, aware, in UTC (the only 'now' storage accepts)."""
    return datetime.now(UTC)
