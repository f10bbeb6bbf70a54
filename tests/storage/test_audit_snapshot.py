"""storage.audit.snapshot: the copy an audit row keeps (and undo replays) is JSON-safe, with
datetimes as ``isoformat`` gives them, whichever way they are formatted (issue 18)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from storage.audit import _utc_iso, snapshot
from storage.models import Contact


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
        datetime(2026, 12, 7, 9, 30, 5, 123456, tzinfo=UTC),
        datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 6, 1, 0, 0, 0, 500000, tzinfo=UTC),
    ],
)
def test_utc_iso_is_isoformat(value: datetime) -> None:
    assert _utc_iso(value) == value.isoformat()


def test_every_datetime_in_a_snapshot_is_its_isoformat() -> None:
    values = [
        datetime(2026, 12, 7, 9, 30, 0, 250, tzinfo=UTC),
        datetime(2026, 12, 7, 9, 30, tzinfo=UTC),
        datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Madrid")),
        datetime(2026, 12, 7, 9, 30, tzinfo=timezone(timedelta(hours=-3))),
        datetime(2026, 12, 7, 9, 30),  # naive (never stored, but copied as it is)
    ]
    for value in values:
        c = Contact(name="Ana", created_at=value, updated_at=value, birthday=date(1990, 2, 3))
        snap = snapshot(c)
        assert snap["created_at"] == value.isoformat() == snap["updated_at"]
        assert snap["birthday"] == "1990-02-03"


def test_batch_ids_are_uuid4_hex() -> None:
    """A message's batch id (what undo finds its audit rows by) is what ``uuid4().hex``
    gave: 32 hex digits, version 4, the RFC 4122 variant; the same text for the same bytes."""
    import os
    import uuid
    from unittest import mock

    from storage.context import new_batch_id

    ids = {new_batch_id() for _ in range(500)}
    assert len(ids) == 500
    for b in ids:
        u = uuid.UUID(hex=b)
        assert (u.hex, u.version, u.variant) == (b, 4, uuid.RFC_4122)
    for raw in (b"\x00" * 16, b"\xff" * 16, os.urandom(16)):
        with mock.patch("os.urandom", return_value=raw):
            assert new_batch_id() == uuid.uuid4().hex
