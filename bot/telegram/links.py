"""Telegram deep links, kept free of the telegram library so the CLI can use them cheaply."""

from __future__ import annotations


def join_link(username: str) -> str:
    """Opening ``t.me/<bot>?start=CODE`` sends ``/start CODE`` to the bot.

    ``{code}`` is left in the result for the caller to fill.
    """
    return f"https://t.me/{username.lstrip('@')}?start={{code}}"
