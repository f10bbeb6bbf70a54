"""Turn a user's time phrase into an aware UTC instant, in the user's zone and language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from storage.context import Ctx

if TYPE_CHECKING:
    from handlers.language.dates import WhenMatch
from storage.errors import UserError


@dataclass(frozen=True)
class When:
    due: datetime  # aware, UTC
    rest: str  # the text with the time phrase removed


_CLOCK = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})[:h](?P<m>\d{2})(?![\d:])")
_MERIDIEM = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})\s?(?P<mer>[ap]\.?m\.?)(?!\w)", re.IGNORECASE)


def impossible_time(text: str) -> str | None:
    """The clock time in ``text`` no day has ("25:00", "13:75", "13pm"), as typed, or None.

    Without this a date reader skips it as noise: "remind me at 25:00 to call Bob" used
    to ask *when* (with "at 25:00" in the reminder's text) and "tomorrow at 13:75" to
    save 09:00 silently.
    """
    for m in _CLOCK.finditer(text):
        if int(m["h"]) > 23 or int(m["m"]) > 59:
            return m.group(0)
    for m in _MERIDIEM.finditer(text):
        if not 1 <= int(m["h"]) <= 12:
            return m.group(0)
    return None


def check_time_of_day(text: str) -> None:
    bad = impossible_time(text)
    if bad is not None:
        raise UserError(f"{bad} is not a time of day; times go from 00:00 to 23:59")


def date_order(ctx: Ctx) -> str | None:
    """The user's ``me dates`` setting ("dmy", "mdy") or None: how "3/4" is read."""
    return getattr(ctx.user, "date_order", None)


def unread_message(words: tuple[str, ...] | list[str]) -> str:
    """ "I could not read '3/4' as a date or time" (with the fix for a two-way date)."""
    quoted = ", ".join(f"'{w}'" for w in words)
    hint = ""
    if any("/" in w for w in words):
        hint = " (a date like 3/4 can be read two ways: type 2026-04-03, or set 'me dates dmy|mdy')"
    return f"I could not read {quoted} as a date or time{hint}."


class UnreadError(UserError):
    """A date or time that could not be read; ``rest`` is the text without it."""

    def __init__(self, words: tuple[str, ...], rest: str) -> None:
        super().__init__(unread_message(words))
        self.words, self.rest = words, rest


# "2026-12-08 09:00", exactly: the form the free-text path writes into a command's
# follow= (handlers/freetext.py) and the examples show.
_AS_WRITTEN = re.compile(r"(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):([0-5]\d)")


def as_written(ctx: Ctx, text: str) -> When | None:
    """``text`` when it is exactly a local 'YYYY-MM-DD HH:MM', read without the general
    date reader (which gives the same instant: tests/handlers/test_when_written.py, and
    cost a free-text message a second full read of its own time). A local time that a
    clock change skips or repeats, or no such day, is left to the general reader."""
    m = _AS_WRITTEN.fullmatch(text)
    if m is None:
        return None
    tz = ZoneInfo(ctx.tz)
    year, month, day, hour, minute = (int(g) for g in m.groups())
    try:
        local = datetime(year, month, day, hour, minute, tzinfo=tz)
    except ValueError:  # 2026-02-30
        return None
    due = local.astimezone(UTC)
    if due.astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None  # skipped by a clock change
    if local.replace(fold=1).utcoffset() != local.utcoffset():
        return None  # repeated by a clock change
    return When(due, "")


def find_when(ctx: Ctx, text: str) -> When | None:
    """The first time phrase of ``text``; a clock time no day has is refused in words,
    and so is a date or time that cannot be read ("3/4" with no date order, "Friday the
    12th" when the 12th is a Saturday): it is never replaced by a guess."""
    written = as_written(ctx, text)
    if written is not None:
        return written
    return read_when(ctx, text)


def read_when(ctx: Ctx, text: str) -> When | None:
    """:func:`find_when` by the general date reader, whatever the form."""
    from handlers.language.dates import WhenMatch, competing, read_whens, strip_when

    check_time_of_day(text)
    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    reading = read_whens(
        text, now_local, ctx.tz, ctx.user.language or "en", date_order=date_order(ctx)
    )
    if reading.unread:
        rest = text
        for s, e in sorted(reading.unread + [(w.start, w.end) for w in reading.whens])[::-1]:
            rest = strip_when(rest, WhenMatch(ctx.now, s, e, False))
        raise UnreadError(reading.unread_words(text), rest)
    if not reading.whens:
        return None
    both = competing(reading.whens, now_local)
    if both:  # "monday or tuesday", "at 3 ... at 5": which one is asked, never picked
        rest = text
        for w in sorted(both, key=lambda w: -w.start):
            rest = strip_when(rest, w)
        rest = re.sub(r"(?i)^(?:or|and)\s+|\s+(?:or|and)(?=\s+to\b|$)", "", rest)
        raise UnreadError(tuple(text[w.start : w.end] for w in both), rest)
    match, extra = _day_and_hour(reading.whens)
    rest = strip_when(text, match)
    if extra is not None:
        at = rest.find(text[extra.start : extra.end])
        if at >= 0:
            rest = strip_when(rest, WhenMatch(extra.due, at, at + extra.end - extra.start, True))
    return When(match.due.astimezone(UTC), rest)


def _day_and_hour(whens: list[WhenMatch]) -> tuple[WhenMatch, WhenMatch | None]:
    """ "next saturday ... at five o'clock": the day said in one place takes the hour said
    in another (one day, one hour: not two whens), never the day at 09:00."""
    from handlers.language.dates import WhenMatch

    first = whens[0]
    day = next((w for w in whens if w.has_date and not w.has_time), None)
    hour = next((w for w in whens if w.has_time and not w.has_date), None)
    if day is None or hour is None:
        return first, None
    at = hour.due.astimezone(day.due.tzinfo)
    due = day.due.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return WhenMatch(due, day.start, day.end, True, True), hour


def when_start(ctx: Ctx, text: str) -> int | None:
    """Where the first date phrase of ``text`` begins (to read words just before it)."""
    from handlers.language.dates import parse_when

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    match = parse_when(
        text, now_local, ctx.tz, ctx.user.language or "en", date_order=date_order(ctx)
    )
    return match.start if match is not None else None


def require_when(ctx: Ctx, text: str, example: str) -> When:
    found = find_when(ctx, text)  # refuses "25:00" in words too
    if found is None:
        raise UserError(f"I could not read a time in '{text}'; example: {example}")
    return found
