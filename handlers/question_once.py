"""A question's buttons answer it once, and only for the person it was asked.

A "which Maria?" or a "Shall I …? Yes / Change / No" stays on screen after it is
answered: the reply is a new message when the answer was typed ("1", "yes"), and a
second click can reach Slack or Telegram before the message is replaced. Every choice
is a whole command, so a late or second press ran it again: the call logged twice,
or "No" after "Yes" said "nothing was saved" over a saved record. In a group, anyone
could press a question asked of someone else, and it ran as them.

So the core keeps, with the sender's conversation row, the choices of the questions
they answered or dropped (``answered``, the last :data:`KEPT`); a press of one of
those, not offered again by the question open now, is refused in a popup with
nothing run. A press in a shared chat of a question open for (or answered by)
another member is refused the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from handlers import registry
from storage.context import Ctx
from storage.conversation import others_in_channel
from storage.models import ConversationState

KEPT = 40  # answered choices remembered per person and chat
DROPPED_KEPT = 5  # questions dropped unanswered whose buttons still answer them

ANSWERED = "That question was already answered; I did nothing again."


def choices_of(state: ConversationState | None, now: datetime | None = None) -> list[str]:
    """The answers an open question offers (its choices, or the buttons of a Yes / No
    question; never a card's buttons); with ``now``, none once the question has lapsed."""
    if state is None or (now is not None and state.expires_at < now):
        return []
    data: dict[str, Any] = state.data or {}
    options = [str(o) for o in data.get("options", [])]
    n = int(data.get("choices", 0))
    if n:
        return options[:n]  # "which Maria?", "Shall I …? Yes / Change / No"
    return options if data.get("asks") else []  # "Delete Acme? Yes, delete / Keep"


def answered(state: ConversationState | None) -> list[str]:
    return [str(a) for a in ((state.data or {}).get("answered") or [])] if state else []


def refusal(
    ctx: Ctx, state: ConversationState | None, channel: str, action: str, private: bool
) -> str | None:
    """Why a pressed ``action`` must not run, or None: it runs. ``private``: a chat of
    the sender's own (a DM), where nobody else is asked anything."""
    if action in choices_of(state, ctx.now):
        return None  # the sender's open question offers it
    if action in answered(state):
        return ANSWERED
    if private:
        return None
    for name, theirs in others_in_channel(ctx, channel):
        if action in choices_of(theirs, ctx.now) or action in answered(theirs):
            return f"That question is {name}'s to answer; I did nothing."
    return None


def remember(state: ConversationState | None, closed: list[str]) -> list[str]:
    """The answered choices to keep: the earlier ones and those of the question just
    answered or dropped (``closed``), the last :data:`KEPT`. A choice that only shows a
    record ("Keep" of "Delete Acme?" is "contact show #c5") is not kept: the same
    action is every card's Open, and running it twice changes nothing."""
    closed = [a for a in closed if not _shows_only(a)]
    kept = [a for a in answered(state) if a not in closed]
    return [*kept, *closed][-KEPT:]


def _shows_only(action: str) -> bool:
    cmd, _ = registry.lookup(action)
    return cmd is not None and cmd.name.endswith(" show")


def dropped(state: ConversationState | None) -> list[list[str]]:
    """The choices of questions dropped unanswered (a new message came first), one list per
    question: their buttons still answer them (the question's own message, and the ↩️ copies
    under the next reply), once."""
    raw = (state.data or {}).get("dropped") if state is not None else None
    return [[str(a) for a in group] for group in raw or [] if isinstance(group, list)]


def dropped_answered(state: ConversationState | None, action: str) -> list[str]:
    """The choices of the dropped question ``action`` answers ([]: none). Once one is
    pressed, all of them are answered: "Maria Lopez" pressed under "which Maria?" after its
    ↩️ copy under the next reply logged the call twice (two messages, two first presses)."""
    return next((group for group in dropped(state) if action in group), [])


def keep_dropped(
    state: ConversationState | None, closed: list[str], new: list[str] | None
) -> list[list[str]]:
    """The dropped questions still answerable after this message: those kept, less the one
    just answered (``closed``), plus the one this message dropped (``new``)."""
    kept = [g for g in dropped(state) if not set(g) & set(closed)]
    if new:
        kept.append(list(new))
    return kept[-DROPPED_KEPT:]
