"""undo: revert one message's writes within 10 minutes."""

from __future__ import annotations

from handlers.registry import Call, command
from handlers.types import Reply
from storage.errors import UserError
from storage.undo import undo_batch


@command("undo", "undo (from the Undo button)")
def undo(call: Call) -> Reply:
    """Undo a change you made in the last 10 minutes (use the Undo button under it)."""
    batch = call.rest.strip()
    if not batch:
        raise UserError("use the Undo button under the change you want to revert")
    n = undo_batch(call.ctx, batch)
    return Reply.say(f"↩️ Undone ({n} change{'s' if n != 1 else ''} reverted).")
