"""`activities`: what was logged, by whom, on whom, when ("activities mine last week",
"activities for Pepper Potts", "what did I do yesterday").

Why: a rep asking "what did I do last week" was shown their open reminders (a list of the
future, answering a question about the past), and "activities for pepper" was not
understood; a record's card shows only its five latest activities.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers import render
from handlers.commands import common
from handlers.registry import Call, command
from handlers.types import Reply
from storage import queries
from storage.context import Ctx
from storage.errors import UserError
from storage.lookup import find_accounts, find_contacts, find_deals
from storage.models import Account, Activity, Contact
from storage.reports import parse_period

LIMIT = 30
_FOR = re.compile(r"\b(?:for|with|on|about|at)\s+(?P<who>.+?)\s*$", re.IGNORECASE)
_FILLER = frozenset(
    {
        "activities",
        "activity",
        "the",
        "all",
        "list",
        "show",
        "me",
        "my",
        "mine",
        "i",
        "did",
        "do",
        "done",
        "logged",
        "what",
        "have",
        "we",
    }
)
PERIOD = r"today|yesterday|(?:this|last|previous|current)\s+(?:week|month|quarter|year)"
_TRAILING_PERIOD = re.compile(rf"\s+(?P<period>{PERIOD})$", re.IGNORECASE)
_USAGE = (
    "activities [mine] [today|yesterday|this week|last week|this month|last month] "
    "[for NAME]; e.g. activities mine last week, activities for Maria Lopez"
)


def _window(ctx: Ctx, words: str) -> tuple[datetime | None, datetime | None, str]:
    """The period the words name, as aware UTC bounds and a label."""
    zone = ZoneInfo(ctx.tz)
    today = ctx.now.astimezone(zone).date()
    if not words:
        return None, None, ""
    if words in ("today", "yesterday"):
        day = today - timedelta(days=1 if words == "yesterday" else 0)
        start, end = day, day + timedelta(days=1)
        label = words
    else:
        p = parse_period(words, today)
        if p is None:
            raise UserError(f"I can't list activities by '{words}'. Try: {_USAGE}")
        start, end, label = p.start, p.end, p.label
    return (
        datetime.combine(start, time(0), tzinfo=zone).astimezone(UTC),
        datetime.combine(end, time(0), tzinfo=zone).astimezone(UTC),
        label,
    )


def _subject(call: Call, who: str) -> tuple[dict[str, int], str]:
    """The record named: a contact first, then an account, then a deal."""
    ctx = call.ctx
    people = find_contacts(ctx, who)
    if people.matches:
        c = common.choose(people, "contact", lambda r: f"activities for {r}")
        return {"contact_id": c.id}, c.name
    accounts = find_accounts(ctx, who)
    if accounts.matches:
        a = common.choose(accounts, "account", lambda r: f"activities for {r}")
        return {"account_id": a.id}, a.name
    deals = find_deals(ctx, who)
    if deals.matches:
        d = common.choose(deals, "deal", lambda r: f"activities for {r}")
        return {"deal_id": d.id}, d.title
    raise UserError(f"I found no contact, account or deal matching '{who}'.")


def _about(a: Activity, contacts: dict[int, Contact], accounts: dict[int, Account]) -> str:
    """Whom an activity was with, for a list that mixes records."""
    contact = contacts.get(a.contact_id) if a.contact_id else None
    account = accounts.get(a.account_id) if a.account_id else None
    names = [contact.name] if contact is not None else []
    if account is not None and (contact is None or contact.account_id != account.id):
        names.append(account.name)
    return f" · {', '.join(names)}" if names else ""


@command("activities", _USAGE.split(";")[0], aliases=("activity list", "my activities"))
def activities(call: Call) -> Reply:
    """What was logged, newest first: yours or everyone's, in a period, on one record.

    Examples: activities mine last week     activities for Maria Lopez     activities today
    """
    ctx = call.ctx
    text = call.rest.strip().rstrip("?.!")
    filters: dict[str, int] = {}
    about = ""
    m = _FOR.search(text)
    if m:
        who, tail = m.group("who"), ""
        trailing = _TRAILING_PERIOD.search(who)  # "for lucius today"
        if trailing:
            who, tail = who[: trailing.start()], trailing.group("period")
        filters, about = _subject(call, who)
        text = f"{text[: m.start()]} {tail}"
    words = [w for w in text.lower().split()]
    mine = call.text.lower().startswith("my ") or any(w in ("mine", "my", "i") for w in words)
    period = " ".join(w for w in words if w not in _FILLER)
    since, before, label = _window(ctx, period)
    rows = queries.recent_activities(
        ctx,
        limit=LIMIT,
        user_id=ctx.user.id if mine else None,
        since=since,
        before=before,
        **filters,
    )
    what = " · ".join(p for p in ("mine" if mine else "", label, about and f"for {about}") if p)
    if not rows:
        return Reply.say(f"No activities logged{f' ({what})' if what else ''}.")
    head = f"{len(rows)} activit{'y' if len(rows) == 1 else 'ies'}" + (f" · {what}" if what else "")
    if len(rows) == LIMIT:
        head += f" (the latest {LIMIT})"
    contacts, accounts = queries.people_and_accounts(
        ctx,
        {a.contact_id for a in rows if a.contact_id},
        {a.account_id for a in rows if a.account_id},
    )
    lines = [render.activity_line(ctx, a) + _about(a, contacts, accounts) for a in rows]
    return Reply(sections=[head, "\n".join(lines)], private=True)
