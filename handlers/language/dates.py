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
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache, partial
from zoneinfo import ZoneInfo

from handlers.language.datewords import DATE_WORDS
from handlers.language.numwords import Numbers, numbers
from handlers.language.rxfast import CaseBlind, Need, need_probe, needs

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

DEFAULT_HOUR = 9
SUPPORTED_LANGS = ("en", "es", "de", "fr", "nb", "el", "eu", "kk")
_LANG_ALIASES = {"no": "nb", "nn": "nb", "gr": "el", "kz": "kk"}
_MAX_TEXT = 4000  # longer messages are only scanned in their first 4000 chars


@dataclass(frozen=True, slots=True)
class WhenMatch:
    """A resolved date phrase: ``text[start:end]`` is the phrase, ``due`` is aware."""

    due: datetime
    start: int
    end: int
    has_time: bool
    has_date: bool = True  # False for a time alone ("at 3"), resolved to its next occurrence


# --------------------------------------------------------------------------- folding


_FOLD_EXTRA = {"ς": "σ", "’": "'", "ʼ": "'", "\u00a0": " ", "ı": "i"}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        low = c
    base = unicodedata.normalize("NFD", low)[0]
    return _FOLD_EXTRA.get(base, base)


def fold(text: str) -> str:
    """Lowercase and strip accents *one char for one char*, so spans map back 1:1.

    Users drop accents in chat ("proximo viernes", "Παρασκευη"), so matching is
    done on the folded copy while spans still index the original text.
    """
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def _norm(word: str) -> str:
    return " ".join(fold(word).split())


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    kind: str  # "date" | "time" | "pod" | "instant" | "dtime" | "dpod" (today + part of day)
    # | "unread": a date or time that has no one reading ("3/4" with no date order set)
    datefn: Callable[[date], date | None] | None = None
    hm: tuple[int, int] | None = None
    delta: timedelta | None = None
    explicit: bool = False  # explicit calendar date (wins over a weekday next to it)
    bare_hour: int | None = None  # "at 7": the hour as typed, when no am/pm settled it
    # "quarter to seven", "half past six": minutes moved an hour the am/pm rules guessed (no
    # am/pm said), so a part of the day next to it still settles which half of the day
    guessed: bool = False
    weekday: int | None = None  # "Friday": checked against an explicit date next to it
    slash: tuple[int, int, int | None] | None = None  # "3/4": (3, 4, year), read by date order


def _resolve_hour(h: int, mer: str | None, padded: bool) -> int | None:
    """Apply the am/pm and bare-hour rules; None when the hour is impossible."""
    if mer == "am":
        return None if not 1 <= h <= 12 else (0 if h == 12 else h)
    if mer == "pm":
        return None if not 1 <= h <= 12 else (12 if h == 12 else h + 12)
    if h > 23:
        return None
    if padded or h == 0 or h > 12:
        return h
    if 1 <= h <= 7:
        return h + 12
    return h


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError("month out of range")


def _month_last(today: date, ahead: int) -> date:
    """The last day of this month (``ahead`` 0) or of the next one (1): "end of next month"."""
    first = _add_months(today.replace(day=1), ahead + 1)
    return first - timedelta(days=1)


def _month_last_of(month: int, year: int | None) -> Callable[[date], date | None]:
    """ "end of june": the last day of the next June to come (this one if not past)."""

    def fn(today: date) -> date | None:
        y = year if year is not None else today.year + (month < today.month)
        return _add_months(date(y, month, 1), 1) - timedelta(days=1)

    return fn


def _next_weekday(today: date, wd: int) -> date:
    return today + timedelta(days=(wd - today.weekday()) % 7 or 7)


def _plus(step: timedelta, d: date) -> date:
    return d + step


def _next_week_day(today: date, wd: int) -> date:
    """Weekday ``wd`` of next week ("next week Tuesday")."""
    return _next_week_monday(today) + timedelta(days=wd)


def _next_week_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def _md_fn(month: int, day: int, year: int | None) -> Callable[[date], date | None]:
    def fn(today: date) -> date | None:
        if year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
        for y in range(today.year, today.year + 9):
            try:
                cand = date(y, month, day)
            except ValueError:
                continue
            if cand >= today:
                return cand
        return None

    return fn


def _valid_md(month: int, day: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year or 2028, month, day)  # 2028 is a leap year: Feb 29 stays possible
    except ValueError:
        return False
    return True


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if y < 100 else y


# --------------------------------------------------------------------------- language specs


@dataclass
class _Spec:
    """Words of one language; every entry is folded before use."""

    today: list[str] = field(default_factory=list)
    tomorrow: list[str] = field(default_factory=list)
    after_tomorrow: list[str] = field(default_factory=list)
    yesterday: list[str] = field(default_factory=list)  # past days: when something happened
    before_yesterday: list[str] = field(default_factory=list)
    next_week: list[str] = field(default_factory=list)
    next_month: list[str] = field(default_factory=list)
    weekdays: list[list[str]] = field(default_factory=list)
    wd_wild: bool = False  # agglutinative: allow case suffixes (eu, kk)
    wd_pre: list[str] = field(default_factory=list)
    wd_post: list[str] = field(default_factory=list)
    # short weekday forms that are also everyday words ("sat down with", "the sun"): a
    # weekday only after a lead word ("on sat", "f/u sun") or before a time ("sat 11am")
    wd_short: dict[str, int] = field(default_factory=dict)
    wd_short_lead: list[str] = field(default_factory=list)
    nw_pre: list[str] = field(default_factory=list)
    nw_post: list[str] = field(default_factory=list)
    months: list[list[str]] = field(default_factory=list)
    mon_wild: bool = False
    md_pre: list[str] = field(default_factory=list)
    md_link: list[str] = field(default_factory=list)
    day_suf: str = ""
    in_pre: list[str] = field(default_factory=list)
    in_post: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # phrase -> minute|hour|day|...
    unit_wild: bool = False
    one_units: dict[str, str] = field(default_factory=dict)  # "astebete" = one week
    nums: dict[str, int] = field(default_factory=dict)
    # counts of no one size ("a couple of", "a few"): "in a few days" is asked about
    nums_vague: list[str] = field(default_factory=list)
    half_hour: list[str] = field(default_factory=list)
    t_pre: list[str] = field(default_factory=list)
    t_pre_weak: list[str] = field(default_factory=list)  # "à 3 clients" is not a time
    t_suf: list[str] = field(default_factory=list)
    t_suf_glued: list[str] = field(default_factory=list)  # "10etan", "10-да", "10h"
    mer: dict[str, str] = field(default_factory=dict)
    mer_pre: dict[str, str] = field(default_factory=dict)  # Basque "arratsaldeko 5etan"
    noon: list[str] = field(default_factory=list)
    midnight: list[str] = field(default_factory=list)
    pod: dict[str, int] = field(default_factory=dict)  # only valid next to a date
    today_pod: dict[str, int] = field(default_factory=dict)  # "tonight": today + hour
    rel_block_before: list[str] = field(default_factory=list)  # "guten Morgen", "la mañana"
    day_pre: list[str] = field(default_factory=list)  # "the 11th", "el día 11": day alone
    day_suf_req: str = ""  # what a day alone must end with ("th", "."), so "the 3" is none
    # a regex of the words that may follow a day said with no lead word ("3rd" alone): "due
    # 3rd at 10" is a date, "3rd try" and "5th avenue" are not (English only)
    day_bare_next: str = ""
    day_cardinal_words: bool = False  # "el nueve de enero": days said as cardinals
    md_cardinal_words: bool = False  # "april twenty": a cardinal day after the month
    min_pre: dict[str, int] = field(default_factory=dict)  # "quarter past" three: +15
    min_post: dict[str, int] = field(default_factory=dict)  # "tres y cuarto": +15
    # "twenty past four", "ten to five": minutes said as a number, then past (+1) or to (-1)
    min_rel: dict[str, int] = field(default_factory=dict)
    half_before: list[str] = field(default_factory=list)  # British "half nine" is 09:30
    vague: list[str] = field(default_factory=list)  # "later today", "this weekend": no one time
    end_of: list[str] = field(default_factory=list)  # "end of": the last day of a month
    this_month: list[str] = field(default_factory=list)  # "the month" after "end of"
    month_vague: list[str] = field(default_factory=list)  # "early january": no one day
    # regexes (not phrases): a doubt next to a date or time ("4.30", "16h", "est", "or 4")
    near: str = ""
    in_tail: list[str] = field(default_factory=list)  # "in two weeks' time"
    and_half: list[str] = field(default_factory=list)  # "an hour and a half"
    one_half: list[str] = field(default_factory=list)  # "one and a half hours", "anderthalb"
    and_words: list[str] = field(default_factory=list)  # "2 hours and 30 minutes"
    not_after_hour: list[str] = field(default_factory=list)  # "at one point" is no time


_GROUP_FIELDS = frozenset({"weekdays", "months"})
_MAP_FIELDS = frozenset(
    {
        "units",
        "one_units",
        "nums",
        "mer",
        "mer_pre",
        "pod",
        "today_pod",
        "min_pre",
        "min_post",
        "min_rel",
        "wd_short",
    }
)


def _spec(**kw: str | bool) -> _Spec:
    """Build a :class:`_Spec` from compact strings, so a language fits on one screen.

    Lists are ``"a|b"``; weekday and month groups are ``"monday mon|tuesday tue"``
    (one group per day, spaces between spellings); maps are ``"am: am|a.m.; pm: pm"``
    (value, then the phrases that mean it; numeric values become ints).
    """
    out: dict[str, object] = {}
    for key, raw in kw.items():
        if isinstance(raw, bool) or key in ("day_suf", "day_suf_req", "near", "day_bare_next"):
            out[key] = raw
        elif key in _GROUP_FIELDS:
            out[key] = [group.split() for group in raw.split("|")]
        elif key in _MAP_FIELDS:
            table: dict[str, str | int] = {}
            for part in raw.split(";"):
                value, _, phrases = part.partition(":")
                v = value.strip()
                val: str | int = int(v) if v.lstrip("-").isdigit() else v
                table |= {p.strip(): val for p in phrases.split("|")}
            out[key] = table
        else:
            out[key] = raw.split("|")
    return _Spec(**out)  # type: ignore[arg-type]


_SPECS: dict[str, _Spec] = {code: _spec(**words) for code, words in DATE_WORDS.items()}


# --------------------------------------------------------------------------- compilation


def _alt(words: Iterable[str], wild: bool = False) -> str:
    """Regex alternation of folded phrases, longest first; spaces match any whitespace."""
    uniq = sorted({_norm(w) for w in words if w}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)
    return f"(?:{body})" + (r"\w*" if wild else "")


def _stem_lookup(table: list[list[str]], wild: bool) -> Callable[[str], int | None]:
    pairs = sorted(
        ((_norm(w), i) for i, ws in enumerate(table) for w in ws), key=lambda p: -len(p[0])
    )
    exact = dict(pairs)

    def look(word: str) -> int | None:
        w = " ".join(word.split()).rstrip(".")
        if w in exact:
            return exact[w]
        if wild:
            for stem, i in pairs:
                if w.startswith(stem):
                    return i
        return None

    return look


_B = r"(?<!\w)"  # left word edge that also works before "@" or "."
_E = r"(?!\w)"


@dataclass
class _Compiled:
    patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Tok | None]]]
    # what each pattern needs in a message to match at all (rxfast.needs): a message
    # without it skips the pattern, with the same tokens (most patterns need words most
    # messages lack: month names, number words, "noon")
    needs: list[Need] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.needs = [needs(rx) for rx, _fn in self.patterns]


def _num_value(raw: str, nums: dict[str, int], nw: Numbers | None) -> float | None:
    """A count typed as digits ("3", "1.5", "2,5") or words ("three", "a couple of")."""
    raw = " ".join(raw.split())
    if raw.isdigit():
        return int(raw)
    if raw[:1].isdigit():
        try:
            return float(raw.replace(",", "."))
        except ValueError:
            return None
    if raw in nums:
        return nums[raw]
    return nw.value(raw) if nw is not None else None


# An ordinal that counts something is no day of the month: "the 3rd quarter numbers", "the
# 2nd floor", "the 5th time". Only English nouns: the other languages' day forms ("el día 11",
# "den 11.") name the day explicitly.
_NOT_COUNTED = (
    r"(?!\s+(?:quarter|qtr|floor|time|times|place|round|grade|edition|version|attempt|"
    r"party|person|payment|instal+ment|generation|gen|row|item|point|step|page|chapter|"
    r"option|line|slide|phase|stage|year|anniversary|birthday|half|week|month|try|tries|"
    r"avenue|ave|street|st|visit|call|meeting|demo|reminder|email|draft|revision)s?\b)"
)


def _bare_day_end(words: str) -> str:
    """What may follow a day of the month said alone ("3rd"): the end, a mark, or a word of
    ``words``; "3rd try", "5th avenue", "2nd round" count something and are no date."""
    return rf"(?=\s*$|\s*[,;:!?)(]|\.(?!\d)|\s+(?:{words})(?!\w)|\s+\d)"


# After "at 3", a word that makes the number a count or a price: "at 3 sites", "at 45 each".
_COUNTED_NEXT = re.compile(r"\s+(?P<w>[^\W\d_]+)")
_PRICE_WORDS = frozenset({"each", "per", "apiece", "people", "staff", "euros", "dollars"})
_NOT_PLURAL = frozenset(
    [
        "thanks",
        "hours",
        "hrs",
        "mins",
        "minutes",
        "unless",
        "works",
        "suits",
        "always",
        "is",
        "its",
        "as",
        "was",
        "this",
        "thus",
        "yes",
        "plus",
        "less",
        "perhaps",
        "days",
        "sharp",
        "pls",
        "please",
        "tuesdays",
        "thursdays",
    ]
)


def _counted_after(text: str, end: int) -> bool:
    m = _COUNTED_NEXT.match(text, end)
    if m is None:
        return False
    w = m.group("w")
    if w in _PRICE_WORDS:
        return True
    return len(w) >= 4 and w.endswith("s") and w not in _NOT_PLURAL


def _next_monthday(day: int) -> Callable[[date], date | None]:
    """ "the 11th": that day of this month if still to come (or today), else of the next."""

    def fn(today: date) -> date | None:
        for k in range(0, 13):
            first = _add_months(today.replace(day=1), k)
            try:
                cand = first.replace(day=day)
            except ValueError:
                continue
            if cand >= today:
                return cand
        return None

    return fn


def _hm_with(hour: int, offset: int, mer: str | None) -> tuple[int, int] | None:
    """ "quarter to five": the hour read by the am/pm rules, then moved by the minutes said."""
    h = _resolve_hour(hour, mer, False)
    if h is None:
        return None
    total = (h * 60 + offset) % (24 * 60)
    return divmod(total, 60)


# Words that make a weekday a past one, before it ("last friday", "letzten Freitag") or
# after it ("el viernes pasado", "vendredi dernier"). Such a weekday is no due date.
_PAST_BEFORE = frozenset(
    _norm(w)
    for w in (
        "last",
        "past",
        "previous",
        "letzten",
        "letzter",
        "vergangenen",
        "forrige",
        "sist",
        "προηγούμενη",
        "περασμένη",
        "περασμενη",
        "өткен",
    )
)
_PAST_AFTER = frozenset(_norm(w) for w in ("pasado", "dernier", "passé", "passe"))


# A month name that is also a verb ("we may one day"): with a day said in words, it is a
# date only after a word that leads one ("on may one", "by may twenty").
_VERB_MONTHS = frozenset({"may", "mar", "march"})
_DATE_LEAD = frozenset({"on", "by", "until", "till", "before", "from", "for", "of", "til"})


_DOMAIN_AFTER = re.compile(r"\.(?:com|io|co|net|org|ai|app|de|fr|es)(?!\w)")

# Words before "sat"/"sun" that make them a verb or a noun, never a weekday.
_SHORT_WD_BLOCK = frozenset(
    ("i", "we", "he", "she", "they", "you", "who", "the", "a", "and", "just", "had", "have")
)


# A second day right after a month-day date ("dec 10-11", "Dec 14 to 15") or before a
# day-month one ("10-11 dec"): a range, so no one day.
_DAY_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|to|thru|through|till|until|or|&|and)\s*\d{1,2}(?:st|nd|rd|th)?(?![\d:.]|\s*(?:am|pm|h\b|hrs?\b|o'?clock))"
)
_DAY_RANGE_BEFORE = re.compile(r"(?<![\d/.:])\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–)\s*$")


def _refers_to_past(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - 16) : m.start()].split()
    after = m.string[m.end() : m.end() + 12].split()
    return bool(before and before[-1] in _PAST_BEFORE) or bool(after and after[0] in _PAST_AFTER)


_VERSION_BEFORE = re.compile(
    r"(?<!\w)(?:version|ver|v|release|rel|build|firmware|sdk|api|ios|android|chapter|section|"
    r"clause|item|step|article|art|no|nr|#)\.?\s*$"
)
# What may follow a number after "around"/"about" for it to be an hour: a link word or a
# day, never a noun ("around 3 to call Bo", "around 3 tomorrow"; "about 3 people")
_WEAK_TIME_NEXT = re.compile(
    r"(?:to|about|re|for|tomorrow|tmrw|today|tonight|on|this|next|then|please|pls|in\s+the|"
    r"mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?![\w'])"
)


def _compile(spec: _Spec, nw: Numbers | None, *, secondary: bool = False) -> _Compiled:
    """The patterns of one language (compiled once; "3/4" is read later, by date order)."""
    pats: list[tuple[re.Pattern[str], Callable[[re.Match[str]], _Tok | None]]] = []

    def add(rx: str, fn: Callable[[re.Match[str]], _Tok | None]) -> None:
        pats.append((re.compile(rx), fn))

    nums = {_norm(k): v for k, v in spec.nums.items()}
    alts = [r"\d{1,3}(?:[.,]\d{1,2})?"]
    if nw is not None:
        alts.append(nw.phrase_rx)
    if nums:
        alts.append(_alt(nums))
    num_rx = "(?:" + "|".join(alts) + ")"
    hour_words = nw.hour_rx if nw is not None else r"(?!x)x"

    # relative days ------------------------------------------------------------
    rel = {_norm(w): 0 for w in spec.today}
    rel |= {_norm(w): 1 for w in spec.tomorrow}
    rel |= {_norm(w): 2 for w in spec.after_tomorrow}
    rel |= {_norm(w): -1 for w in spec.yesterday}
    rel |= {_norm(w): -2 for w in spec.before_yesterday}
    block = {_norm(w) for w in spec.rel_block_before}
    if rel:

        def rel_fn(m: re.Match[str]) -> _Tok | None:
            n = rel[" ".join(m.group("rel").split())]
            before = m.string[max(0, m.start() - 12) : m.start()].split()
            if before and before[-1] in block:
                return None
            return _Tok(m.start(), m.end(), "date", partial(_plus, timedelta(days=n)))

        add(rf"{_B}(?P<rel>{_alt(rel)}){_E}", rel_fn)

    if spec.next_week:
        add(
            rf"{_B}{_alt(spec.next_week)}{_E}",
            lambda m: _Tok(m.start(), m.end(), "date", _next_week_monday),
        )
    if spec.next_month:
        add(
            rf"{_B}{_alt(spec.next_month)}{_E}",
            lambda m: _Tok(m.start(), m.end(), "date", lambda d: _add_months(d, 1)),
        )

    # weekdays -----------------------------------------------------------------
    if spec.weekdays:
        wd_look = _stem_lookup(spec.weekdays, spec.wd_wild)
        wd_rx = _alt([w for ws in spec.weekdays for w in ws], wild=spec.wd_wild)
        pre = rf"(?:{_alt(spec.wd_pre)}\s+)?" if spec.wd_pre else ""
        nwpre = rf"(?:(?P<nwpre>{_alt(spec.nw_pre)})\s+)?" if spec.nw_pre else ""
        post = rf"(?:\s+{_alt(spec.wd_post)}{_E})?" if spec.wd_post else ""
        nwpost = rf"(?:,?\s+(?P<nwpost>{_alt(spec.nw_post)}){_E})?" if spec.nw_post else ""
        rx = rf"{_B}{nwpre}{pre}(?P<wd>{wd_rx}){_E}\.?{post}{nwpost}"

        def wd_fn(m: re.Match[str]) -> _Tok | None:
            wd = wd_look(m.group("wd"))
            if wd is None or _DOMAIN_AFTER.match(m.string, m.end("wd")):
                return None  # "Monday.com" is a company
            if _refers_to_past(m):
                return None  # "met Jon last friday" is no follow-up date
            gd = m.groupdict()
            if gd.get("nwpre") or gd.get("nwpost"):
                return _Tok(
                    m.start(),
                    m.end(),
                    "date",
                    partial(_next_week_day, wd=wd),
                )
            return _Tok(m.start(), m.end(), "date", partial(_next_weekday, wd=wd), weekday=wd)

        add(rx, wd_fn)

    if spec.wd_short:
        short = {_norm(k): v for k, v in spec.wd_short.items()}
        lead = {_norm(w) for w in spec.wd_short_lead}
        # a time right after: "fri 3pm", "Mi. 9:15", "fre kl 12", "jue a las 10", "ven à 9h"
        time_after = re.compile(
            r"\.?\s*(?:(?:at|@|um|kl\.?|klokka|klokken|à|a\s+las|a\s+la)\s*)?\d"
            r"|\s+(?:eod|cob|morning|afternoon|evening|night)(?!\w)"
        )

        def short_fn(m: re.Match[str]) -> _Tok | None:
            before = m.string[max(0, m.start() - 12) : m.start()].split()
            prev = before[-1] if before else ""
            if prev in _SHORT_WD_BLOCK or _refers_to_past(m):
                return None  # "she sat at 9", "the sun", "last sat"
            if prev not in lead and not time_after.match(m.string, m.end()):
                return None
            wd = short[m.group("wd")]
            return _Tok(m.start(), m.end(), "date", partial(_next_weekday, wd=wd), weekday=wd)

        add(rf"{_B}(?P<wd>{_alt(short)}){_E}", short_fn)

    # month-name dates -----------------------------------------------------------
    if spec.months:
        mon_look = _stem_lookup(spec.months, spec.mon_wild)
        mon_rx = _alt([w for ws in spec.months for w in ws], wild=spec.mon_wild)
        pre = rf"(?:(?P<mpre>{_alt(spec.md_pre)})\s+)?" if spec.md_pre else ""
        link = rf"(?:{_alt(spec.md_link)}\s+)?" if spec.md_link else ""
        year = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
        day = rf"(?P<day>\d{{1,2}}){spec.day_suf}"
        if nw is not None:  # "the ninth of January", "el veintitrés de febrero"
            words = nw.day_rx + (f"|{nw.phrase_rx}" if spec.day_cardinal_words else "")
            dm_day = rf"(?:{day}|(?P<dayw>{words}))"
            md_words = nw.day_rx + (f"|{nw.phrase_rx}" if spec.md_cardinal_words else "")
            day = rf"(?:{day}|(?P<dayw>{md_words})(?!\s+(?:days?|times?|people|hours?|weeks?)))"
        else:
            dm_day = day
        dm = rf"{_B}{pre}{dm_day}(?!\s*[:\d])\s*{link}(?P<mon>{mon_rx})\.?{_E}{year}"
        ypre = r"(?:(?P<ypre>\d{4})(?:ko|\.)?\s+)?"  # Basque "2026ko abenduaren 3an"
        md = rf"{_B}{pre}{ypre}(?P<mon>{mon_rx})\.?,?\s+{link}{day}(?![\d:.,]\d){_E}{year}"

        english_days = spec is _SPECS.get("en")

        def md_fn(m: re.Match[str]) -> _Tok | None:
            mon = mon_look(m.group("mon"))
            if mon is None:
                return None
            if m.group("day") is not None:
                d = int(m.group("day"))
            else:
                d_w = nw.day(m.group("dayw")) if nw is not None else None
                if d_w is None:
                    return None
                d = d_w
                if (
                    english_days
                    and m.start("dayw") < m.start("mon")
                    and nw is not None
                    and nw.ordinal_day(m.group("dayw")) is None
                ):
                    return None  # "next one dec 10": a count, then "dec 10" (the day is 10)
                said = " ".join(m.group("mon").split())
                before = m.string[max(0, m.start() - 8) : m.start()].split()
                dated = m.groupdict().get("mpre") or (before and before[-1] in _DATE_LEAD)
                if said in _VERB_MONTHS and not dated:
                    return None  # "we may one day": a verb and a count, not the 1st of May
            y = _year(m.group("year") or m.groupdict().get("ypre"))
            if not _valid_md(mon + 1, d, y):
                return None
            rng = _DAY_RANGE_AFTER.match(m.string, m.end())
            if rng is not None:  # "dec 10-11": two days for one when, asked about
                return _Tok(m.start(), rng.end(), "unread")
            pre = _DAY_RANGE_BEFORE.search(m.string, 0, m.start())
            if pre is not None:  # "10-11 dec"
                return _Tok(pre.start(), m.end(), "unread")
            return _Tok(m.start(), m.end(), "date", _md_fn(mon + 1, d, y), explicit=True)

        add(dm, md_fn)
        add(md, md_fn)

    # "in N units" ---------------------------------------------------------------
    if spec.units:
        unit_of = {_norm(w): str(u) for w, u in spec.units.items()}
        unit_look = _stem_lookup([[w] for w in unit_of], spec.unit_wild)
        unit_names = list(unit_of)
        unit_rx = _alt(unit_of, wild=spec.unit_wild)

        one_map = {_norm(k): v for k, v in spec.one_units.items()}
        vague_counts = {_norm(w) for w in spec.nums_vague}

        def in_fn(m: re.Match[str]) -> _Tok | None:
            gd = m.groupdict()
            n: float
            if " ".join((gd.get("n") or "").split()) in vague_counts:
                # "in a couple of weeks", "in a few days": no one day, asked about
                return _Tok(m.start(), m.end(), "unread")
            if gd.get("one"):
                n, unit = 1, one_map[_norm(gd["one"])]
            else:
                n_val = 1.5 if gd.get("half1") else _num_value(m.group("n"), nums, nw)
                idx = unit_look(m.group("unit"))
                if n_val is None or idx is None or n_val > 999:
                    return None
                n, unit = n_val, unit_of[unit_names[idx]]
                if gd.get("ahalf") or gd.get("nhalf"):
                    n += 0.5  # "an hour and a half", "two and a half hours"
            extra = 0.0
            if gd.get("n2"):  # "2 hours and 30 minutes"
                n2 = _num_value(gd["n2"], nums, nw)
                idx2 = unit_look(gd["unit2"])
                if n2 is None or idx2 is None or unit != "hour":
                    return None
                if unit_of[unit_names[idx2]] != "minute":
                    return None
                extra = n2
            if unit == "minute" and not extra:
                return _Tok(m.start(), m.end(), "instant", delta=timedelta(minutes=round(n)))
            if unit == "hour":
                minutes = round(n * 60 + extra)
                return _Tok(m.start(), m.end(), "instant", delta=timedelta(minutes=minutes))
            if n != int(n) or extra:
                return None  # "in 1.5 days" has no one reading: asked, not guessed
            k = int(n)
            if unit == "day":
                return _Tok(m.start(), m.end(), "date", partial(_plus, timedelta(days=k)))
            if unit == "week":
                return _Tok(m.start(), m.end(), "date", partial(_plus, timedelta(weeks=k)))
            return _Tok(m.start(), m.end(), "date", partial(_add_months, n=k))

        post = rf"(?:\s+{_alt(spec.in_post)}{_E})?" if spec.in_post else ""
        if spec.in_tail:  # "in two weeks' time": only after "in"
            post += rf"(?:\s*{_alt(spec.in_tail)}{_E})?"
        half1 = rf"(?P<half1>{_alt(spec.one_half)})|" if spec.one_half else ""
        ahalf = rf"(?:\s+(?P<ahalf>{_alt(spec.and_half)}){_E})?" if spec.and_half else ""
        andw = rf"(?:{_alt(spec.and_words)}\s+)?" if spec.and_words else ""
        more = rf"(?:,?\s+{andw}(?P<n2>{num_rx})\s*(?P<unit2>{unit_rx}){_E})?"
        nhalf = rf"(?:\s+(?P<nhalf>{_alt(spec.and_half)}))?" if spec.and_half else ""
        qty = rf"(?:{half1}(?P<n>{num_rx}){nhalf})\s*(?P<unit>{unit_rx}){_E}{ahalf}{more}"
        if spec.in_pre:
            add(rf"{_B}{_alt(spec.in_pre)}\s+{qty}{post}", in_fn)

            def hm_fn(m: re.Match[str]) -> _Tok | None:
                minutes = int(m.group("hh")) * 60 + int(m.group("mm"))
                return _Tok(m.start(), m.end(), "instant", delta=timedelta(minutes=minutes))

            # "in 1h30", "dans 2h15", "om 1t30": hours and minutes glued
            add(
                rf"{_B}{_alt(spec.in_pre)}\s+(?P<hh>\d{{1,2}})\s*(?:h|t)\s*(?P<mm>[0-5]\d)"
                rf"(?:\s*(?:m|min|mins|minutes?))?{_E}",
                hm_fn,
            )
        if spec.in_post:
            # "2 days from now", "3 egun barru", "2 күннен кейін", "astebete barru"
            one = rf"|(?P<one>{_alt(one_map)})" if one_map else ""
            add(
                rf"{_B}(?:{half1}(?P<n>{num_rx})\s*(?P<unit>{unit_rx}){one})\s+"
                rf"{_alt(spec.in_post)}{_E}",
                in_fn,
            )
            if spec is _SPECS.get("en"):
                # "a week from tomorrow", "two days from monday": counted from another day;
                # not read as from now (that gave tomorrow 09:00), so asked about
                add(
                    rf"{_B}(?:(?P<n>{num_rx})\s*(?P<unit>{unit_rx}){one})\s+from"
                    r"(?=\s+(?:tomorrow|tmrw|tmw|2moro|mon|tue|wed|thu|fri|sat|sun|next|this|"
                    r"the\s+\d|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
                    lambda m: _Tok(m.start(), m.end(), "unread"),
                )
        if spec.half_hour:
            hpre = rf"(?:{_alt(spec.in_pre)}\s+)" if spec.in_pre else ""
            hpost = rf"(?:\w*\s+{_alt(spec.in_post)})" if spec.in_post and not spec.in_pre else ""
            add(
                rf"{_B}{hpre}{_alt(spec.half_hour)}{hpost}{_E}",
                lambda m: _Tok(m.start(), m.end(), "instant", delta=timedelta(minutes=30)),
            )

    # times ------------------------------------------------------------------------
    mer_map = {_norm(k): v for k, v in spec.mer.items()}
    weak = {_norm(w) for w in spec.t_pre_weak}
    if secondary:
        mer_map.pop("am", None)  # German "um 3 am Freitag" must not read as 3 a.m.
    mer_rx = rf"(?:\s*(?P<mer>{_alt(mer_map)})(?!\w))?" if mer_map else ""
    merpre_map = {_norm(k): v for k, v in spec.mer_pre.items()}
    t_pre = rf"(?P<pre>{_alt(spec.t_pre)}\s*)?" if spec.t_pre else ""
    if merpre_map:
        t_pre = rf"(?:(?P<merpre>{_alt(merpre_map)})\s+)?" + t_pre
    t_suf = rf"(?:\s*(?P<suf>{_alt(spec.t_suf)}){_E})?" if spec.t_suf else ""
    glued = rf"(?P<glued>{_alt(spec.t_suf_glued)})?" if spec.t_suf_glued else ""
    time_rx = (
        rf"(?<![\w.,:/+\-]){t_pre}(?P<h>\d{{1,2}})(?:(?P<sep>[:.]|h(?=\d\d))(?P<mi>\d{{2}}))?"
        rf"(?!\d){glued}(?![\w.,:]\d){t_suf}{mer_rx}(?!\w|\s*[%€$£¥₸]|[.,]\d)"
    )

    english = spec is _SPECS.get("en")

    def time_fn(m: re.Match[str]) -> _Tok | None:
        gd = m.groupdict()
        pre, suf, glue, mer = gd.get("pre"), gd.get("suf"), gd.get("glued"), gd.get("mer")
        merpre = gd.get("merpre")
        sep, raw_h = m.group("sep"), m.group("h")
        if not (pre or suf or glue or mer or sep == ":" or sep == "h"):
            return None  # a bare number is not a time
        if not (suf or glue or mer or sep) and _norm(pre or "") in weak:
            rest = m.string[m.end() :].lstrip()
            link = english and _WEAK_TIME_NEXT.match(rest) is not None
            if rest and rest[0] not in ",.;!?)" and not link:
                return None  # "à 3 clients", "about 3 people"; "around 3 to call Bo" is 15:00
        if sep == "." and not (pre or suf or glue):
            return None  # "3.50" is an amount unless "kl 3.50" / "15.30 Uhr"
        if english and not (suf or glue or mer or sep) and _counted_after(m.string, m.end()):
            return None  # "at 3 sites", "at 45 each": a count or a price, not a time
        minute = int(m.group("mi") or 0)
        if minute > 59:
            return None
        meridiem = mer_map.get(" ".join(mer.split())) if mer else None
        if merpre:
            meridiem = merpre_map.get(" ".join(merpre.split()))
        padded = len(raw_h) == 2 and raw_h[0] == "0"
        h = _resolve_hour(int(raw_h), meridiem, padded)
        if h is None:
            return None
        bare = int(raw_h) if meridiem is None and not padded and 1 <= int(raw_h) <= 12 else None
        return _Tok(m.start(), m.end(), "time", hm=(h, minute), bare_hour=bare)

    add(time_rx, time_fn)

    if spec.t_pre:
        strong_pre = [w for w in spec.t_pre if _norm(w) not in weak]

        def hhmm_fn(m: re.Match[str]) -> _Tok | None:
            raw = m.group("hhmm")
            hh, mm = int(raw[:-2]), int(raw[-2:])
            if mm > 59:
                return None
            mer = m.groupdict().get("mer")
            meridiem = mer_map.get(" ".join(mer.split())) if mer else None
            padded = len(raw) == 4 and raw[0] == "0"
            h = _resolve_hour(hh, meridiem, padded)
            if h is None:
                return None
            bare = hh if meridiem is None and not padded and 1 <= hh <= 12 else None
            return _Tok(m.start(), m.end(), "time", hm=(h, mm), bare_hour=bare)

        # "at 930", "@ 1530": a clock time typed without its colon, only where nothing
        # else can follow it ("at 1200 per seat" is a price): an end, or a link word
        add(
            # "at 1500 hrs": the military way, the same clock time
            rf"{_B}(?P<pre>{_alt(strong_pre)})\s*(?P<hhmm>\d{{3,4}}){mer_rx}"
            r"(?:\s*(?:hrs|hours)(?!\w))?"
            r"(?=\s*$|\s*[,;!?]|\.(?!\d)|\s+(?:to|on|and|for|tomorrow|today|tonight|tmrw|"
            r"this|next|please|pls|about|re)\b)",
            hhmm_fn,
        )

    # times in words: "at seven pm", "ten fifteen", "quarter past three", "a las tres y cuarto"
    never_after = {_norm(w) for w in spec.not_after_hour}
    if nw is not None:
        oh = r"|oh[\s-]+" + hour_words if spec is _SPECS["en"] else ""
        word_rx = (
            rf"(?<![\w.,:/+\-]){t_pre}(?P<hw>{hour_words})(?:[\s-]+(?P<mw>{nw.phrase_rx}{oh}))?"
            rf"{t_suf}{mer_rx}(?!\w)"
        )

        def word_time_fn(m: re.Match[str]) -> _Tok | None:
            gd = m.groupdict()
            pre, suf, mer, merpre = gd.get("pre"), gd.get("suf"), gd.get("mer"), gd.get("merpre")
            mw = gd.get("mw")
            if not (pre or suf or mer or merpre):
                return None  # "seven", "three twenty" alone are counts, not times
            rest = m.string[m.end() :].split(maxsplit=1)
            if not (suf or mer or mw) and rest and rest[0].strip(",.;!?") in never_after:
                return None  # "at one point", "at one of the meetings"
            hour = nw.value(m.group("hw"))
            minute = 0
            if mw:
                mwn = " ".join(mw.split())
                minute_v = nw.value(mwn[3:] if mwn.startswith("oh ") else mwn)
                if minute_v is None or not 0 <= minute_v <= 59:
                    return None
                minute = minute_v
            if hour is None:
                return None
            meridiem = mer_map.get(" ".join(mer.split())) if mer else None
            if merpre:
                meridiem = merpre_map.get(" ".join(merpre.split()))
            h = _resolve_hour(hour, meridiem, False)
            if h is None:
                return None
            bare = hour if meridiem is None and 1 <= hour <= 12 else None
            return _Tok(m.start(), m.end(), "time", hm=(h, minute), bare_hour=bare)

        add(word_rx, word_time_fn)
        if spec.t_suf and spec is not _SPECS.get("en"):
            # the minutes after the hour's word: "à quinze heures trente", "um 15 Uhr 30"
            suf_rx = _alt(spec.t_suf)

            def suf_min_fn(m: re.Match[str]) -> _Tok | None:
                raw_h, raw_m = " ".join(m.group("sh").split()), " ".join(m.group("sm").split())
                hour = int(raw_h) if raw_h.isdigit() else nw.value(raw_h)
                minute = int(raw_m) if raw_m.isdigit() else nw.value(raw_m)
                if hour is None or minute is None or not 1 <= minute <= 59:
                    return None
                h = _resolve_hour(hour, None, raw_h.startswith("0"))
                if h is None:
                    return None
                bare = hour if 1 <= hour <= 12 else None
                return _Tok(m.start(), m.end(), "time", hm=(h, minute), bare_hour=bare)

            add(
                rf"(?<![\w.,:/+\-]){t_pre}(?P<sh>{hour_words}|\d{{1,2}})\s*{suf_rx}\s+"
                rf"(?P<sm>{nw.phrase_rx}|\d{{2}})(?:\s+(?:minutes|minuten))?(?!\w|\s*{suf_rx}(?!\w))"
                # then an end or a link word, never a count: "à 10 heures 15 personnes"
                r"(?=\s*$|\s*[,;:.!?)]|\s*d'|\s+(?:le|la|les|de|du|pour|avec|et|chez|an|am|für|"
                r"zu|mit|und|bei|demain|morgen|ce|cet|cette|heute|aujourd'hui)(?!\w))",
                suf_min_fn,
            )
        if nw.hours_at:
            hat_pre = t_pre  # its part of the day too: "goizeko hamarretan" (at ten a.m.)
            need_pre = bool(spec.t_pre)  # Kazakh "онда" is "there" unless "сағат" comes first

            def hours_at_fn(m: re.Match[str]) -> _Tok | None:
                gd = m.groupdict()
                if need_pre and not gd.get("pre"):
                    return None
                hour = nw.hours_at[" ".join(m.group("hat").split())]
                merpre = gd.get("merpre")
                meridiem = merpre_map.get(" ".join(merpre.split())) if merpre else None
                h = _resolve_hour(hour, meridiem, False)
                if h is None:
                    return None
                bare = hour if meridiem is None else None
                return _Tok(m.start(), m.end(), "time", hm=(h, 0), bare_hour=bare)

            add(rf"{_B}{hat_pre}(?P<hat>{nw.hours_at_rx}){_E}", hours_at_fn)

    hour_any = rf"(?:\d{{1,2}}|{hour_words})"

    def quarter_fn(offsets: dict[str, int], key: str) -> Callable[[re.Match[str]], _Tok | None]:
        def fn(m: re.Match[str]) -> _Tok | None:
            raw = " ".join(m.group("qh").split())
            hour = int(raw) if raw.isdigit() else (nw.value(raw) if nw is not None else None)
            gd = m.groupdict()
            top = 23 if gd.get("qsuf") else 12  # "dix-sept heures moins le quart": 16:45
            if hour is None or not 1 <= hour <= top:
                return None
            mer = gd.get("mer")
            meridiem = mer_map.get(" ".join(mer.split())) if mer else None
            hm = _hm_with(hour, offsets[_norm(m.group(key))], meridiem)
            guessed = meridiem is None and not gd.get("qsuf")
            return None if hm is None else _Tok(m.start(), m.end(), "time", hm=hm, guessed=guessed)

        return fn

    if spec.min_pre:
        qpre = {_norm(k): v for k, v in spec.min_pre.items()}
        add(
            rf"{_B}{t_pre}(?P<qp>{_alt(qpre)})\s+(?P<qh>{hour_any}){t_suf}{mer_rx}(?!\w)",
            quarter_fn(qpre, "qp"),
        )
    if spec.min_post and spec.t_pre:
        qpost = {_norm(k): v for k, v in spec.min_post.items()}
        suf_opt = rf"(?:\s*(?P<qsuf>{_alt(spec.t_suf)}))?" if spec.t_suf else ""
        add(
            rf"{_B}(?P<pre>{_alt(spec.t_pre)})\s*(?P<qh>{hour_any}){suf_opt}\s+"
            rf"(?P<qs>{_alt(qpost)}){mer_rx}(?!\w)",
            quarter_fn(qpost, "qs"),
        )

    if spec.min_rel:
        rel_map = {_norm(k): v for k, v in spec.min_rel.items()}
        mins = rf"(?:{nw.phrase_rx}|\d{{1,2}})" if nw is not None else r"\d{1,2}"

        def rel_fn(m: re.Match[str]) -> _Tok | None:
            raw_m = " ".join(m.group("mn").split())
            minute = int(raw_m) if raw_m.isdigit() else (nw.value(raw_m) if nw else None)
            if minute is None or not 1 <= minute <= 30:
                return None
            sign = rel_map[_norm(m.group("rel"))]
            gd = m.groupdict()
            if sign < 0 and not (gd.get("pre") or gd.get("mer") or gd.get("unit")):
                return None  # "ten to five" alone may be a range; "at ten to five" is a time
            if raw_m.isdigit() and not gd.get("unit") and sign < 0:
                return None  # "at 2 to 3" is a range, not 2:58
            if sign < 0 and not gd.get("unit") and minute % 5:
                # "at one to two": a range, not 13:59 (minutes to an hour are said in fives)
                return _Tok(m.start(), m.end(), "unread")
            raw_h = " ".join(m.group("qh").split())
            hour = int(raw_h) if raw_h.isdigit() else (nw.value(raw_h) if nw else None)
            if hour is None or not 1 <= hour <= 12:
                return None
            mer = gd.get("mer")
            meridiem = mer_map.get(" ".join(mer.split())) if mer else None
            hm = _hm_with(hour, sign * minute, meridiem)
            guessed = meridiem is None
            return None if hm is None else _Tok(m.start(), m.end(), "time", hm=hm, guessed=guessed)

        add(
            rf"{_B}{t_pre}(?P<mn>{mins})(?:\s+(?P<unit>minutes?|mins?))?\s+"
            rf"(?P<rel>{_alt(rel_map)})\s+(?P<qh>{hour_any}){t_suf}{mer_rx}(?!\w|:)",
            rel_fn,
        )
    if spec.half_before:

        def half_fn(m: re.Match[str]) -> _Tok | None:
            raw_h = " ".join(m.group("qh").split())
            hour = int(raw_h) if raw_h.isdigit() else (nw.value(raw_h) if nw else None)
            if hour is None or not 1 <= hour <= 12:
                return None
            mer = m.groupdict().get("mer")
            meridiem = mer_map.get(" ".join(mer.split())) if mer else None
            hm = _hm_with(hour, 30, meridiem)
            guessed = meridiem is None
            return None if hm is None else _Tok(m.start(), m.end(), "time", hm=hm, guessed=guessed)

        add(
            rf"{_B}{t_pre}{_alt(spec.half_before)}\s+(?P<qh>{hour_any}){t_suf}{mer_rx}"
            r"(?=\s*$|\s*[,;!?]|\.(?!\d)|\s+(?:to|on|for|tomorrow|today|tonight|tmrw|this|"
            r"next|please|pls|and|with|at|i|we|call|meet|remind)\b)",
            half_fn,
        )

    # a day of the month alone: "on the 11th", "the ninth", "el día 11" --------------------
    if spec.day_pre:
        dpre = _alt(spec.day_pre)

        def day_fn(m: re.Match[str]) -> _Tok | None:
            gd = m.groupdict()
            if gd.get("dd") is not None:
                d = int(gd["dd"])
            else:
                d_w = nw.day(gd["ddw"]) if nw is not None else None
                if d_w is None:
                    return None
                d = d_w
            if not 1 <= d <= 31:
                return None
            return _Tok(m.start(), m.end(), "date", _next_monthday(d), explicit=True)

        day_rx = rf"(?P<dd>\d{{1,2}}){spec.day_suf_req}(?![\w:]|[.,]\d){_NOT_COUNTED}"
        if spec.day_bare_next:  # "on the 3rd" always; "3rd" alone only before a date word
            add(rf"{_B}{dpre}\s+{day_rx}", day_fn)
            add(rf"{_B}{day_rx}{_bare_day_end(spec.day_bare_next)}", day_fn)
        else:
            add(rf"{_B}(?:{dpre}\s+)?{day_rx}", day_fn)
        if nw is not None:
            add(rf"{_B}{dpre}\s+(?P<ddw>{nw.day_rx}){_E}{_NOT_COUNTED}", day_fn)

    noon_map = {_norm(w): 12 for w in spec.noon} | {_norm(w): 0 for w in spec.midnight}
    if noon_map:
        pre = rf"(?:{_alt(spec.t_pre)}\s+)?" if spec.t_pre else ""
        add(
            rf"{_B}{pre}(?P<noon>{_alt(noon_map)}){_E}",
            lambda m: _Tok(
                m.start(), m.end(), "time", hm=(noon_map[" ".join(m.group("noon").split())], 0)
            ),
        )
    pod_map = {_norm(k): v for k, v in spec.pod.items()}
    if pod_map:
        add(
            rf"{_B}(?P<pod>{_alt(pod_map)}){_E}",
            lambda m: _Tok(m.start(), m.end(), "pod", hm=(pod_map[_norm(m.group("pod"))], 0)),
        )
    tpod_map = {_norm(k): v for k, v in spec.today_pod.items()}
    if tpod_map:
        add(
            rf"{_B}(?P<tpod>{_alt(tpod_map)}){_E}",
            lambda m: _Tok(
                m.start(),
                m.end(),
                "dpod",
                datefn=lambda d: d,
                hm=(tpod_map[_norm(m.group("tpod"))], 0),
            ),
        )

    if spec.end_of and spec.months:  # "end of next month", "end of june", "Ende Juni"
        e_look = _stem_lookup(spec.months, spec.mon_wild)
        e_mon = _alt([w for ws in spec.months for w in ws], wild=spec.mon_wild)
        e_next = _alt(spec.next_month) if spec.next_month else r"(?!x)x"
        e_this = _alt(spec.this_month) if spec.this_month else r"(?!x)x"

        def end_fn(m: re.Match[str]) -> _Tok | None:
            gd = m.groupdict()
            if gd.get("enext"):
                return _Tok(m.start(), m.end(), "date", partial(_month_last, ahead=1))
            if gd.get("ethis"):
                return _Tok(m.start(), m.end(), "date", partial(_month_last, ahead=0))
            mon = e_look(m.group("emon"))
            if mon is None:
                return None
            year = _year(gd.get("eyear"))
            return _Tok(m.start(), m.end(), "date", _month_last_of(mon + 1, year), explicit=True)

        add(
            rf"{_B}{_alt(spec.end_of)}\s+(?:(?P<enext>{e_next})|(?P<ethis>{e_this})|"
            rf"(?P<emon>{e_mon})\.?(?:\s+(?P<eyear>\d{{4}}))?){_E}",
            end_fn,
        )
    if spec.month_vague and spec.months:  # "early january", "mid-march": asked about
        v_mon = _alt([w for ws in spec.months for w in ws], wild=spec.mon_wild)
        add(
            rf"{_B}{_alt(spec.month_vague)}[\s-]*{v_mon}{_E}",
            lambda m: _Tok(m.start(), m.end(), "unread"),
        )
        # "mid next month", "early next week": a part of a month or a week is no one day
        v_rel = [*spec.next_month, *spec.this_month, *spec.next_week]
        if v_rel:
            add(
                rf"{_B}{_alt(spec.month_vague)}[\s-]*{_alt(v_rel)}{_E}",
                lambda m: _Tok(m.start(), m.end(), "unread"),
            )
    if spec.near:  # next to a date or time, these leave it with no one reading
        add(
            # "to 1/15" is a numeric date after "to", not an hour range ("at 2 to 3")
            # "tmrw 4.30: call Bo": a colon that ends the phrase is no part of a number
            rf"(?<![\w.,:/])(?:{spec.near})(?![\w.,/]|:\d|\s*(?:%|€|\$|£|eur|usd|k\b))",
            lambda m: _Tok(m.start(), m.end(), "near"),
        )
    if spec.vague:  # a time said, but no one time: asked about, never 09:00 of some day
        add(
            rf"{_B}{_alt(spec.vague)}{_E}",
            lambda m: _Tok(m.start(), m.end(), "unread"),
        )

    # numeric dates, shared by every language -----------------------------------------------
    def iso_fn(m: re.Match[str]) -> _Tok | None:
        y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        if not _valid_md(mo, d, y):
            return None
        fn = _md_fn(mo, d, y)
        if m.group("th") is not None:
            h, mi = int(m.group("th")), int(m.group("tm"))
            if h > 23 or mi > 59:
                return None
            return _Tok(m.start(), m.end(), "dtime", datefn=fn, hm=(h, mi), explicit=True)
        return _Tok(m.start(), m.end(), "date", fn, explicit=True)

    add(
        r"(?<![\w.\-/])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:[tT](?P<th>\d{2}):(?P<tm>\d{2})(?::\d{2})?)?(?![\w\-])",
        iso_fn,
    )

    def num_fn(m: re.Match[str]) -> _Tok | None:
        if _VERSION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return None  # "version 4.2.", "v 3.1": a version, never a date
        a, b = int(m.group("a")), int(m.group("b"))
        y = _year(m.group("y"))
        if m.group("sep") == "/":  # read by the user's date order, in _by_order
            if (a, b, y) == (24, 7, None):
                return None  # "support 24/7": around the clock, never July 24
            return _Tok(m.start(), m.end(), "slash", slash=(a, b, y))
        if not _valid_md(b, a, y):  # "3.12." is day-first everywhere
            return None
        return _Tok(m.start(), m.end(), "date", _md_fn(b, a, y), explicit=True)

    add(
        r"(?<![\w.,/\-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})"
        r"(?:(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)|(?P=sep)|(?=[\s,;)]|$))(?![\w/]|[.,]\d)",
        lambda m: (
            None
            if m.group("sep") == "." and not m.group(0).endswith(".") and m.group("y") is None
            else num_fn(m)
        ),
    )
    return _Compiled(pats)


@cache
def _compiled(lang: str) -> list[_Compiled]:
    """Patterns for ``lang`` plus English (reps mix English CRM jargon into any language)."""
    en = _compile(_SPECS["en"], numbers("en"), secondary=lang != "en")
    if lang == "en":
        return [en]
    return [_compile(_SPECS[lang], numbers(lang)), en]


def _by_order(t: _Tok, order: str) -> _Tok | None:
    """ "3/4" read by the date order: "dmy", "mdy", or "ask" (read only a single reading)."""
    assert t.slash is not None
    a, b, y = t.slash
    if order == "dmy":
        readings = [(a, b)]
    elif order == "mdy":
        readings = [(b, a)]
    else:
        readings = list(dict.fromkeys([(a, b), (b, a)]))
    valid = [(d, mo) for d, mo in readings if _valid_md(mo, d, y)]
    if len(valid) > 1:
        return _Tok(t.start, t.end, "unread")  # "3/4" with no order: asked, never guessed
    if not valid:
        return None
    d, mo = valid[0]
    return _Tok(t.start, t.end, "date", _md_fn(mo, d, y), explicit=True)


def _norm_lang(lang: str | None) -> str:
    code = (lang or "en").strip().lower().replace("_", "-").split("-")[0]
    code = _LANG_ALIASES.get(code, code)
    return code if code in _SPECS else "en"


# --------------------------------------------------------------------------- phrases


_GAP_OK = re.compile(r"[\s,]*(?:-\s*)?")


def _tokens(folded: str, lang: str, order: str) -> list[_Tok]:
    cands: list[_Tok] = []
    probe = need_probe(folded)
    for comp in _compiled(lang):
        for (rx, fn), need in zip(comp.patterns, comp.needs, strict=True):
            if need is not None:
                for s in need:
                    if s in probe:
                        break
                else:
                    continue  # it needs words this message does not have: no match
            for m in rx.finditer(folded):
                tok = fn(m)
                if tok is not None and tok.kind == "slash":
                    tok = _by_order(tok, order)
                if tok is not None:
                    cands.append(tok)
    cands.sort(key=lambda t: (t.start, -(t.end - t.start)))
    chosen: list[_Tok] = []
    last_end = -1
    for t in cands:
        if t.start >= last_end:
            if t.kind == "pod" and folded[t.start : t.end] in _AM_ALONE:
                # "2morrow am", "fri am": the morning of the day said right before it; "I am
                # sending it friday" has no part of the day
                prev = chosen[-1] if chosen else None
                if prev is None or prev.kind != "date" or folded[prev.end : t.start] != " ":
                    continue
            if (
                t.kind == "pod"
                and _POD_THEN_DAY.match(folded, t.end)
                and not _POD_LEAD.search(folded, 0, t.start)
                and folded[t.start : t.end].split()[0] in _POD_NOUNS
            ):
                # "parents evening on tuesday at six", "quiz night on friday": the part of the
                # day names the event, and the day said after it is the when
                prev = chosen[-1] if chosen else None
                if prev is None or folded[prev.end : t.start].strip():
                    continue
            chosen.append(t)
            last_end = t.end
    return [
        t
        for i, t in enumerate(chosen)
        if not _lone_sometime(folded, chosen, i)
        and not (lang == "en" and _named_evening(folded, chosen, i))
    ]


_AM_ALONE = frozenset({"am", "a.m."})
_POD_THEN_DAY = re.compile(r"\s+on\s+(?:the\s+)?\w")
_POD_NOUNS = frozenset({"morning", "afternoon", "evening", "night"})
_POD_LEAD = re.compile(r"(?:^|\s)(?:in|the|this|that|on|every|each|by|until|till|from)\s+$")


# "quiz night on friday", "parents evening on tuesday": an evening that names an event, not
# the part of the day (the reminder's text keeps it, and the day is read at its own hour)
_EVENT_EVENING = re.compile(r"(?<![\w'])(?P<w>[a-z]{3,})'?s?\s+$")
_EVENING_NOT_NAMED = re.compile(
    r"(?:in|the|this|that|on|at|by|from|until|till|every|each|same|late|early|mid|next|"
    r"following|last|one|good|tomorrow|tmrw|today|tonight|yesterday|and|or|for|of|to|all|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)


def _named_evening(folded: str, toks: list[_Tok], i: int) -> bool:
    t = toks[i]
    if t.kind != "pod" or folded[t.start : t.end] not in ("night", "evening"):
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is None or (not _adjacent(folded, t, after) and folded[t.end : after.start] != " on "):
        return False
    before = toks[i - 1] if i > 0 else None
    if before is not None and folded[before.end : t.start].strip() == "":
        return False  # "friday night", "tomorrow evening"
    m = _EVENT_EVENING.search(folded, max(0, t.start - 20), t.start)
    return m is not None and not _EVENING_NOT_NAMED.fullmatch(m.group("w"))


def _lone_sometime(folded: str, toks: list[_Tok], i: int) -> bool:
    """ "sometime" doubts only the day said next to it ("2morrow sometime", "sometime
    friday"); alone ("let's grab lunch sometime") it says no when at all."""
    t = toks[i]
    if t.kind != "unread" or folded[t.start : t.end] != "sometime":
        return False
    before = toks[i - 1] if i > 0 else None
    after = toks[i + 1] if i + 1 < len(toks) else None
    near_before = before is not None and folded[before.end : t.start].strip() == ""
    near_after = after is not None and folded[t.end : after.start].strip() in ("", "on")
    return not (near_before or near_after)


def _adjacent(folded: str, a: _Tok, b: _Tok) -> bool:
    gap = folded[a.end : b.start]
    return len(gap) <= 4 and _GAP_OK.fullmatch(gap) is not None


@dataclass
class _Phrase:
    start: int
    end: int
    datefn: Callable[[date], date | None] | None = None
    date_explicit: bool = False
    hm: tuple[int, int] | None = None
    hard_time: bool = False
    delta: timedelta | None = None
    pod_hour: int | None = None  # "morning" seen: the part of the day a bare hour falls in
    bare_hour: int | None = None
    guessed: bool = False  # the time's half of the day was the am/pm rules' guess
    weekday: int | None = None  # "Friday the 11th": the 11th must be a Friday
    unread: bool = False  # holds a part with no one reading: the whole phrase is asked about
    soft_date: bool = False  # the day is only the "today" of "eod": a day named next to it wins


def _in_part_of_day(bare: int, pod_hour: int) -> int:
    """'morning at 7' is 07:00, 'evening at 8' is 20:00: the part of the day picks am/pm."""
    if pod_hour < 12:
        return bare
    return bare if bare == 12 else bare + 12


def _guess_in_part_of_day(hm: tuple[int, int], pod_hour: int) -> tuple[int, int]:
    """A time whose am/pm was guessed, put in the half of the day a part of the day says:
    "quarter to seven" (18:45) "in the morning" is 06:45, "half past nine" (09:30) "in the
    evening" 21:30."""
    h, mm = hm
    if pod_hour < 12 and h >= 13:
        return (h - 12, mm)
    if pod_hour >= 12 and h < 12:
        return (h + 12, mm)
    return hm


def _absorb_part_of_day(ph: _Phrase, hour: int) -> bool:
    if ph.hm is not None:
        if not ph.hard_time:
            return False
        if ph.bare_hour == 12 and hour >= 18:
            ph.unread = True  # "at 12 tonight": noon or midnight? asked, never guessed
        if ph.bare_hour is not None:  # "at 9 in the evening" is 21:00
            ph.hm = (_in_part_of_day(ph.bare_hour, hour), ph.hm[1])
        elif ph.guessed:  # "quarter to seven tomorrow morning" is 06:45
            ph.hm = _guess_in_part_of_day(ph.hm, hour)
    else:
        ph.hm = (hour, 0)
    ph.pod_hour = hour
    return True


def _absorb(ph: _Phrase, t: _Tok) -> bool:
    """Merge token ``t`` into phrase ``ph`` if the combination makes sense."""
    if t.kind in ("unread", "near") or ph.unread:  # "3/4 at 10": no part is used alone
        ph.unread, ph.end = True, t.end
        return True
    if ph.delta is not None or t.kind == "instant":
        return False
    if t.weekday is not None:
        ph.weekday = t.weekday
    if t.kind == "dpod" and ph.datefn is not None:
        assert t.hm is not None  # "friday eod", "tomorrow end of day": the part of that day
        if not _absorb_part_of_day(ph, t.hm[0]):
            return False
    elif t.kind in ("date", "dtime", "dpod"):
        if ph.datefn is not None and ph.soft_date and t.kind == "date":
            ph.datefn, ph.date_explicit, ph.soft_date = t.datefn, t.explicit, False  # "eod fri"
        elif ph.datefn is not None:
            if t.explicit and not ph.date_explicit:
                ph.datefn, ph.date_explicit = t.datefn, True  # "Tuesday, December 3"
            elif not (ph.date_explicit and not t.explicit):
                return False
        else:
            ph.datefn, ph.date_explicit = t.datefn, t.explicit
            ph.soft_date = t.kind == "dpod"  # "cob friday": the day named wins over today
        if t.kind == "dtime":
            if ph.hard_time:
                return False
            ph.hm, ph.hard_time = t.hm, True
        elif t.kind == "dpod":  # "tonight": today, in the evening
            assert t.hm is not None
            if not _absorb_part_of_day(ph, t.hm[0]):
                return False
    elif t.kind == "time":
        if ph.hard_time:
            return False
        ph.hm, ph.hard_time, ph.bare_hour, ph.guessed = t.hm, True, t.bare_hour, t.guessed
        if ph.pod_hour is not None and ph.pod_hour >= 18 and t.bare_hour == 12:
            ph.unread = True  # "tonight at 12": noon or midnight? asked, never guessed
        if ph.pod_hour is not None and t.bare_hour is not None and t.hm is not None:
            ph.hm = (_in_part_of_day(t.bare_hour, ph.pod_hour), t.hm[1])
        elif ph.pod_hour is not None and t.guessed and t.hm is not None:
            ph.hm = _guess_in_part_of_day(t.hm, ph.pod_hour)
    elif t.kind == "pod":
        assert t.hm is not None
        if not _absorb_part_of_day(ph, t.hm[0]):
            return False
    ph.end = t.end
    return True


# A bare number right after a day, then nothing but an end or a link word: terse chat's
# hour ("tmrw 10", "2moro 11 re sow", "fri 3: call Ana", "mon 9 pls"), read by the bare-hour
# rules (8 to 12 the morning, 1 to 7 the afternoon). "tmrw 10 people" is no hour.
_BARE_HOUR_AFTER_DAY = re.compile(
    r"[ ,]\s*(?P<h>\d{1,2})(?![\d/%]|[.,:]\d|\s*(?:k|m|%|€|\$|£)(?!\w))"
    r"(?=\s*$|\s*[,;:!?)]|\.(?!\d)|\s+(?:to|re|for|about|abt|and|with|w/|@|please|pls|"
    r"then|call|cb|f/u|send|ping|meet|mtg|email|chase|check)(?!\w))"
)


# Two hours after a day: "tmrw 10-11", "friday 9 to 5", "tomorrow between 2 and 4". No one
# time was said, so the whole phrase is asked about (never the day at 09:00).
_RANGE_AFTER_DAY = re.compile(
    r"[ ,]\s*(?:between\s+|from\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|–|to|till|until|or|and)"
    # "tmrw 3 or 4: call Bea": a colon after the second hour ends the phrase, "4:30" does not
    r"\s*\d{1,2}(?::\d\d)?(?:\s*(?:am|pm)(?!\w))?(?![\d.,/%]|:\d|\s*(?:k|m|%|€|\$|£)(?!\w))"
)


def _hour_after_day(folded: str, ph: _Phrase) -> None:
    """ "tmrw 10": the day takes the bare hour said right after it (English chat)."""
    if ph.datefn is None or ph.hm is not None or ph.delta is not None or ph.unread:
        return
    r = _RANGE_AFTER_DAY.match(folded, ph.end)
    if r is not None:
        ph.unread, ph.end = True, r.end()
        return
    m = _BARE_HOUR_AFTER_DAY.match(folded, ph.end)
    if m is None:
        return
    h = _resolve_hour(int(m.group("h")), None, m.group("h").startswith("0"))
    if h is None:
        return
    ph.hm, ph.hard_time, ph.bare_hour, ph.end = (h, 0), True, int(m.group("h")), m.end()


_NEAR_TIME_ALONE = re.compile(r"(?:at|@)\s*\d{1,2}h$")


def _phrases(folded: str, toks: list[_Tok], bare_hour: bool = False) -> list[_Phrase]:
    out: list[_Phrase] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        ph = _Phrase(t.start, t.start)
        if t.kind == "instant":
            ph.delta, ph.end = t.delta, t.end
        else:
            _absorb(ph, t)
        j = i + 1
        while j < len(toks) and _adjacent(folded, toks[j - 1], toks[j]):
            if toks[j].kind in ("unread", "near") and not ph.unread:
                ph.unread, ph.end = True, toks[j].end  # "at 10 on 3/4", "at 3 pm est"
            elif not _absorb(ph, toks[j]):
                break
            j += 1
        if t.kind == "near" and j == i + 1:
            i = j
            if _NEAR_TIME_ALONE.match(folded, t.start, t.end):
                # "remind me at 15h": a time with a doubt is still a time said; asked
                # about, never dropped (a day elsewhere would take 09:00)
                out.append(_Phrase(t.start, t.end, unread=True))
            continue  # "4.30" or "est" alone is no date: only next to one is it a doubt
        i = j
        if ph.unread:
            out.append(ph)
            continue
        if ph.delta is None and ph.datefn is None and not ph.hard_time:
            continue  # a lone "morning" is not a date
        if bare_hour and (j >= len(toks) or not _adjacent(folded, toks[j - 1], toks[j])):
            _hour_after_day(folded, ph)
        out.append(ph)
    return out


def _local(d: date, h: int, mi: int, zone: ZoneInfo) -> datetime:
    """Wall-clock time in ``zone``; a time in a DST gap moves forward (02:30 -> 03:30)."""
    naive = datetime(d.year, d.month, d.day, h, mi, tzinfo=zone)
    return naive.astimezone(UTC).astimezone(zone)


def _resolve(ph: _Phrase, now: datetime, zone: ZoneInfo) -> WhenMatch | None:
    if ph.delta is not None:
        due = (now.astimezone(UTC) + ph.delta).astimezone(zone)
        return WhenMatch(due, ph.start, ph.end, True)
    today = now.date()
    if ph.datefn is not None:
        day = ph.datefn(today)
        if day is None:
            return None
        if ph.weekday is not None and ph.date_explicit and day.weekday() != ph.weekday:
            return None  # "Friday the 12th" when the 12th is a Saturday: asked, not guessed
        h, mi = ph.hm if ph.hm is not None else (DEFAULT_HOUR, 0)
        return WhenMatch(_local(day, h, mi, zone), ph.start, ph.end, ph.hm is not None)
    assert ph.hm is not None
    due = _local(today, ph.hm[0], ph.hm[1], zone)
    if due <= now:
        due = _local(today + timedelta(days=1), ph.hm[0], ph.hm[1], zone)
    return WhenMatch(due, ph.start, ph.end, True, has_date=False)


# --------------------------------------------------------------------------- dateparser fallback


_FALLBACK_RX = re.compile(
    r"(?<![\w.,:/])(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+|the\s+)?(?P<w1>[^\W\d_]{3,12})"
    r"\.?(?:,?\s+\d{4})?|(?P<w2>[^\W\d_]{3,12})\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?)(?![\w:]|[.,]\d)"
)
_FALLBACK_MAX_CALLS = 2


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
    for ph in _phrases(folded, _tokens(folded, code, _order(date_order)), True):
        if code == "en" and _small_talk_day(folded, ph.start, ph.end):
            continue  # "happy friday!", "Thursday already!", "ugh mondays": no date meant
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
        for w in list(out):
            named = _weekday_name(scan, folded, w)
            if named is not None:  # "called Friday Okon", "with sunday adeyemi"
                out.remove(w)
                if named == "maybe":
                    unread.append((w.start, w.end))
    taken = [(w.start, w.end) for w in out] + unread
    unread += _residue(folded, code, taken)
    return Reading(out, sorted(unread))


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
    rf"(?![\w.,/]|\s*(?:%|k\b|€|\$|£))|(?:the\s+)?{_COUNT_WORD}(?:\s+(?:am|pm|o'?clock))?(?!\w))"
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
)
_DOUBT_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:the\s+)?week\s+of|this\s+time|around|roughly|approximately|approx\.?|"
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


# A weekday said as small talk, not as a when: "happy friday", "feels like friday already",
# "Thursday already!", "Friday feeling", "ugh mondays", "monday was a write-off". Read as a
# date it competed with the real one (asked, or the real one's hour lost); only a bare weekday
# (no "on", no time, no date) with one of these words right beside it is dropped.
_WEEKDAY_ONLY = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?")
_TALK_BEFORE = re.compile(
    r"(?<!\w)(?:happy|tgif|ugh|manic|another|feels?\s+like|feeling\s+like|love|hate|loves|"
    r"hates|'?m\s+not\s+a|"
    r"thank\s+god\s+it'?s|what\s+a)$"
)
_TALK_AFTER = re.compile(
    r"[\s,]*(?:!|feeling|vibes|mood|blues|already|at\s+last|finally|was\s|were\s|"
    r"has\s+been|is\s+(?:a|always|finally|here)\s)"
)


def _small_talk_day(folded: str, start: int, end: int) -> bool:
    if not _WEEKDAY_ONLY.fullmatch(folded, start, end):
        return False
    before = folded[max(0, start - 30) : start]
    head = before[max(before.rfind(c) for c in ".!?,;:") + 1 :].strip()
    if head:  # "happy friday", "feels like friday": the word right before it says so
        return _TALK_BEFORE.search(head) is not None
    return _TALK_AFTER.match(folded, end) is not None  # "Thursday already!", "Friday feeling"


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


# Date, time and duration shapes that no rule above read ("the 11th" next to a date it
# contradicts, "12/15/26/1", "13h75"): shown back as not understood instead of dropped.
_RESIDUE_RX = re.compile(
    r"(?<![\w.,/\-+:@#])(?:"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])"
    r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?![\w.])"
    r"|(?:(?<=the\s)|(?<=by\s))\d{1,2}(?:st|nd|rd|th)(?!\w)"
    + _NOT_COUNTED
    + r"|\d{1,2}(?:st|nd|rd|th)(?!\w)"
    + _NOT_COUNTED
    + _bare_day_end(_SPECS["en"].day_bare_next)
    + r"|\d{1,2}[:h]\d{2}(?![\d:])"
    r"|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|(?:at|around|by)\s+\d{1,2}(?![\w:.,/]|\s*(?:%|€|\$|k\b))"
    r"|(?:quarter|half)\s+(?:past|to)\b[\w\s]{0,12}?(?=\s|$|[,.;!?])"
    r"|(?:in|within|after)\s+\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b[\w ]{0,3}"
    # a time counted from an event the bot does not know: "one hour before the meeting"
    r"|(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|half\s+an|"
    r"a\s+few|a\s+couple\s+of|\d+)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+"
    r"(?:before|prior\s+to|ahead\s+of|after)(?=\s+(?:the|my|our|his|her|their|it|that|this)\b)"
    r"|(?:the\s+)?(?:day|night|morning|week)\s+before(?=\s+(?:the|my|our|it)\b)"
    # a part of the day with no day, and "later": no one time to read
    r"|later\s+today|later\s+on|in\s+the\s+(?:morning|afternoon|evening)(?=\s*$|\s+to\b|[,.;!?])"
    r")"
)


@cache
def _residue_words_rx(lang: str) -> re.Pattern[str] | None:
    """Number words in a time place: "at seven" or "seven pm" that no time rule read."""
    spec, nw = _SPECS[lang], numbers(lang)
    if nw is None or not spec.t_pre:
        return None
    strong = [w for w in spec.t_pre if w not in spec.t_pre_weak]
    mer = [w for w in spec.mer if len(_norm(w)) > 1]
    parts = [rf"{_alt(strong)}\s+{nw.hour_rx}"]
    if mer:
        parts.append(rf"{nw.hour_rx}\s+{_alt(mer)}")
    return re.compile(rf"{_B}(?:{'|'.join(parts)}){_E}")


def _residue(folded: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    busy = bytearray(len(folded) + 1)  # one flag a character: linear on long messages
    for a, b in taken:
        busy[a:b] = b"\x01" * (b - a)

    found: list[tuple[int, int]] = []
    rxs = [_RESIDUE_RX]
    for code in dict.fromkeys((lang, "en")):
        rx = _residue_words_rx(code)
        if rx is not None:
            rxs.append(rx)
    for rx in rxs:
        for m in rx.finditer(folded):
            s, e = m.start(), m.end()
            if _no_date_fraction(m.group(0)):
                continue  # "a 50/50 split", "24/7": no reading is a date, nothing to ask
            if _VERSION_BEFORE.search(folded, max(0, s - 12), s):
                continue  # "version 4.2.": a version, nothing to ask
            if _AT_NUMBER.fullmatch(m.group(0)) and _counted_after(folded, e):
                continue  # "at 3 sites", "at 45 each": a count or a price
            if not any(busy[s:e]):
                found.append((s, e))
                busy[s:e] = b"\x01" * (e - s)
    return found


_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})")
_AT_NUMBER = re.compile(r"(?:at|around|by)\s+\d{1,2}")


def _no_date_fraction(said: str) -> bool:
    m = _SLASH.fullmatch(said)
    if m is None:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) == (24, 7) or not (_valid_md(b, a, None) or _valid_md(a, b, None))


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
