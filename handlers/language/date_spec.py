"""Each language's date words (:mod:`handlers.language.datewords`) as a :class:`_Spec`: the tables
the date rules are compiled from, read once per language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.language.datewords import DATE_WORDS

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
    # the case endings a wild weekday, month or unit may take; empty: any letters. Kazakh
    # lists them, so a surname that starts like a day ("Жұмабаев": жұма, Friday) is no date
    wild_suf: list[str] = field(default_factory=list)
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
    quarter_hour: list[str] = field(default_factory=list)  # "σε ένα τέταρτο", "om et kvarter"
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
    # the language writes the 24-hour clock: "7:30", "7h15", "7 Uhr" say 07:xx as written;
    # an hour from 1 to 5 written so may be the afternoon said the spoken way, and is asked
    clock24: bool = False
    clock24_pre: list[str] = field(default_factory=list)  # "kl. 7": a lead word that marks it


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
