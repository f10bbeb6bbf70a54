"""The reply's date and time fields are written without strftime (render.day_abbr, month_abbr,
hh_mm, ymd_hm): each must give strftime's own text, for every weekday, month, hour and
minute, and for years strftime leaves unpadded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import cast

from handlers import render
from storage.context import Ctx


def _instants() -> list[datetime]:
    start = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
    every_minute_of_a_day = [start + timedelta(minutes=m) for m in range(24 * 60)]
    every_day_of_a_leap_year = [datetime(2024, 1, 1, 7, 5) + timedelta(days=d) for d in range(366)]
    odd_years = [datetime(y, 3, 9, 23, 59) for y in (1, 9, 99, 999, 1000, 1999, 9999)]
    return every_minute_of_a_day + every_day_of_a_leap_year + odd_years


def test_fields_equal_strftime() -> None:
    for when in _instants():
        assert render.day_abbr(when) == when.strftime("%a")
        assert render.month_abbr(when) == when.strftime("%b")
        assert render.hh_mm(when) == when.strftime("%H:%M")
        assert render.ymd_hm(when) == when.strftime("%Y-%m-%d %H:%M")


def test_fmt_short_and_fmt_dt_equal_their_strftime_forms() -> None:
    for tz in ("Europe/Madrid", "America/New_York", "Asia/Kolkata", "UTC"):
        ctx = cast(Ctx, SimpleNamespace(tz=tz, now=datetime(2026, 12, 7, 11, 0, tzinfo=UTC)))
        this_year = render.local(ctx, ctx.now).year
        for when in _instants()[::7]:
            if when.year < 2:  # the zone conversion of year 1 would leave the calendar
                continue
            when = when.replace(tzinfo=UTC) if when.tzinfo is None else when
            lt = render.local(ctx, when)
            year = "" if lt.year == this_year else f" {lt.year}"
            assert render.fmt_short(ctx, when) == f"{lt:%a} {lt.day} {lt:%b}{year} {lt:%H:%M}"
            assert render.fmt_dt(ctx, when) == f"{lt:%a} {lt.day} {lt:%b %Y %H:%M} ({tz})"
