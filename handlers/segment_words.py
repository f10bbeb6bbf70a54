"""Segments and campaigns in plain words, read before the general parser (which knows
neither, and once took "save segment Nordic leads: …" for a deal to change, or offered to
create a contact "Lars" for "add Lars to the Q1 webinar"):

* "delete the Nordic leads segment", "remove segment Nordic leads" -> ``segment delete``
* "show segment Nordic leads", "who is in the Nordic leads segment?" -> ``segment show``
* "rename segment Nordic leads to Nordics" -> ``segment rename`` (campaigns, teams and
  nurturing sequences likewise: never read as a deal to change)
* "save segment Nordic leads: industry=logistics" -> ``segment save``; filters said in
  words ("leads only") are shown back with the syntax, nothing saved on a guess
* "who is in the Q1 webinar?" (a campaign's whole name) -> ``campaign members``
* "add Lars to the Q1 webinar": said that members come from the segment, nothing written
* "delete the Q1 webinar campaign": said that campaigns are ended, never deleted

Only these shapes are taken; everything else goes on untouched.
"""

from __future__ import annotations

import re

from handlers.freetext import run_command
from handlers.registry import Call
from handlers.types import Button, Reply
from storage.campaigns import campaign_named_in
from storage.models_campaigns import Campaign
from storage.text import name_key

_SEGMENT = r"(?:the\s+)?(?:segment\s+(?P<a>.+?)|(?P<b>.+?)\s+segment)"
_DELETE = re.compile(rf"^(?:please\s+)?(?:delete|remove|drop)\s+{_SEGMENT}\s*[.!]?$", re.I)
_SHOW = re.compile(
    rf"^(?:show(?:\s+me)?|open|list|who(?:'s|’s|\s+is|\s+are)\s+in|how\s+many\s+(?:people|"
    rf"contacts|leads|members)\s+(?:are\s+)?in)\s+{_SEGMENT}\s*[?.!]?$",
    re.I,
)
_RENAME = re.compile(
    r"^(?:please\s+)?rename\s+(?:the\s+)?(?P<kind>segment|campaign|team|sequence)\s+(?P<old>.+?)\s+"
    r"(?:to|as)\s+(?P<new>.+?)\s*[.!]?$",
    re.I,
)
_SAVE = re.compile(
    r"^(?:please\s+)?(?:save|create|make|add|new)\s+(?:a\s+)?(?:new\s+)?segment\s+"
    r"(?:called\s+|named\s+)?(?P<body>.+)$",
    re.I,
)
_MEMBERS = re.compile(
    r"^(?:who(?:'s|’s|\s+is|\s+are)\s+(?:in|on)|(?:show|list)(?:\s+me)?\s+(?:the\s+)?members"
    r"\s+of|members\s+of)\s+(?:the\s+)?(?P<camp>.+?)\s*[?.!]?$",
    re.I,
)
_DELETE_CAMPAIGN = re.compile(
    r"^(?:please\s+)?(?:delete|remove|drop|erase)\s+(?:the\s+)?(?:campaign\s+(?P<a>.+?)|"
    r"(?P<b>.+?)\s+campaign)\s*[.!]?$",
    re.I,
)
_ADD_TO = re.compile(
    r"^(?:please\s+)?(?:add|put|invite|sign\s+up|register)\s+(?P<who>.+?)\s+(?:to|for|in|into)"
    r"\s+(?:the\s+)?(?P<camp>.+?)\s*[.!]?$",
    re.I,
)


def _name(m: re.Match[str]) -> str:
    return (m.group("a") or m.group("b") or "").strip().strip("\"'")


def _campaign(call: Call, said: str) -> Campaign | None:
    """The campaign ``said`` names whole ("the Q1 webinar"), or None."""
    camp = campaign_named_in(call.ctx, said)
    if camp is None or name_key(said).removeprefix("the ") != camp.name_key:
        return None
    return camp


def read_segment_words(call: Call) -> Reply | None:
    text = " ".join(call.text.split())
    if m := _DELETE.match(text):
        return run_command(call, f"segment delete {_name(m)}")
    if m := _SHOW.match(text):
        return run_command(call, f"segment show {_name(m)}")
    if m := _RENAME.match(text):
        kind = m.group("kind").lower()
        return run_command(call, f"{kind} rename {m.group('old')} to {m.group('new')}")
    if m := _SAVE.match(text):
        return _save(call, m.group("body"))
    if m := _MEMBERS.match(text):
        camp = _campaign(call, m.group("camp"))
        if camp is not None:
            return run_command(call, f"campaign members {camp.name}")
        return None
    if m := _DELETE_CAMPAIGN.match(text):
        camp = _campaign(call, (m.group("a") or m.group("b") or "").strip())
        if camp is not None:
            return Reply.error(
                f"A campaign is never deleted: its figures and the leads and deals it brought "
                f"keep it as their source; nothing was changed. 'campaign end {camp.name}' ends "
                f"a running one; 'campaign rename {camp.name} to NEW' renames it."
            )
        return None
    if m := _ADD_TO.match(text):
        camp = _campaign(call, m.group("camp"))
        if camp is not None:
            return _members_come_from_segment(m.group("who"), camp)
    return None


def _save(call: Call, body: str) -> Reply:
    """ "save segment Nordic leads: industry=logistics" runs; filters in words are shown
    back with the syntax (a guessed filter would reach the wrong people)."""
    body = body.strip()
    if "=" in body or ">" in body or "<" in body:
        return run_command(call, "segment save " + re.sub(r"^([^=:]+?)\s*:\s*", r"\1 ", body))
    parts = re.split(r"\s*(?::|\s(?:with|for|of|where)\s)\s*", body, maxsplit=1)
    name, said = parts[0], (parts[1] if len(parts) > 1 else "")
    from handlers.commands.segments import FILTER_HELP

    words = f" I could not read '{said}' as filters, so" if said else ""
    return Reply(
        sections=[
            f"A segment is saved with filters written field=value.{words} nothing was saved.",
            f"For example: segment save {name or 'Nordic leads'} industry=logistics "
            "region=Nordics lifecycle=lead",
            "Filters:\n" + FILTER_HELP,
        ],
        ok=False,
    )


def _members_come_from_segment(who: str, camp: Campaign) -> Reply:
    state = "when it started" if camp.status in ("running", "ended") else "when it starts"
    return Reply(
        sections=[
            f"A campaign's members are the people of its segment, set {state}; I added "
            f"nobody to {camp.name} and changed nothing.",
            f"To note that {who} came to it or was met there (logged as a meeting, the "
            f"campaign their source): campaign met {camp.name}: {who}",
        ],
        choices=[Button(f"{who} came to {camp.name}", f"campaign met {camp.name}: {who}")],
        ok=False,
    )
