"""deal pause / deal resume: silence automatic follow-ups about one deal for a while."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from handlers.commands import common
from handlers.language.when import require_when
from handlers.registry import Call, command
from handlers.types import Reply
from storage import followup_queries as fq
from storage.errors import UserError

_UNTIL = re.compile(r"\s+(?:until|till|to)\s+", re.IGNORECASE)
_EXAMPLE = "deal pause #d5 until 2027-01-15"


@command("deal pause", "deal pause DEAL until WHEN", aliases=("pause deal",))
def deal_pause(call: Call) -> Reply:
    """Stop stale-deal and overdue nudges about a deal until a date.

    Example: deal pause #d5 until 2027-01-15      deal pause Acme renewal until next monday
    """
    ctx = call.ctx
    text = common.need(call, "deal and date", _EXAMPLE)
    parts = _UNTIL.split(text, maxsplit=1)
    if len(parts) != 2:
        raise UserError(f"until when? example: {_EXAMPLE}")
    d = common.deal(ctx, parts[0], lambda r: f"deal pause {r} until {parts[1]}", open_only=True)
    until = require_when(ctx, parts[1], _EXAMPLE).due.astimezone(ZoneInfo(ctx.tz)).date()
    if until < ctx.now.astimezone(ZoneInfo(ctx.tz)).date():
        raise UserError("that date is in the past; give a date ahead")
    fq.set_paused(ctx, d, until)
    return Reply(
        sections=[f"🔕 No automatic follow-ups about {d.title} (#d{d.id}) until {until}"],
        buttons=[common.undo_button(ctx)],
    )


@command("deal resume", "deal resume DEAL", aliases=("unpause deal",))
def deal_resume(call: Call) -> Reply:
    """Let automatic follow-ups about a paused deal start again. Example: deal resume #d5"""
    ctx = call.ctx
    query = common.need(call, "deal", "deal resume #d5")
    d = common.deal(ctx, query, lambda r: f"deal resume {r}")
    fq.set_paused(ctx, d, None)
    return Reply(
        sections=[f"🔔 Follow-ups about {d.title} (#d{d.id}) are back on"],
        buttons=[common.undo_button(ctx)],
    )
