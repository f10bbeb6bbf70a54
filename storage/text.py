"""Name keys: how two spellings of one name are recognised as the same.

Stored alongside every name so that uniqueness and lookups are index-backed
instead of scanning rows in Python.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def name_key(name: str) -> str:
    """Case- and accent-insensitive key: 'Ørsted A/S ' -> 'orsted a/s'."""
    text = name.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text.casefold()).strip()


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def phone_reversed(phone: str) -> str:
    """Digits reversed, so that 'ends with 5678' becomes an indexed prefix search."""
    return phone_digits(phone)[::-1]
