"""Working hours: automatic follow-ups reach people only while they work.

Settings come from ``working_hours`` (``{"start": "08:00", "end": "19:00",
"days": [0..4]}``, Monday = 0), interpreted in the recipient's own time zone.
Reminders a user set for an exact time ignore this and fire at that time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from storage.recurrence import localize
from storage.sla_clock import parse_hm as _hm


def in_working_hours(now: datetime, wh: dict[str, Any], tz: str) -> bool:
    local = now.astimezone(ZoneInfo(tz))
    days = wh.get("days") or [0, 1, 2, 3, 4]
    start, end = _hm(wh.get("start", "08:00")), _hm(wh.get("end", "19:00"))
    return local.weekday() in days and start <= local.time().replace(tzinfo=None) < end


def next_working_moment(now: datetime, wh: dict[str, Any], tz: str) -> datetime:
    """``now`` if it is inside working hours, else the start of the next working period."""
    if in_working_hours(now, wh, tz):
        return now.astimezone(UTC)
    local = now.astimezone(ZoneInfo(tz))
    days = wh.get("days") or [0, 1, 2, 3, 4]
    start = _hm(wh.get("start", "08:00"))
    for n in range(0, 8):
        day = local.date() + timedelta(days=n)
        if day.weekday() not in days:
            continue
        cand = localize(day, start, tz)
        if cand > now:
            return cand
    return now.astimezone(UTC)  # no working day configured: do not hold messages forever


def is_working_day(day_weekday: int, wh: dict[str, Any]) -> bool:
    return day_weekday in (wh.get("days") or [0, 1, 2, 3, 4])
