"""Date, time and number fragments no rule read ("the 11th" beside a date it contradicts,
"12/15/26/1", "13h75"): found so they are shown back and asked about, never dropped or guessed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from handlers.language.date_base import _B, _E, _alt, _norm
from handlers.language.date_spec import _SPECS
from handlers.language.numwords import numbers


def _valid_md(month: int, day: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year or 2028, month, day)  # 2028 is a leap year: Feb 29 stays possible
    except ValueError:
        return False
    return True


# An ordinal that counts something is no day of the month: "the 3rd quarter numbers", "the
# 2nd floor", "the 5th time". Only English nouns: the other languages' day forms ("el día 11",
# "den 11.") name the day explicitly.
_NOT_COUNTED = (
    r"(?!\s+(?:quarter|qtr|floor|time|times|place|round|grade|edition|version|attempt|"
    r"party|person|payment|instal+ment|generation|gen|row|item|point|step|page|chapter|"
    r"option|line|slide|phase|stage|year|anniversary|birthday|half|week|month|try|tries|"
    r"avenue|ave|street|st|visit|call|meeting|demo|reminder|email|draft|revision|office|site|"
    r"store|shop|branch|clinic|location|building|warehouse|plant|room|desk|batch|shipment|"
    r"delivery|order|invoice|level|tier|session|workshop|course|term|contract|renewal)s?\b)"
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


_VERSION_BEFORE = re.compile(
    r"(?<!\w)(?:version|ver|v|release|rel|build|firmware|sdk|api|ios|android|chapter|section|"
    r"clause|item|step|article|art|no|nr|#)\.?\s*$"
)


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
    # "in 1.5 days": a fraction of a day or a week has no one reading (the contract asks)
    r"|(?:in|within|after)\s+\d+[.,]\d+\s*(?:d|days?|wks?|weeks?|months?)\b"
    # a time counted from an event the bot does not know: "one hour before the meeting"
    r"|(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|half\s+an|"
    r"a\s+few|a\s+couple\s+of|\d+)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+"
    r"(?:before|prior\s+to|ahead\s+of|after)(?=\s+(?:the|my|our|his|her|their|it|that|this)\b"
    # "30 minutes before 3pm": counted back from an hour, not read as the hour itself
    r"|\s+(?:\d|noon\b|midnight\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|"
    r"nine\b|ten\b|eleven\b|twelve\b))"
    r"|(?:the\s+)?(?:day|night|morning|week)\s+before(?=\s+(?:the|my|our|it)\b)"
    # working days (which are they?), "after the weekend", "close of play": no one time read
    r"|(?:in|within|after)\s+(?:\d+|an?|one|two|three|four|five|a\s+couple\s+of|a\s+few)\s+"
    r"(?:business|working)\s+days?\b|after\s+the\s+weekend\b|close\s+of\s+play\b"
    # a part of the day with no day, and "later": no one time to read
    r"|later\s+today|later\s+on|in\s+the\s+(?:morning|afternoon|evening)(?=\s*$|\s+to\b|[,.;!?])"
    r")"
)


@cache
def _residue_words_rx(lang: str) -> re.Pattern[str] | None:
    """Number words in a time place: "at seven" or "seven pm" that no time rule read, and a
    part of the day before an hour-shaped word none read ("arratsaldeko lauetan")."""
    spec, nw = _SPECS[lang], numbers(lang)
    parts: list[str] = []
    if nw is not None and spec.t_pre:
        strong = [w for w in spec.t_pre if w not in spec.t_pre_weak]
        mer = [w for w in spec.mer if len(_norm(w)) > 1]
        parts.append(rf"{_alt(strong)}\s+{nw.hour_rx}")
        if mer:
            parts.append(rf"{nw.hour_rx}\s+{_alt(mer)}")
    glued = [w.lstrip("-") for w in spec.t_suf_glued if w.lstrip("-").isalpha()]
    if spec.mer_pre and glued:
        # "arratsaldeko lauetan": a part of the day, then a word with the hour's "at" ending
        # that no hour rule read (a spelling the tables lack) is a time, never dropped for
        # the day's 09:00.
        parts.append(rf"{_alt(spec.mer_pre)}\s+[^\W\d_]+(?:{_alt(glued)})")
    if not parts:
        return None
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
