"""The one message every notifier delivers for a reminder: text, lateness, buttons.

Buttons carry command strings the core already understands ("reminders done 12",
"reminders snooze 12 tomorrow", "deal show #d5"), so a press on any platform is
just another message to :meth:`handlers.core.Bot.handle`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.buttons import reminder_buttons
from handlers.types import Button, Reply
from storage.recurrence import describe
from storage.reminder_queue import AUTOMATIC_KINDS, Claimed

# Delivered more than this after its due time counts as late and says so.
LATE_AFTER = timedelta(seconds=60)
_TITLES = {
    "manual": "⏰ Reminder",
    "stale_deal": "🕸 Deal going stale",
    "overdue_close": "📅 Close date passed",
    "birthday": "🎂 Birthday",
    "anniversary": "🎉 Purchase anniversary",
    "keep_in_touch": "👋 Keep in touch",
    "campaign_call": "📣 Campaign",
    "score_alert": "🔥 Hot lead",
    "case_response_warn": "⏳ Case first-response target ending",
    "case_resolution_warn": "⏳ Case resolution target ending",
    "case_response_breach": "🚨 Case SLA breached (first response)",
    "case_resolution_breach": "🚨 Case SLA breached (resolution)",
}


def _fmt(when: datetime, tz: str, now: datetime) -> str:
    lt = when.astimezone(ZoneInfo(tz))
    if lt.date() == now.astimezone(ZoneInfo(tz)).date():
        return f"{lt:%H:%M}"
    return f"{lt:%a} {lt.day} {lt:%b %H:%M}"


def lateness(due: datetime, delivered: datetime, tz: str) -> str:
    """'' when on time, else e.g. 'due 08:00, delivered 08:41'."""
    if delivered - due <= LATE_AFTER:
        return ""
    return f"due {_fmt(due, tz, delivered)}, delivered {_fmt(delivered, tz, delivered)}"


def build_reply(c: Claimed, tz: str, now: datetime, digest: Reply | None = None) -> Reply:
    """The delivered message for a claimed reminder (``digest``: the built digest)."""
    late = lateness(c.due_at, now, tz)
    if c.kind in ("daily_digest", "weekly_digest"):
        reply = digest or Reply.say(c.text)
        if late:
            reply.sections.append(f"⏱ late: {late}")
        reply.buttons = [*reply.buttons, Button("My reminders", "reminders")]
        return reply
    title = _TITLES.get(c.kind, "⏰ Reminder")
    head = f"{title} #r{c.id}"
    if c.recurrence:
        head += f" ↻ {describe(c.recurrence)}"
    sections = [head, c.text]
    if late:
        sections.append(f"⏱ late: {late}")
    if c.linked_type == "case":
        sections.append("(support-case SLA; admins set the targets with 'settings sla')")
    elif c.kind == "score_alert":
        sections.append("(lead scoring; admins set the threshold with 'score threshold')")
    elif c.kind in AUTOMATIC_KINDS:
        sections.append("(automatic follow-up; admins tune these with 'settings followup')")
    return Reply(sections=sections, buttons=reminder_buttons(c.id, c.linked_type, c.linked_id))
