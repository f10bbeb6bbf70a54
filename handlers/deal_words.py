"""A deal's expected close moved by a span: "push Globex seats by two weeks", "pull the
Acme renewal in by a week", "slip Initech pilot by a month".

The general parser reads "push X to next month" (a date) but not "by two weeks" (a span
from the deal's own close date, which only the CRM knows): it asked "Shall I change a
deal?" with nothing to change. This narrow pre-reader runs before it, for a deal the
workspace has, and turns the words into ``deal edit DEAL close=+14d``; the command moves
the date from where it is and refuses when there is none. English only, and only the
verbs whose direction is plain: "move X by a week" says no direction, and is left to the
parser (which asks).
"""

from __future__ import annotations

import re

from handlers.registry import Call
from handlers.types import Reply

_LATER = r"push(?:\s+back|\s+out)?|slip|slide|delay|postpone|kick|defer"
_EARLIER = r"pull(?:\s+in|\s+forward|\s+up)?|bring(?:\s+forward|\s+in)?|move\s+up"
_COUNT = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_N = r"\d{1,3}|" + "|".join(_COUNT)
_SHIFT = re.compile(
    rf"^(?:please\s+)?(?P<verb>{_LATER}|{_EARLIER})\s+(?:the\s+)?(?P<deal>.+?)"
    rf"(?:\s+(?P<dir>in|forward|back|out|up))?\s+by\s+(?:another\s+|an\s+extra\s+)?"
    rf"(?P<n>{_N})\s+(?P<unit>days?|weeks?|months?)\s*[.!]?$",
    re.I,
)


def read_deal_shift(call: Call) -> Reply | None:
    """Move a known deal's expected close by the span said; else None (the parser reads it)."""
    from handlers.commands.common import deal_name
    from handlers.freetext import run_command
    from storage.lookup import find_deals

    m = _SHIFT.match(" ".join(call.text.split()))
    if m is None:
        return None
    name = deal_name(m["deal"])
    if not name or not find_deals(call.ctx, name).matches:
        return None  # not a deal the workspace has: the parser's reading stands
    verb, way = m["verb"].lower(), (m["dir"] or "").lower()
    earlier = re.fullmatch(_EARLIER, verb) is not None
    if way in (("back", "out") if earlier else ("in", "forward", "up")):
        return None  # "pull X back by a week", "push X forward": no one direction
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _COUNT[raw]
    unit = m["unit"].lower().rstrip("s")
    sign = "-" if earlier else "+"
    span = f"{n} {unit}{'s' if n != 1 else ''}"
    said = f"Understood: {name} — expected close {'earlier' if earlier else 'later'} by {span}"
    return run_command(call, f"deal edit {name} close={sign}{n}{unit[0]}", said)
