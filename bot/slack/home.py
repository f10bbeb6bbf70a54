"""The App Home tab: the core's ``home`` reply as a Home view (Block Kit).

The core decides what is shown (handlers/commands/home.py); this only lays it out: a
section per line, a line's own buttons beside it (one) or under it (several), a divider
before each heading (a line without buttons), then the reply's buttons and the forms.
"""

from __future__ import annotations

from typing import Any

from bot.slack import blocks as bk
from handlers.types import Button, Reply

Block = dict[str, Any]
MAX_BLOCKS = 100  # views.publish refuses more


def home_view(reply: Reply) -> dict[str, Any]:
    """The ``views.publish`` payload for a ``home`` reply (or a refusal)."""
    if not reply.ok:
        return _view(bk.section(reply.text))
    out: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": "Your CRM"}}]
    for i, text in enumerate(reply.sections):
        buttons = reply.attached.get(i, [])
        if i > 0 and not buttons:
            out.append({"type": "divider"})
        if len(buttons) == 1:
            out += _with_button(text, buttons[0])
        else:
            out += bk.section(text)
            if buttons:
                out += bk.actions(buttons)
    out.append({"type": "divider"})
    if reply.buttons:
        out += bk.actions(reply.buttons)
    forms = bk.form_button("New contact", "contact")["elements"]
    forms += bk.form_button("New deal", "deal")["elements"]
    out.append({"type": "actions", "elements": forms})
    return _view(out[:MAX_BLOCKS])


def _with_button(text: str, b: Button) -> list[Block]:
    blocks = bk.section(text)
    el = bk.button(b, f"{bk.ACTION_PREFIX}0")
    if el is not None and len(blocks) == 1:
        blocks[0]["accessory"] = el
    else:
        blocks += bk.actions([b])
    return blocks


def _view(blocks: list[Block]) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks}
