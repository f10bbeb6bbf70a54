"""A case's news said in words: "Maria's case is solved, replaced the toner", "the Acme
ticket is waiting on the customer".

Why: such a message read as a call (the parser knows calls, not cases), so a call that
never happened was logged and the case stayed open with its SLA clock running. A message
that says a case is solved, closed, fixed or waiting now logs nothing: the open cases it
may be about are offered as buttons that do what was said, with the words kept as the
resolution. A message that starts with the activity ("called Maria, her case is solved")
is still logged as said.
"""

from __future__ import annotations

import re

from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Button, Reply
from storage import cases
from storage.lookup import find_accounts, find_contacts
from storage.models_cases import Case

_UPDATE = re.compile(
    r"\b(?:case|ticket|issue)\b[^.?!;]{0,40}?\b(?:is|was|has\s+been|got|been|now)?\s*"
    r"(?P<what>solved|resolved|fixed|closed|waiting)\b(?:\s+on\s+(?:the\s+)?customer)?",
    re.IGNORECASE,
)
# asked of every free-text message: skipped on ASCII text without the words it needs
# (rxfast.CaseBlind with its gate), then the plain pattern reads the words as typed (issue 18)
_UPDATE_SAID = CaseBlind(_UPDATE, gate=True)
_ACTIVITY_FIRST = re.compile(
    r"^\s*(?:i\s+|we\s+|just\s+)?(?:called|rang|phoned|met|emailed|e-mailed|mailed|visited|"
    r"spoke|talked|chatted|had\s+a\s+(?:call|meeting|chat))\b",
    re.IGNORECASE,
)


def _command(c: Case, what: str, resolution: str) -> str:
    n = f"#{c.number}"
    if what in ("solved", "resolved", "fixed"):
        return f"case solve {n} {resolution}" if resolution else f"case status {n} solved"
    if what == "closed":
        return f"case close {n}"
    return f"case status {n} waiting"


def candidates(call: Call, who_contact: str | None, who_account: str | None) -> list[Case]:
    """The open cases the user can see of a contact (or the contact's account), or of an
    account; every open case when neither is named."""
    rows, _ = cases.list_cases(call.ctx, status="open", limit=200)
    if who_contact:
        contact = find_contacts(call.ctx, who_contact).found
        if contact is None:
            return []
        return [
            c
            for c in rows
            if c.contact_id == contact.id
            or (contact.account_id is not None and c.account_id == contact.account_id)
        ]
    if who_account:
        account = find_accounts(call.ctx, who_account).found
        return [c for c in rows if account is not None and c.account_id == account.id]
    return rows


def case_update(call: Call, contact: str | None, account: str | None) -> Reply | None:
    """The reply to a case's news said in words, or None when the message is no such news."""
    text = " ".join(call.text.split())
    m = _UPDATE.search(text) if _UPDATE_SAID.search(text) else None
    if m is None or _ACTIVITY_FIRST.match(text):
        return None
    what = m.group("what").lower()
    resolution = text[m.end() :].strip(" ,;:-–—.").strip()
    resolution = re.sub(r"^(?:by|with|and)\s+", "", resolution, flags=re.I)
    found = candidates(call, contact, account)
    whose = f" of {contact or account}" if contact or account else ""
    if not found:
        return Reply.say(
            f"That reads as news about a case, but I found no open case{whose} you can see, so "
            "nothing was logged. 'cases' lists yours; e.g. case solve #12 replaced the toner."
        )
    buttons = [
        Button(f"#{c.number} {c.title[:40]}", _command(c, what, resolution)) for c in found[:4]
    ]
    kept = f" (resolution: '{resolution}')" if resolution and what != "waiting" else ""
    return Reply(
        sections=[
            f"Which case{whose} is {what}{kept}? Nothing was logged yet; pick one, or type e.g. "
            f"'{_command(found[0], what, resolution)}'."
        ],
        choices=buttons,
        asks="choice",
    )


# "give the Acme case to bob", "hand case 3 over to Sam": a case given to someone
_GIVE = re.compile(
    r"^(?:please\s+)?(?:give|assign|hand|pass|reassign|transfer|route)\s+(?:the\s+)?"
    r"(?:(?:case|ticket)\s+#?(?P<n>\d+)|(?P<what>[^\d].*?)\s+(?:case|ticket))\s+"
    r"(?:over\s+)?to\s+(?P<who>@?[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*)?)\s*[.!]?$",
    re.IGNORECASE,
)


def case_given(call: Call) -> Reply | None:
    """The reply to a case given to someone in words, or None when the message is no such
    thing. It once read as a reminder to "give the Acme case to bob" and asked when."""
    m = _GIVE.match(" ".join(call.text.split()))
    if m is None:
        return None
    who = m.group("who").lstrip("@")
    if m.group("n"):
        found = [c for c in candidates(call, None, None) if c.number == int(m.group("n"))]
        whose = f" #{m.group('n')}"
    else:
        what = m.group("what")
        found = candidates(call, None, what) or candidates(call, what, None)
        whose = f" of {what}"
    if not found:
        return Reply.say(
            f"I found no open case{whose} you can see, so nothing was changed. 'cases' lists "
            f"yours; e.g. case assign #12 to {who}."
        )
    return Reply(
        sections=[f"Give which case to {who}? Nothing was changed yet; pick one:"],
        choices=[
            Button(f"#{c.number} {c.title[:40]}", f"case assign #{c.number} to {who}")
            for c in found[:4]
        ],
        asks="choice",
    )
