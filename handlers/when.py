"""Turn a user's time phrase into an aware UTC instant, in the user's zone and language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from storage.context import Ctx
from storage.errors import UserError


@dataclass(frozen=True)
class When:
    due: datetime  # aware, UTC
    rest: str  # the text with the time phrase removed


def find_when(ctx: Ctx, text: str) -> When | None:
    from handlers.dates import parse_when, strip_when  # the date rules of issue 3

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    match = parse_when(text, now_local, ctx.tz, ctx.user.language or "en")
    if match is None:
        return None
    return When(match.due.astimezone(UTC), strip_when(text, match))


def when_start(ctx: Ctx, text: str) -> int | None:
    """Where the first date phrase of ``text`` begins (to read words just before it)."""
    from handlers.dates import parse_when

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    match = parse_when(text, now_local, ctx.tz, ctx.user.language or "en")
    return match.start if match is not None else None


def require_when(ctx: Ctx, text: str, example: str) -> When:
    found = find_when(ctx, text)
    if found is None:
        raise UserError(f"I could not read a time in '{text}'; example: {example}")
    return found
