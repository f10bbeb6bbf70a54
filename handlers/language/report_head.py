"""A pasted note's heading that says what kind of activity the note reports.

Why: reps paste notes that start with a heading rather than a sentence: "CALL SUMMARY",
"Call notes - Ravenwood Hotels", "Visit report - Fenwick Farms", "Notes from my call with Omar
Haddad (Levant Foods):", "Phone call" on a line of its own. Read as a sentence, "Call notes -
Ravenwood Hotels … next call Tuesday 10am" was an order to call someone (a reminder) and "Notes
from my call with …" a note. The heading says the activity was done, and which kind it was;
what follows is its note, and its dates are the note's or the rep's next step as in any log.

English headings only (the other languages' notes are read by their own cues).
"""

from __future__ import annotations

import re

from handlers.language.date_base import fold

# the activity a heading names, and its kind
_KINDS = {
    "call": "call",
    "phone call": "call",
    "phone": "call",
    "chat": "call",
    "meeting": "meeting",
    "mtg": "meeting",
    "demo": "meeting",
    "lunch": "meeting",
    "dinner": "meeting",
    "breakfast": "meeting",
    "coffee": "meeting",
    "zoom": "meeting",
    "video call": "meeting",
    "workshop": "meeting",
    "visit": "visit",
    "site visit": "visit",
    "email": "email",
}
_KIND = (
    r"(?P<kind>phone\s+call|video\s+call|site\s+visit|call|phone|chat|meeting|mtg|demo|lunch|"
    r"dinner|breakfast|coffee|zoom|workshop|visit|email)"
)
_WRITEUP = r"(?:notes|note|summary|recap|report|debrief|write-?up|minutes)"

# "CALL SUMMARY", "Call notes - X", "Visit report: X", "meeting minutes"
_KIND_THEN_WRITEUP = re.compile(rf"^(?:quick\s+)?{_KIND}\s+{_WRITEUP}(?![\w-])")
# "Notes from my call with X:", "Quick recap of my chat with X", "Notes from the Siemens
# Healthineers meeting:", "Summary of today's visit to X"
_WRITEUP_OF_KIND = re.compile(
    rf"^(?:quick\s+|short\s+|brief\s+)?{_WRITEUP}\s+(?:from|of|after|on)\s+"
    rf"(?:(?:my|our|the|today['’]s|this\s+morning['’]s|yesterday['’]s)\s+)?"
    rf"(?:[^\W\d_][\w&'’.-]*\s+){{0,4}}?{_KIND}(?![\w-])"
)
# "Phone call" / "Lunch - Ewan Ross, Loch Ness Distillers" / "Demo: Halcyon Health" as the
# first line of a note of several lines
_KIND_LINE = re.compile(rf"^{_KIND}(?:\s*(?:[-–—:]\s*[^\n]*)?)$")


def heading_kind(raw: str) -> str | None:
    """The kind of activity a note's heading says was done ("call", "meeting", "visit",
    "email"), or None when the note does not start with such a heading."""
    text = raw.strip()
    first_line = text.split("\n", 1)[0].strip()
    folded = fold(first_line)
    m = _KIND_THEN_WRITEUP.match(folded) or _WRITEUP_OF_KIND.match(folded)
    if m is None and "\n" in text:
        m = _KIND_LINE.match(folded)
    if m is None:
        return None
    return _KINDS[" ".join(m.group("kind").split())]
