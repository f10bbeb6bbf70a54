"""Call, event and webinar campaigns become work for reps: one reminder per member for the
member's owner ("call Maria Lopez (Q1 webinar)"), at most ``cap`` a day per rep, spread
over the rep's working hours on working days, from the campaign's start.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from storage.context import Ctx
from storage.models import Contact, Reminder, User
from storage.models_campaigns import Campaign, CampaignMember
from storage.sla_clock import parse_hm as _hm
from storage.text import counted
from storage.workspaces import settings

DEFAULT_CAP = 10
VERBS = {"call": "call", "event": "invite", "webinar": "invite"}


def slots(
    first_day: datetime, tz: str, wh: dict[str, object], cap: int, not_before: datetime
) -> Iterator[datetime]:
    """Endless due times: ``cap`` a working day, evenly spaced inside working hours."""
    zone = ZoneInfo(tz)
    days = wh.get("days") or [0, 1, 2, 3, 4]
    start, end = _hm(str(wh.get("start", "08:00"))), _hm(str(wh.get("end", "19:00")))
    day = first_day.astimezone(zone).date()
    while True:
        if day.weekday() in days:  # type: ignore[operator]
            begin = datetime.combine(day, start, zone)
            span = datetime.combine(day, end, zone) - begin
            step = span / cap
            for k in range(cap):
                due = begin + step * k
                if due >= not_before:
                    yield due.astimezone(ZoneInfo("UTC"))
        day += timedelta(days=1)


def plan_reminders(ctx: Ctx, camp: Campaign) -> str:
    """Write the reminders of a started call/event campaign; returns a one-line summary."""
    cap = camp.daily_cap or DEFAULT_CAP
    wh = settings(ctx.workspace)["working_hours"]
    rows = ctx.session.execute(
        select(CampaignMember.id, CampaignMember.owner_id, Contact.id, Contact.name)
        .join(Contact, Contact.id == CampaignMember.contact_id)
        .where(CampaignMember.workspace_id == ctx.ws_id, CampaignMember.campaign_id == camp.id)
        .order_by(CampaignMember.id)
    ).all()
    by_owner: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for mid, owner, cid, name in rows:
        by_owner[owner or camp.owner_id or ctx.user.id].append((mid, cid, name))
    users = {
        u.id: u
        for u in ctx.session.scalars(select(User).where(User.id.in_(list(by_owner) or [-1])))
    }
    first = ctx.now
    if camp.start_date is not None:
        first = max(
            first,
            datetime.combine(camp.start_date, time(0), ZoneInfo(ctx.workspace.timezone or "UTC")),
        )
    verb = VERBS.get(camp.type, "contact")
    out = []
    days_needed = 0
    for owner_id, members in by_owner.items():
        u = users.get(owner_id)
        tz = (u.timezone if u else None) or ctx.workspace.timezone or "UTC"
        gen = slots(first, tz, wh, cap, ctx.now)
        for _mid, cid, name in members:
            due = next(gen)
            text = (
                f"{verb} {name} ({camp.name})"
                if verb == "call"
                else f"{verb} {name} to {camp.name}"
            )
            out.append(
                {
                    "workspace_id": ctx.ws_id,
                    "user_id": owner_id,
                    "created_by_id": ctx.user.id,
                    "text": text,
                    "due_at": due,
                    "linked_type": "contact",
                    "linked_id": cid,
                    "kind": "campaign_call",
                    "status": "pending",
                    "attempts": 0,
                    "created_at": ctx.now,
                    "updated_at": ctx.now,
                }
            )
        days_needed = max(days_needed, -(-len(members) // cap))
    for i in range(0, len(out), 5000):
        ctx.session.execute(insert(Reminder), out[i : i + 5000])
    return (
        f"{counted(len(out), 'reminder')} for {counted(len(by_owner), 'rep')}, at most {cap} "
        f"a day each, inside working hours ({counted(days_needed, 'working day')})"
    )
