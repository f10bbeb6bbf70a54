"""undo: revert one message's writes within 10 minutes."""

from __future__ import annotations

import re

from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage.errors import UserError
from storage.undo import describe_batch, last_batch, undo_batch

_BATCH = re.compile(r"^[\w-]{16,}$")  # an Undo button's change (storage.context.Ctx.batch)
_THAT = re.compile(
    r"(?i)^(?:that|this|it|last|the\s+last(?:\s+(?:one|change|thing))?|my\s+last(?:\s+"
    r"(?:one|change))?|please|pls)[\s.!]*$"
)


@command("undo", "undo", aliases=("undo last",))
def undo(call: Call) -> Reply:
    """Undo your last change of the last 10 minutes (or press the Undo button under one).

    Typing undo again reverts the change before it, and so on.
    """
    said = call.rest.strip()
    if said and not _BATCH.match(said):
        # "undo that", "undo it", "undo last": the last change. Other words name a change
        # undo cannot pick ("undo the deal" once said "nothing to undo there"): said back.
        if not _THAT.match(said):
            raise UserError(
                f"I can only undo your last change (or the one whose Undo button you press), "
                f"not '{said}'; nothing was undone. Type 'undo' alone to revert the last one."
            )
        said = ""
    batch = said or last_batch(call.ctx, strict=True)
    if not batch:
        raise UserError("you made no change in the last 10 minutes that I can undo")
    what = describe_batch(call.ctx, batch)
    n = undo_batch(call.ctx, batch)
    head = f"↩️ Undone ({n} change{'s' if n != 1 else ''} reverted)"
    return Reply.say(head + (":" if what else "."), "\n".join(f"• {w}" for w in what))


@command("last change", "last change", aliases=("my last change",), words=False)
def last_change(call: Call) -> Reply:
    """Show your last change of the last 10 minutes (the one 'undo' would revert), with Undo.

    Also in words: "what did I change last?", "what was my last change?". Nothing is
    changed; older changes are on each record's card and timeline.
    """
    batch = last_batch(call.ctx)
    if not batch:
        return Reply.say(
            "You made no change in the last 10 minutes that I can show (I keep your changes "
            "of the last 10 minutes for undo); older ones are on each record's card."
        )
    what = describe_batch(call.ctx, batch)
    return Reply(
        sections=[
            "Your last change (Undo reverts it):",
            "\n".join(f"• {w}" for w in what) or "• (a change)",
        ],
        buttons=[Button("Undo", f"undo {batch}")],
    )
