"""One line per campaign that ended in a period, for the weekly digest."""

from __future__ import annotations

from datetime import date

from storage import campaigns as cs
from storage.context import Ctx


def ended_lines(ctx: Ctx, start: date, end: date) -> str | None:
    """Campaigns whose end date falls in [start, end), with their headline figures."""
    ended = cs.ended_between(ctx, start, end)
    if not ended:
        return None
    lines = []
    for camp in sorted(ended, key=lambda c: (c.end_date, c.name)):
        r = cs.results(ctx, camp)
        lines.append(
            f"📣 {camp.name} ({camp.type}, ended {camp.end_date}): {r.members} members · "
            f"{r.reached} reached · {r.responded} responded · {r.new_leads} new leads · "
            f"{r.deals} deals · won {cs.money_by_currency(r.won)}"
        )
    return "Campaigns that ended\n" + "\n".join(lines)
