"""Record changes said in words that the parser reads wrong: "merge Maria Garcia into Maria
Lopez", "reassign wayne fleet to bob", "give maria lopez to bob", "delete sara kim", "acme is a
customer now" / "mark maria as a lead" (a lifecycle), and the question "who owns globex" (a
deal's probability is :mod:`handlers.deal_words`).

A narrow pre-reader like :mod:`handlers.contact_words`: each form runs the record command it
means (``contact merge``, ``deal edit … owner=``), which resolves the names, asks when
several match, confirms where it must and keeps Undo; nothing here writes. A form whose
record is not found is left to the parser.
"""

from __future__ import annotations

import re

from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Reply
from storage.lookup import find_accounts, find_contacts, find_deals


def read_record_change(call: Call) -> Reply | None:
    """The change said, run as its command; None when the message says something else."""
    return (
        _merge_said(call)
        or _owner_said(call)
        or _delete_said(call)
        or _whose(call)
        or _lifecycle_said(call)
    )


_DELETE = re.compile(
    r"^(?:please\s+)?(?:delete|remove|erase|get\s+rid\s+of)\s+(?:the\s+)?(?P<what>.+?)[.!]?$",
    re.IGNORECASE,
)


def _delete_said(call: Call) -> Reply | None:
    """ "delete sara kim": the delete command of the one contact or deal of that name (it
    asks to confirm, and Undo works). It was not understood; a name both a contact and a
    deal have is asked about; a name neither has is left to the parser."""
    m = _DELETE.match(call.text.strip())
    if m is None:
        return None  # before the import below: most messages end here (issue 18)
    from handlers.types import Button

    what = re.sub(r"(?i)\s+(?:deal|contact|opportunity)$", "", m["what"].strip())
    if re.search(r"\b(?:reminders?|notes?|cases?|tickets?|files?|tags?|segments?)\b", what, re.I):
        return None  # their own commands, never a contact or deal of that name
    people = find_contacts(call.ctx, what).matches
    deals = find_deals(call.ctx, what).matches
    if people and deals:
        return Reply(
            sections=[f"Delete which '{what}'?"],
            choices=[Button(f"Contact: {c.name}", f"contact delete #c{c.id}") for c in people[:4]]
            + [Button(f"Deal: {d.title}", f"deal delete #d{d.id}") for d in deals[:4]],
            asks="choice",
        )
    if people:
        return _run(call, f"contact delete {what}")
    if deals:
        return _run(call, f"deal delete {what}")
    return None


_LIFE = r"(?P<life>customers?|clients?|leads?|prospects?|inactive)"
_LIFE2, _LIFE3 = _LIFE.replace("life", "life2"), _LIFE.replace("life", "life3")
_ART = r"(?:a\s+|an\s+)?"
_LIFECYCLE = re.compile(
    r"^(?:so\s+|fyi,?\s+|great,?\s+|good news,?\s+)?(?:"
    rf"(?:mark|set|make|flag|tag)\s+(?P<who>.+?)\s+as\s+{_ART}{_LIFE}"
    rf"|(?P<who2>.+?)\s+(?:is|are)\s+(?:now\s+|officially\s+)?{_ART}{_LIFE2}"
    rf"|(?P<who3>.+?)\s+(?:became|has\s+become|have\s+become|is\s+becoming|turned\s+into|"
    rf"converted\s+(?:in)?to)\s+{_ART}{_LIFE3}"
    r")(?:\s+now)?(?:\s+(?:of\s+ours|again))?\s*[.!]*$",
    re.IGNORECASE,
)
# asked of every free-text message: skipped on ASCII text without the words it needs
# (rxfast.CaseBlind with its gate), then the plain pattern reads the words as typed (issue 18)
_LIFECYCLE_SAID = CaseBlind(_LIFECYCLE, gate=True)
_LIFE_OF = {"customer": "customer", "client": "customer", "lead": "lead", "prospect": "prospect"}


def _lifecycle_said(call: Call) -> Reply | None:
    """ "maria lopez is a customer now", "mark acme as customer": the contact's lifecycle set
    (``contact edit … lifecycle=``), or, for an account (which has none of its own), the
    question whether its people become that (``account lifecycle``). They were read as a new
    account ("an account named 'Acme' already exists") or created "acme as". A name neither
    a contact nor an account has is asked about (add which?), never created on a guess."""
    said = " ".join(call.text.split())
    m = _LIFECYCLE.match(said) if _LIFECYCLE_SAID.match(said) else None
    if m is None:
        return None  # before the import below: most messages end here (issue 18)
    from handlers.types import Button

    who = (m["who"] or m["who2"] or m["who3"]).strip(" ,")
    word = (m["life"] or m["life2"] or m["life3"]).lower().rstrip("s")
    life = _LIFE_OF.get(word, "inactive")
    who = re.sub(r"(?i)^(?:the\s+)?|\s+(?:account|company|contact)$", "", who).strip()
    if not who or len(who) > 60 or re.search(r"(?i)\b(?:who|which|what|how|many)\b", who):
        return None
    people = find_contacts(call.ctx, who).matches
    firms = find_accounts(call.ctx, who).matches if len(people) != 1 else []
    if len(people) == 1 or (people and not firms):
        return _run(call, f"contact edit {who} lifecycle={life}")
    if len(firms) > 1:
        return None
    if not firms:  # neither: asked which to add, never an account created on a guess
        return Reply(
            sections=[
                f"I have no contact or account called '{who}', so no lifecycle was set. Add one?"
            ],
            choices=[
                Button(f"Contact '{who}' ({life})", f"contact add {who} lifecycle={life}"),
                Button(f"Account '{who}'", f"account add {who}"),
                Button("No", "cancel"),
            ],
            asks="choice",
        )
    a = firms[0]
    return Reply(
        sections=[
            f"{a.name} is an account; a lifecycle ({life}) is kept on its people. "
            f"Mark every contact at {a.name} as {life}?"
        ],
        choices=[
            Button(f"Yes, its contacts are {life}s", f"account lifecycle #a{a.id} {life}"),
            Button("No", "cancel"),
        ],
        asks="choice",
    )


_WHOSE = re.compile(
    r"^(?:so\s+)?(?:who(?:'s|\s+is)?\s+(?:owns|has|the\s+owner\s+of|in\s+charge\s+of)|"
    r"whose\s+(?:account|deal|contact)\s+is)\s+(?:the\s+)?(?P<what>.+?)(?:\s+(?:account|deal))?"
    r"(?:\s+now)?\s*\??$",
    re.IGNORECASE,
)


def _whose(call: Call) -> Reply | None:
    """ "who owns globex": each record of that name with its owner. It was a search whose
    list showed no owner at all."""
    m = _WHOSE.match(" ".join(call.text.split()))
    if m is None:
        return None  # before the import below: most messages end here (issue 18)
    from storage.workspaces import list_users

    what = m["what"].strip()
    found = [
        *(("account", a.name, a.owner_id) for a in find_accounts(call.ctx, what).matches[:5]),
        *(("deal", d.title, d.owner_id) for d in find_deals(call.ctx, what).matches[:5]),
        *(("contact", c.name, c.owner_id) for c in find_contacts(call.ctx, what).matches[:5]),
    ]
    if not found:
        return None
    names = {u.id: u.display_name for u in list_users(call.ctx.session, call.ctx.workspace)}
    lines = [
        f"{kind} {name}: {names.get(owner, 'nobody') if owner else 'nobody'}"
        for kind, name, owner in found
    ]
    return Reply(sections=[f"Owners of '{what}'", "\n".join(lines)], private=True)


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
    r"^(?:please\s+)?(?:re-?assign|assign|transfer|hand\s+over|move\s+ownership\s+of|give|hand|"
    r"pass)\s+"
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
