"""The App Home tab: my open deals, my reminders due today and overdue, with buttons.

Built in a worker thread (it reads the database) through the same identity rules as
the core: the Slack user becomes a CRM user of the team's workspace on first view.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.slack import blocks as bk
from handlers import access, render
from handlers.commands.reminders import reminder_buttons
from handlers.core import Bot
from handlers.types import Button, Incoming
from storage import queries
from storage import reminders as rem
from storage.context import Ctx
from storage.models import Workspace

MAX_DEALS = 15
MAX_REMINDERS = 15
Block = dict[str, Any]


def _end_of_today(now: datetime, tz: str) -> datetime:
    local = now.astimezone(ZoneInfo(tz))
    return datetime.combine(local.date() + timedelta(days=1), time(0), ZoneInfo(tz))


def home_view(bot: Bot, inc: Incoming) -> dict[str, Any]:
    """The ``views.publish`` payload for ``inc.sender`` (read-only apart from the user row)."""
    session = bot.sessions()
    try:
        ws = session.get(Workspace, inc.workspace_id)
        if ws is None:
            return _view(bk.section("This Slack workspace is not connected to a CRM yet."))
        user, _ = access.join(session, ws, bot.policy(inc.sender.platform), inc.sender)
        session.commit()
        ctx = Ctx(session=session, workspace=ws, user=user, now=bot.clock())
        deals, total = queries.list_deals(ctx, mine=True, status="open", limit=MAX_DEALS)
        horizon = _end_of_today(ctx.now, ctx.tz)
        due = [r for r in rem.list_open(ctx, limit=200) if r.due_at < horizon][:MAX_REMINDERS]
        out: list[Block] = [
            {"type": "header", "text": {"type": "plain_text", "text": "Your CRM"}},
            *bk.section(f"{user.display_name} · {ws.name} · times in {ctx.tz}"),
            {"type": "divider"},
            *bk.section(f"Open deals ({total})" if total else "No open deals of yours."),
        ]
        for d in deals:
            out += _with_button(render.deal_line(ctx, d), Button("Open", f"deal show #d{d.id}"))
        if total > len(deals):
            out += bk.actions([Button("All my deals", "deal list mine")])
        out.append({"type": "divider"})
        overdue = sum(1 for r in due if r.due_at < ctx.now)
        head = f"Reminders today ({len(due)}, {overdue} overdue)" if due else "Nothing due today."
        out += bk.section(head)
        for r in due:
            mark = "⚠️ overdue · " if r.due_at < ctx.now else ""
            out += bk.section(mark + render.reminder_line(ctx, r))
            out += bk.actions(reminder_buttons(r.id, r.linked_type, r.linked_id)[:3])
        out.append({"type": "divider"})
        out += bk.actions(
            [Button("My reminders", "reminders"), Button("Pipeline", "pipeline mine")]
        )
        forms = bk.form_button("New contact", "contact")["elements"]
        forms += bk.form_button("New deal", "deal")["elements"]
        out.append({"type": "actions", "elements": forms})
        return _view(out[:100])
    finally:
        session.close()


def _with_button(text: str, b: Button) -> list[Block]:
    blocks = bk.section(text)
    el = bk.button(b, f"{bk.ACTION_PREFIX}0")
    if el is not None and len(blocks) == 1:
        blocks[0]["accessory"] = el
    return blocks


def _view(blocks: list[Block]) -> dict[str, Any]:
    return {"type": "home", "blocks": blocks}
