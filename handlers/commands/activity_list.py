"""`activities`: what was logged, by whom, on whom, when ("activities mine last week",
"activities for Pepper Potts", "what did I do yesterday").

Why: a rep asking "what did I do last week" was shown their open reminders (a list of the
future, answering a question about the past), and "activities for pepper" was not
understood; a record's card shows only its five latest activities.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from typing import Any
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
    "activities [mine] [calls|meetings|visits|emails|notes] [today|yesterday|this week|last "
    "week|this month|last month] [for NAME] [by rep]; e.g. activities mine last week, "
    "activities calls this week by rep, activities for Maria Lopez"
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


_KINDS = {
    "call": "call", "calls": "call", "meeting": "meeting", "meetings": "meeting", "mtgs": "meeting",
    "visit": "visit", "visits": "visit", "email": "email", "emails": "email", "mails": "email",
    "note": "note", "notes": "note",
}  # fmt: skip
_PLURAL = {
    "call": "calls",
    "meeting": "meetings",
    "visit": "visits",
    "email": "emails",
    "note": "notes",
}
_BY_REP = re.compile(r"\bby\s+(?:rep|reps|owner|user|person|people|member)\b", re.IGNORECASE)


def _one(plural: str) -> str:
    return "activity" if plural == "activities" else plural[:-1]


def _ordered(counts: dict[Any, int]) -> list[tuple[Any, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _by_rep(call: Call, where: dict[str, object], plural: str, what: str) -> Reply:
    """'activities by rep this month': how many each member logged, most first (what a
    manager means by "who made the most calls this week")."""
    from storage.workspaces import list_users

    ctx = call.ctx
    counts = queries.activity_counts(ctx, "user", **where)
    if not counts:
        return Reply.say(f"No {plural} logged{f' ({what})' if what else ''}.")
    names = {u.id: u.display_name for u in list_users(ctx.session, ctx.workspace)}
    lines = [f"{names.get(uid, 'someone removed')}: {n}" for uid, n in _ordered(counts)]
    head = f"{plural.capitalize()} by rep" + (f" · {what}" if what else "")
    return Reply(sections=[head, "\n".join(lines)], private=True)


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
    by_rep = _BY_REP.search(text)
    if by_rep:
        text = f"{text[: by_rep.start()]} {text[by_rep.end() :]}"
    words = [w for w in text.lower().split()]
    kinds = {_KINDS[w] for w in words if w in _KINDS}
    if len(kinds) > 1:
        raise UserError("One kind at a time: activities calls, activities meetings, …")
    kind = next(iter(kinds), None)
    words = [w for w in words if w not in _KINDS]
    mine = call.text.lower().startswith("my ") or any(w in ("mine", "my", "i") for w in words)
    period = " ".join(w for w in words if w not in _FILLER)
    since, before, label = _window(ctx, period)
    where: dict[str, object] = dict(
        user_id=ctx.user.id if mine else None, since=since, before=before, kind=kind, **filters
    )
    plural = _PLURAL[kind] if kind else "activities"
    what = " · ".join(p for p in ("mine" if mine else "", label, about and f"for {about}") if p)
    if by_rep:
        return _by_rep(call, where, plural, what)
    counts = queries.activity_counts(ctx, "type", **where)
    total = sum(counts.values())
    if not total:
        return Reply.say(f"No {plural} logged{f' ({what})' if what else ''}.")
    rows = queries.recent_activities(ctx, limit=LIMIT, **where)
    head = f"{total} {_one(plural) if total == 1 else plural}" + (f" · {what}" if what else "")
    if kind is None and len(counts) > 1:  # "how many calls did we make": all of them counted
        head += "\n" + ", ".join(f"{n} {_PLURAL[k] if n != 1 else k}" for k, n in _ordered(counts))
    if total > len(rows):
        head += f"\n(the latest {len(rows)} below)"
    contacts, accounts = queries.people_and_accounts(
        ctx,
        {a.contact_id for a in rows if a.contact_id},
        {a.account_id for a in rows if a.account_id},
    )
    lines = [render.activity_line(ctx, a) + _about(a, contacts, accounts) for a in rows]
    return Reply(sections=[head, "\n".join(lines)], private=True)
