"""The date rules of one language compiled from its words (:mod:`.date_spec`): the patterns that
find days, dates, times, parts of the day and counts ("in 3 days"), and how each match resolves
against now. Compiled once per language and cached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from handlers.language.date_base import _B, _E, _alt, _norm
from handlers.language.date_residue import (
    _NOT_COUNTED,
    _VERSION_BEFORE,
    _bare_day_end,
    _counted_after,
    _valid_md,
)
from handlers.language.date_spec import _SPECS, _Spec
from handlers.language.numwords import Numbers
from handlers.language.rxfast import Need, lead_first, needs

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
    # "um 3 Uhr", "à 3h", "kl. 3": a 24-hour time whose hour (1 to 5) may be the afternoon
    # said the spoken way; read as 15:00 only if a part of the day says so, else asked
    clock_doubt: bool = False
    slash: tuple[int, int, int | None] | None = None  # "3/4": (3, 4, year), read by date order


# a count just before a counted when, joined by a dash: "екі-үш күннен кейін", "2-3 күннен"
_COUNT_RANGE_BEFORE = re.compile(r"(?<![\w-])(?:(?P<d>\d+)|(?P<w>[^\W\d_]+))\s*[-–]\s*$")
# "Quick one after the call with Amara …", "Notes after the meeting with Jon": the event the
# note is written about, not a time of it
_NOTE_AFTER_EVENT = re.compile(
    r"(?i)(?:^|[.!?:]\s*)(?:quick\s+(?:one|note|update|recap)|notes?|recap|update|summary|"
    r"debrief|thoughts)\s+$"
)
_WITH_NEXT = re.compile(r"(?i)\s+with\s")
_WITH_HEADING = re.compile(r"(?i)\s+with\s[^:.!?]{1,40}:")


def _resolve_hour(h: int, mer: str | None, padded: bool) -> int | None:
    """Apply the am/pm and bare-hour rules; None when the hour is impossible."""
    if mer == "am":
        return None if not 1 <= h <= 12 else (0 if h == 12 else h)
    if mer == "pm":
        return None if not 1 <= h <= 12 else (12 if h == 12 else h + 12)
    if mer == "night":  # "um 2 Uhr nachts" 02:00, "um 11 Uhr nachts" 23:00; "12 Uhr nachts"?
        return None if not 1 <= h <= 11 else (h if h <= 7 else h + 12)
    if h > 23:
        return None
    if padded or h == 0 or h > 12:
        return h
    if 1 <= h <= 7:
        return h + 12
    return h


def _clock24_time(h: int, minute: int, pos: tuple[int, int]) -> _Tok:
    """A time written the 24-hour way ("7:30", "7h15", "um 7 Uhr", "kl. 7") in a language that
    writes that clock: 06:00 to 07:59 are the morning, as written ("à 7h15" is 07:15; the
    evening is written "19h15"). An hour from 1 to 5 says 03:00 while no rep means that, and
    the writer may mean the afternoon the spoken way: a part of the day next to it settles
    it ("um 3 Uhr nachmittags"), else it is asked about, never guessed."""
    start, end = pos
    if h <= 5:
        return _Tok(start, end, "time", hm=(h + 12, minute), bare_hour=h, clock_doubt=True)
    return _Tok(start, end, "time", hm=(h, minute), bare_hour=h)


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


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if y < 100 else y


def _wild(spec: _Spec, on: bool) -> bool | list[str]:
    """What may follow a wild word: the language's case endings when it lists them."""
    return (spec.wild_suf or True) if on else False


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
        pats.append((lead_first(re.compile(rx)), fn))  # the same matches, for less

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
        wd_rx = _alt([w for ws in spec.weekdays for w in ws], wild=_wild(spec, spec.wd_wild))
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
        mon_rx = _alt([w for ws in spec.months for w in ws], wild=_wild(spec, spec.mon_wild))
        pre = rf"(?:(?P<mpre>{_alt(spec.md_pre)})\s+)?" if spec.md_pre else ""
        link = rf"(?:{_alt(spec.md_link)}\s+)?" if spec.md_link else ""
        year = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"
        day = rf"(?P<day>\d{{1,2}}){spec.day_suf}"
        if nw is not None:  # "the ninth of January", "el veintitrés de febrero"
            words = nw.day_rx + (f"|{nw.phrase_rx}" if spec.day_cardinal_words else "")
            dm_day = rf"(?:{day}|(?P<dayw>{words}))"
            md_words = nw.day_rx + (f"|{nw.phrase_rx}" if spec.md_cardinal_words else "")
            # "Желтоқсанның бірінші жартысында" (the first half of December): no one day
            day = (
                rf"(?:{day}|(?P<dayw>{md_words})"
                r"(?!\s+(?:days?|times?|people|hours?|weeks?|жарты\w*|апта\w*|онкүндік\w*)))"
            )
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
        unit_rx = _alt(unit_of, wild=_wild(spec, spec.unit_wild))

        one_map = {_norm(k): v for k, v in spec.one_units.items()}
        vague_counts = {_norm(w) for w in spec.nums_vague}

        def in_fn(m: re.Match[str]) -> _Tok | None:
            gd = m.groupdict()
            n: float
            rng = _COUNT_RANGE_BEFORE.search(m.string, 0, m.start())
            if rng and (rng.group("d") or _num_value(rng.group("w"), nums, nw) is not None):
                # "екі-үш күннен кейін" (in two or three days): no one day, asked about
                return _Tok(rng.start(), m.end(), "unread")
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
            if spec.quarter_hour:  # "σε ένα τέταρτο", "om et kvarter", "in einer Viertelstunde"
                add(
                    rf"{_B}{hpre}{_alt(spec.quarter_hour)}{hpost}{_E}",
                    lambda m: _Tok(m.start(), m.end(), "instant", delta=timedelta(minutes=15)),
                )
            if spec is _SPECS.get("en"):
                # "in a quarter of an hour" (15 min), "in three quarters of an hour" (45 min)
                add(
                    rf"{_B}{hpre}(?P<q>three\s+quarters|(?:a\s+)?quarter)\s+of\s+an\s+hour{_E}",
                    lambda m: _Tok(
                        m.start(),
                        m.end(),
                        "instant",
                        delta=timedelta(minutes=45 if m.group("q").startswith("three") else 15),
                    ),
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
        # "στις 15/12" is a date, not 15:00 ("/" then a digit ends no time)
        rf"(?!\d){glued}(?![\w.,:/]\d){t_suf}{mer_rx}(?!\w|\s*[%€$£¥₸]|[.,]\d)"
    )

    english = spec is _SPECS.get("en")
    clock24_pre = {_norm(w) for w in spec.clock24_pre}

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
        written24 = bool(suf or glue or sep) or _norm(pre or "") in clock24_pre
        clock24 = spec.clock24 and written24 and meridiem is None and not padded
        if clock24 and 1 <= int(raw_h) <= 7:
            return _clock24_time(int(raw_h), minute, (m.start(), m.end()))
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
                written = raw_h.isdigit() and not raw_h.startswith("0")
                if spec.clock24 and written and 1 <= hour <= 7:  # "um 7 Uhr 30": 07:30
                    return _clock24_time(hour, minute, (m.start(), m.end()))
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
                if need_pre and not (gd.get("pre") or gd.get("merpre")):
                    return None  # "таңғы тоғызда" (at nine in the morning) needs no "сағат"
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

        day_rx = rf"(?P<dd>\d{{1,2}}){spec.day_suf_req}(?![\w:%€$£]|[.,]\d){_NOT_COUNTED}"
        if spec.day_bare_next:  # "on the 3rd" always; "3rd" alone only before a date word
            add(rf"{_B}{dpre}\s+{day_rx}", day_fn)
            add(rf"{_B}{day_rx}{_bare_day_end(spec.day_bare_next)}", day_fn)
        elif spec.day_suf_req:  # "am 11.", "11.": the dot says a day
            add(rf"{_B}(?:{dpre}\s+)?{day_rx}", day_fn)
        else:
            # no mark of its own ("el día 11"): a number alone is a count ("tienen 14
            # almazaras" has no date), so the lead word must be said
            add(rf"{_B}{dpre}\s+{day_rx}", day_fn)
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
        e_mon = _alt([w for ws in spec.months for w in ws], wild=_wild(spec, spec.mon_wild))
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
        v_mon = _alt([w for ws in spec.months for w in ws], wild=_wild(spec, spec.mon_wild))
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

        def vague_fn(m: re.Match[str]) -> _Tok | None:
            heading = _NOTE_AFTER_EVENT.search(m.string, 0, m.start()) or (
                m.start() == 0 and _WITH_HEADING.match(m.string, m.end())
            )
            if heading and _WITH_NEXT.match(m.string, m.end()):
                # "Quick one after the call with Amara", "After the call with their CFO: log
                # a 250k opportunity …": the event the message is written after
                return None
            return _Tok(m.start(), m.end(), "unread")

        add(rf"{_B}{_alt(spec.vague)}{_E}", vague_fn)

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
