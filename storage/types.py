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
                    return sqlite_text(value)
                return slow(value)

            return to_sqlite

        def as_is(value: Any) -> Any:
            if value.__class__ is datetime and value.tzinfo is UTC:
                return value
            return slow(value)

        return as_is

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        """The general processor, with a fast path for the text SQLite gives back for a time
        this type stored ("2026-12-07 10:00:00.000000", naive UTC): read with its zone in
        one ``fromisoformat`` instead of parsed, then ``replace``d by a second processor
        (~1 us a value; a free-text write reads about 17; issue 18). Any other text, and
        any text the fast read refuses, takes the general path (test_storage_types.py)."""
        slow = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or slow is None:
            return slow
        impl = self.impl_instance.dialect_impl(dialect)
        if (
            getattr(impl, "_storage_format", None) != _SQLITE_FORMAT
            or getattr(impl, "_reg", None) is not None
        ):
            return slow  # a storage format of its own: the general path
        parse = datetime.fromisoformat

        def from_sqlite(value: Any) -> Any:
            if value.__class__ is str and len(value) == 26 and value[19] == ".":
                try:
                    return parse(value + "+00:00")
                except ValueError:
                    pass
            return slow(value)

        return from_sqlite

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def sqlite_text(value: datetime) -> str:
    """The SQLite text of an aware UTC ``value`` (SQLAlchemy's default DATETIME format).

    The last value formatted is kept: one message binds its clock a dozen times (created,
    updated, audit times), and %-formatting seven numbers costs more than the rest of a
    bind (issue 18). Datetimes are immutable, and the pair is read and replaced as one
    tuple, so threads cannot mix one value's text with another's.
    """
    global _LAST_SQLITE
    last = _LAST_SQLITE
    if last[0] is value:
        return last[1]
    text = _SQLITE_TEXT % (
        value.year, value.month, value.day,
        value.hour, value.minute, value.second, value.microsecond,
    )  # fmt: skip
    _LAST_SQLITE = (value, text)
    return text


_LAST_SQLITE: tuple[object, str] = (object(), "")

# SQLAlchemy's default text for a SQLite DATETIME, and the same with positional fields.
_SQLITE_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_SQLITE_TEXT = "%04d-%02d-%02d %02d:%02d:%02d.%06d"


def utcnow() -> datetime:
    """The current instant, aware, in UTC (the only 'now' storage accepts)."""
    return datetime.now(UTC)
