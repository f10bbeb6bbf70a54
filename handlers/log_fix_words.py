"""The log just made, fixed in words: "actually that was yesterday", "delete that call",
"change the note to: wants a demo in january".

Each was not understood, so a rep who logged a call on the wrong day, or a note with a typo,
had no way to fix it in chat. Each now runs ``activity edit`` / ``activity delete`` on the
activity the sender's last change logged (inside the undo window), with Undo; with no such
log, the reply says how to name one.
"""

from __future__ import annotations

import re

from handlers.registry import Call
from handlers.types import Reply
from storage import crm

_HEAD = r"(?:(?:actually|sorry|oops|no|wait|correction)\b[\s,.!:-]*)*"
_LOG = r"(?:call|meeting|visit|e-?mail|note|log|activity|entry|lunch|demo)"
_WHEN = re.compile(
    rf"^\s*{_HEAD}(?:that|it|the\s+(?:last\s+)?{_LOG}|this\s+{_LOG}|my\s+last\s+{_LOG})\s+"
    r"(?:was|happened|took\s+place)\s+(?P<when>(?:on\s+|at\s+)?.+?)"
    r"(?:\s*,?\s*not\s+(?:today|now|just\s+now))?\s*[.!]*$",
    re.IGNORECASE,
)
_DELETE = re.compile(
    rf"^\s*(?:please\s+)?(?:delete|remove|scrap|drop|erase|undo\s+log)\s+(?:that|this|the\s+last|"
    rf"my\s+last)\s+(?:{_LOG})(?:\s+(?:i\s+)?(?:just\s+)?logged)?\s*(?:please)?[.!]*$",
    re.IGNORECASE,
)
_NOTE = re.compile(
    rf"^\s*{_HEAD}(?:please\s+)?(?:change|fix|edit|update|correct|make)\s+(?:the|that|my|this)\s+"
    r"(?:last\s+)?note\s*(?:to|:|to\s+say|to\s+read)\s*:?\s*(?P<note>.+?)\s*$",
    re.IGNORECASE,
)


def read_log_fix(call: Call) -> Reply | None:
    """The fix said, run on the log just made; None when the message says something else."""
    text = " ".join(call.text.split())
    if len(text) > 300:
        return None
    when = _WHEN.match(text)
    delete = _DELETE.match(text) if when is None else None
    note = _NOTE.match(text) if when is None and delete is None else None
    if when is None and delete is None and note is None:
        return None  # before the imports below: most messages end here (issue 18)
    from handlers.freetext import run_command
    from handlers.pending import is_time_answer

    if when is not None and not is_time_answer(call.ctx, when["when"]):
        when = None  # "that was great": no time, not a fix
    if when is None and delete is None and note is None:
        return None
    act = crm.last_logged_activity(call.ctx)
    if act is None:
        how = (
            "activity edit N when=…"
            if when
            else "activity delete N"
            if delete
            else "activity edit N note=…"
        )
        return Reply(
            sections=[
                "I can only fix a log you have just made, and your last change was not one; "
                f"nothing changed. For an older one: {how} (N is its number: 'activities')."
            ],
            ok=False,
        )
    if when is not None:
        said = re.sub(r"(?i)^on\s+", "", when["when"].strip())
        return run_command(call, f"activity edit {act.id} when={said}")
    if delete is not None:
        return run_command(call, f"activity delete {act.id}")
    assert note is not None
    return run_command(call, f"activity edit {act.id} note={note['note']}")
