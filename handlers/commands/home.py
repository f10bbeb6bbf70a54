"""``home``: my open deals and what is due today, in one reply (Slack's Home tab shows it)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers import render
from handlers.buttons import open_button, reminder_buttons
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import queries
from storage import reminders as rem

MAX_DEALS = 15
MAX_REMINDERS = 15


def _end_of_today(now: datetime, tz: str) -> datetime:
    local = now.astimezone(ZoneInfo(tz))
    return datetime.combine(local.date() + timedelta(days=1), time(0), ZoneInfo(tz))


@command("home", "home", words=False)
def home(call: Call) -> Reply:
    """Your open deals and your reminders due today (overdue ones marked), with buttons.

    Slack shows the same on the bot's Home tab.
    """
    ctx = call.ctx
    deals, total = queries.list_deals(ctx, mine=True, status="open", limit=MAX_DEALS)
    horizon = _end_of_today(ctx.now, ctx.tz)
    due = [r for r in rem.list_open(ctx, limit=200) if r.due_at < horizon][:MAX_REMINDERS]
    reply = Reply(
        sections=[f"{ctx.user.display_name} · {ctx.workspace.name} · times in {ctx.tz}"],
        buttons=[Button("My reminders", "reminders"), Button("Pipeline", "pipeline mine")],
    )

    def add(text: str, buttons: list[Button] | None = None) -> None:
        if buttons:
            reply.attached[len(reply.sections)] = buttons
        reply.sections.append(text)

    add(f"Open deals ({total})" if total else "No open deals of yours.")
    for d in deals:
        opened = open_button("deal", d.id)
        add(render.deal_line(ctx, d), [opened] if opened else None)
    if total > len(deals):
        add(f"Showing {len(deals)} of {total}.", [Button("All my deals", "deal list mine")])
    overdue = sum(1 for r in due if r.due_at < ctx.now)
    add(f"Reminders today ({len(due)}, {overdue} overdue)" if due else "Nothing due today.")
    for r in due:
        mark = "⚠️ overdue · " if r.due_at < ctx.now else ""
        add(
            mark + render.reminder_line(ctx, r),
            reminder_buttons(r.id, r.linked_type, r.linked_id)[:3],
        )
    return reply
