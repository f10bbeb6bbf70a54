"""What every date module shares: :class:`WhenMatch` (a date phrase read), :func:`fold` (the text
the rules read: lower case, accents and look-alike letters folded) and the pieces patterns are
built from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class WhenMatch:
    """A resolved date phrase: ``text[start:end]`` is the phrase, ``due`` is aware."""

    due: datetime
    start: int
    end: int
    has_time: bool
    has_date: bool = True  # False for a time alone ("at 3"), resolved to its next occurrence


# --------------------------------------------------------------------------- folding


_FOLD_EXTRA = {"ς": "σ", "’": "'", "ʼ": "'", "\u00a0": " ", "ı": "i"}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        low = c
    base = unicodedata.normalize("NFD", low)[0]
    return _FOLD_EXTRA.get(base, base)


def fold(text: str) -> str:
    """Lowercase and strip accents *one char for one char*, so spans map back 1:1.

    Users drop accents in chat ("proximo viernes", "Παρασκευη"), so matching is
    done on the folded copy while spans still index the original text.
    """
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def _norm(word: str) -> str:
    return " ".join(fold(word).split())


# --------------------------------------------------------------------------- compilation


def _alt(words: Iterable[str], wild: bool | list[str] = False) -> str:
    """Regex alternation of folded phrases, longest first; spaces match any whitespace.
    ``wild``: any letters may follow (True), or one of these endings (a list)."""
    uniq = sorted({_norm(w) for w in words if w}, key=len, reverse=True)
    if not uniq:
        return r"(?!x)x"
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)
    if isinstance(wild, list) and wild:
        return f"(?:{body})(?:-?{_alt(wild)})?"
    return f"(?:{body})" + (r"\w*" if wild else "")


_B = r"(?<!\w)"  # left word edge that also works before "@" or "."
_E = r"(?!\w)"
