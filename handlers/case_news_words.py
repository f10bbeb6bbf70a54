"""What a customer said, when their company has an open support case: "Lars says the VAT is
still wrong on invoice 2231".

Why: such a message was read as a look-up of Lars (the words shown as unused), or as a
plain call log, while it is news for the case his company has open. When the person (or
company) named first is known and has open cases the rep can see, the message is offered
as a note on each of those cases, or as a note on the person; nothing is written until
one is picked, and the words are kept whole in every choice. Other messages go on.
"""

from __future__ import annotations

import re

from handlers.case_update_words import candidates
from handlers.registry import Call
from handlers.types import Button, Reply
from storage.lookup import find_accounts, find_contacts

_SAYS = re.compile(
    r"^(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}?)\s+(?P<verb>says|said|reports|"
    r"reported|mentions|mentioned|told\s+(?:me|us)|tells\s+(?:me|us)|complains|complained|"
    r"writes|wrote|emailed|messaged|texted|called)\b(?:\s+(?:that|in|to\s+say))?[\s,:;-]+"
    r"(?P<what>\S.*)$",
    re.IGNORECASE,
)
_STILL = re.compile(r"\b(?:still|again|anymore|any\s+more|yet)\b", re.IGNORECASE)
# Words of a problem going on, which make a log worth checking for the person's open cases
_TROUBLE = re.compile(
    r"\b(?:still|again|wrong|crash\w*|errors?|bugs?|broken|fail\w*|down|outage|not\s+working|"
    r"issues?|problems?|complain\w*|ticket|case|stuck|can't|can’t|cannot|doesn't|doesn’t|"
    r"won't|won’t)\b",
    re.IGNORECASE,
)
_KIND = {"called": "call", "emailed": "email", "wrote": "email", "writes": "email"}
_ON = {"note": "on", "call": "with", "email": "with"}
_PRONOUN = {"he", "she", "they", "i", "we", "it", "you", "someone", "somebody", "the", "a"}


def _safe(text: str) -> str:
    """The words as a command's text: 'price=low' must not become a field."""
    return re.sub(r"(\w)=", r"\1 =", " ".join(text.split())).strip(" ,;")


def read_case_news(call: Call, *, still: bool = False) -> Reply | None:
    """The offer for a customer's words about an open case of theirs, or None.

    With ``still``, only words that say the problem goes on ("still", "again"): those are
    read before a new problem would open a case (handlers.case_words), so "Lars says the
    VAT is still wrong" is not a second case; other news is read after it."""
    text = " ".join(call.text.split())
    m = _SAYS.match(text) if len(text) <= 1000 else None
    if m is None or m["who"].split()[0].lower() in _PRONOUN:
        return None
    if still and _STILL.search(m["what"]) is None:
        return None
    if _TROUBLE.search(m["what"]) is None:
        return None  # "Jon called, wants a quote, follow up friday": a log with its follow-up
    who = m["who"]
    contact = find_contacts(call.ctx, who).found
    account = None if contact is not None else find_accounts(call.ctx, who).found
    if contact is None and account is None:
        return None
    found = candidates(call, who if contact else None, who if account else None)
    if not found:
        return None
    said = _safe(text)
    kind = _KIND.get((m["verb"] or "").lower(), "note")  # "Lars called: …" was a call
    name = contact.name if contact is not None else account.name  # type: ignore[union-attr]
    ref = f"#c{contact.id}" if contact is not None else f"#a{account.id}"  # type: ignore[union-attr]
    open_ = ", ".join(f"#{c.number} {c.title}" for c in found[:4])
    plural = "an open case" if len(found) == 1 else "open cases"
    return Reply(
        sections=[
            f"{name} has {plural}: {open_}. Add this as a note on the case? Nothing was "
            f"logged yet; pick one (the note: {said})."
        ],
        choices=[
            *(
                Button(f"Note on case #{c.number} {c.title[:30]}", f"case note #{c.number}: {said}")
                for c in found[:4]
            ),
            Button(f"Log a {kind} {_ON[kind]} {name}", f"log {kind} {ref}: {said}"),
        ],
        asks="choice",
    )


def open_case_offer(call: Call, who: str, body: str) -> tuple[str, list[Button]] | None:
    """For a log just written on a person or company with open cases ("called Lars, he says
    the VAT is still wrong"): a line naming the cases and a button per case that adds the
    same words as a note there; None when they have none, or when the words say nothing of
    a problem (then nothing is looked up: this runs after every log)."""
    if _TROUBLE.search(body) is None:  # most logs are no case's news: no look-up at all
        return None
    contact = find_contacts(call.ctx, who).found
    found = candidates(call, who, None) if contact is not None else []
    if contact is None and find_accounts(call.ctx, who).found is not None:
        found = candidates(call, None, who)
    if not found:
        return None
    said = _safe(body)
    open_ = ", ".join(f"#{c.number} {c.title}" for c in found[:4])
    return (
        f"Open case{'s' if len(found) > 1 else ''} here: {open_}. The button adds these words "
        "as a note on it too.",
        [
            Button(f"Also note on case #{c.number}", f"case note #{c.number}: {said}")
            for c in found[:4]
        ],
    )
