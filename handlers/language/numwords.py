"""Numbers written as words ("seven", "twenty third", "forty thousand") in the bot's languages.

Why two readers: text2num (a maintained library) reads cardinals in English, Spanish,
German and French, including what small tables get wrong ("dreiundzwanzig",
"quatre-vingt-dix", "fifteen hundred"); it knows neither Norwegian, Greek, Basque nor
Kazakh, so those read through the small tables in :mod:`handlers.language.datewords`,
which list every spelling from 1 to 59 (to 99 in Greek, Basque and Kazakh, so no tens word
of an amount is missing), and their hundreds.
Ordinals ("ninth", "neunten", "niende") are table words in every language: text2num
only rewrites them inside a sentence, it does not read one.

Everything works on the *folded* text of :func:`handlers.language.dates.fold` (lower
case, no accents), so a user who types "veintitres" or "funf" is read like one who
types "veintitrés" or "fünf": the canonical spelling is put back before text2num reads
it. A phrase that is not one well-formed number ("three twenty", "zwei drei") reads as
None and is never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from handlers.language.datewords import NUMBER_WORDS

__all__ = ["Numbers", "numbers"]

TEXT2NUM_LANGS = frozenset({"en", "es", "de", "fr"})
_FOLD_EXTRA = {"ς": "σ", "’": "'", "ʼ": "'", "ı": "i"}


def _fold(word: str) -> str:
    out = []
    for c in word.lower():
        base = unicodedata.normalize("NFD", c)[0]
        out.append(_FOLD_EXTRA.get(base, base))
    return " ".join("".join(out).split())


def _alt(words: list[str]) -> str:
    uniq = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def _alt_flex(words: list[str]) -> str:
    """Like :func:`_alt`, but a space or hyphen inside a phrase matches either."""
    uniq = sorted({w.replace("-", " ") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in uniq) + ")"


def _value_map(raw: dict[int, str]) -> dict[str, int]:
    return {_fold(w): n for n, words in raw.items() for w in words.split("|") if w.strip()}


@dataclass(frozen=True)
class Numbers:
    """The number words of one language: regexes over folded text, and their readers.

    ``phrase_rx`` matches one cardinal written in words (up to millions where text2num
    reads the language, up to 59 elsewhere); ``hour_rx`` one word naming an hour 0..23;
    ``day_rx`` a day of the month in words, ordinal or cardinal ("ninth", "veintitrés").
    """

    lang: str
    phrase_rx: str
    hour_rx: str
    day_rx: str
    _values: dict[str, int]
    _canon: dict[str, str]
    _canon_rx: re.Pattern[str] | None
    _days: dict[str, int]
    hours_at: dict[str, int]  # hours with an "at" ending glued on: "zazpietan", "жетіде"
    hours_at_rx: str
    _hundred_rx: re.Pattern[str] | None = None  # "hundre og tjue", "to hundre og femti"
    _hundreds: dict[str, int] | None = None  # Greek "εκατόν", "διακόσιες": one word a hundred

    def value(self, phrase: str) -> int | None:
        """The number a folded phrase of number words names, or None if it names none."""
        key = " ".join(phrase.split())
        if key in self._values:
            return self._values[key]
        if self._hundred_rx is not None:
            m = self._hundred_rx.fullmatch(key)
            if m:
                hh = m.groupdict().get("hh")
                if hh is not None and self._hundreds is not None:
                    tail = (
                        self._values.get(" ".join(m.group("r").split()), -1) if m.group("r") else 0
                    )
                    return self._hundreds[hh] + tail if 0 <= tail <= 99 else None
                head = self._values.get(" ".join(m.group("u").split()), 0) if m.group("u") else 1
                tail = self._values.get(" ".join(m.group("r").split()), -1) if m.group("r") else 0
                if not 1 <= head <= 9 or not 0 <= tail <= 99:
                    return None
                return head * 100 + tail
        if self.lang not in TEXT2NUM_LANGS or self._canon_rx is None:
            return None
        canon = self._canon_rx.sub(lambda m: self._canon[m.group(0)], key)
        try:
            return int(text2num(canon, self.lang))
        except (ValueError, TypeError):
            return None

    def ordinal_day(self, phrase: str) -> int | None:
        """A day of the month said as an ordinal ("ninth", "twenty third"), or None."""
        return self._days.get(" ".join(phrase.split()).replace("-", " "))

    def day(self, phrase: str) -> int | None:
        """A day of the month (1..31) said in words, or None."""
        key = " ".join(phrase.split()).replace("-", " ")
        n = self._days.get(key)
        if n is None:
            n = self.value(phrase)
        return n if n is not None and 1 <= n <= 31 else None


@cache
def numbers(lang: str) -> Numbers | None:
    """The number words of ``lang`` (None for a language without a table)."""
    spec = NUMBER_WORDS.get(lang)
    if spec is None:
        return None
    values = _value_map(spec["values"])  # type: ignore[arg-type]
    atoms = [_fold(w) for w in str(spec.get("atoms", "")).split("|") if w.strip()]
    canon = {_fold(w): w.strip() for w in str(spec.get("atoms", "")).split("|") if w.strip()}
    joins = [_fold(w) for w in str(spec.get("join", "")).split("|") if w.strip()]
    glue = str(spec.get("glue", ""))  # a regex: German "dreiundzwanzig", "zweihundert"
    days = _value_map(spec.get("ordinals", {}))  # type: ignore[arg-type]
    days = {k.replace("-", " "): v for k, v in days.items()} | days
    if lang in TEXT2NUM_LANGS and atoms:
        atom = _alt(atoms)
        join = r"[\s-]+" + (rf"(?:{_alt(joins)}[\s-]+)?" if joins else "")
        if glue:
            join = rf"(?:{join}|{glue})"
        phrase_rx = rf"(?:{atom}(?:{join}{atom}){{0,5}})"
        canon_rx: re.Pattern[str] | None = re.compile(
            "|".join(re.escape(w) for w in sorted(canon, key=len, reverse=True))
        )
    else:
        phrase_rx = _alt(list(values))
        canon_rx = None
    hundred_rx = None
    if spec.get("hundred") and lang not in TEXT2NUM_LANGS:
        # a table language's hundreds ("hundre og tjue tusen kroner" is 120 000): the hundred
        # word, a unit before it and a number up to 99 after it, read by composition
        hw = _alt([_fold(w) for w in str(spec["hundred"]).split("|")])
        units = _alt([w for w, n in values.items() if 1 <= n <= 9])
        small = _alt([w for w, n in values.items() if 1 <= n <= 99])
        joins = [_fold(w) for w in str(spec.get("join", "")).split("|") if w.strip()]
        link = rf"(?:\s+{_alt(joins)})?" if joins else ""
        hundred = rf"(?:(?P<u>{units})\s*)?{hw}(?:{link}\s+(?P<r>{small}))?"
        hundred_rx = re.compile(hundred)
        plain = re.sub(r"\(\?P<\w+>", "(?:", hundred)
        phrase_rx = rf"(?:{plain}|{phrase_rx})"
    hundreds = _value_map(spec.get("hundreds", {}))  # type: ignore[arg-type]
    if hundreds and lang not in TEXT2NUM_LANGS:
        # a language whose hundreds are words of their own ("εκατόν είκοσι", "διακόσιες
        # πενήντα"): without them "εκατόν είκοσι χιλιάδες" was read as 20 000
        small = _alt([w for w, n in values.items() if 1 <= n <= 99])
        joins = [_fold(w) for w in str(spec.get("join", "")).split("|") if w.strip()]
        link = rf"(?:\s+{_alt(joins)})?" if joins else ""  # Basque "berrehun eta hogei"
        hundred = rf"(?P<hh>{_alt(list(hundreds))})(?:{link}\s+(?P<r>{small}))?"
        hundred_rx = re.compile(hundred)
        plain = re.sub(r"\(\?P<\w+>", "(?:", hundred)
        phrase_rx = rf"(?:{plain}|{phrase_rx})"
    hours = [w for w, n in values.items() if 0 <= n <= 23 and " " not in w]
    day_words = list(days) + [w for w, n in values.items() if 1 <= n <= 31]
    return Numbers(
        lang=lang,
        phrase_rx=phrase_rx,
        hour_rx=_alt(hours) if hours else r"(?!x)x",
        day_rx=_alt_flex(day_words) if day_words else r"(?!x)x",
        _values=values,
        _canon=canon,
        _canon_rx=canon_rx,
        _days=days,
        hours_at=(hours_at := _value_map(spec.get("hours_at", {}))),  # type: ignore[arg-type]
        hours_at_rx=_alt(list(hours_at)) if hours_at else r"(?!x)x",
        _hundred_rx=hundred_rx,
        _hundreds=hundreds or None,
    )
