"""pipeline: a first text summary (count, total and weighted total per stage)."""

from __future__ import annotations

from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import queries
from storage.money import format_money
from storage.workspaces import stage_label, stage_probability


@command("pipeline", "pipeline [mine]", aliases=("pipe", "forecast"))
def pipeline(call: Call) -> Reply:
    """Open deals per stage: count, total, and total weighted by the stage's probability.

    Currencies are never mixed: each currency gets its own lines and totals.
    Example: pipeline        pipeline mine
    """
    ctx = call.ctx
    mine = call.rest.strip().lower() == "mine"
    rows = queries.pipeline_by_stage(ctx, owner_id=ctx.user.id if mine else None)
    if not rows:
        return Reply.say("No open deals yet. Add one: deal add Acme renewal 12k EUR")
    width = max(len(stage_label(ctx.workspace, r.stage)) for r in rows)
    lines = []
    totals: dict[str, list[int]] = {}
    for r in rows:
        label = stage_label(ctx.workspace, r.stage).ljust(width)
        lines.append(
            f"{label}  {r.count:>5}  {format_money(r.total_minor, r.currency):>16}  "
            f"weighted {format_money(r.weighted_minor, r.currency)}"
            f" ({stage_probability(ctx.workspace, r.stage)}%)"
        )
        t = totals.setdefault(r.currency, [0, 0, 0])
        t[0] += r.count
        t[1] += r.total_minor
        t[2] += r.weighted_minor
    total_lines = [
        f"Total {cur}: {c} deals, {format_money(tot, cur)}, weighted {format_money(w, cur)}"
        for cur, (c, tot, w) in sorted(totals.items())
    ]
    title = "📊 My pipeline" if mine else "📊 Pipeline"
    return Reply(
        sections=[title, "\n".join(lines), "\n".join(total_lines)],
        buttons=[Button("My deals", "deal list mine")],
        private=True,
    )
