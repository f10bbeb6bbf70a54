"""Campaign sentences read before the general parser (which does not know campaigns):

* "new campaign Q1 webinar for Nordic logistics, budget 2k EUR" -> ``campaign new``
* "met her at the Q1 webinar" / "met Maria Lopez at the Q1 webinar" -> ``campaign met``
* "how did the Q1 webinar do?", "results of the Q1 webinar" -> ``campaign show``

Only a sentence of exactly these shapes is taken, and "met X at Y" only when Y names an
existing campaign; everything else goes on to the general parser untouched.
"""

from __future__ import annotations

import re

from handlers.freetext import run_command
from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Reply
from storage.campaigns import campaign_named_in
from storage.text import name_key


def _clean(text: str) -> str:
    """User words made safe inside a command: 'price=low' must not become a field."""
    if "=" in text:  # no "=", nothing to change: the common case skips the regex
        text = re.sub(r"(\w)=", r"\1 =", text)
    return " ".join(text.split())


_NEW = re.compile(
    r"^\s*(?:new|create|add|start a new|plan a?)\s+(?:(?P<kind>email|event|webinar|call)\s+)?"
    r"campaign\s*:?\s+(?P<name>.+?)"
    r"(?:\s+for\s+(?:the\s+)?(?:segment\s+)?(?P<seg>[^,]+?))?"
    r"(?:\s*,?\s*(?:with\s+a\s+)?budget\s*(?:of\s*)?(?P<budget>[^,]+?))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "new campaign Spring webinar type=webinar segment=Nordic leads budget=3k EUR": the words
# form with the command's key=value fields (the budget read "=3k EUR" as its amount)
_NEW_FIELDS = re.compile(
    r"^\s*(?:new|create|add)\s+campaign\s*:?\s+(?P<rest>[^=]+?\s+[a-z_]+=.*)$", re.IGNORECASE
)
_MET = re.compile(
    r"^\s*(?:i\s+)?(?:met|saw|talked to|spoke (?:to|with))\s+(?P<who>.+?)\s+at\s+(?:the\s+)?"
    r"(?P<where>.+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "Pia came from the Q1 webinar": where a lead came from, not a meeting (it was logged as
# a call that never happened). Only a campaign's whole name attributes; anything else is
# left to the rest of free text.
_CAME_FROM = re.compile(
    r"^\s*(?P<who>.+?)\s+(?:came|comes|is|was)\s+(?:in\s+)?(?:from|through|via)\s+"
    r"(?:the\s+)?(?P<where>.+?)\s*[.!]?\s*$|"
    r"^\s*(?P<who2>.+?)\s+(?:found|heard\s+(?:about|of))\s+us\s+(?:from|through|via|at)\s+"
    r"(?:the\s+)?(?P<where2>.+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# asked of every free-text message: skipped on ASCII text without the words it needs
# (rxfast.CaseBlind with its gate), then the plain pattern reads the words as typed (issue 18)
_CAME_FROM_SAID = CaseBlind(_CAME_FROM, gate=True)
# "how did the Spring webinar do?", "how is the Q1 mailing campaign going", "results of the
# Spring webinar": its results card (it searched for a record "spring webinar")
_RESULTS = re.compile(
    r"^\s*(?:so\s+)?how\s+(?:did|does|is|was|has|'s|’s)?\s*(?:the\s+|our\s+|my\s+)?"
    r"(?P<camp>.+?)\s+(?:do|doing|done|go|going|gone|went|perform|performing|performed|"
    r"look|looking|land|landed)\b[^?]*?\s*[?.!]?\s*$|"
    r"^\s*(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:results|numbers|roi|performance)\s+(?:of|for|from)"
    r"\s+(?:the\s+|our\s+|my\s+)?(?P<camp2>.+?)\s*[?.!]?\s*$",
    re.IGNORECASE,
)
PRONOUNS = {"her", "him", "them", "someone", "somebody"}
_KINDS = (
    ("webinar", "webinar"),
    ("event", "event"),
    ("conference", "event"),
    ("fair", "event"),
    ("meetup", "event"),
    ("call", "call"),
    ("mail", "email"),
    ("newsletter", "email"),
)


def _guess_type(name: str) -> str | None:
    low = name.lower()
    for word, kind in _KINDS:
        if word in low:
            return kind
    return None


# "a new lead Pia Berg from Fjord Foods": who, once the words about them are set apart (the
# whole phrase became a contact's name)
_DESCRIBED = re.compile(
    r"^(?:(?:a|an|the|one|our)\s+)?(?:(?:new|potential|possible|nice|great|hot|warm)\s+)*"
    r"(?:lead|prospect|contact|customer|person|guy|woman|man|buyer|cfo|ceo|cto|founder)\s+"
    r"(?:called\s+|named\s+)?(?=\S)",
    re.IGNORECASE,
)
_FROM_FIRM = re.compile(r"^(?P<who>.+?)\s+(?:from|at|of|with|@)\s+(?P<firm>\S.*)$", re.IGNORECASE)


def _person_and_firm(said: str) -> tuple[str, str | None]:
    """("a new lead Pia Berg from Fjord Foods") -> ("Pia Berg", "Fjord Foods")."""
    said = _DESCRIBED.sub("", said).strip()
    m = _FROM_FIRM.match(said)
    if m is None:
        return said, None
    return m["who"].strip(), m["firm"].strip()


def read_campaign_words(call: Call) -> Reply | None:

    text = call.text.strip()
    typed = _NEW_FIELDS.match(text)
    if typed:  # "new campaign X type=webinar budget=3k EUR": the command's own fields
        return run_command(call, f"campaign new {typed['rest']}")
    m = _NEW.match(text)
    if m:
        name = m.group("name").strip().strip("\"'")
        kind = (m.group("kind") or _guess_type(name) or "email").lower()
        cmd = f'campaign new "{name}" type={kind}'
        if m.group("seg"):
            cmd += f" segment={m.group('seg').strip()}"
        if m.group("budget"):
            cmd += f" budget={m.group('budget').strip()}"
        understood = f"Understood: new {kind} campaign '{name}'"
        if m.group("seg"):
            understood += f" for segment {m.group('seg').strip()}"
        if m.group("budget"):
            understood += f", budget {m.group('budget').strip()}"
        return run_command(call, cmd, understood)
    m = _MET.match(text)
    if m:
        # "at the Q1 webinar" must name the campaign exactly (a note may follow a comma):
        # "met Jon at Acme, talked budget" stays a meeting at the account Acme.
        parts = re.split(r"\s*([,;:.!]|\s[-–]\s)\s*", m.group("where"), maxsplit=1)
        head, note = parts[0], (parts[2].strip() if len(parts) > 2 else "")
        camp = campaign_named_in(call.ctx, head)
        if camp is None or name_key(head).removeprefix("the ") != camp.name_key:
            return None
        who, firm = _person_and_firm(m.group("who").strip())
        tail = f" note={_clean(note)}" if note else ""
        if firm:
            tail = f" account={_clean(firm)}{tail}"
        if who.lower() in PRONOUNS:
            return Reply(
                sections=[f"Who did you meet at {camp.name}? Type a contact's name."],
                expect=f"campaign met {camp.name}: {{}}{tail}",
                asks="name",
            )
        cmd = f"campaign met {camp.name}: {who}{tail}"
        return run_command(call, cmd, f"Understood: met {who} at {camp.name}")
    m = _RESULTS.match(text)
    if m:
        where = (m.group("camp") or m.group("camp2") or "").strip()
        where = re.sub(r"(?i)\s+campaign$", "", where)
        camp = campaign_named_in(call.ctx, where)
        if camp is None or name_key(where).removeprefix("the ") != camp.name_key:
            return None
        return run_command(call, f"campaign show {camp.name}", f"Understood: {camp.name} results")
    m = _CAME_FROM.match(text) if _CAME_FROM_SAID.match(text) else None
    if m:
        who = (m.group("who") or m.group("who2")).strip()
        where = (m.group("where") or m.group("where2")).strip()
        camp = campaign_named_in(call.ctx, where)
        if camp is None or name_key(where).removeprefix("the ") != camp.name_key:
            return None
        if who.lower() in PRONOUNS or who.lower() in ("she", "he", "they"):
            return None
        return run_command(
            call,
            f"contact edit {who} campaign=#k{camp.id}",
            f"Understood: {who} came from {camp.name}",
        )
    return None
