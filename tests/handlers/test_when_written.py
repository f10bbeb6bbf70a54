"""A time written 'YYYY-MM-DD HH:MM' is read directly (handlers.language.when.as_written),
as the general date reader reads it: the same instant and nothing left over, in every zone
and through the clock changes (which are left to the general reader)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from handlers.language.when import as_written, read_when
from storage.context import Ctx
from storage.models import User, Workspace

ZONES = ("Europe/Madrid", "America/New_York", "Asia/Almaty", "UTC", "Australia/Lord_Howe")
NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def _ctx(tz: str) -> Ctx:
    ws = Workspace(id=1, name="w", timezone=tz, currency="EUR", settings={})
    user = User(id=1, workspace_id=1, display_name="u", name_key="u", role="rep", timezone=tz)
    return Ctx(session=_NoSession(), workspace=ws, user=user, now=NOW)  # type: ignore[arg-type]


class _NoSession:
    def __init__(self) -> None:
        self.info: dict[str, object] = {}


def _samples() -> list[str]:
    days = [NOW + timedelta(days=d) for d in (-400, -1, 0, 1, 8, 9, 30, 200, 224, 365)]
    # the spring and autumn changes of Europe, the US and Lord Howe (30-minute shifts)
    days += [
        datetime(2026, m, d, tzinfo=UTC)
        for m, d in ((3, 8), (3, 29), (4, 5), (10, 4), (10, 25), (11, 1), (2, 28))
    ]
    out = []
    for day in days:
        for hour, minute in ((0, 0), (1, 30), (2, 0), (2, 30), (3, 0), (9, 0), (12, 59), (23, 59)):
            out.append(f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}")
    return out


@pytest.mark.parametrize("tz", ZONES)
def test_written_times_read_as_the_general_reader_reads_them(tz: str) -> None:
    ctx = _ctx(tz)
    direct = 0
    for text in _samples():
        fast = as_written(ctx, text)
        general = read_when(ctx, text)
        assert general is not None, text
        if fast is not None:
            direct += 1
            assert (fast.due, fast.rest) == (general.due, general.rest), (tz, text)
    assert direct >= len(_samples()) - 8  # only the hours a clock change skips or repeats


def test_anything_else_goes_to_the_general_reader() -> None:
    ctx = _ctx("Europe/Madrid")
    for text in (
        "2026-12-08 9:00",
        "2026-12-08 09:00 please",
        "2026-02-30 09:00",
        "2026-12-08T09:00",
        "next tuesday 9am",
        "2026-12-08 24:00",
    ):
        assert as_written(ctx, text) is None, text
