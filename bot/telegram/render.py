"""Reply -> Telegram messages: HTML-escaped text split under 4096 characters, and keyboards.

We send with parse mode HTML and escape every character of user text with
:func:`html.escape`, so a contact called ``<b>Bob & Co</b>`` shows literally. The limit
counts characters after entity parsing; measuring the escaped text is the safe side.
"""

from __future__ import annotations

import html

from bot.edge import pack, split_text
from handlers.types import Button, Reply

LIMIT = 4096
SEP = "\n\n"


def _escape_whole(section: str) -> list[str]:
    """Escape, keeping each escaped piece under the limit (escaping makes text longer)."""
    escaped = html.escape(section, quote=False)
    if len(escaped) <= LIMIT:
        return [escaped]
    # Split the raw text small enough that even fully escaped ("&amp;" is 5x) it fits, by
    # lines first; then escape each piece and re-join greedily.
    pieces = split_text(section, LIMIT // 5)
    return pack([html.escape(p, quote=False) for p in pieces], "\n", LIMIT)


def messages(reply: Reply) -> list[str]:
    """The HTML texts to send, each at most 4096 characters, split between sections."""
    parts: list[str] = []
    for section in reply.sections:
        if not section:
            continue
        escaped = _escape_whole(section)
        if len(escaped) == 1:
            parts.append(escaped[0])
        else:
            # An oversized section is its own run of messages, never glued to neighbours.
            parts.extend(f"\x00{p}" for p in escaped)
    out: list[str] = []
    cur = ""
    for part in parts:
        alone = part.startswith("\x00")
        part = part.lstrip("\x00")
        candidate = f"{cur}{SEP}{part}" if cur else part
        if not alone and len(candidate) <= LIMIT:
            cur = candidate
            continue
        if cur:
            out.append(cur)
        cur = part
        if alone:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out or ["✓"]


def keyboard_rows(buttons: list[Button], choices: list[Button]) -> list[list[Button]]:
    """Choices one per row (they are long labels); buttons three to a row."""
    rows: list[list[Button]] = [[c] for c in choices]
    for i in range(0, len(buttons), 3):
        rows.append(buttons[i : i + 3])
    return rows


def label(button: Button) -> str:
    """Button labels are plain text; Telegram shows at most about 64 characters well."""
    text = button.label
    return text if len(text) <= 60 else text[:59] + "…"
