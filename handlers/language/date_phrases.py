"""Date tokens joined into phrases ("next friday" + "at 3" + "in the afternoon" is one when) and
resolved to an instant, with the checks that keep a phrase from being guessed: a day and its
hour said apart, a part of the day that names an event ("quiz night on friday"), a doubt beside
a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from handlers.language.date_base import WhenMatch
from handlers.language.date_residue import _valid_md
from handlers.language.date_rules import _compile, _Compiled, _md_fn, _resolve_hour, _Tok
from handlers.language.date_spec import _SPECS
from handlers.language.numwords import numbers
from handlers.language.rxfast import need_probe

DEFAULT_HOUR = 9


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


# --------------------------------------------------------------------------- phrases


_GAP_OK = re.compile(r"[\s,]*(?:-\s*)?")


def _tokens(folded: str, lang: str, order: str) -> list[_Tok]:
    cands: list[_Tok] = []
    has = need_probe(folded).__contains__  # any(map(has, need)): the loop runs in C
    for comp in _compiled(lang):
        for (rx, fn), need in zip(comp.patterns, comp.needs, strict=True):
            if need is not None and not any(map(has, need)):
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
    clock_doubt: bool = False  # "um 3 Uhr": 03:00 or 15:00? unless a part of the day says
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
            ph.clock_doubt = False  # "um 3 Uhr nachmittags": the part of the day settles it
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
        ph.clock_doubt = t.clock_doubt and ph.pod_hour is None
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


# A clock time typed without its colon right after a day, then an end or a link word:
# "tomorrow 0900 to send the report", "fri 1530: call Ana" (the military way, as "at 1530").
# A number that could be a year ("friday 2027 to …") has no one reading and is asked about.
_HHMM_AFTER_DAY = re.compile(
    r"[ ,]\s*(?P<hhmm>\d{4})(?:\s*(?:hrs|hours)(?!\w))?"
    r"(?=\s*$|\s*[,;:!?)]|\.(?!\d)|\s+(?:to|re|for|about|abt|and|with|w/|@|please|pls|"
    r"then|call|cb|f/u|send|ping|meet|mtg|email|chase|check)(?!\w))"
)


# the hours a bare hour said after a part of the day may fall in ("tonight 9" is 21:00,
# "tomorrow morning 8" 08:00); one outside them ("this morning 3") is asked about
_PART_HOURS = {9: range(5, 12), 15: range(12, 18), 18: range(16, 24), 20: range(17, 24)}


def _hour_after_part_of_day(folded: str, ph: _Phrase) -> None:
    """ "cb dana tonight 9": the bare hour right after a part of the day is that part's hour,
    never the part's own default (20:00); "eod"/"cob" take no hour after them."""
    hours = _PART_HOURS.get(ph.pod_hour or -1)
    if hours is None or ph.datefn is None or ph.hard_time or ph.delta is not None:
        return
    m = _BARE_HOUR_AFTER_DAY.match(folded, ph.end)
    if m is None:
        return
    h = _in_part_of_day(int(m.group("h")), ph.pod_hour or 0)
    if int(m.group("h")) == 12 or h not in hours:
        ph.unread, ph.end = True, m.end()  # "tonight 12", "this morning 3": asked
        return
    ph.hm, ph.hard_time, ph.bare_hour, ph.end = (h, 0), True, int(m.group("h")), m.end()


def _hour_after_day(folded: str, ph: _Phrase) -> None:
    """ "tmrw 10": the day takes the bare hour said right after it (English chat)."""
    if ph.pod_hour is not None and ph.hm is not None and not ph.hard_time:
        _hour_after_part_of_day(folded, ph)
        return
    if ph.datefn is None or ph.hm is not None or ph.delta is not None or ph.unread:
        return
    r = _RANGE_AFTER_DAY.match(folded, ph.end)
    if r is not None:
        ph.unread, ph.end = True, r.end()
        return
    hhmm = _HHMM_AFTER_DAY.match(folded, ph.end)
    if hhmm is not None:
        raw = hhmm.group("hhmm")
        hh, mm = int(raw[:2]), int(raw[2:])
        if hh > 23 or mm > 59 or 1900 <= int(raw) <= 2099:
            ph.unread, ph.end = True, hhmm.end()  # "friday 2027": a year or 20:27?
        else:
            ph.hm, ph.hard_time, ph.end = (hh, mm), True, hhmm.end()
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
        if ph.clock_doubt:
            ph.unread = True  # "à 3h": 03:00 as written or 15:00 as said; asked, never guessed
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
