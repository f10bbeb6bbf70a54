"""A known deal in words the general parser misreads: its probability ("Globex pilot is at
50%"), a question about it ("what's the close date of Globex pilot?", shown, never read as
a change), and its expected close moved by a span: "push Globex seats by two weeks", "pull the
Acme renewal in by a week", "slip Initech pilot by a month"; and a lost or won deal reopened
("reopen Acme fleet", "Acme fleet reopen in presentation"), which showed the deal's card and
left it lost.

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

from handlers.commands.common import deal_name
from handlers.freetext import run_command
from handlers.language.rxfast import CaseBlind
from handlers.registry import Call
from handlers.types import Reply
from storage.lookup import find_deals

_LATER = r"push(?:\s+back|\s+out)?|slip|slide|delay|postpone|kick|defer"
_EARLIER = r"pull(?:\s+in|\s+forward|\s+up)?|bring(?:\s+forward|\s+in)?|move\s+up"
_COUNT = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_N = r"\d{1,3}|" + "|".join(_COUNT)
_SHIFT = re.compile(
    rf"^(?:please\s+)?(?P<verb>{_LATER}|{_EARLIER})\s+(?:the\s+)?(?P<deal>.+?)"
    # "by" may be left out when the words still say a span: "push initech out 2 weeks",
    # "slip X a month", "pull X in 3 days"
    rf"(?:\s+(?P<dir>in|forward|back|out|up))?\s+(?:by\s+)?(?:another\s+|an\s+extra\s+)?"
    rf"(?P<n>{_N})\s*(?P<unit>days?|weeks?|wks?|months?)\s*[.!]?$",
    re.I,
)


# "Globex pilot is at 50%", "Globex pilot probability 40", "set the probability of Globex
# pilot to 40%": asked "Shall I move a deal?", whose Yes found no stage.
_PCT = r"(?P<p>\d{1,3})\s*(?:%|percent|per\s+cent)"
_PROBABILITY = re.compile(
    r"^(?:(?:please\s+)?(?:set|change|update|make)\s+)?(?:the\s+)?(?:"
    r"(?:probability|odds|likelihood|chance)\s+(?:of|for|on)\s+(?:the\s+)?(?P<d1>.+?)"
    r"|(?P<d2>.+?)(?:'s|’s)?\s+(?:probability|odds|likelihood|chances?|win\s+(?:chance|probability)))"
    rf"\s*(?:(?:is|are|to|at|=|:)\s*(?:now\s+)?)?{_PCT.replace('%|', '%?|')}[\s.!]*$",
    re.I,
)
# asked of every free-text message: on ASCII text, skipped unless "odds", "chance",
# "likelihood" or "probability" is said (rxfast.CaseBlind with its gate); the plain pattern
# then reads the words as typed
_PROBABILITY_SAID = CaseBlind(_PROBABILITY, gate=True)
_AT_PERCENT = re.compile(rf"^(?:the\s+)?(?P<d3>.+?)\s+is(?:\s+now)?\s+at\s+{_PCT}[\s.!]*$", re.I)
_AT_PERCENT_SAID = CaseBlind(_AT_PERCENT, gate=True)  # as _PROBABILITY_SAID (issue 18)
# "what's the close date of Globex pilot?", "when does Globex pilot close?": a question,
# read as a change of the deal ("Shall I change a deal?").
_DEAL_QUESTION = re.compile(
    r"^(?:what(?:'s|’s|\s+is)|whats|show(?:\s+me)?|tell\s+me)\s+(?:the\s+)?"
    r"(?:close\s+date|expected\s+close|closing\s+date|amount|value|stage|probability|"
    r"next\s+step|status|owner)\s+(?:of|for|on)\s+(?:the\s+)?(?P<d1>.+?)\s*\??$"
    r"|^when\s+(?:does|will|is)\s+(?:the\s+)?(?P<d2>.+?)\s+(?:close|closing|due\s+to\s+close)"
    r"\s*\??$",
    re.I,
)


def read_deal_words(call: Call) -> Reply | None:
    """A known deal's probability said, or a question about one of its fields; else None."""

    text = " ".join(call.text.split())
    m = (_PROBABILITY.match(text) if _PROBABILITY_SAID.match(text) else None) or (
        _AT_PERCENT.match(text) if _AT_PERCENT_SAID.match(text) else None
    )
    if m:
        said_name = m.groupdict().get("d1") or m.groupdict().get("d2") or m.groupdict().get("d3")
        name = deal_name(said_name or "")
        if name and find_deals(call.ctx, name).matches:
            said = f"Understood: {name} — probability {m['p']}%"
            return run_command(call, f"deal edit {name} probability={m['p']}", said)
    q = _DEAL_QUESTION.match(text)
    if q:
        name = deal_name(q["d1"] or q["d2"] or "")
        if name and find_deals(call.ctx, name).matches:
            return run_command(call, f"deal show {name}")
    return read_reopen(call) or read_deal_shift(call)


# "reopen acme fleet", "re-open the Acme fleet deal in presentation", "acme fleet reopen":
# the parser read a search, and the card was shown with the deal still lost.
_REOPEN_WORD = CaseBlind(re.compile(r"\bre-?open", re.I), gate=True)
_REOPEN = re.compile(
    r"^(?:please\s+)?(?:re-?open|revive)\s+(?:the\s+)?(?P<d1>.+?)"
    r"(?:\s+(?:in|at|to|into)\s+(?:the\s+)?(?P<s1>[\w-]+(?:\s+[\w-]+)??)(?:\s+stage)?)?\s*[.!]?$"
    r"|^(?:the\s+)?(?P<d2>.+?)\s+(?:is\s+|got\s+|gets\s+)?re-?open(?:ed)?"
    r"(?:\s+(?:in|at|to|into)\s+(?:the\s+)?(?P<s2>[\w-]+(?:\s+[\w-]+)?)(?:\s+stage)?)?\s*[.!]?$",
    re.I,
)


def read_reopen(call: Call) -> Reply | None:
    """A known deal reopened in words: to the stage said (``deal move`` asks to confirm), or
    the open stages offered; an open deal is said to be open. None when no known deal is
    named (the parser reads the words)."""
    text = " ".join(call.text.split())
    if _REOPEN_WORD.search(text) is None:
        return None
    m = _REOPEN.match(text)
    if m is None:
        return None  # before the imports below: most messages end here (issue 18)
    from handlers.types import Button
    from storage.models import OPEN_STAGES
    from storage.validate import STAGE_SYNONYMS
    from storage.workspaces import stage_label

    said = (m["d1"] or m["d2"] or "").strip()
    if said.lower().endswith(" deal"):
        said = said[:-5]
    name = deal_name(said)
    found = find_deals(call.ctx, name).matches if name else []
    if len(found) != 1:
        return None if not found else run_command(call, f"deal show {name}")
    deal = found[0]
    ws = call.ctx.workspace
    stage = (m["s1"] or m["s2"] or "").lower()
    if stage:
        return run_command(call, f"deal move #d{deal.id} to {STAGE_SYNONYMS.get(stage, stage)}")
    if deal.status == "open":
        return Reply.error(
            f"{deal.title} is open already, in {stage_label(ws, deal.stage)}: nothing to reopen."
        )
    return Reply(
        sections=[f"Reopen {deal.title} (it was {deal.status}) in which stage?"],
        choices=[  # a typed "presentation" or "3" answers too
            Button(stage_label(ws, st), f"deal move #d{deal.id} to {st} confirm=yes")
            for st in OPEN_STAGES
        ],
        asks="choice",
    )


def read_deal_shift(call: Call) -> Reply | None:
    """Move a known deal's expected close by the span said; else None (the parser reads it)."""

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
    unit = {"wk": "week"}.get(m["unit"].lower().rstrip("s"), m["unit"].lower().rstrip("s"))
    sign = "-" if earlier else "+"
    span = f"{n} {unit}{'s' if n != 1 else ''}"
    said = f"Understood: {name} — expected close {'earlier' if earlier else 'later'} by {span}"
    return run_command(call, f"deal edit {name} close={sign}{n}{unit[0]}", said)
