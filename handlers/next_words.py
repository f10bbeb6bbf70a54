"""The question "what's next for Initech?": each open deal of that record with its next step,
and the open reminders about it, the deal's contact and its account.

Asked in words it was not understood, or read as a deal change with nothing to change ("next
steps for Initech expansion": "I'm not sure what to change"). A narrow pre-reader like
:mod:`handlers.record_words`: it only reads; a name with no record is left to the parser.
"""

from __future__ import annotations

import re

from handlers import render
from handlers.pending import is_time_answer
from handlers.registry import Call
from handlers.types import Button, Reply
from storage import queries
from storage import reminders as rem
from storage.lookup import find_accounts, find_contacts, find_deals
from storage.models import Account, Contact, Opportunity

_NEXT = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:"
    r"what(?:'s|\s+is|\s+are|s)?\s+(?:the\s+|our\s+|my\s+)?next(?:\s+steps?)?"
    r"|(?:the\s+)?next\s+steps?|what\s+do\s+(?:i|we)\s+(?:do\s+)?next|what\s+now"
    r")\s+(?:for|on|with|at)\s+(?:the\s+)?(?P<what>.+?)(?:\s+(?:deal|account))?\s*\??$",
    re.IGNORECASE,
)

_NOT_RECORDS = frozenset(
    {"me", "us", "you", "myself", "the team", "the day", "the week", "this week", "today",
     "tomorrow", "tonight", "the weekend", "this weekend", "now", "later"}
)  # fmt: skip


def read_next(call: Call) -> Reply | None:
    """The answer to "what's next for X", or None when the message asks something else."""
    m = _NEXT.match(" ".join(call.text.split()))
    if m is None:
        return None
    what = m["what"].strip(" .,")
    if re.search(r":|\s(?:is|=|will\s+be|should\s+be)\s", what):
        return None  # "next step for Acme renewal: send the SOW": a change, not a question
    asked = call.text.rstrip().endswith("?") or call.text.lstrip().lower().startswith("what")
    ctx = call.ctx
    if what.lower() in _NOT_RECORDS or is_time_answer(ctx, what):
        return None  # "what's next for me", "… for today": the reminders' question
    deals: list[Opportunity] = [d for d in find_deals(ctx, what).matches if d.status == "open"]
    people: list[Contact] = []
    firms: list[Account] = []
    if not deals:
        firms = find_accounts(ctx, what).matches[:1]
        people = [] if firms else find_contacts(ctx, what).matches[:1]
        owner = firms[0] if firms else people[0] if people else None
        if owner is None and not asked:
            return None
        if owner is None:  # asked about a name with no record: said, never another answer
            return Reply.say(
                f"I have no open deal, account or contact called '{what}'. Search with: find {what}"
            )
        deals = _open_deals_of(call, owner)
        if not deals and people and people[0].account_id is not None:
            firm = ctx.session.get(Account, people[0].account_id)  # the company's deals
            if firm is not None:
                firms, deals = [firm], _open_deals_of(call, firm)
    lines = [_deal_line(call, d) for d in deals[:10]]
    firm_ids = list(
        dict.fromkeys([f.id for f in firms] + [d.account_id for d in deals if d.account_id])
    )
    person_ids = [p.id for p in people] + [d.contact_id for d in deals if d.contact_id]
    person_ids += _people_at(call, firm_ids)  # "call priya" is about Initech's next step too
    due = rem.linked_open_any(
        ctx, {"deal": [d.id for d in deals], "contact": person_ids, "account": firm_ids}
    )
    named = people or firms
    title = named[0].name if named else deals[0].title if len(deals) == 1 else what
    sections = [f"➡️ What's next for {title}"]
    sections.append("\n".join(lines) if lines else "No open deal.")
    if due:
        sections.append(render.timeline("Reminders", [render.reminder_line(ctx, r) for r in due]))
    else:
        sections.append("No open reminder about it.")
    if not any(d.next_step for d in deals) and deals:
        d = deals[0]
        sections.append(f"Set a next step: deal edit #d{d.id} next=send the proposal")
    buttons = [Button(f"Show {d.title}", f"deal show #d{d.id}") for d in deals[:3]]
    return Reply(sections=sections, buttons=buttons, private=True)


def _deal_line(call: Call, d: Opportunity) -> str:
    from storage.workspaces import stage_label

    step = d.next_step.strip() if d.next_step else "no next step set"
    close = f" · close {d.close_date.isoformat()}" if d.close_date else ""
    stage = stage_label(call.ctx.workspace, d.stage)
    return f"💼 {d.title} (#d{d.id}) · {stage}{close}\n   next: {step}"


def _open_deals_of(call: Call, owner: Account | Contact) -> list[Opportunity]:
    if isinstance(owner, Account):
        return queries.open_deals_of(call.ctx, account_id=owner.id)
    return queries.open_deals_of(call.ctx, contact_id=owner.id)


def _people_at(call: Call, account_ids: list[int]) -> list[int]:
    """The first 50 live contacts at these accounts (their reminders are the firm's too)."""
    return [c.id for c in queries.contacts_at(call.ctx, account_ids, limit=50)]
