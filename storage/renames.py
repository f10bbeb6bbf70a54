"""Renaming a named record of the workspace: a team, segment, campaign or sequence.

Why one place: the four renames had each copied the same steps (clean the words, refuse an
empty or too long name, refuse a name another record of the kind holds, audit the change so
undo gives the old name back), and had drifted: only the sequence's cleaned out control
characters, and the team's let a name longer than its column through to the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Base
from storage.text import clean_text, name_key

MAX_NAME = 120  # the name columns' length

Named = TypeVar("Named", bound=Base)


def rename(
    ctx: Ctx,
    row: Named,
    new: str,
    *,
    kind: str,
    example: str,
    named: Callable[[str], Any],
) -> Named:
    """Give ``row`` (a ``kind``) the name ``new``, audited. ``named`` finds the record of the
    kind that holds a name already (None: free); ``example`` is the command that shows how.
    A row with a ``name_key`` gets the new key, and its ``updated_at`` the time."""
    name = " ".join(clean_text(new.strip().strip("\"'“”")).split())
    if not name or not name_key(name):
        raise UserError(f"say the new name: {example}")
    if len(name) > MAX_NAME:
        raise UserError(f"a {kind} name is at most {MAX_NAME} characters")
    clash = named(name)
    if clash is not None and clash.id != getattr(row, "id"):  # noqa: B009
        raise UserError(f"a {kind} named '{clash.name}' already exists")
    before = snapshot(row)
    setattr(row, "name", name)  # noqa: B010
    if hasattr(row, "name_key"):
        setattr(row, "name_key", name_key(name))  # noqa: B010
        setattr(row, "updated_at", ctx.now)  # noqa: B010
    record(ctx, "update", row, before)
    return row
