"""Render a platform-free Reply as Block Kit.

Sections become section blocks (split under Slack's 3,000-character limit, never
inside a line when avoidable); choices and buttons become actions blocks whose
button ``value`` is the command string the button stands for (up to 2,000 chars; the
core already replaced a longer one with a stored reference, so the drop below is a guard).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.edge import split_text
from bot.slack.mrkdwn import escape
from handlers.types import Button, Reply

log = logging.getLogger(__name__)

SECTION_LIMIT = 3000
BUTTON_TEXT_LIMIT = 75
VALUE_LIMIT = 2000
ACTIONS_PER_BLOCK = 25
MAX_BLOCKS = 50
ACTION_PREFIX = "crm:"  # action_id of every command button: "crm:<n>"
FORM_PREFIX = "crmform:"  # action_id of "open a form" buttons: "crmform:contact"

Block = dict[str, Any]


def section(text: str) -> list[Block]:
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": chunk}}
        for chunk in split_text(escape(text), SECTION_LIMIT)
    ]


def button(b: Button, action_id: str) -> Block | None:
    if len(b.action) > VALUE_LIMIT:
        log.warning("slack button dropped: action longer than %d chars", VALUE_LIMIT)
        return None
    label = b.label if len(b.label) <= BUTTON_TEXT_LIMIT else b.label[: BUTTON_TEXT_LIMIT - 1] + "…"
    el: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "action_id": action_id,
        "value": b.action,
    }
    if b.style in ("primary", "danger"):
        el["style"] = b.style
    return el


def actions(buttons: list[Button], start: int = 0) -> list[Block]:
    """Buttons in actions blocks of at most 25; action ids are unique per message."""
    elements = [
        e
        for i, b in enumerate(buttons)
        if (e := button(b, f"{ACTION_PREFIX}{start + i}")) is not None
    ]
    return [
        {"type": "actions", "elements": elements[i : i + ACTIONS_PER_BLOCK]}
        for i in range(0, len(elements), ACTIONS_PER_BLOCK)
    ]


def fallback_text(reply: Reply, limit: int = 3000) -> str:
    """The notification / screen-reader text that goes with the blocks, escaped as the
    blocks are (Slack formats it too: a name like "Smith <Ltd>" would lose its "<Ltd>")."""
    text = reply.text or "crmbot"
    # cut before escaping, so no "&amp;" is cut in half (the escapes add a few characters;
    # Slack takes up to 40,000)
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def render(reply: Reply) -> list[Block]:
    blocks: list[Block] = []
    for sec in reply.sections:
        if sec:
            blocks.extend(section(sec))
    tail: list[Block] = []
    if reply.choices:
        tail += actions(reply.choices, 0)
    if reply.buttons:
        tail += actions(reply.buttons, len(reply.choices))
    room = MAX_BLOCKS - len(tail)
    if len(blocks) > room:
        blocks = blocks[: room - 1] + section("… (more was cut; narrow the question)")
    return blocks + tail


def form_button(label: str, form: str) -> Block:
    """A button that opens a modal (it needs the click's trigger_id, so no command)."""
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "action_id": f"{FORM_PREFIX}{form}",
                "value": form,
                "style": "primary",
            }
        ],
    }
