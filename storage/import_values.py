"""Reading one cell of an imported row: dates, amounts, lengths, known vocabularies.

Amounts use the chat's money rules (:func:`storage.money.read_amount`), so a cell reads
as a rep's message would. A value that cannot be read exactly is a :class:`RowError`,
whose message becomes the row's reject reason; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from storage import validate
from storage.errors import UserError
from storage.import_columns import LEAD_SOURCE_SYNONYMS, LIFECYCLE_SYNONYMS
from storage.models import LEAD_SOURCES
from storage.money import MoneyError, normalize_currency, read_amount, to_minor
from storage.text import name_key


class RowError(Exception):
    """One row cannot be imported; the message becomes the reject reason."""


def parse_date(value: str, fmt: str | None = None) -> date:
    v = value.strip()
    if fmt:
        try:
            return datetime.strptime(v, fmt).date()
        except ValueError as exc:
            raise RowError(f"'{v}' is not a date in the format {fmt}") from exc
    m = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$", v)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", v)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?$", v)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a > 12 >= b:
                return date(y, b, a)
            if b > 12 >= a or a == b:
                return date(y, a, b)
            raise RowError(f"'{v}' could be day/month or month/day; pass --date-format")
    except ValueError as exc:
        raise RowError(f"'{v}' is not a real date") from exc
    raise RowError(f"'{v}' is not a date; use YYYY-MM-DD (or pass --date-format)")


def parse_money(value: str, currency_column: str | None, default: str) -> tuple[int, str]:
    """An amount cell read with the chat's rules (storage.money), as (minor units, currency).

    "45k", "€ 45k", "12.5k", "$1,200", "1.234,56", "15 000 NOK" all read as a rep means
    them; a symbol or code in the cell is the currency unless the row's currency column
    says otherwise, which is a contradiction the row is rejected for (never a guess).
    Anything else that cannot be read exactly is rejected with the reason.
    """
    try:
        amount, in_cell = read_amount(value)
        column = normalize_currency(currency_column) if currency_column else None
        if in_cell and column and in_cell != column:
            raise RowError(
                f"the amount '{value.strip()}' is in {in_cell} but the currency column says "
                f"{column}"
            )
        currency = in_cell or column or default
        return to_minor(amount, currency), currency
    except MoneyError as exc:
        raise RowError(str(exc)) from exc


# The longest a cell may be for the column it ends up in (names, ids); longer is a row error,
# not a truncation (a name cut short is a different name). Notes and titles are cut instead.
MAX_CELL = {"name": 200, "first_name": 200, "last_name": 200, "account": 200, "owner": 200,
            "manager": 200, "contact": 254, "external_id": 100, "timezone": 64}  # fmt: skip


def check_lengths(raw: dict[str, str]) -> None:
    for key, value in raw.items():
        limit = MAX_CELL.get(key)
        if limit is not None and len(value) > limit:
            raise RowError(f"the {key.replace('_', ' ')} is longer than {limit} characters")
    full = " ".join(x for x in (raw.get("first_name"), raw.get("last_name")) if x)
    if not raw.get("name") and len(full) > 200:
        raise RowError("the name is longer than 200 characters")


def first_spellings(names: Iterable[str]) -> dict[str, str]:
    """name_key -> the first spelling met: "Acme Corp" then "ACME CORP" stays "Acme Corp"."""
    out: dict[str, str] = {}
    for name in names:
        out.setdefault(name_key(name), name)
    return out


def lead_source(value: str) -> str:
    key = value.strip().lower()
    if key in LEAD_SOURCES:
        return key
    return LEAD_SOURCE_SYNONYMS.get(key, "other")


def lifecycle_of(value: str) -> str:
    key = value.strip().lower()
    key = LIFECYCLE_SYNONYMS.get(key, key)
    try:
        return validate.lifecycle(key)
    except UserError as exc:
        raise RowError(str(exc)) from exc


def checked(fn: Any, value: str) -> Any:
    try:
        return fn(value)
    except UserError as exc:
        raise RowError(str(exc)) from exc
