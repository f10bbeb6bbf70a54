"""Enrollment sentences read before the general parser (which does not know sequences):

* "add Maria Lopez to the Trial follow-up sequence" -> ``enroll Maria Lopez in Trial …``
* "put Maria in Trial follow-up", "sign Ole up for Trial follow-up"
* "take Maria out of Trial follow-up", "remove Ole from the Trial follow-up sequence"
  -> ``sequence remove``
* "who is in the Trial follow-up sequence?", "how many people are in Trial follow-up?"
  -> ``sequence show`` (its people counted by status)
* "pause the Trial follow-up sequence", "resume Trial follow-up" -> ``sequence pause|resume``

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


_SEQ = r"(?:the\s+|our\s+|my\s+)?(?P<seq>.+?)(?:\s+(?:sequence|nurture|nurturing|cadence))?"
_REMOVE = re.compile(
    r"^\s*(?:please\s+)?(?:take|remove|drop|pull|unenroll|unenrol)\s+(?P<who>.+?)\s+"
    rf"(?:out\s+of|off|from|out\s+from)\s+{_SEQ}\s*[.!]?\s*$",
    re.IGNORECASE,
)
_WHO_IN = re.compile(
    r"^\s*(?:who(?:'s|’s|\s+is|\s+are)\s+(?:in|on|enrolled\s+in)|how\s+many\s+(?:people|"
    r"contacts|leads)\s+(?:are\s+)?(?:in|on|enrolled\s+in)|show(?:\s+me)?|how\s+is|how's|"
    rf"how\s+are)\s+{_SEQ}(?:\s+(?:doing|going))?\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_TOGGLE = re.compile(
    rf"^\s*(?:please\s+)?(?P<verb>pause|resume|restart|unpause|stop)\s+{_SEQ}\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _other_sequence_words(call: Call) -> Reply | None:
    """Removal, who is in it and pause/resume, only when the words name a sequence whole."""
    text = " ".join(call.text.split())
    m = _REMOVE.match(text)
    if m and (seq := named(call.ctx, m["seq"])) is not None:
        who = " ".join(re.sub(r"(\w)=", r"\1 =", m["who"]).split())
        return run_command(call, f"sequence remove {who} from {seq.name}")
    m = _WHO_IN.match(text)
    if m and (seq := named(call.ctx, m["seq"])) is not None:
        return run_command(call, f"sequence show {seq.name}")
    m = _TOGGLE.match(text)
    if m and (seq := named(call.ctx, m["seq"])) is not None:
        verb = "pause" if m["verb"].lower() in ("pause", "stop") else "resume"
        return run_command(call, f"sequence {verb} {seq.name}")
    return None


def read_sequence_words(call: Call) -> Reply | None:
    """Enrollment, removal, who is in a sequence, pause and resume in words; else None."""
    m = _ENROLL.match(call.text)
    if m is None:
        return _other_sequence_words(call)
    seq = named(call.ctx, m.group("seq"))
    if seq is None:
        return None
    who = " ".join(re.sub(r"(\w)=", r"\1 =", m.group("who")).split())
    return run_command(
        call, f"enroll {who} in {seq.name}", f"Understood: enroll {who} in {seq.name}"
    )
