"""What every ``make_dev_*.py`` script needs: a row's clock (its expected dates computed with
plain ``datetime`` + ``zoneinfo``, never by crmbot), the intent and type names, and the
writer.

Why: twenty scripts had each copied the same date helpers and writer; a date helper fixed in one
stayed wrong in the others. A new set's script imports this (``from devkit import …``: the
script's folder is on ``sys.path`` when it is run by hand, and the test that rebuilds every set
puts it there too) and keeps only its rows and why they were written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# Intents (the contract's names, docs/understanding.md).
R = "remind"
LOG = "log_activity"
LR = "list_reminders"
CD = "create_deal"
UD = "update_deal"
MD = "move_deal"
CC = "create_contact"
CA = "create_account"
FIND = "find"
HELP = "help"
PIPE = "pipeline"
U = "unknown"

# Activity types.
CALL, MEET, VISIT, EMAIL, NOTE = "call", "meeting", "visit", "email", "note"

EUR, USD, GBP = "EUR", "USD", "GBP"


@dataclass(frozen=True)
class Clock:
    """A row's ``now`` (naive wall time) in its zone; every expected ``due`` and ``close`` is
    computed from it here."""

    now: str = "2026-11-26T10:00"  # a Thursday
    tz: str = "Europe/Madrid"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.now).replace(tzinfo=self.zone)

    @property
    def today(self) -> date:
        return self.moment.date()

    def at(self, day: date, h: int = 9, m: int = 0) -> str:
        """``day`` at h:m wall time, as the ISO instant the parser should give."""
        return datetime(day.year, day.month, day.day, h, m, tzinfo=self.zone).isoformat()

    def d(self, n: int, h: int = 9, m: int = 0) -> str:
        """n days after today, at h:m."""
        return self.at(self.today + timedelta(days=n), h, m)

    def wd(self, weekday: int, h: int = 9, m: int = 0) -> str:
        """The next such weekday, never today."""
        ahead = (weekday - self.today.weekday()) % 7 or 7
        return self.at(self.today + timedelta(days=ahead), h, m)

    def ymd(self, y: int, mo: int, day: int, h: int = 9, m: int = 0) -> str:
        return self.at(date(y, mo, day), h, m)

    def later(self, **delta: int) -> str:
        """Elapsed time from now, to the minute (added in UTC, so a clock change is kept)."""
        moment = self.moment.astimezone(UTC) + timedelta(**delta)
        return moment.astimezone(self.zone).isoformat()

    @staticmethod
    def close_on(y: int, mo: int, day: int) -> str:
        """An expected close (a day, no time)."""
        return date(y, mo, day).isoformat()

    @staticmethod
    def month_end(y: int, mo: int) -> str:
        nxt = date(y + mo // 12, mo % 12 + 1, 1)
        return (nxt - timedelta(days=1)).isoformat()


def record(
    rid: str,
    message: str,
    expected: Mapping[str, str],
    *,
    style: str,
    clock: Clock,
    lang: str = "en",
    ask: bool = False,
) -> dict[str, object]:
    """One row in the eval format (``handlers/language/evaluate.validate_row``)."""
    rec: dict[str, object] = {
        "id": rid,
        "message": message,
        "now": clock.now,
        "tz": clock.tz,
        "lang": lang,
        "style": style,
        "expected": dict(expected),
    }
    if ask:
        rec["expect_ask"] = True
    return rec


def write(path: Path, rows: Iterable[Mapping[str, object]]) -> None:
    """Write the set, one JSON object a line (what the rebuild test compares)."""
    built = list(rows)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in built), "utf-8")
    print(f"{path}: {len(built)} rows")


def rows_by_language(
    prefix: str,
    builders: Mapping[str, Callable[[Clock], Iterable[tuple[str, Mapping[str, str], bool]]]],
    clocks: Mapping[str, Clock],
) -> list[dict[str, object]]:
    """The rows of a set written per language: each builder's (message, expected, ask) rows
    on its language's clock, numbered ``prefix-001`` on, styled ``lang-xx``."""
    out: list[dict[str, object]] = []
    for lang, builder in builders.items():
        clock = clocks[lang]
        for message, expected, ask in builder(clock):
            rid = f"{prefix}-{len(out) + 1:03d}"
            out.append(
                record(
                    rid, message, expected, style=f"lang-{lang}", clock=clock, lang=lang, ask=ask
                )
            )
    return out


ASK = "ask"  # a key in a row's dict that marks it expect_ask (removed before writing)

# Each language's clock in the per-language sets: the same Thursday, in a city that speaks it.
LANG_CLOCKS = {
    "de": Clock("2026-11-26T10:00", "Europe/Madrid"),
    "fr": Clock("2026-11-26T10:00", "Europe/Madrid"),
    "es": Clock("2026-11-26T10:00", "Europe/Madrid"),
    "nb": Clock("2026-11-26T10:00", "Europe/Oslo"),
    "el": Clock("2026-11-26T11:00", "Europe/Athens"),
    "eu": Clock("2026-11-26T10:00", "Europe/Madrid"),
    "kk": Clock("2026-11-26T14:00", "Asia/Almaty"),
}


def rows_marked(
    prefix: str, rows: Iterable[tuple[str, str, Mapping[str, object]]], clock: Clock
) -> list[dict[str, object]]:
    """The rows of a set written as (style, message, expected), numbered ``prefix0001`` on;
    an ``ASK`` key in ``expected`` marks the row expect_ask, and a ``lang-xx`` style sets
    its language."""
    out: list[dict[str, object]] = []
    for style, message, expected in rows:
        fields = {k: str(v) for k, v in expected.items() if k != ASK}
        out.append(
            record(
                f"{prefix}{len(out) + 1:04d}",
                message,
                fields,
                style=style,
                clock=clock,
                lang=style[5:] if style.startswith("lang-") else "en",
                ask=bool(expected.get(ASK)),
            )
        )
    return out
