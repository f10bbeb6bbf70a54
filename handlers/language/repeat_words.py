"""Words that make a reminder recurring: "every monday", "daily", "cada mes", "jeden Tag".

Shared by the ``remind`` command and the free-text parser, so "remind me every day at 9
to check email" repeats whichever path reads it. Only what the reminder loop can repeat
(daily, weekly on one weekday, monthly, yearly); "every 2 weeks" or "every weekday" are
left as words, and the reply shows the reminder as one-off, so nothing is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from handlers.language.dates import fold

_UNITS = {
    "daily": "every day|each day|daily|cada día|todos los días|diariamente|jeden tag|täglich|"
    "chaque jour|tous les jours|quotidiennement|hver dag|daglig|κάθε μέρα|καθημερινά|egunero|"
    "күн сайын",
    "weekly": "every week|each week|weekly|cada semana|todas las semanas|semanalmente|"
    "jede woche|wöchentlich|chaque semaine|toutes les semaines|hver uke|ukentlig|"
    "κάθε εβδομάδα|astero|апта сайын",
    "monthly": "every month|each month|monthly|cada mes|todos los meses|mensualmente|"
    "jeden monat|monatlich|chaque mois|tous les mois|hver måned|månedlig|κάθε μήνα|hilero|"
    "ай сайын",
    "yearly": "every year|each year|yearly|annually|cada año|todos los años|anualmente|"
    "jedes jahr|jährlich|chaque année|tous les ans|hvert år|årlig|κάθε χρόνο|urtero|жыл сайын",
}
_EVERY = "every|each|cada|todos los|todas las|jeden|jede|chaque|tous les|hver|κάθε|әр"

WORKDAYS = "weekly:MO,TU,WE,TH,FR"
_UNITS[WORKDAYS] = (
    "every weekday|every working day|every workday|each weekday|weekdays|on weekdays|"
    "cada día laborable|todos los días laborables|días laborables|jeden werktag|werktags|"
    "chaque jour ouvré|tous les jours ouvrés|hver ukedag|hver virkedag|κάθε εργάσιμη"
)
UNIT_OF: dict[str, str] = {
    " ".join(fold(w).split()): unit for unit, words in _UNITS.items() for w in words.split("|")
}
_DAY_OF_MONTH = re.compile(
    r"(?<!\w)(?:on\s+)?the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:the|each|every)"
    r"\s+month)?(?!\w)|(?<!\w)(?:el\s+día|el|am|le|den)\s+(?P<d2>[12]?\d|3[01])\.?"
    r"(?:er)?\s+(?:de\s+cada\s+mes|jedes\s+monats|de\s+chaque\s+mois|hver\s+måned)(?!\w)",
    re.IGNORECASE,
)


def day_of_month(text: str) -> tuple[int, str] | None:
    """ "on the 1st", "the 15th of each month", "el 1", "am 15.": (day, text without it)."""
    m = _DAY_OF_MONTH.search(text)
    if m is None:
        return None
    day = int(m.group("d") or m.group("d2"))
    if not 1 <= day <= 31:
        return None
    return day, " ".join((text[: m.start()] + " " + text[m.end() :]).split())


def _alt(words: list[str]) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


UNIT_RX = re.compile(rf"(?<!\w){_alt(list(UNIT_OF))}(?!\w)")
EVERY_BEFORE_RX = re.compile(rf"(?<!\w){_alt([fold(w) for w in _EVERY.split('|')])}\s+$")


# One-word forms are adjectives too ("send the weekly report"): they count only where they
# say how often, first in the text, before a colon or the end, or before a time word.
_ARTICLES = frozenset(
    ("the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that",
     "el", "la", "los", "las", "der", "die", "das", "le", "les", "den", "det", "το", "η")
)  # fmt: skip
_THEN = re.compile(r"\s*(?:$|[:,;.!]|(?:to|at|on|from|starting|a|um|à|kl|στις|til)\b)")


def _says_how_often(folded: str, m: re.Match[str]) -> bool:
    if " " in m.group(0).strip():
        return True  # "every day", "cada mes"
    before = folded[: m.start()].split()
    if not before:
        return True
    return before[-1] not in _ARTICLES and _THEN.match(folded, m.end()) is not None


def unit_in(text: str) -> tuple[str, int, int] | None:
    """A unit phrase ("every day", "monatlich") in ``text``: (repeat, start, end)."""
    folded = fold(text)
    for m in UNIT_RX.finditer(folded):
        if _says_how_often(folded, m):
            return UNIT_OF[" ".join(m.group(0).split())], m.start(), m.end()
    return None


def every_before(text: str, date_start: int) -> int | None:
    """Where an "every" that governs the date phrase at ``date_start`` begins, if any."""
    m = EVERY_BEFORE_RX.search(fold(text[:date_start]))
    return m.start() if m else None


def split_repeat(text: str, date_start: Callable[[str], int | None]) -> tuple[str | None, str]:
    """(repeat, text without the recurrence words).

    ``date_start`` finds where the date phrase begins in a text: "every monday at 9"
    repeats weekly on the date's weekday, and only "every" is removed (the date phrase
    is the caller's to read).
    """
    start = date_start(text)
    if start is not None:
        at = every_before(text, start)
        if at is not None:
            return "weekly", " ".join((text[:at] + text[start:]).split())
    found = unit_in(text)
    if found is None:
        return None, text
    unit, s, e = found
    return unit, " ".join((text[:s] + " " + text[e:]).split())
