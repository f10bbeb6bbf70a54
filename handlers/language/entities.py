"""The typed values every reading starts from (:class:`_Ents`): emails, phones and amounts, found
by extractors, never guessed by the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from handlers.language.amounts import find_amount
from handlers.language.message import _Msg
from handlers.language.rxfast import Gated

# ---- emails, phones, amounts ------------------------------------------------------------------

# gated on its "@" (rxfast.Gated): most messages have none, and the search scans them all
_EMAIL_RX = Gated(re.compile(r"(?<![\w.+\-])[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+"))
_PHONE_RX = re.compile(
    r"(?:(?<![\w+])(?:\+|00)\d[\d \-.()/]{5,18}\d"
    r"|(?:phone|tel|mobile|mob|cell|tlf|telefon|telefono|telephone|τηλ|телефон)\.?:?\s*"
    r"(?P<p>\+?\d[\d \-.()/]{5,18}\d)"
    # a national number, trunk 0 first: "01 886 2222" (Dublin), "087 123 4567", "020 7946
    # 0958" (London), "07700 900123", "086-555-0199", "06 12 34 56 78" (a French mobile in
    # pairs; digits counted in _base_entities)
    r"|(?<![\w+.,/:-])(?P<n>0\d{1,4}(?:[ \-.]\d{2,6}){1,4}))(?![\w:/]|[.,]\d)",
)
_find_amount = find_amount


# --------------------------------------------------------------------------- extraction


@dataclass
class _Ents:
    email: str | None = None
    phone: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_at: int = -1  # where the amount starts, so a deal name can stop before it


def _phone_match(text: str) -> re.Match[str] | None:
    """The message's phone number: the first match with 7 digits or more (a national form,
    "01 886 2222", with 9 to 11, so "05 12 2026" stays a date)."""
    for ph in _PHONE_RX.finditer(text):
        digits = sum(map(str.isdigit, ph.group("p") or ph.group(0)))
        if ph.group("n") and not 9 <= digits <= 11:
            continue
        return ph if digits >= 7 else None
    return None


def _base_entities(msg: _Msg) -> _Ents:
    ents = _Ents()
    em = _EMAIL_RX.search(msg.text)
    if em:
        ents.email = em.group(0).rstrip(".")
        msg.block(em.start(), em.end())
    ph = _phone_match(msg.text)
    if ph:
        ents.phone = (ph.group("p") or ph.group(0)).strip()
        msg.block(ph.start(), ph.end())
    amt = _find_amount(msg.folded)
    if amt is not None:
        ents.amount, ents.currency, ents.amount_at = amt.value, amt.currency, amt.start
        msg.block(amt.start, amt.end)
    return ents
