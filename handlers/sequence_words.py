"""Enrollment sentences read before the general parser (which does not know sequences):

* "add Maria Lopez to the Trial follow-up sequence" -> ``enroll Maria Lopez in Trial …``
* "put Maria in Trial follow-up", "sign Ole up for Trial follow-up"

Only a sentence of these shapes is taken, and only when its end names an existing
sequence exactly; everything else ("add Maria to my contacts", "put the deal in
negotiation") goes on to the general parser untouched.
"""

from __future__ import annotations

import re

from handlers.freetext import run_command
from handlers.registry import Call
from handlers.types import Reply
from storage.sequences import named

_ENROLL = re.compile(
    r"^\s*(?:please\s+)?(?:add|put|enroll|enrol|sign)\s+(?P<who>.+?)\s+(?:up\s+)?"
    r"(?:to|in|into|on|for)\s+(?:the\s+|our\s+|my\s+)?(?P<seq>.+?)"
    r"(?:\s+(?:sequence|nurture|nurturing|cadence))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def read_sequence_words(call: Call) -> Reply | None:

    m = _ENROLL.match(call.text)
    if m is None:
        return None
    seq = named(call.ctx, m.group("seq"))
    if seq is None:
        return None
    who = " ".join(re.sub(r"(\w)=", r"\1 =", m.group("who")).split())
    return run_command(
        call, f"enroll {who} in {seq.name}", f"Understood: enroll {who} in {seq.name}"
    )
