"""A keep-in-touch cadence said in words: "keep in touch with Maria every 2 weeks", "check
in with Tom Baker monthly", "stay in touch with priya every month", "stop keeping in touch
with Maria".

Why a reader of its own: the parser read "keep in touch with maria every 2 weeks" as a call
with Maria and logged one that never happened, and the cadence (the contact's
``keep_in_touch`` field, which drives the automatic keep-in-touch nudges) was not set. The
change runs as ``contact edit NAME keep_in_touch=N`` (the name resolved, several matches
asked about, Undo), so nothing here writes by itself.
"""

from __future__ import annotations

import re

from handlers.freetext import run_command
from handlers.language.numwords import numbers
from handlers.registry import Call
from handlers.types import Reply

_VERB = r"(?:keep|stay|be)\s+in\s+touch|check\s+in|touch\s+base|follow\s+up"
_SET = re.compile(
    rf"^(?:please\s+)?(?:remind\s+me\s+to\s+|i\s+(?:want|need)\s+to\s+|let'?s\s+)?(?:{_VERB})"
    r"\s+with\s+(?P<name>.+?)\s+(?:every\s+(?P<n>\d{1,4}|[a-z]+(?:[\s-][a-z]+)?)?\s*(?P<unit>weeks?|months?)"
    r"|(?P<adverb>weekly|monthly|fortnightly|quarterly|every\s+quarter|biweekly))\s*[.!]?$",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"^(?:stop|no\s+more|don'?t)\s+(?:keeping|staying|checking|keep|stay|check)\s+in\s+"
    r"(?:touch\s+)?with\s+(?P<name>.+?)\s*[.!]?$",
    re.IGNORECASE,
)
_ADVERB_WEEKS = {"weekly": 1, "fortnightly": 2, "biweekly": 2, "monthly": 4, "quarterly": 13}


def _weeks(m: re.Match[str]) -> int | None:
    adverb = (m.group("adverb") or "").lower()
    if adverb:
        return 13 if "quarter" in adverb else _ADVERB_WEEKS[adverb]
    raw = m.group("n")
    en = numbers("en")
    n = 1 if raw is None else (int(raw) if raw.isdigit() else en.value(raw) if en else None)
    if n is None:
        return None
    return n * (4 if m.group("unit").lower().startswith("month") else 1)


def read_keep_in_touch(call: Call) -> Reply | None:
    """The cadence said, as ``contact edit``; None when the message says something else."""

    text = " ".join(call.text.split())
    stop = _STOP.match(text)
    if stop is not None:
        return run_command(
            call,
            f"contact edit {stop.group('name')} keep_in_touch=0",
            f"Understood: stop keep-in-touch nudges for {stop.group('name')}",
        )
    m = _SET.match(text)
    if m is None:
        return None
    weeks = _weeks(m)
    if weeks is None or not 1 <= weeks <= 104:
        return Reply.error(
            f"How often? Say it in weeks or months, e.g. 'keep in touch with "
            f"{m.group('name')} every 2 weeks' (1 week to 2 years)."
        )
    return run_command(
        call,
        f"contact edit {m.group('name')} keep_in_touch={weeks}",
        f"Understood: keep in touch with {m.group('name')} every {weeks} week"
        + ("s" if weeks != 1 else ""),
    )
