"""Slack's message text back to the words the person typed.

Slack does not send what was typed: it escapes ``&``, ``<`` and ``>`` as ``&amp;``,
``&lt;`` and ``&gt;``, and turns what it recognises into control sequences in angle
brackets: an email becomes ``<mailto:ana@acme.com|ana@acme.com>``, a web address
``<http://acme.com|acme.com>``, a channel ``<#C123|sales>``, ``@here`` ``<!here>``
(api.slack.com/reference/surfaces/formatting). Read as they come, "Smith & Co" was an
account called "Smith &" and every email typed in a DM was "not a valid email address".
So every text from a message event or a slash command passes :func:`typed` first: a
sequence becomes the text it shows (its label, else its target), then the three
escapes are undone (``&amp;`` last, so a typed "&lt;" stays as typed).

User mentions (``<@U123>``) are left to the caller, which strips the bot's own.
"""

from __future__ import annotations

import re

# <...> control sequences other than user mentions: links, channels, specials.
_SEQUENCE = re.compile(r"<(?!@)([^<>|]*)(?:\|([^<>]*))?>")
_SPECIAL = {"here": "@here", "channel": "@channel", "everyone": "@everyone"}


def _shown(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if label:  # <mailto:a@b.c|a@b.c>, <http://x.com|x.com>, <#C1|sales>, <!subteam^S1|@team>
        return f"#{label}" if target.startswith("#") else label
    if target.startswith("!"):
        name = target[1:].split("^", 1)[0]
        return _SPECIAL.get(name, f"@{name}")
    if target.startswith("#"):
        return target  # a channel without its name: its id, as Slack gave it
    for scheme in ("mailto:", "tel:"):
        if target.startswith(scheme):
            return target[len(scheme) :]
    return target  # a typed https://... address, shown as typed


def typed(text: str) -> str:
    """The words as the person typed them (see the module's docstring)."""
    text = _SEQUENCE.sub(_shown, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def escape(text: str) -> str:
    """Slack's three control characters, for any text Slack formats (blocks and the
    notification text alike); everything else is shown as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
