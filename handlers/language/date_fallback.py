"""The last resort for a date no rule read: dateparser, asked only for a phrase that looks like a
date in the user's language, at most a few times a message, and its answer checked before it is
used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo

from handlers.language.date_base import WhenMatch, _norm, fold
from handlers.language.date_phrases import DEFAULT_HOUR, _compiled, _local
from handlers.language.date_spec import _SPECS

SUPPORTED_LANGS = ("en", "es", "de", "fr", "nb", "el", "eu", "kk")
_LANG_ALIASES = {"no": "nb", "nn": "nb", "gr": "el", "kz": "kk"}


def _norm_lang(lang: str | None) -> str:
    code = (lang or "en").strip().lower().replace("_", "-").split("-")[0]
    code = _LANG_ALIASES.get(code, code)
    return code if code in _SPECS else "en"


# --------------------------------------------------------------------------- dateparser fallback


_FALLBACK_RX = re.compile(
    r"(?<![\w.,:/])(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+|the\s+)?(?P<w1>[^\W\d_]{3,12})"
    r"\.?(?:,?\s+\d{4})?|(?P<w2>[^\W\d_]{3,12})\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?)(?![\w:]|[.,]\d)"
)
_FALLBACK_MAX_CALLS = 2


@cache
def _month_prefixes(lang: str) -> frozenset[str]:
    """First three letters of every month spelling we know ("dec", "δεκ", "жел")."""
    langs = {lang, "en"}
    return frozenset(_norm(w)[:3] for code in langs for ws in _SPECS[code].months for w in ws)


def _dateparser_fallback(
    text: str, lang: str, now: datetime, zone: ZoneInfo, tz: str
) -> WhenMatch | None:
    """Ask dateparser about at most two short "<day> <word>" candidates.

    Only absolute day+month dates are accepted (``REQUIRE_PARTS``), so "3 people"
    or "Bob 2" never become dates; the time, if any, is left to our own rules.
    """
    calls = 0
    prefixes = _month_prefixes(lang)
    for m in _FALLBACK_RX.finditer(fold(text)):
        if calls >= _FALLBACK_MAX_CALLS:
            break
        if (m.group("w1") or m.group("w2"))[:3] not in prefixes:
            continue  # "40 seats": no month starts with "sea", don't spend 0.5 ms asking
        calls += 1
        parsed = _dateparser_parse(text[m.start() : m.end()], lang, now, tz)
        if parsed is None:
            continue
        try:
            due = _local(parsed.date(), DEFAULT_HOUR, 0, zone)
        except (OverflowError, ValueError):
            continue
        return WhenMatch(due, m.start(), m.end(), False)
    return None


def _dateparser_parse(candidate: str, lang: str, now: datetime, tz: str) -> datetime | None:
    try:
        import dateparser  # imported lazily: ~90 ms, only needed for rare phrasings

        langs = [lang] if lang == "en" else [lang, "en"]
        return dateparser.parse(
            candidate,
            languages=langs,
            settings={
                "PREFER_DATES_FROM": "future",
                "RETURN_AS_TIMEZONE_AWARE": True,
                "TIMEZONE": tz,
                "RELATIVE_BASE": now.replace(tzinfo=None),
                "REQUIRE_PARTS": ["day", "month"],
                "PARSERS": ["absolute-time"],
            },
        )
    except Exception:  # dateparser is a best-effort fallback and must never break a message
        return None


def warm_up(langs: Iterable[str] = SUPPORTED_LANGS) -> None:
    """Compile our tables and load dateparser's language data once, at startup.

    dateparser's first call per language costs ~100 ms; doing it here keeps the
    per-message path fast.
    """
    now = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    for lang in langs:
        code = _norm_lang(lang)
        _compiled(code)
        _dateparser_parse("3 Dec", code, now, "UTC")
