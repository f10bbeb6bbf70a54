"""The amount at the end of a deal title: one rule for `deal add` and free text.

"Acme renewal 12k EUR", "Wayne logistics 15 000 EUR", "A11 USD 5k", "X 12,50" and
"Stark retrofit 1.2M" all end with an amount; "Series 2", "Hooli 0" and "Acme renewal
2027" end with a number that belongs to the name. The rule: a trailing number is an
amount when it has a currency (a symbol, or an ISO 4217 code before or after it), a
k/M multiplier, a decimal part, thousands groups, or at least three digits, except a
bare year (2000-2099), which names a deal far more often than it prices one.
Type amount=2027 for that amount.

Only the split lives here; the reading of the amount is storage.money's.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from handlers.language.numwords import numbers
from handlers.language.rxfast import Gated, starts_at_digit
from storage.money import ISO_4217, to_decimal

_SYM = "[$€£¥₸]"
_NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d(?:[\d,.']*\d)?"
_TAIL = re.compile(
    rf"(?:^|(?<=\s))(?P<amount>-?(?P<sym>{_SYM})?\s?-?(?P<num>{_NUM})(?P<mult>[kKmM])?"
    rf"(?:\s?(?P<post>{_SYM}|[A-Za-z]{{3}}))?)$"
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<code>[A-Za-z]{3})\s+$")
# Lower-case codes read before a number: the common ones only, so "top 500" or "all 500"
# stay words (TOP and ALL are currencies too). After a number any ISO code counts.
_COMMON_LOWER = frozenset(
    "eur usd gbp nok sek dkk chf kzt jpy cad aud mxn".split()  # noqa: SIM905 - one line
)
_YEAR = re.compile(r"20\d\d")


def _is_code_before(word: str) -> bool:
    return (word.isupper() and word in ISO_4217) or word in _COMMON_LOWER


def split_amount(words: str) -> tuple[str, str | None]:
    """'Acme renewal 12k EUR' -> ('Acme renewal', '12k EUR'); no amount -> (words, None)."""
    text = words.rstrip()
    m = _TAIL.search(text)
    if m is None:
        return words, None
    num, post = m.group("num"), m.group("post")
    priced = bool(m.group("sym") or m.group("mult") or re.search(r"[^\d]", num))
    priced = priced or (len(num) >= 3 and _YEAR.fullmatch(num) is None)
    # Three capitals after a real amount are a code typed wrong ("500 XYZ" is refused by
    # storage.money, not kept in the title); other words after the number end the title.
    unknown = post and post not in _SYM and post.upper() not in ISO_4217
    if unknown and not (post.isupper() and priced):
        return words, None
    start = m.start("amount")
    before = _WORD_BEFORE.search(text, 0, start)
    if before is not None and not m.group("sym") and _is_code_before(before["code"]):
        start = before.start("code")
    elif not (priced or post):
        return words, None  # "Series 2", "Hooli 0", "Acme renewal 2027"
    title = text[:start].strip()
    if not title:
        return words, None  # the whole text is a number: that is the title
    return title, text[start:].strip()


def amount_in_words(
    folded: str, currencies: dict[str, str], langs: tuple[str, ...] = ("en",)
) -> tuple[int, int, Decimal, str | None] | None:
    """ "forty thousand euros", "cuarenta mil euros", "fifteen hundred dollars", "twelve k",
    "fifty grand", "a hundred thousand", "førti tusen kroner": (start, end, value, currency).

    A number phrase is an amount when a currency word, "k", "grand" or a scale word
    (thousand, mil, mille, tausend, tusen, million…) goes with it; "seven people" is none.
    A phrase that is no one number ("three twenty euros") is not read, never guessed.
    ``folded`` is lower case without accents; ``currencies`` maps words to codes.
    """

    # the shipped table's words are sorted once (a sort of its 65 words cost a parse 5 us)
    words = _CURRENCY_KEYS if currencies is CURRENCY_WORDS else tuple(sorted(currencies))
    if _unit_rx(words).search(folded) is None:
        return None  # no currency, scale or "k": no amount in words (the common case)
    if "en" in langs:
        part = _english_fraction(folded, currencies)
        if part is not None:  # "one point two million pounds", "seven and a half thousand"
            return part
    for lang in dict.fromkeys((*langs, "nb", "el", "eu", "kk")):
        nw = numbers(lang)
        if nw is None:
            continue
        for m in _words_rx(lang, words).finditer(folded):
            if _TAIL_OF_NUMBER.search(folded, 0, m.start()):
                # "one point two million", "two and a half million": the phrase is the end
                # of a longer number this reader did not read; its tail is no amount
                continue
            num = " ".join(m.group("num").split())
            if m.group("a") and num.split()[0] in _SCALE_HEADS:
                num = f"{_ONE.get(lang, 'one')} {num}"  # "a hundred grand", "a thousand euros"
            value = nw.value(num)
            if value is None or value == 0:
                continue
            scale = m.group("scale")
            said_scale = _SCALE_IN.search(num) is not None
            if not (m.group("k") or m.group("cur") or scale or said_scale):
                continue
            amount = Decimal(value)
            if m.group("k"):
                amount *= 1000
            if scale:
                amount *= SCALES.get(" ".join(scale.split()), 1)
            cur = currencies.get(" ".join(m.group("cur").split())) if m.group("cur") else None
            return m.start(), m.end(), amount, cur
    return None


# The words just before a number phrase that make it the tail of a longer one: "point"
# ("one point two million"), "half" ("two and a half million"), another number word.
_TAIL_OF_NUMBER = re.compile(
    r"(?<!\w)(?:point|dot|half|quarters?|thirds?|and|zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    # and in the table languages (folded): "χίλια πεντακόσια", "мың бес жүз", "berrehun eta
    # berrogeita hamar mila", "en million fem hundre tusen": their tails are no amount
    r"χιλια|χιλιαδεσ|εκατομμυριο|εκατομμυρια|εκατο|εκατον|και|мың|миллион|жүз|жарым|mila|milioi|"
    r"milioiak|ehun|eta|tusen|million|millioner|hundre|og)[\s-]+$"
)
_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_EN_SCALE = {"thousand": 1000, "grand": 1000, "k": 1000, "million": 1_000_000,
             "billion": 1_000_000_000}  # fmt: skip


@cache
def _fraction_rx(currency_words: tuple[str, ...]) -> re.Pattern[str]:

    nw = numbers("en")
    assert nw is not None
    cur = "|".join(re.escape(w) for w in sorted(currency_words, key=len, reverse=True))
    digit = "|".join(_DIGIT_WORDS)
    return re.compile(
        rf"(?<![\w-])(?:(?P<int>{nw.phrase_rx})\s+(?:point|dot)\s+(?P<dec>(?:(?:{digit})\s+)+)"
        rf"|(?P<whole>{nw.phrase_rx})\s+and\s+a\s+half\s+|(?P<half>half\s+an?|a\s+half)\s+)"
        rf"(?P<scale>thousand|grand|k|million|billion)(?!\w)(?:\s+(?:of\s+)?(?P<cur>{cur})(?!\w))?"
    )


def _english_fraction(
    folded: str, currencies: dict[str, str]
) -> tuple[int, int, Decimal, str | None] | None:
    """ "one point two million pounds" (1.2 million), "seven and a half thousand euros"
    (7500), "half a million" (500000): a number in words with a fraction and a scale."""

    nw = numbers("en")
    m = (
        _fraction_rx(
            _CURRENCY_KEYS if currencies is CURRENCY_WORDS else tuple(sorted(currencies))
        ).search(folded)
        if nw is not None
        else None
    )
    if m is None or nw is None:
        return None
    if m.group("int"):
        whole = nw.value(m.group("int"))
        digits = "".join(str(_DIGIT_WORDS[w]) for w in m.group("dec").split())
        value = Decimal(f"{whole}.{digits}") if whole is not None else None
    elif m.group("whole"):
        whole = nw.value(m.group("whole"))
        value = Decimal(whole) + Decimal("0.5") if whole is not None else None
    else:
        value = Decimal("0.5")
    if value is None:
        return None
    cur = currencies.get(" ".join(m.group("cur").split())) if m.group("cur") else None
    value *= _EN_SCALE[m.group("scale")]
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return m.start(), m.end(), value, cur


_SCALE_HEADS = frozenset({"hundred", "thousand", "million", "cent", "mille", "hundert", "tausend"})
_ONE = {"en": "one", "fr": "un", "de": "ein", "es": "un"}
# A scale word inside a phrase text2num read ("forty thousand", "vierzigtausend", "dos mil")
_SCALE_IN = re.compile(r"thousand|million|(?<!\w)mil(?!\w)|mille|tausend|millon|milliard")
# Scales after a phrase the tables read (no text2num for nb, el, eu, kk), and "grand"
_AFTER_SCALES = ("grand", "tusen", "millioner", "million", "χιλιαδεσ", "εκατομμυρια", "мын",
                 "мың", "миллион", "mila", "milioi")  # fmt: skip


@cache
def _unit_rx(currency_words: tuple[str, ...]) -> Gated:
    """Any currency, scale or "k" word: gated on its needed strings (rxfast.Gated), as most
    messages have none and the search otherwise tries every alternative at each position."""
    cur = "|".join(re.escape(w) for w in sorted(currency_words, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in _AFTER_SCALES)
    return Gated(
        re.compile(
            rf"(?<!\w)(?:k|{cur}|{scales})(?!\w)|thousand|million|(?<!\w)mil(?!\w)|mille|tausend"
        )
    )


@cache
def _words_rx(lang: str, currency_words: tuple[str, ...]) -> re.Pattern[str]:

    nw = numbers(lang)
    assert nw is not None
    cur = "|".join(re.escape(w) for w in sorted(currency_words, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in _AFTER_SCALES)
    return re.compile(
        rf"(?<![\w-])(?<!\d\s)(?<!\d[.,]\s)(?:(?P<a>an?|un|une|ein|eine)\s+)?(?P<num>{nw.phrase_rx})"
        rf"(?!\w)(?:\s*(?P<k>k)(?!\w))?(?:\s*(?P<scale>{scales})(?!\w))?"
        rf"(?:\s+(?:de\s+|d')?(?P<cur>{cur})(?!\w))?"
    )


# --------------------------------------------------------------------------- amounts in a message
#
# One reader for the amount said anywhere in a chat message ("log a 60k opportunity", "bump
# the pilot to fifteen thousand", "2,5 Mio. Euro", "quarante mille euros"), used by the
# free-text parser. Everything runs on the folded text (lower case, no accents).

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₸": "KZT", "₹": "INR",
    "₦": "NGN", "₺": "TRY", "₩": "KRW", "₴": "UAH", "zł": "PLN",
}  # fmt: skip
_CURRENCY_SPEC = (
    "EUR: eur|euro|euros|ευρω|ευρώ|евро|eurora|eurotan|euroko|eurokoa; "
    "USD: usd|dollars|dollar|bucks|dolares|dolar|dollars us|"
    "us dollars; GBP: gbp|pounds|pound sterling|quid|libras; NOK: nok|kr|kroner|norske kroner; "
    "SEK: sek|kronor; DKK: dkk; CHF: chf|swiss francs; "
    "KZT: kzt|тг|теңге|теңгеге|теңгеден|теңгені|теңгелік|tenge; JPY: jpy|yen; "
    "CAD: cad; AUD: aud; MXN: mxn; INR: inr|rupees|rupee|rs; NGN: ngn|naira; CNY: cny|rmb|yuan; "
    "PLN: pln|zloty; TRY: lira; ZAR: zar|rand; KES: kes; AED: aed|dirham|dirhams; "
    "SAR: sar|riyal|riyals; BRL: brl|reais; UAH: uah|hryvnia"
)
# A scale said after a number: "12k", "2.5 million", "2,5 Mio.", "3 Millionen", "50 grand".
# "mil" is left out: a thousand in Spanish, a million in English chat; never guessed.
_SCALE_SPEC = (
    "1000: k|tsd|tsd.|thousand|thousands|grand|tausend|mille|tusen|χιλιαδες|χιλ|χιλ.|мын|мың|mila; "
    "1000000: m|mm|mio|mio.|million|millions|mill|mln|mn|millones|millon|millionen|millioner|"
    "εκατομμυρια|εκατομμυριο|εκατ|εκατ.|миллион|млн|млн.|milioi; "
    "1000000000: bn|billion|mrd|mrd.|milliard|"
    "milliarden|milliards|milliarder"
)


def _fold_word(word: str) -> str:

    return " ".join(
        "".join(unicodedata.normalize("NFD", c)[0] for c in word.lower()).replace("ς", "σ").split()
    )


def _spec_table(spec: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in spec.split(";"):
        value, _, words = part.partition(":")
        out |= {_fold_word(w): value.strip() for w in words.split("|") if w.strip()}
    return out


CURRENCY_WORDS: dict[str, str] = _spec_table(_CURRENCY_SPEC)
_CURRENCY_KEYS = tuple(sorted(CURRENCY_WORDS))  # amount_in_words' key of its cached patterns
SCALES: dict[str, int] = {w: int(v) for w, v in _spec_table(_SCALE_SPEC).items()}


def _alt_words(words: object) -> str:
    uniq = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


_A_NUM = r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_A_SYM = _alt_words(CURRENCY_SYMBOLS)
_A_CODE = _alt_words(CURRENCY_WORDS)
_WORD_SCALES = [w for w in SCALES if len(w) > 2 or w in ("mm", "mn", "bn")]
_A_SCALE = rf"(?:{_alt_words(_WORD_SCALES)}|k|m)(?!\w)"
_A_LINK = r"(?:\s*(?:de|d'|of|an|di)\s*)?"  # "2,5 millions d'euros", "2,5 millones de euros"
_AMOUNT_RXS = (
    # "$45,000.50", "€ 3.5k", "USD 12,000", "$2.5 million"
    re.compile(
        rf"(?<![\w.,])(?:(?P<sym>{_A_SYM})|(?P<code>{_A_CODE})\s?)\s?(?P<num>{_A_NUM})"
        rf"(?:\s?(?P<mult>{_A_SCALE}))?(?!\w|[.,]\d)"
    ),
    # "45 000 €", "12k EUR", "2,5 Mio. Euro", "3 millones de euros"
    re.compile(
        rf"(?<![\w.,])(?P<num>{_A_NUM})(?:\s?(?P<mult>{_A_SCALE}))?\.?{_A_LINK}\s?"
        rf"(?:(?P<sym>{_A_SYM})|(?P<code>{_A_CODE})(?!\w))"
    ),
    # "60k", "1.2m", "2.5 million", "50 grand": a scale is an amount without a currency
    # ("1.2M" is millions, "30m" may be minutes: a bare m needs a decimal part)
    re.compile(
        rf"(?<![\w.,$€£])(?P<num>{_A_NUM})(?P<mult>k|(?<=[.,]\d)m|(?<=[.,]\d\d)m|"
        rf"\s?{_alt_words(w for w in _WORD_SCALES if w not in ('mm', 'mn'))})(?!\w|[.,]\d)"
    ),
)
# Each pattern needs a decimal digit (so a message without one skips them all), and the
# last two start their matches at one: they are searched from the message's first digit,
# the same matches (tests/handlers/test_rxfast.py checks both).
_AMOUNT_RXS_AT = tuple((rx, starts_at_digit(rx)) for rx in _AMOUNT_RXS)
_DIGIT_RX = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount found in a message: ``folded[start:end]`` said it."""

    start: int
    end: int
    value: Decimal
    currency: str | None


def find_amount(folded: str, langs: tuple[str, ...] = ("en", "es", "de", "fr")) -> Amount | None:
    """The amount a message names (digits or words, a scale, a currency), or None.

    ``folded`` is lower case without accents. A number phrase that is no one number is
    not read ("three twenty euros"), and a number with no currency, scale, decimals or
    grouping is no amount ("call 3 people"): an amount is never guessed.
    """

    best: Amount | None = None
    digit = _DIGIT_RX.search(folded)  # every pattern needs one; two start at it
    first = digit.start() if digit is not None else -1
    for rx, at_digit in _AMOUNT_RXS_AT if first >= 0 else ():
        for m in rx.finditer(folded, first if at_digit else 0):
            value = to_decimal(m.group("num"))
            if value is None or _UNKNOWN_SCALE_AFTER.match(folded, m.end()):
                continue  # "₹40 lakh": a scale the reader does not know is asked about
            gd = m.groupdict()
            if not (gd.get("sym") or gd.get("code")) and (
                counts_something(folded, m.end()) or _COUNTED_BEFORE.search(folded, 0, m.start())
            ):
                continue  # "450 million subscribers", "10k users": a count, no amount
            scale = (m.group("mult") or "").strip()
            street = scale in ("mill", "m") and _STREET_AFTER.match(folded, m.end())
            if street and not (gd.get("sym") or gd.get("code")):
                continue  # "at 14 Mill Lane": a street address, not 14 million
            mult = m.group("mult")
            if mult:
                value *= SCALES[" ".join(mult.split()).strip()]
            cur = None
            if gd.get("sym"):
                cur = CURRENCY_SYMBOLS[gd["sym"]]
            elif gd.get("code"):
                cur = CURRENCY_WORDS[" ".join(gd["code"].split())]
            cand = Amount(m.start(), m.end(), value, cur)
            if best is None or cand.start < best.start:
                best = cand
            break  # first hit of the most specific pattern wins for that pattern
        if best is not None and best.currency is not None:
            return best
    if best is None:  # "forty thousand euros", "fifty grand": numbers as words (issue 10)
        said = amount_in_words(folded, CURRENCY_WORDS, langs)
        if said is not None and (said[3] is not None or not counts_something(folded, said[1])):
            best = Amount(*said)  # "two million hectolitres" is a count, no amount
            if best.currency is None and _YEAR.fullmatch(str(best.value)):
                best = None  # "the two thousand and twenty seven budget": a year, as in digits
    return best


# A street after a number and a word that is also a scale ("14 Mill Lane", "3 M Street"): an
# address, no amount.
_STREET_AFTER = re.compile(
    r"\s+(?:lane|ln|road|rd|street|st|avenue|ave|way|drive|place|square|row|court|"
    r"crescent|terrace|park|hill|yard|gardens|boulevard|blvd)(?![\w])"
)


# A count said with a scale is no amount: "450 million subscribers", "10k users", "2 million
# hectolitres". The word after the number tells: a plural noun, or one of these.
_COUNT_NOUNS = frozenset(
    [
        "people",
        "staff",
        "personnel",
        "headcount",
        "children",
        "kids",
        "men",
        "women",
        "heads",
        "sqm",
        "m2",
        "km",
        "kg",
        "tonnes",
        "tons",
        "litres",
        "liters",
        "hectolitres",
        "barrels",
        "pcs",
        "units",
    ]
)
# Words ending in "s" that do not count anything ("12k plus tax", "15k this quarter").
_NOT_COUNTS = frozenset(
    [
        "plus",
        "less",
        "this",
        "thus",
        "was",
        "has",
        "its",
        "is",
        "as",
        "us",
        "yes",
        "gross",
        "minus",
        "per",
        "cents",
        "bucks",
        "always",
        "perhaps",
        "sounds",
        "looks",
        "seems",
        "makes",
        "closes",
        "goes",
        "works",
        "fits",
    ]
)
_NEXT_WORD = re.compile(r"\s*(?P<w>[^\W\d_]+)")
# ... or the noun before it: "their subscriber base is 28 million", "users: 2.5m"
_COUNTED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:subscribers?|users?|customers?|clients|members?|employees|staff|"
    r"headcount|population|passengers|visitors|downloads|installs|followers|students|patients|"
    r"(?:subscriber|user|customer|member|client|install)\s+base)\s*"
    r"(?:(?:is|are|of|now|reached|hit|hits|grew\s+to|stands\s+at|totals?|just\s+passed)\s+|"
    r"[:~]\s*)(?:(?:around|about|roughly|over|nearly|almost|some|approximately|approx\.?)\s+)?$"
)


def counts_something(folded: str, end: int) -> bool:
    """Whether the number ending at ``folded[end]`` counts things ("10k users"), so that it
    is no amount of money; a currency word after it never counts."""
    m = _NEXT_WORD.match(folded, end)
    if m is None or m.start("w") == end:  # "10kusers" is one word, not a number and a noun
        return False
    word = m.group("w")
    if word in CURRENCY_WORDS or word in SCALES or word in _NOT_COUNTS:
        return False
    return word in _COUNT_NOUNS or (len(word) >= 4 and word.endswith("s"))


# Scales of other number systems the reader does not read ("₹40 lakh", "2 crore"): the
# amount is not guessed from the digits before them, it is asked about.
_UNKNOWN_SCALE_AFTER = re.compile(r"\s*(?:lakhs?|lacs?|crores?|cr)(?!\w)")
_UNKNOWN_SCALE = re.compile(
    r"(?<![\w.,])(?:[₹$€£]\s?)?\d+(?:[.,]\d+)?\s*(?:lakhs?|lacs?|crores?|cr)(?!\w)",
    re.IGNORECASE,
)


# Amount shapes with two readings: "40 mil" is 40 000 in Spanish and 40 million in English
# chat; "2 billion" is 10^9 in English and 10^12 in Spanish and French ("2 billones").
_TWO_READINGS = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:mil|billions?|billones|billón|billon|billionen)(?!\w)"
    r"(?:\s+(?:de\s+|d')?\w+)?",
    re.IGNORECASE,
)


def unread_amount(text: str) -> re.Match[str] | None:
    """An amount said in a shape with two readings ("40 mil euros"), which is asked about:
    :func:`find_amount` reads none of it, so nothing is guessed."""
    return _TWO_READINGS.search(text) or _UNKNOWN_SCALE.search(text)


def find_amounts(folded: str) -> list[Amount]:
    """Every amount of a message, in order (digits and scales; the first in words), so a
    caller can tell one amount from two competing ones ("40k or 50k")."""
    out: list[Amount] = []
    pos = 0
    while pos < len(folded):
        found = find_amount(folded[pos:])
        if found is None:
            break
        out.append(Amount(found.start + pos, found.end + pos, found.value, found.currency))
        pos += found.end
    return out


# "40-50k", "between 40 and 50k", "40k to 50k": a range, not one amount
# In the other languages too: "entre 30 et 40 k€", "zwischen 20 und 30 Tsd.", "20-30 χιλιάδες",
# "30-40 000 kr" (the second number grouped: one scale for both).
_RANGE = re.compile(
    r"(?<![\w.,])(?:(?:between|entre|zwischen|mellom|μεταξυ|мен)\s+)?[$€£]?\d[\d.,]*\s*(?:k|m|mm)?\s*"
    r"(?:-|–|to|and|or|et|ou|und|oder|bis|y|o|og|eller|και|η|eta|edo)\s*[$€£]?\d[\d.,]*"
    r"\s*(?:k|m|mm|thousand|million|grand|tsd\.?|tausend|mio\.?|mille|mil|millones|tusen|"
    r"millioner|χιλιαδεσ|εκατομμυρια|mila|milioi|мың|миллион)(?!\w)"
    r"|(?<![\w.,])\d{1,3}\s*[-–]\s*\d{1,3}(?:[  .]\d{3})+(?![\d.,]\d)",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"(?i)\bfrom\s*$")


def one_amount(folded: str) -> tuple[Amount | None, str | None]:
    """The one amount a message names for one slot, or (None, the words) when it names a
    range or two different amounts ("40-50k", "12k eur and 3k usd"): asked, never picked.
    "from 10k to 15k" names the new one (15k)."""
    rng = _RANGE.search(folded)
    amounts = find_amounts(folded)
    if rng is not None and not _FROM_TO.search(folded[: rng.start()]):
        return None, rng.group(0)
    values = {a.value for a in amounts}
    codes = {a.currency for a in amounts} - {None}
    if len(values) <= 1 and len(codes) <= 1:  # "€12,000 (12k)": one amount said twice
        said = [a for a in amounts if a.currency is not None] or amounts
        return (said[0] if said else None), None
    first, second = amounts[0], amounts[1]
    gap = folded[first.end : second.start].strip()
    if len(amounts) == 2 and gap == "to" and _FROM_TO.search(folded[: first.start]):
        return second, None  # "bump X from 10k to 15k"
    return None, folded[first.start : amounts[-1].end]


# An amount that is not the deal's value: a change ("bump it by 5k", "another 5k", "+5k",
# "5k more") or a unit price ("$300 per seat", "5 seats at $300", "€20/user"). Reading it as
# the amount would be an amount read wrong; it is shown back and asked about.
_CHANGE_BEFORE = re.compile(
    # a sign glued to the number ("+5k"); a dash between spaces is a separator ("POS - 15k")
    r"(?:(?<!\w)(?:by|another|extra|additional|up|down|plus|minus)\s*|(?<!\S)[+\-])$"
)
_CHANGE_AFTER = re.compile(r"\s*(?:more|less|extra|on\s+top|up|down)(?!\w)")
# "add 5k to the Radley Optics deal": a sum added to a deal's value, not the value
_ADD_BEFORE = re.compile(r"(?<!\w)add(?:s|ed|ing)?\s*(?:an?\s+(?:extra|further)\s*)?$")
_ADD_AFTER = re.compile(r"\s*(?:on\s*)?to(?!\w)")
_UNIT_AFTER = re.compile(
    r"\s*(?:per|/|a|an|each)\s*(?:seat|user|licen[cs]e|unit|head|person|employee|device|"
    r"site|store|node|server|seat/month|user/month)s?(?!\w)|\s*(?:each|apiece)(?!\w)"
    # a price by the month, week, day or hour is not the deal's value ("6k per month",
    # "2k a month", "$500/mo", "800 pcm"): how many months is not said, so it is asked
    r"|\s*(?:per|/|a|an|every|each)\s*(?:month|mo|mth|week|wk|day|hour|hr)s?(?!\w)"
    r"|\s*(?:monthly|weekly|daily|hourly|pcm|p/m|pm)(?!\w)"
    # and so is one by the quarter ("5k per quarter", "2k quarterly"); a price by the year is
    # the deal's yearly value ("12k per year"), as a CRM's annual contract value is
    r"|\s*(?:per|/|a|an|every|each)\s*(?:quarter|qtr)s?(?!\w)|\s*quarterly(?!\w)"
)
_UNIT_BEFORE = re.compile(
    r"(?<!\w)\d[\d,.]*\s+(?:[^\W\d_]+\s+)?(?:seats|users|licen[cs]es|units|heads|people|"
    r"employees|devices|sites|stores|nodes|servers)\s+(?:at|@|for)\s*$"
    # "3 x 10k": a count times a price, whose product was not said
    r"|(?<![\w.,])\d+\s*(?:x|×|times)\s*$"
)
_TIMES_AFTER = re.compile(r"\s*(?:x|×)\s*\d+(?![\d.,])")


def not_the_value(folded: str, found: Amount) -> str | None:
    """The words when the amount at ``found`` is a change or a unit price, else None."""
    before = folded[max(0, found.start - 60) : found.start]
    after = folded[found.end :]
    said = folded[found.start : found.end]
    m = _CHANGE_BEFORE.search(before)
    if m:
        return (before[m.start() :] + said).strip()
    m = _ADD_BEFORE.search(before)
    if m and _ADD_AFTER.match(after):
        return (before[m.start() :] + said).strip()
    m = _CHANGE_AFTER.match(after)
    if m:
        return (said + after[: m.end()]).strip()
    m = _UNIT_AFTER.match(after)
    if m:
        return (said + after[: m.end()]).strip()
    m = _UNIT_BEFORE.search(before)
    if m:
        return (before[m.start() :] + said).strip()
    m = _TIMES_AFTER.match(after)  # "10k x 3"
    if m:
        return (said + after[: m.end()]).strip()
    return None


# A figure about the customer's business in a log's note ("revenue 3.2bn", "they did 40m
# last year", "annual revenue around $500m"): it describes the company, it is not the money
# of the log, so it is no ``amount`` (reading it as one would be an amount read wrong).
_BUSINESS_BEFORE = re.compile(
    r"(?<!\w)(?:revenues?|turnover|sales|arr|mrr|gmv|ebitda|profits?|income|valuation|"
    r"valued\s+at|market\s+cap|raised|funding|did|made|turned\s+over|grew\s+to|grossed|"
    r"earn(?:s|ed)?|spent|spend(?:s|ing)?\s+(?:about|around|roughly)?|"
    # "they manage 2bn in assets": money the customer holds is no money of the log
    r"manag(?:e|es|ed|ing)|aum|assets\s+of|holds?)"
    r"(?:\s+(?:was|were|is|are|of|at|to|about|around|roughly|approx\.?|approximately|nearly|"
    r"almost|over|under|some|just|like|~))*\s*:?\s*$"
)
_BUSINESS_AFTER = re.compile(
    r"\s*(?:(?:in|of)\s+)?(?:revenues?|turnover|sales|arr|mrr|gmv|ebitda|profits?|funding|"
    r"valuation|assets|aum|deposits|under\s+management)(?!\w)|\s*(?:(?:last|this|next|a|per|each|every)\s+(?:year|yr|quarter|qtr)|"
    r"annually|a\s+year|p\.?a\.?|yoy)(?!\w)"
)


def about_the_business(folded: str, found: Amount) -> bool:
    """Whether the amount at ``found`` is a figure about the customer's business (revenue,
    turnover, last year's sales) rather than money of the deal or the log."""
    before = folded[max(0, found.start - 50) : found.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(". "), before.rfind("("))
    before = before[cut + 1 :]
    return bool(_BUSINESS_BEFORE.search(before) or _BUSINESS_AFTER.match(folded, found.end))
