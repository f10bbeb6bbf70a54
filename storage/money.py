"""Exact money: integer minor units plus an ISO 4217 code.

Floats never touch an amount. The exponent table covers the currencies whose
minor unit is not 1/100; everything else defaults to two decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_EXPONENTS: dict[str, int] = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}
_SYMBOLS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT", "kr": "NOK"}
# ISO 4217 codes in use (2025 list, with XCG and ZWG): a typo such as "EUROS" or "XYZ"
# is refused instead of becoming a currency of its own that no total ever adds up.
ISO_4217 = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV
    BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK
    DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL
    HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
    LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR
    MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND
    TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG
    XAU XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
    """.split()  # noqa: SIM905 - one screen, not 180 lines
)


class MoneyError(ValueError):
    """A user typed an amount or currency we cannot store exactly."""


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def normalize_currency(code: str) -> str:
    """Validate an ISO 4217 code (or a common symbol) and return it upper-cased."""
    code = code.strip()
    if code in _SYMBOLS:
        return _SYMBOLS[code]
    up = code.upper()
    if up not in ISO_4217:
        raise MoneyError(f"'{code}' is not a currency code; use ISO 4217, e.g. EUR or USD")
    return up


def to_decimal(raw: str) -> Decimal | None:
    """A typed number, with the separators people use: "45,000", "8.500", "12,5", "3.5".

    A separator followed by exactly three digits groups thousands ("45,000" and the
    German "8.500"); otherwise it is the decimal mark ("12,5k" is 12.5 thousand, as a
    Spanish or Norwegian rep means it). With both, the last one is the decimal mark.
    A leading group of zeros is never a thousands group: "0.001" is a thousandth (which
    parse_amount then refuses for EUR), not 1.
    """
    s = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    s = s.replace("'", "").replace("_", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        zero_lead = parts[0] != "" and parts[0].strip("0") == ""
        if len(parts) > 2 and zero_lead:
            return None  # "0.001.000": no reading is right
        grouped = len(parts) > 2 or (len(parts[-1]) == 3 and not zero_lead)
        s = "".join(parts) if grouped else s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# The amount columns are BIGINT minor units (signed 64-bit on SQLite and PostgreSQL).
MAX_MINOR = 2**63 - 1
# The largest amount of one deal, in major units of any currency. Totals are sums of
# BIGINT minor units (the rollup table, SUM in reports): an amount near MAX_MINOR made
# them overflow ("bigint out of range" on PostgreSQL; on SQLite integer arithmetic
# silently turned into floating point). With this bound a total stays exact up to
# 9,223 deals at the maximum in one currency with 3 decimals (KWD), 92,233 with 2
# (EUR, USD) and 9.2 million with none (JPY): far beyond any real pipeline.
MAX_AMOUNT = Decimal(10**12)
# Exchange rates (1 unit of a currency in the workspace currency): positive, finite and
# within a factor of a million either way (1 USD in any real currency is in this range);
# 1e308 made every converted total unprintable.
MIN_RATE = Decimal("0.000001")
MAX_RATE = Decimal(1_000_000)


def check_rate(rate: Decimal) -> Decimal:
    """The rate, or MoneyError saying the range it must be in."""
    if not rate.is_finite() or not MIN_RATE <= rate <= MAX_RATE:
        raise MoneyError(f"an exchange rate must be between {MIN_RATE} and {MAX_RATE:,}")
    return rate


def valid_rate(rate: Decimal) -> bool:
    try:
        check_rate(rate)
    except MoneyError:
        return False
    return True


def to_minor(amount: Decimal, currency: str) -> int:
    """Convert a Decimal amount to integer minor units, refusing sub-unit precision.

    An amount beyond MAX_AMOUNT is refused here, with the largest one allowed, instead
    of failing as an overflow deep in the database (or drifting in a total).
    """
    scaled = amount.scaleb(exponent(currency))
    if abs(amount) > MAX_AMOUNT or abs(scaled) > MAX_MINOR:
        raise MoneyError(
            f"{decimal_str(amount)} {currency} is too large to store; "
            f"the most is {format_money(to_minor(MAX_AMOUNT, currency), currency)}"
        )
    if scaled != scaled.to_integral_value():
        raise MoneyError(
            f"{amount} has more decimals than {currency} allows ({exponent(currency)})"
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


_AMOUNT = re.compile(
    r"^\s*(?P<neg>-)?\s*(?P<pre>[$€£¥₸]|[A-Za-z]{3}(?=\s*\d))?\s*(?P<neg2>-)?\s*"
    r"(?P<num>\d[\d,._' \u00a0\u202f]*)\s*(?P<k>[kKmM])?\s*(?P<post>[$€£¥₸]|[A-Za-z]{3})?\s*$"
)


def read_amount(text: str) -> tuple[Decimal, str | None]:
    """'12k EUR', 'USD 5k', '$45,000', '€ 3.5k', '15 000' -> (Decimal, currency or None).

    The currency is None when the text names none (the caller picks its default). A
    symbol or ISO code may stand before or after the number, not both unless they agree.
    Raises MoneyError with an example when the text is not an amount.
    """
    m = _AMOUNT.match(text)
    if not m:
        raise MoneyError(f"'{text.strip()}' is not an amount; try 12000, 12k EUR or $45,000")
    if m.group("neg") or m.group("neg2"):
        raise MoneyError("an amount cannot be negative")
    value = to_decimal(m.group("num").strip())
    if value is None:
        raise MoneyError(f"'{text.strip()}' is not an amount; try 12000, 12k EUR or $45,000")
    value *= {"k": 1000, "m": 1_000_000}.get((m.group("k") or "").lower(), 1)
    pre, post = (normalize_currency(c) if c else None for c in (m.group("pre"), m.group("post")))
    if pre and post and pre != post:
        raise MoneyError(f"'{text.strip()}' names two currencies, {pre} and {post}")
    return value.normalize() if value == value.to_integral() else value, pre or post


def parse_amount(text: str, default_currency: str) -> tuple[Decimal, str]:
    """Parse '12k EUR', '$45,000', '€3.5k', '8500' into (Decimal, currency).

    Raises MoneyError with an example when the text is not an amount, and when it has
    more decimals than the currency allows or does not fit the amount column.
    """
    value, cur = read_amount(text)
    currency = cur or normalize_currency(default_currency)
    to_minor(value, currency)  # validates precision and size
    return value, currency


def format_money(minor: int | None, currency: str | None) -> str:
    """Human form with thousands separators: 'EUR 12,000' or 'USD 3,500.50'."""
    if minor is None or currency is None:
        return "-"
    value = from_minor(minor, currency)
    if value == value.to_integral():
        return f"{currency} {int(value):,}"
    return f"{currency} {value:,.{exponent(currency)}f}"


def decimal_str(value: Decimal) -> str:
    """A plain decimal string without exponent or trailing zeros ('3500', '12.5')."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
