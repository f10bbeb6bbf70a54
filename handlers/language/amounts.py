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
from decimal import Decimal
from functools import cache

from storage.money import ISO_4217

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
    """ "forty thousand euros", "cuarenta mil euros", "fifteen hundred dollars", "twelve k":
    (start, end, value, currency). Only a number phrase followed by a currency word or "k"
    is an amount; a phrase that is no one number ("three twenty euros") is not read, never
    guessed. ``folded`` is lower case without accents; ``currencies`` maps words to codes."""
    from handlers.language.numwords import numbers  # the number words of issue 10

    words = tuple(sorted(currencies))
    if _unit_rx(words).search(folded) is None:
        return None  # no currency word and no "k": no amount in words (the common case)
    for lang in langs:
        nw = numbers(lang)
        if nw is None:
            continue
        for m in _words_rx(lang, words).finditer(folded):
            value = nw.value(m.group("num"))
            if value is None:
                continue
            amount = Decimal(value) * (1000 if m.group("k") else 1)
            cur = currencies.get(" ".join(m.group("cur").split())) if m.group("cur") else None
            return m.start(), m.end(), amount, cur
    return None


@cache
def _unit_rx(currency_words: tuple[str, ...]) -> re.Pattern[str]:
    cur = "|".join(re.escape(w) for w in sorted(currency_words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:k|{cur})(?!\w)")


@cache
def _words_rx(lang: str, currency_words: tuple[str, ...]) -> re.Pattern[str]:
    from handlers.language.numwords import numbers

    nw = numbers(lang)
    assert nw is not None
    cur = "|".join(re.escape(w) for w in sorted(currency_words, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<num>{nw.phrase_rx})(?:\s*(?P<k>k)(?!\w))?"
        rf"(?:\s+(?P<cur>{cur})(?!\w))?(?<=\w)"
        rf"(?(k)|(?(cur)|(?!)))"
    )
