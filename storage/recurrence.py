"""Next occurrence of a recurring reminder, computed on the local wall clock.

A "daily 09:00" reminder means 09:00 on the user's clock, so the arithmetic is done
on local dates and converted back to UTC per occurrence: across a DST change the
UTC instant moves by an hour and the local time stays put. (Adding 24 h in UTC, as
an interval trigger does, would drift to 08:00 or 10:00.)
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def localize(day: date, at: time, tz: str) -> datetime:
    """The UTC instant of a local wall time; a time skipped by DST moves forward."""
    zone = ZoneInfo(tz)
    local = datetime.combine(day, at, tzinfo=zone)
    utc = local.astimezone(UTC)
    # A wall time in a spring-forward gap does not round-trip: use the shifted one.
    return utc


def _add_months(day: date, months: int, want_day: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(want_day, last))


def parse_weekdays(rule: str) -> list[int]:
    """``weekly:MO,TH`` -> [0, 3]; bare ``weekly`` -> [] (same weekday as the due date)."""
    _, _, days = rule.partition(":")
    out = []
    for part in days.replace(" ", "").split(","):
        if part:
            code = part.upper()[:2]
            if code not in WEEKDAYS:
                raise ValueError(f"unknown weekday {part!r} in {rule!r}")
            out.append(WEEKDAYS.index(code))
    return sorted(set(out))


def describe(rule: str) -> str:
    """``weekly:MO,FR`` -> "weekly on Mon, Fri": the rule as people read it in a reply."""
    kind, _, _ = rule.partition(":")
    if kind != "weekly":
        return rule
    try:
        days = parse_weekdays(rule)
    except ValueError:
        return rule
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return "weekly" + (" on " + ", ".join(names[d] for d in days) if days else "")


def next_occurrence(due: datetime, rule: str, tz: str, after: datetime) -> datetime:
    """The first occurrence of ``rule`` strictly after ``after`` (both aware), in UTC.

    Occurrences missed while the bot was down are skipped, not replayed: the late
    one is delivered once, then the series resumes at its next future slot.
    """
    zone = ZoneInfo(tz)
    local = due.astimezone(zone)
    at = local.time().replace(tzinfo=None, fold=0)
    kind = rule.split(":", 1)[0]
    day = local.date()
    weekdays = parse_weekdays(rule) if kind == "weekly" else []
    if kind == "weekly" and not weekdays:
        weekdays = [day.weekday()]
    n = 0
    while True:
        n += 1
        if kind == "daily":
            cand = day + timedelta(days=n)
        elif kind == "weekly":
            cand = day + timedelta(days=n)
            if cand.weekday() not in weekdays:
                continue
        elif kind == "monthly":
            cand = _add_months(day, n, local.day)
        elif kind == "yearly":
            cand = _add_months(day, 12 * n, local.day)
        else:
            raise ValueError(f"unknown recurrence {rule!r}")
        instant = localize(cand, at, tz)
        if instant > after:
            return instant
        if n > 100_000:  # pragma: no cover - a corrupt rule must not spin forever
            raise ValueError(f"no next occurrence for {rule!r}")
