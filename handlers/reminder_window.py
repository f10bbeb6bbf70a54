"""Which reminders a rep asks to see: "reminders tomorrow", "reminders this week",
"reminders overdue", "what do I have on friday".

Why: the list once ignored every word after "reminders", so "reminders tomorrow" (and the
free-text "what do I have tomorrow") answered with every open reminder, and a rep reading
it took Thursday's follow-up for tomorrow's. The words are now a window of days, read by
the same date reader as everything else, or shown back as not understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.language.when import read_when
from storage.context import Ctx
from storage.errors import UserError
from storage.reports import parse_period

_FILLER = re.compile(
    r"\b(?:list|my|me|the|for|on|due|what|whats|what's|do|i|have|any|show|reminders?|"
    r"agenda|is|are|there|of|in|coming|up|schedule)\b",
    re.IGNORECASE,
)
OVERDUE = re.compile(r"\b(?:overdue|late|missed|past\s+due)\b", re.IGNORECASE)
WEEK_OR_MONTH = re.compile(r"\b(?:this|next)\s+(?:week|month)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Window:
    start: datetime | None  # aware UTC; None: from the beginning (overdue)
    end: datetime  # aware UTC, exclusive
    label: str


def _midnight(ctx: Ctx, day: date) -> datetime:
    """The start of ``day`` in the user's zone, as UTC (a DST day has 23 or 25 hours)."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(ctx.tz)).astimezone(UTC)


def window(ctx: Ctx, text: str) -> Window | None:
    """The days ``text`` asks about, None when it asks about none (every open reminder);
    words that are no day are refused in words, never ignored."""
    words = " ".join(_FILLER.sub(" ", text.replace("?", " ")).split())
    if not words:
        return None
    if OVERDUE.fullmatch(words):
        return Window(None, ctx.now, "overdue")
    period = WEEK_OR_MONTH.fullmatch(words)
    if period:
        p = parse_period(words.lower(), ctx.now.astimezone(ZoneInfo(ctx.tz)).date())
        if p is not None:
            return Window(_midnight(ctx, p.start), _midnight(ctx, p.end), words.lower())
    when = read_when(ctx, words)
    if when is None or when.rest.strip(" ,.-"):
        raise UserError(
            f"I can't list reminders by '{words}'. Try: reminders today, reminders tomorrow, "
            "reminders friday, reminders this week, reminders next week, reminders overdue"
        )
    day = when.due.astimezone(ZoneInfo(ctx.tz)).date()
    label = f"{day:%a} {day.day} {day:%b}"
    return Window(_midnight(ctx, day), _midnight(ctx, day + timedelta(days=1)), label)
