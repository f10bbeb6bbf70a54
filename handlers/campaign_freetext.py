"""Campaign sentences read before the general parser (which does not know campaigns):

* "new campaign Q1 webinar for Nordic logistics, budget 2k EUR" -> ``campaign new``
* "met her at the Q1 webinar" / "met Maria Lopez at the Q1 webinar" -> ``campaign met``

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


def read_campaign_words(call: Call) -> Reply | None:

    text = call.text.strip()
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
        who = m.group("who").strip()
        tail = f" note={_clean(note)}" if note else ""
        if who.lower() in PRONOUNS:
            return Reply(
                sections=[f"Who did you meet at {camp.name}? Type a contact's name."],
                expect=f"campaign met {camp.name}: {{}}{tail}",
                asks="name",
            )
        cmd = f"campaign met {camp.name}: {who}{tail}"
        return run_command(call, cmd, f"Understood: met {who} at {camp.name}")
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
