"""Digests: the daily rep digest and the weekly managers' digest.

The pipeline part comes from the report summaries (handlers.report_digests: one code
path with the chat's `pipeline`, same visibility rules); the reminder loop adds what
only it knows about: today's reminders, overdue ones, deals needing a next step.
Built at delivery time, so a late digest is still fresh.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers import render
from handlers.report_digests import manager_digest, rep_digest
from handlers.types import Reply
from storage import followup_queries as fq
from storage.context import Ctx
from storage.models import User, Workspace


def _ctx(session: Session, ws_id: int, user_id: int, now: datetime) -> Ctx | None:
    ws = session.get(Workspace, ws_id)
    user = session.get(User, user_id)
    if ws is None or user is None:
        return None
    return Ctx(session=session, workspace=ws, user=user, now=now)


def reminder_sections(ctx: Ctx) -> list[str]:
    """Today's reminders, delivered-but-not-done ones, and open deals without a next step."""
    local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    ws_id, user_id = ctx.ws_id, ctx.user.id
    today = fq.reminders_between(
        ctx.session, ws_id, user_id, day_start, day_start + timedelta(days=1)
    )
    overdue = fq.overdue_reminders(ctx.session, ws_id, user_id, ctx.now)
    no_next = fq.open_deals_without_next_step(ctx.session, ws_id, user_id)
    out = [
        "Today's reminders\n" + "\n".join(render.reminder_line(ctx, r) for r in today)
        if today
        else "Today's reminders: none"
    ]
    if overdue:
        out.append(
            "Delivered but not done\n" + "\n".join(render.reminder_line(ctx, r) for r in overdue)
        )
    if no_next:
        out.append(
            "Deals needing a next step\n" + "\n".join(render.deal_line(ctx, d) for d in no_next)
        )
    return out


def build_digest(
    session: Session, kind: str, ws_id: int, user_id: int, channel: str | None, now: datetime
) -> Reply:
    """The digest for a digest reminder row (the one entry point the loop calls).

    A digest to a channel shows totals only (every member of the channel may see them).
    """
    ctx = _ctx(session, ws_id, user_id, now)
    if ctx is None:
        return Reply.say("Digest: nothing to report.")
    return _marked(session, ws_id, _build(ctx, session, kind, channel))


_DEAL_LINE = re.compile(r"^#d(\d+) ", re.MULTILINE)


def _marked(session: Session, ws_id: int, reply: Reply) -> Reply:
    """Every deal line of a digest whose contact is do-not-contact says so, and a deal listed
    twice (closing and stale) has one button. The digest is sent unasked, every morning:
    "No activity for 7+ days: #d1 Acme renewal" read as "call them", and nothing said Jon
    asked not to be contacted (the automatic nudges already leave such deals out)."""
    ids = [int(m) for sec in reply.sections for m in _DEAL_LINE.findall(sec)]
    dnc = fq.do_not_contact_of_deals(session, ws_id, ids)
    if dnc:
        reply.sections = [
            re.sub(
                r"^(#d(\d+) .*)$",
                lambda m: m.group(1) + _dnc_note(dnc.get(int(m.group(2)))),
                sec,
                flags=re.MULTILINE,
            )
            for sec in reply.sections
        ]
    once = {b.action: b for b in reversed(reply.buttons)}  # the first of each action kept
    reply.buttons = [b for b in reply.buttons if once.get(b.action) is b]
    return reply


def _dnc_note(name: str | None) -> str:
    return f" · ⛔ {name} is do-not-contact" if name else ""


def _build(ctx: Ctx, session: Session, kind: str, channel: str | None) -> Reply:
    if kind == "daily_digest":
        reply = rep_digest(ctx, ctx.user)
        reply.sections[1:1] = reminder_sections(ctx)
        from handlers.case_views import my_cases_section

        mine = my_cases_section(ctx)
        if mine:
            reply.sections.insert(1, mine)
        return reply
    reply = manager_digest(ctx, ctx.user, for_channel=channel is not None)
    from handlers.case_views import digest_sections
    from storage.teams import scope_for

    scope = scope_for(session, ctx.user)
    reply.sections[1:1] = digest_sections(ctx, scope, for_channel=channel is not None)
    return reply
