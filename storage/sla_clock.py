"""The SLA clock: how much *working* time lies between two instants, and when a target
of N working minutes runs out.

It lives in storage because storage computes case deadlines and reports with it (storage
never imports the scheduler); the reminder loop's own working-hours rules
(:mod:`scheduler.hours`) read the same ``HH:MM`` setting with :func:`parse_hm`.

Pure functions over the workspace's ``working_hours`` (``{"start": "08:00", "end":
"19:00", "days": [0..4]}``) in one time zone. Each working day's window is computed on the
local wall clock and converted to UTC on its own (like recurring reminders), so nights,
weekends and a DST change count right: a Friday-evening P1 runs on Monday morning, and the
day the clocks go forward still has its full 08:00-19:00 window.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from storage.recurrence import localize

_HORIZON_DAYS = 3660  # a target longer than ten years of working days is not a target


def parse_hm(text: str) -> time:
    """ "08:00" (or "8") of a ``working_hours`` setting as a time of day."""
    h, _, m = text.partition(":")
    return time(int(h), int(m or 0))


_hm = parse_hm


def _windows(start: datetime, wh: dict[str, Any], tz: str) -> Iterator[tuple[datetime, datetime]]:
    """The working windows (UTC) from the local day of ``start`` on, in order."""
    days = wh.get("days") or [0, 1, 2, 3, 4]
    begin, end = _hm(wh.get("start", "08:00")), _hm(wh.get("end", "19:00"))
    day = start.astimezone(ZoneInfo(tz)).date()
    for n in range(_HORIZON_DAYS):
        d = day + timedelta(days=n)
        if d.weekday() not in days:
            continue
        lo, hi = localize(d, begin, tz), localize(d, end, tz)
        if hi > lo:
            yield lo, hi


def _has_hours(wh: dict[str, Any]) -> bool:
    return _hm(wh.get("end", "19:00")) > _hm(wh.get("start", "08:00"))


def add_working_minutes(start: datetime, minutes: float, wh: dict[str, Any], tz: str) -> datetime:
    """The instant (UTC) at which ``minutes`` of working time have passed since ``start``.

    A clock started outside working hours starts at the next window; a target that ends
    exactly at the close of a day ends there (not the next morning).
    """
    left = timedelta(minutes=minutes)
    if not _has_hours(wh):  # no working window configured: count plain time
        return (start + left).astimezone(UTC)
    for lo, hi in _windows(start, wh, tz):
        if hi <= start:
            continue
        lo = max(lo, start)
        if left <= hi - lo:
            return (lo + left).astimezone(UTC)
        left -= hi - lo
    return (start + timedelta(minutes=minutes)).astimezone(UTC)  # pragma: no cover


def working_minutes_between(a: datetime, b: datetime, wh: dict[str, Any], tz: str) -> float:
    """Working minutes from ``a`` to ``b`` (0 when ``b`` is not after ``a``)."""
    if b <= a:
        return 0.0
    if not _has_hours(wh):
        return (b - a).total_seconds() / 60
    total = timedelta()
    for lo, hi in _windows(a, wh, tz):
        if lo >= b:
            break
        lo, hi = max(lo, a), min(hi, b)
        if hi > lo:
            total += hi - lo
    return total.total_seconds() / 60
