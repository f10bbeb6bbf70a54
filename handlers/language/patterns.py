"""Small builders for the parser's regular expressions: word lists to alternations, tables to
patterns, and the cleaning every message gets first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from handlers.language.dates import fold
from handlers.language.rxfast import lead_first

_MAX_CHARS = 4096  # Telegram's message limit; longer input is parsed on its head only


# --------------------------------------------------------------------------- helpers


def _words(spec: str) -> list[str]:
    """``"a|b|c"`` -> folded ``["a", "b", "c"]``: word tables stay one screen long.

    Everything is matched against the folded message, so tables are folded too.
    """
    return [" ".join(fold(w).split()) for w in spec.split("|") if w.strip()]


def _table(spec: str) -> dict[str, str]:
    """``"call: called|phoned; email: emailed"`` -> ``{"called": "call", ...}``."""
    out: dict[str, str] = {}
    for part in spec.split(";"):
        value, _, phrases = part.partition(":")
        out |= {w: value.strip() for w in _words(phrases)}
    return out


def _alt(words: str | Iterable[str]) -> str:
    """Alternation of folded phrases, longest first; a space matches any whitespace."""
    if isinstance(words, str):
        words = _words(words)
    uniq = sorted({" ".join(fold(w).split()) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


_CTRL_RX = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def _clean(text: str) -> str:
    """NFC, no control or bidi characters, single spaces: what every rule expects."""
    text = unicodedata.normalize("NFC", text[:_MAX_CHARS])
    # a pasted note's line break ends its line's sentence ("Phone call\nEmily Watson - …"):
    # without the stop, a name ran on into the next line
    if "\n" in text:  # the pattern needs one: skipped, not tried at every position
        text = _LINE_END.sub(". ", text)
    return " ".join(_CTRL_RX.sub(" ", text).split())


_LINE_END = re.compile(r"(?<=[^\W_])[ \t]*\r?\n\s*(?=[^\W\d_])")


# --------------------------------------------------------------------------- intent patterns


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a pattern meant for folded text: its accented literals are folded too.

    Only non-ASCII characters are folded, so escapes like ``\\S`` keep their case.
    """
    rx = re.compile("".join(c if c.isascii() else fold(c) for c in pattern))
    return lead_first(rx)  # the same matches: a leading lookbehind is checked for less
