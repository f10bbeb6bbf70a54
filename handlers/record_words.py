"""Record changes said in words that the parser reads wrong: "merge Maria Garcia into Maria
Lopez", "reassign wayne fleet to bob" (a deal's probability is :mod:`handlers.deal_words`).

A narrow pre-reader like :mod:`handlers.contact_words`: each form runs the record command it
means (``contact merge``, ``deal edit … owner=``), which resolves the names, asks when
several match, confirms where it must and keeps Undo; nothing here writes. A form whose
record is not found is left to the parser.
"""

from __future__ import annotations

import re

from handlers.registry import Call
from handlers.types import Reply
from storage.lookup import find_accounts, find_contacts, find_deals


def read_record_change(call: Call) -> Reply | None:
    """The change said, run as its command; None when the message says something else."""
    return _merge_said(call) or _owner_said(call)


_MERGE = re.compile(
    r"^(?:please\s+)?(?:merge|combine)\s+(?P<drop>.+?)\s+(?:into|with|and\s+keep)\s+(?P<keep>.+?)[.!]?$",
    re.IGNORECASE,
)


def _merge_said(call: Call) -> Reply | None:
    """ "merge maria garcia into maria lopez": the merge command of the records named (it
    shows both and asks before moving anything). The parser read it as a search for
    "maria garcia" and the rest was lost."""
    m = _MERGE.match(call.text.strip())
    if m is None:
        return None
    drop, keep = m.group("drop").strip(), m.group("keep").strip()
    # "merge account Nordfrakt AS into Nordfrakt": the kind said first is the command's,
    # not a word of the name (it once asked which of two accounts 'account Nordfrakt AS' was).
    kind = _KIND.match(drop)
    if kind is not None:
        drop = drop[kind.end() :].strip()
        keep = _KIND.sub("", keep, count=1).strip() or keep
        said = "account" if kind.group(1).lower() in ("account", "company") else "contact"
        return _run(call, f"{said} merge {drop} into {keep}")
    if find_contacts(call.ctx, drop).matches:
        return _run(call, f"contact merge {drop} into {keep}")
    if find_accounts(call.ctx, drop).matches:
        return _run(call, f"account merge {drop} into {keep}")
    return None


_KIND = re.compile(
    r"^(?:the\s+)?(account|company|contact|person)(?:s)?\s+(?:(?:called|named)\s+)?", re.I
)


_OWNER = re.compile(
    r"^(?:please\s+)?(?:re-?assign|assign|transfer|hand\s+over|move\s+ownership\s+of)\s+"
    r"(?:the\s+)?(?P<what>.+?)\s+(?:over\s+)?to\s+@?(?P<who>[^\s,.!?]+(?:\s+[^\s,.!?]+)?)"
    r"\s*[.!]?$",
    re.IGNORECASE,
)


def _owner_said(call: Call) -> Reply | None:
    """ "reassign wayne fleet to bob": the deal's (or contact's) owner, through the edit
    command (which refuses a user not in the workspace). It was not understood."""
    m = _OWNER.match(call.text.strip())
    if m is None:
        return None
    what, who = m.group("what").strip(), m.group("who").strip()
    if re.search(r"\b(?:case|ticket|issue|lead\s+score|reminder|task)s?\b", what, re.I):
        return None  # "assign the acme case to bob" is the case's, never a deal's owner
    if find_deals(call.ctx, what).matches:
        return _run(call, f"deal edit {what} owner={who}", f"Understood: {what} → {who}")
    if find_contacts(call.ctx, what).matches:
        return _run(call, f"contact edit {what} owner={who}", f"Understood: {what} → {who}")
    return None


def _run(call: Call, text: str, understood: str | None = None) -> Reply:
    from handlers.freetext import run_command

    return run_command(call, text, understood)
