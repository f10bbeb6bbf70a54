"""Name keys: how two spellings of one name are recognised as the same.

Stored alongside every name so that uniqueness and lookups are index-backed
instead of scanning rows in Python.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")  # the spaces a key collapses (str.split() knows the same ones)
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "ł": "l"})


def name_key(name: str) -> str:
    """Case- and accent-insensitive key: 'Ørsted A/S ' -> 'orsted a/s'."""
    text = name.translate(_FOLD)
    if not text.isascii():  # ASCII is its own NFKD form, with no combining marks (issue 18)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # at most the key columns' 200 characters (a ligature's NFKD form is longer than it);
    # split() and the regex \s+ know the same spaces (Py_UNICODE_ISSPACE): the same key as
    # _SPACE.sub(" ", …).strip(), for a third of the work
    return " ".join(text.casefold().split())[:KEY_MAX]


KEY_MAX = 200


def fold(text: str) -> str:
    """:func:`name_key` without its length limit, for long texts (a document's words are
    searched with the name key of what was typed). ASCII text skips the Unicode steps."""
    text = text.translate(_FOLD)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def name_parts(key: str) -> tuple[str, str]:
    """(first, last) words of a name key, for the indexed first/last-name lookups (100
    characters each, the columns' size)."""
    parts = key.split(" ")
    return parts[0][:100], (parts[-1][:100] if len(parts) > 1 else "")


def phone_digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def phone_reversed(phone: str) -> str:
    """Digits reversed, so that 'ends with 5678' becomes an indexed prefix search."""
    return phone_digits(phone)[::-1]


# Terminal escapes: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-byte ESC x.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
# isolates that make a name display as something else ("Trojan Source").
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """A name or note as it may be stored and shown: no control characters or escapes.

    Terminal escape sequences and bidi overrides in a name would recolour a terminal or
    reorder what a manager reads; NUL bytes break PostgreSQL and hide text on SQLite.
    ``multiline`` keeps newlines and tabs (notes); names get them as spaces.
    """
    text = _ESCAPES.sub("", value)
    if not multiline:
        text = text.replace("\t", " ").replace("\n", " ")
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` with the word in its number: "1 reminder", "2 reminders", "1 rep", "0 reps".
    (A count once read "1 reminders for 1 rep(s)".) ``many`` when not ``one`` + "s"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
