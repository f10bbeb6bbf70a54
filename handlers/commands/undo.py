"""undo: revert one message's writes within 10 minutes."""

from __future__ import annotations

from handlers.registry import Call, command
from handlers.types import Reply
from storage.errors import UserError
from storage.undo import describe_batch, last_batch, undo_batch


@command("undo", "undo", aliases=("undo last",))
def undo(call: Call) -> Reply:
    """Undo your last change of the last 10 minutes (or press the Undo button under one).

    Typing undo again reverts the change before it, and so on.
    """
    batch = call.rest.strip() or last_batch(call.ctx, strict=True)
    if not batch:
        raise UserError("you made no change in the last 10 minutes that I can undo")
    what = describe_batch(call.ctx, batch)
    n = undo_batch(call.ctx, batch)
    head = f"↩️ Undone ({n} change{'s' if n != 1 else ''} reverted)"
    return Reply.say(head + (":" if what else "."), "\n".join(f"• {w}" for w in what))
