"""Find the date or time phrase in a chat message and resolve it in the user's zone.

Why not plain dateparser: measured on dateparser 1.5, ``search_dates`` drops the
time of "next tuesday at 9", loses "kl 10" in Norwegian, finds nothing in
"nächsten Freitag", "el próximo viernes a las 10", "αύριο στις 10" or
"bihar 10etan", keeps the clock time for "in 2 weeks", and costs milliseconds
per message.  So the common phrases are matched here with small per-language
regex tables (en, es, de, fr, nb, el, eu, kk) that cost microseconds, and
dateparser is only asked about a short "<day> <month-ish word>" substring
("3 Δεκ", "3 жел") when the tables found nothing, restricted to the user's
language plus English and to absolute day+month dates.

Rules (issue 3, "Dates and times"):

* a date without a time is 09:00 local; "noon" is 12:00;
* an hour without am/pm from 8 to 12 is morning/noon, from 1 to 7 afternoon
  ("at 3" is 15:00, "at 9" is 09:00); a zero-padded hour ("07:30") is literal;
  a part of the day next to it settles it ("tomorrow morning at 7" is 07:00,
  "tonight at 9" is 21:00);
* a time alone is its next occurrence (today if still ahead, else tomorrow);
* "in N minutes/hours" is exact; "in N days/weeks/months" is that day at 09:00
  unless a time is given;
* tomorrow, the day after tomorrow, next week (Monday 09:00);
* a weekday, alone or as "next <weekday>", is its next occurrence after today;
  "<weekday> next week" is that day in the following Monday-Sunday week;
* explicit dates without a year are their next occurrence (this year when the
  day is today or later, else next year); "the 11th" alone is the next 11th;
* numbers may be words (:mod:`handlers.language.numwords`): "at seven pm", "quarter
  to five", "the ninth of January", "in an hour and a half"; a number word is a time
  only in a time place ("at", "o'clock", "pm", "klokka"), so "seven people" is none;
* "3/4" is read by the user's date order (``me dates dmy|mdy``); without one, a
  slash date with a single reading (12/15) is read and one with two is *unread*;
* whatever looks like a date or time and was not read (a date with two readings,
  "Friday the 12th" that is a Saturday, "by 5") is returned by :func:`read_whens` as
  unread, so the bot shows it back and asks instead of guessing around it.

The words of each language live in :mod:`handlers.language.datewords`, one module per
language; this module holds the rules only.

All wall-clock datetimes are built with :mod:`zoneinfo` and normalised through
UTC, so a time inside a DST gap moves forward and every result carries the
offset in force at that instant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from handlers.language.date_base import (
    WhenMatch,
    _norm,
    fold,
)
from handlers.language.date_fallback import (
    _dateparser_fallback,
    _norm_lang,
    warm_up,
)
from handlers.language.date_phrases import (
    _phrases,
    _resolve,
    _tokens,
)
from handlers.language.date_residue import (
    _residue,
)
from handlers.language.date_spec import (
    _SPECS,
)
from handlers.language.rxfast import CaseBlind

__all__ = [
    "Reading",
    "WhenMatch",
    "competing",
    "find_whens",
    "fold",
    "local_now",
    "parse_when",
    "read_whens",
    "strip_when",
    "warm_up",
]
_MAX_TEXT = 4000  # longer messages are only scanned in their first 4000 chars


@cache
def _month_names(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for code in ("en", _norm_lang(lang)):
        for i, spellings in enumerate(_SPECS[code].months):
            names |= {_norm(w): i + 1 for w in spellings}
    return names


def month_number(word: str, lang: str = "en") -> int | None:
    """'December', 'dic', 'Dezember' -> 12 (the user's language and English), else None.

    Where the language inflects its month names (``mon_wild``: Greek, Basque, Kazakh) the
    word may carry an ending after the stem: "Δεκέμβριο", "abenduan", "желтоқсанда" -> 12."""
    key = _norm(word).rstrip(".")
    found = _month_names(lang).get(key)
    code = _norm_lang(lang)
    if found is None and code != "en" and _SPECS[code].mon_wild:
        stems = [
            (len(_norm(w)), i + 1)
            for i, spellings in enumerate(_SPECS[code].months)
            for w in spellings
            if len(_norm(w)) >= 3
            and key.startswith(_norm(w))
            and len(key) - len(_norm(w)) <= (4 if len(_norm(w)) > 3 else 2)
        ]
        found = max(stems)[1] if stems else None
    return found


# --------------------------------------------------------------------------- public API


@lru_cache(maxsize=64)
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def _local_now(now: datetime, zone: ZoneInfo) -> datetime:
    try:
        if now.tzinfo is None:
            return now.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
        return now.astimezone(zone)
    except OverflowError:  # year 1 or 9999: keep the wall time rather than fail
        return now if now.tzinfo is not None else now.replace(tzinfo=zone)


def local_now(now: datetime, tz: str) -> datetime:
    """``now`` as an aware datetime in ``tz``; a naive ``now`` is wall-clock time there."""
    return _local_now(now, _zone(tz))


@dataclass(frozen=True, slots=True)
class Reading:
    """What :func:`read_whens` made of a message: the dates read, and the date-like
    fragments it could not read (``text[start:end]`` spans), which are asked about."""

    whens: list[WhenMatch]
    unread: list[tuple[int, int]]

    def unread_words(self, text: str) -> tuple[str, ...]:
        return tuple(text[s:e] for s, e in self.unread)


def _order(date_order: str | None) -> str:
    return date_order if date_order in ("dmy", "mdy") else "ask"


def read_whens(
    text: str,
    now: datetime,
    tz: str,
    lang: str = "en",
    *,
    fallback: bool = True,
    date_order: str | None = None,
) -> Reading:
    """Every date phrase of ``text`` in order, resolved relative to ``now`` in ``tz``,
    and every date, time or number fragment that could not be read.

    ``now`` may be naive (then it is wall-clock time in ``tz``) or aware. ``date_order``
    ("dmy" or "mdy", the user's ``me dates``) reads "3/4"; without it a numeric date is
    read only when a single reading is a date (12/15), else it is unread (3/4).
    Never raises on odd input: an unknown zone raises ``ZoneInfoNotFoundError``
    only, which is a caller bug, not a message problem.
    """
    # The parser reads one message's dates from several places (rules, learned path, the
    # one-when check): the last few readings are kept, and each caller gets its own lists.
    r = _read_whens_cached(text, now, tz, lang, fallback, date_order)
    return Reading(list(r.whens), list(r.unread))


@lru_cache(maxsize=64)
def _read_whens_cached(
    text: str, now: datetime, tz: str, lang: str, fallback: bool, date_order: str | None
) -> Reading:
    if not text:
        return Reading([], [])
    zone = _zone(tz)
    lnow = _local_now(now, zone)
    code = _norm_lang(lang)
    scan = text[:_MAX_TEXT]
    folded = fold(scan)
    out: list[WhenMatch] = []
    unread: list[tuple[int, int]] = []
    owned: list[tuple[int, int]] = []  # times that name a thing ("the 7am flight"): no when
    for ph in _phrases(folded, _tokens(folded, code, _order(date_order)), True):
        if code == "en" and _small_talk_day(folded, ph.start, ph.end):
            continue  # "happy friday!", "Thursday already!", "ugh mondays": no date meant
        if code == "en" and _counted_ordinal(folded, ph.start, ph.end):
            continue  # "they dropped the second clinic": a count, no day of the month
        if ph.unread:
            unread.append((ph.start, ph.end))
            continue
        try:
            match = _resolve(ph, lnow, zone)
        except (OverflowError, ValueError):  # "in 999 months" from the year 9999
            match = None
        if match is not None:
            out.append(match)
        elif ph.end > ph.start:
            unread.append((ph.start, ph.end))  # "Friday the 12th" that is no Friday
    if not out and not unread and fallback and any(c.isdigit() for c in scan):
        fb = _dateparser_fallback(scan, code, lnow, zone, tz)
        if fb is not None:
            out.append(fb)
    for w in list(out):
        tail = _minutes_left(folded, w, code)
        if tail is not None:  # "17 heures moins le quart", "15 Uhr 30", "үш жарымда"
            out.remove(w)
            unread.append((w.start, tail))
    for w in list(out):
        other = _OR_NUMBER_AFTER.match(folded, w.end) if code != "en" else None
        if other is not None and w in out:  # "morgen um 3 oder 4", "à 3h ou 4h": which one?
            unread.append((w.start, other.end()))
            out = [x for x in out if not (x.start < other.end() and w.start < x.end)]
    if code == "en":
        out, doubted = _doubted(folded, out, lnow)
        unread += doubted
        for m in _NTH_WEEKDAY.finditer(folded):
            # "the 2nd wednesday of december" once read as Wednesday the 2nd (Dec 2, not
            # Dec 9): a weekday counted in a month has no reading here, it is asked about
            s, e = m.start(), m.end()
            out = [w for w in out if not (w.start < e and s < w.end)]
            unread = [u for u in unread if not (u[0] < e and s < u[1])] + [(s, e)]
        for w in list(out):
            if _time_names_a_thing(scan, folded, w):
                out.remove(w)  # "book the 7am flight": the flight's hour, the task's words
                unread = [u for u in unread if not (u[0] < w.end and w.start < u[1])]
                owned.append((w.start, w.end))
                continue
            named = _weekday_name(scan, folded, w)
            if named is not None:  # "called Friday Okon", "with sunday adeyemi"
                out.remove(w)
                if named == "maybe":
                    unread.append((w.start, w.end))
    taken = [(w.start, w.end) for w in out] + unread + owned
    unread += _residue(folded, code, taken)
    return Reading(out, sorted(unread))


_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NTH_WEEKDAY = re.compile(
    rf"(?<![\w'])(?<!every\s)(?<!each\s)"  # "every second friday": a repeat, read elsewhere
    rf"(?:(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+"
    rf"{_WEEKDAY_WORD}|the\s+last\s+{_WEEKDAY_WORD}(?=\s+(?:of|in)\s))"
    r"(?:\s+(?:of|in)\s+(?:the\s+month|(?:this|next|each|every)\s+month|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*))?(?!\w)"
)


# Words right beside a date or time that leave it with no one reading. The date read alone
# would be a guess: "end of month-ish", "friday morning-ish", "the 3rd or 4th", "tmrw 3 or
# 4", "in a week or two", "at 4 or so", "3 or 4pm", "the week of the 7th", "this time next
# week", "around friday", "tomorrow after the standup" (a time counted from an event the
# bot does not know), "march twenty seventeen" (a year said in words that nothing read).
_COUNT_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
)
_YEAR_WORDS = (
    r"(?:twenty|two\s+thousand(?:\s+and)?)[\s-]+(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty)"
)
_DOUBT_AFTER = re.compile(
    r"[\s-]*ish(?!\w)"
    r"|\s*or\s*(?:so(?!\w)|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:[:.][0-5]\d)?(?:\s*(?:am|pm))?"
    rf"(?![\w/]|[.,]\d|\s*(?:%|k\b|€|\$|£))|(?:the\s+)?{_COUNT_WORD}(?:\s+(?:am|pm|o'?clock))?(?!\w))"
    rf"|,?\s+{_YEAR_WORDS}(?!\w)"
    # "call me the tuesday after": after what is not said; "the friday after next"
    r"|\s+after(?:\s+next)?(?=\s*$|\s*[,.;!?]|\s+(?:to|about|re|for|at)\b)"
    # "next tuesday week", "friday fortnight": a week or two after that day (British)
    r"|\s+(?:week|fortnight)(?=\s*$|\s*[,.;!?]|\s+(?:to|about|re|for|at)\b)"
    # "at 19 hundred hours": the clock said the military way in words, not read whole
    r"|\s+hundred(?:\s+(?:hours|hrs))?(?!\w)"
    # a month the rules did not take after a day: "the 31st of november" (no such day)
    r"|\s+(?:of\s+)?(?P<mon>jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\w)"
    r"|\s+of\s+(?P<mon2>mar(?:ch)?|may)(?!\w)"
)
# minutes typed apart from their hour, then a link word or an end: "at 3 15 to call"
_MINUTES_APART = re.compile(r"\s+[0-5]\d(?=\s+(?:to|about|re|for|pm|am)\b|\s*[,.;!?]|\s*$)")
_DAY_NUMBER = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)")
# the same doubt in the other languages, with a number after their "or"
_OR_NUMBER_AFTER = re.compile(
    r"\s*(?:oder|ou|o|eller|ή|edo|немесе|әлде)\s+(?:le\s+|el\s+|den\s+|am\s+|um\s+|à\s+|"
    r"a\s+las\s+|kl\.?\s+|klokka\s+|στις\s+)?(?:\d{1,2}(?:[.:h]\d\d)?\.?(?:\s*(?:uhr|h|heures?))?"
    r"(?![\d,/]|\s*(?:%|k\b|€|\$|£|kr))"
    # "in einer Woche oder zwei", "dans une semaine ou deux", "om en uke eller to"
    r"|(?:zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|to|tre|fire)(?!\w))"
)
# a time counted from an event: only after a day said with no hour ("tomorrow after the
# standup"); "friday at 3 before the call" has its hour
_EVENT_AFTER = re.compile(
    r"\s+(?:after|before)\s+(?:the|my|our|his|her|their|your)\s+(?!end\b|latest\b)[^\W\d_]+"
    # "tomorrow when I get in", "monday once we're back": the hour is the rep's arrival's
    r"|\s+(?:when|once|as\s+soon\s+as)\s+(?:i|we)(?:'m|'re|\s+am|\s+are)?"
    r"(?:\s+(?!to\b|about\b|re\b|for\b|and\b)[^\W\d_]+){1,2}"
)
# the same event said before the day: "when I get in tomorrow", "once I'm back on monday"
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:when|once|as\s+soon\s+as)\s+(?:i|we)(?:'m|'re|\s+am|\s+are)?"
    r"(?:\s+[^\W\d_]+){1,3}\s+(?:on\s+)?$"
)
_DOUBT_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:the\s+)?week\s+of|this\s+time|(?:the\s+)?same\s+time|around|roughly|approximately|approx\.?|"
    rf"circa|(?:\d{{1,2}}(?:st|nd|rd|th)?|{_COUNT_WORD})\s*or|"
    # "a week today", "two weeks tomorrow": counted from another day, British
    rf"(?:a|one|two|three|four|\d{{1,2}})\s+(?:weeks?|days?|months?))\s+$"
)


def _doubted(
    folded: str, whens: list[WhenMatch], now: datetime
) -> tuple[list[WhenMatch], list[tuple[int, int]]]:
    """The whens of ``whens`` with no doubt beside them, and the spans of those with one
    (the when and its doubting words: shown back and asked about, never read alone)."""
    kept: list[WhenMatch] = []
    spans: list[tuple[int, int]] = []
    for w in whens:
        if spans and w.start < spans[-1][1]:
            continue  # "the 3rd or the 4th": the second is part of the first one's doubt
        start, end = w.start, w.end
        after = _DOUBT_AFTER.match(folded, w.end)
        if after is None and w.has_time:
            after = _MINUTES_APART.match(folded, w.end)  # "at 3 15 to call": 15:00 or 15:15?
        if after is not None and (after.groupdict().get("mon") or after.groupdict().get("mon2")):
            # "until the 19th of december": the day read is that month's, nothing in doubt
            mon = month_number(after.group("mon") or after.group("mon2"))
            day = _DAY_NUMBER.search(folded, w.start, w.end)
            if mon == w.due.month and day is not None and int(day.group("d")) == w.due.day:
                after = None
        if after is None and not w.has_time and w.due > now:
            after = _EVENT_AFTER.match(folded, w.end)
        if after is not None:
            end = after.end()
        before = _DOUBT_BEFORE.search(folded, max(0, w.start - 24), w.start)
        if before is not None and before.group(0).strip() == "around" and w.has_time:
            before = None  # "around 3" is 15:00 (the contract's loose time)
        if before is None and not w.has_time and w.due > now:
            before = _EVENT_BEFORE.search(folded, max(0, w.start - 40), w.start)
        if before is not None:
            start = before.start()
        if (start, end) == (w.start, w.end):
            kept.append(w)
        else:
            spans.append((start, end))
    return kept, spans


# A weekday that is a given name ("Sunday Adeyemi", "Friday Okon", Nigerian and Ghanaian day
# names; "Noon Rahman"): right after a word that introduces a person, and before a word that
# no date goes on with. Capitalised both, it is a name and no date; in lower case ("with
# sunday adeyemi") it may be either, so it is asked about.
_NAME_LEAD = re.compile(
    r"(?<![\w'])(?:with|w/|called|call|met|meet|meeting|ring|rang|ping|email|emailed|text|"
    r"texted|thank|thanks|ask|asked|contact|from|and|to|for|spoke|told|cc|add)\s+$"
)
_NEXT_WORD = re.compile(r" (?P<w>[^\W\d_][\w'’-]*)")
_DATE_GOES_ON = re.compile(
    r"(?:morning|afternoon|evening|night|noon|midday|lunch|at|to|about|re|regarding|on|next|week|"
    r"the|and|or|please|pls|for|by|eod|cob|then|is|works|ok|okay|if|so|but|i|we|you|with|w/|in|"
    r"after|before|latest|first|this|that|am|pm|a|an|as|it|its|his|her|him|them|their|my|our|"
    r"suits|sharp|instead|again|too|also|ish)"
)


def _weekday_name(scan: str, folded: str, w: WhenMatch) -> str | None:
    """ "name" when the weekday at ``w`` is a person's given name, "maybe" when it may be,
    else None (a date)."""
    noon = folded[w.start : w.end] == "noon"  # "ask Noon Rahman": a given name too
    if not noon and (w.has_time or not _WEEKDAY_ONLY.fullmatch(folded, w.start, w.end)):
        return None
    nxt = _NEXT_WORD.match(scan, w.end)
    if not noon and folded[max(0, w.start - 4) : w.start] == "the " and nxt is not None:
        # "call Piet about the friday delivery", "prep the monday standup": a weekday that
        # names a thing is the task's word, no second when beside the reminder's own
        word = nxt.group("w")
        if not _DATE_GOES_ON.fullmatch(fold(word)) and month_number(word) is None:
            return "name"
    if not _NAME_LEAD.search(folded, max(0, w.start - 16), w.start):
        return None
    if nxt is None:
        return None
    word = nxt.group("w")
    if _DATE_GOES_ON.fullmatch(fold(word)) or month_number(word) is not None:
        return None
    if scan[w.start].isupper() and word[0].isupper():
        return "name"
    if scan[w.start].islower() and word[0].islower():
        return "maybe"
    return None


# A clock time between a determiner and a noun names a thing, not the reminder's time: "book
# the 7am flight", "prep for the 3pm call", "tickets for the 8pm show", "my 9:30 meeting". Read
# as a when it set the reminder at the flight's hour (a date read wrong); it stays in the text.
_THING_DETERMINER = re.compile(r"(?<![\w'’])(?:the|my|our|your|his|her|their|this|that)\s+$")
_CLOCK_ONLY = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|h)?")
_THING_AFTER = re.compile(r"[\s-]+(?P<w>[^\W\d_][\w'’-]*)")
_NOT_A_THING = re.compile(
    r"(?:tomorrow|today|tonight|on|at|by|to|and|or|please|pls|sharp|latest|then|is|was|works|"
    r"ok|okay|instead|tmrw|next|this|in|for|with|if|so|but|slot\b(?=\s+(?:on|at)))"
)


def _time_names_a_thing(scan: str, folded: str, w: WhenMatch) -> bool:
    if not w.has_time or not _CLOCK_ONLY.fullmatch(folded, w.start, w.end):
        return False
    if _THING_DETERMINER.search(folded, max(0, w.start - 20), w.start) is None:
        return False
    nxt = _THING_AFTER.match(scan, w.end)
    if nxt is None:
        return False
    word = fold(nxt.group("w"))
    return (
        not _NOT_A_THING.fullmatch(word)
        and not _DATE_GOES_ON.fullmatch(word)
        and month_number(word) is None
        and not _WEEKDAY_ONLY.fullmatch(word)
    )


# A weekday said as small talk, not as a when: "happy friday", "feels like friday already",
# "Thursday already!", "Friday feeling", "ugh mondays", "monday was a write-off". Read as a
# date it competed with the real one (asked, or the real one's hour lost); only a bare weekday
# (no "on", no time, no date) with one of these words right beside it is dropped.
_WEEKDAY_ONLY = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?")
_TALK_BEFORE = re.compile(
    r"(?<!\w)(?:happy|tgif|ugh|manic|another|feels?\s+like|feeling\s+like|love|hate|loves|"
    r"hates|'?m\s+not\s+a|"
    # "glad it's almost friday", "nearly friday!": the week's end talked of, not a day set
    r"(?:it'?s|is)\s+(?:almost|nearly|finally|already)|roll\s+on|"
    r"thank\s+god\s+it'?s|what\s+a)$"
)
_TALK_AFTER = re.compile(
    r"[\s,]*(?:!|feeling|vibes|mood|blues|already|at\s+last|finally|was\s|were\s|"
    r"has\s+been|is\s+(?:a|always|finally|here)\s)"
)


def _small_talk_day(folded: str, start: int, end: int) -> bool:
    while end > start and folded[end - 1] in ".!":  # "… almost friday.": the phrase took the stop
        end -= 1
    if not _WEEKDAY_ONLY.fullmatch(folded, start, end):
        return False
    before = folded[max(0, start - 30) : start]
    head = before[max(before.rfind(c) for c in ".!?,;:") + 1 :].strip()
    if head:  # "happy friday", "feels like friday": the word right before it says so
        return _TALK_BEFORE.search(head) is not None
    return _TALK_AFTER.match(folded, end) is not None  # "Thursday already!", "Friday feeling"


# "the 2nd" / "the second" as the object of a verb and before a noun counts a thing ("they
# dropped the second clinic", "signed the 3rd contract"): no day of the month. A day said as
# a when comes after a link word ("to the 2nd", "on the 2nd") or stands before one ("the 2nd
# works", "the 15th for the kickoff", "the 3rd at 10"); those are kept.
_BARE_ORDINAL = re.compile(
    r"the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|(?:twenty|thirty)(?:[\s-]\w+)?|\w+teenth)"
)
_WHEN_LINK_BEFORE = frozenset(
    {
        "on",
        "by",
        "for",
        "until",
        "till",
        "to",
        "from",
        "before",
        "after",
        "of",
        "at",
        "around",
        "is",
        "was",
        "be",
        "s",
        "its",
        "it's",
        "and",
        "or",
        "than",
        "unless",
        "like",
        "as",
        "since",
        "thru",
        "through",
        "via",
        "now",
        "maybe",
        "say",
        "said",
        "date",
        "close",
        "closing",
        "due",
        "target",
        "targeting",
        "expected",
        "latest",
    }
)
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,})(?!\w)")
_WHEN_FOLLOWERS = frozenset(
    {
        "and",
        "but",
        "then",
        "works",
        "work",
        "suits",
        "suit",
        "would",
        "will",
        "should",
        "could",
        "might",
        "please",
        "pls",
        "instead",
        "latest",
        "ish",
        "hopefully",
        "ideally",
        "max",
        "tops",
        "unless",
        "when",
        "because",
        "cos",
        "since",
        "with",
        "from",
        "for",
        "thanks",
        "thx",
        "okay",
        "morning",
        "afternoon",
        "evening",
        "night",
        "noon",
        "midday",
        "eod",
        "cob",
        "too",
        "also",
        "she",
        "they",
        "you",
        "the",
        "this",
        "that",
        "next",
        "was",
        "were",
        "are",
        "not",
        "if",
    }
)


def _counted_ordinal(folded: str, start: int, end: int) -> bool:
    if not _BARE_ORDINAL.fullmatch(folded, start, end):
        return False
    before = folded[max(0, start - 30) : start].rstrip()
    prev = re.search(r"([a-z']+)$", before)
    if prev is None or prev.group(1) in _WHEN_LINK_BEFORE:
        return False
    after = _WORD_AFTER.match(folded, end)
    if after is None:
        return False
    word = after.group("w")
    return not (
        word in _WHEN_FOLLOWERS or month_number(word, "en") or _WEEKDAY_ONLY.fullmatch(word)
    )


# The minutes of a time said after the words a time rule read: "à 17 heures moins le quart",
# "um 15 Uhr 30", "um drei viertel vier", "үш жарымда", "bostetan eta erdietan". The hour
# alone would be a time read wrong (17:00 for 16:45), so the whole is asked about instead.
_MINUTES_LEFT = {
    "fr": r"moins\s+(?:le\s+)?quart|moins\s+(?:cinq|dix|vingt|vingt-cinq|\d{1,2})"
    r"|et\s+(?:quart|demie?)|\d{1,2}(?!\s*(?:h|heures?|min))",
    "de": r"\d{1,2}(?!\s*(?:uhr|h|min))|dreiviertel|viertel(?:\s+\w+)?",
    "es": r"y\s+(?:cuarto|media|cinco|diez|veinte|veinticinco|treinta|cuarenta|\d{1,2})"
    r"|menos\s+(?:cuarto|cinco|diez|veinte|veinticinco|\d{1,2})",
    "nb": r"og\s+\w+\s+minutt\w*|\d{1,2}(?!\s*(?:min|t\b))",
    "el": r"και\s+(?:τεταρτο|μιση|\w+\s+λεπτα)|παρα\s+(?:τεταρτο|πεντε|δεκα|εικοσι|\d{1,2})",
    "kk": r"жарым\w*|\w+\s+минут\w*",
    "eu": r"eta\s+(?:erdi|laurden)\w*|laurden\s+gutxi\w*|eta\s+\w+\s+minutu\w*",
    "en": r"(?!)",
}
_MINUTES_RX = {k: re.compile(rf"\s*(?:{v})(?!\w)") for k, v in _MINUTES_LEFT.items()}
_MINUTES_BEFORE = {
    "de": re.compile(r"(?:dreiviertel|drei\s+viertel|viertel)\s+$"),
    "kk": re.compile(r"(?!)"),
}


def _minutes_left(folded: str, w: WhenMatch, code: str) -> int | None:
    """Where the unread minutes after the time ``w`` end, or None when nothing is left."""
    if not w.has_time or w.due.minute != 0:
        return None
    rx = _MINUTES_RX.get(code)
    if rx is None:
        return None
    m = rx.match(folded, w.end)
    if m is None:
        before = _MINUTES_BEFORE.get(code)
        if before is not None and before.search(folded[max(0, w.start - 20) : w.start]):
            return w.end  # "um drei viertel vier": the quarter said before the hour
        inner = re.search(r"(?:dreiviertel|drei\s+viertel)\s+\S+$", folded[w.start : w.end])
        return w.end if inner and code == "de" else None
    return m.end()


def find_whens(
    text: str,
    now: datetime,
    tz: str,
    lang: str = "en",
    *,
    fallback: bool = True,
    date_order: str | None = None,
) -> list[WhenMatch]:
    """Every date phrase of ``text`` in order (see :func:`read_whens`)."""
    return read_whens(text, now, tz, lang, fallback=fallback, date_order=date_order).whens


def competing(whens: list[WhenMatch], now: datetime) -> list[WhenMatch]:
    """The phrases of ``whens`` that say different days or different times for one slot
    ("friday or monday", "at 3 ... at 5", "tomorrow's meeting tonight"), else [].

    A day said in one place and its hour in another ("next saturday ... at five") is one
    when, not two; a day already past ("yesterday") is no candidate for a time to come.
    Two candidates are asked about ("which one?"), never picked between.
    """
    today = now.date()
    cands = [w for w in whens if w.due.date() >= today]
    if len(cands) < 2:
        return []
    days = {w.due.astimezone(now.tzinfo).date() for w in cands if w.has_date}
    hours = {
        w.due.astimezone(now.tzinfo).strftime("%H:%M")
        for w in cands
        if w.has_time and not (w.has_date and not w.has_time)
    }
    if len(days) > 1 or len(hours) > 1:
        return cands
    return []


def parse_when(
    text: str, now: datetime, tz: str, lang: str = "en", *, date_order: str | None = None
) -> WhenMatch | None:
    """The first date phrase of ``text`` (see module docstring for the rules), or None."""
    found = find_whens(text, now, tz, lang, date_order=date_order)
    return found[0] if found else None


_FOLLOW = (
    r"follow[\s-]*up(?:\s+(?:on|by|at))?|followup|f/u|fup|call\s+back|check\s+in|"
    r"seguimiento|hacer\s+seguimiento|volver\s+a\s+llamar|nachfassen|wiedervorlage|"
    r"relancer|relance|rappeler|følg\s+opp|følge\s+opp|oppfølging|jarraipena|"
    r"on|at|by|until|till|before|due|next\s+step|no\s+later\s+than|not\s+later\s+than|"
    r"el|la|le|am|um|bis|på|den|til|innen|"
    r"στις|την|τη|το|για|a\s+las|à|pour|para|для|"
    r"make\s+it"  # "call Hana tuesday. make it 4pm": the words that brought the hour
)
_PUNCT = " \t\n,;:–—-"
_LEAD_STOP = re.compile(r"^[.!?]+\s+")
_TRAIL_RX = re.compile(rf"(?<!\w)(?:{_FOLLOW})$", re.IGNORECASE)
_LEAD_RX = re.compile(r"^[\s,;:–—-]+")
_TRAIL_FAST = CaseBlind(_TRAIL_RX)  # the same matches, cheaper on ASCII text


def strip_when(text: str, match: WhenMatch) -> str:
    """``text`` without the date phrase and the connector words left dangling before it.

    "Called Ana at Acme, 3.5k EUR, follow up Friday" -> "Called Ana at Acme, 3.5k EUR";
    "remind me tomorrow at 3 to send it" -> "remind me to send it".
    """
    left, right = text[: match.start], text[match.end :]
    for _ in range(6):  # ", follow up on" -> "": peel punctuation and connectors
        left = left.rstrip(_PUNCT)
        m = _TRAIL_FAST.search(left)
        if m is None:
            break
        left = left[: m.start()]
    right = _LEAD_RX.sub("", right)
    if right[:1] in {".", "!", "?"}:
        # keep the sentence end once: "Called Ana. Follow up Monday." -> "Called Ana."
        joined = left + right.lstrip(".!?") if left[-1:] in {".", "!", "?"} else left + right
    elif left and right:
        joined = f"{left} {right}"
    else:
        joined = left or right
    # "remind me thursday the 3rd. 2pm. renew it": no sentence end left in front of the text
    return _LEAD_STOP.sub("", " ".join(joined.split()).strip(" ,;:-–—"))
