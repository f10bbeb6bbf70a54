"""A reminder named by what it is about, not its number: "delete the reminder about calling
maria", "cancel my reminder to send the deck", "mark the reminder for acme done".

Before, such a sentence was not understood (or, worse, read as a new reminder "to call
maria"): a rep sees "call maria" in the list, not "#r3". The words after "about|to|for|re"
are matched against the asker's open reminders (their text and the contact, account or deal
each is linked to). One match is cancelled or marked done, with Undo; several are offered as
choices (a typed word of one answers); none is said, with the list command. English only,
and only with the word "reminder": "cancel the acme meeting" stays the parser's.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from handlers.registry import Call
from handlers.types import Button, Reply

_REMINDER_SAID = re.compile(
    r"^(?:please\s+)?(?:(?P<cancel>cancel|delete|remove|drop|clear|kill|scrap|stop|end)|"
    r"(?P<done>mark|complete|finish|tick\s+off|check\s+off|close))\s+"
    r"(?:the\s+|my\s+|that\s+|this\s+)?reminders?\s+(?:about|to|for|re|on|of|with)\s+"
    r"(?P<what>.+?)(?:\s+(?:as\s+)?(?P<done_after>done|complete|completed|finished))?[\s.!]*$",
    re.IGNORECASE,
)
# The words before the noun: "stop the friday reminder", "cancel my weekly pipeline reminder"
_REMINDER_BEFORE = re.compile(
    r"^(?:please\s+)?(?:(?P<cancel>cancel|delete|remove|drop|clear|kill|scrap|stop|end)|"
    r"(?P<done>mark|complete|finish|tick\s+off|check\s+off|close))\s+"
    r"(?:the\s+|my\s+|that\s+|this\s+)(?P<what>[^\W\d_][\w\s':-]*?)\s+reminders?"
    r"(?:\s+(?:as\s+)?(?P<done_after>done|complete|completed|finished))?[\s.!]*$",
    re.IGNORECASE,
)
# "move that reminder to monday", "snooze it 1 hour", "push the reminder to friday 3pm": the
# reminder just set (or the only one); "move that reminder to monday" was read as a deal move
_MOVE_THAT = re.compile(
    r"^(?:please\s+)?(?P<verb>move|push|change|reschedule|shift|snooze|postpone|delay|bump)\s+"
    r"(?:(?P<it>it)|(?:that|this|the|my)\s+(?:last\s+)?reminder)\s+(?:back\s+|out\s+)?"
    r"(?:to\s+|till\s+|until\s+|by\s+|for\s+)?(?P<when>\S.*?)[\s.!]*$",
    re.IGNORECASE,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REPEATS = frozenset({"weekly", "daily", "monthly", "yearly", "recurring", "repeating", "repeat"})
_STOP = frozenset(
    {
        "the", "a", "an", "my", "our", "to", "about", "for", "re", "on", "of", "with", "and",
        "at", "in", "me", "him", "her", "them", "it", "that", "this",
    }
)  # fmt: skip


def _stem(word: str) -> str:
    """'calling' -> 'call', 'emails' -> 'email': enough to find a reminder's own words."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[^\W_]+", text.lower()) if w not in _STOP]


def _move_that(call: Call, m: re.Match[str]) -> Reply | None:
    """ "move that reminder to monday": the reminder the last change set, else the only open
    one, else the user picks; "it" only when the last change set a reminder (after a deal
    change, "push it to next month" is the deal's)."""
    from handlers.freetext import run_command
    from storage import reminders as rem

    verb = "snooze" if m["verb"].lower() in ("snooze", "postpone", "delay") else "move"
    when = m["when"]
    last = rem.last_set_reminder(call.ctx)
    if last is not None:
        return run_command(call, f"reminders {verb} {last.id} {when}")
    if m["it"]:
        return None
    open_ = rem.list_open(call.ctx, limit=9)
    if len(open_) == 1:
        return run_command(call, f"reminders {verb} {open_[0].id} {when}")
    if not open_:
        return Reply.error("You have no open reminders to move. Set one: remind me friday 3pm: …")
    return Reply(
        sections=[f"Which reminder should I {verb} to {when}?"],
        choices=[
            Button(f"#r{r.id} {r.text[:60]}", f"reminders {verb} {r.id} {when}") for r in open_[:8]
        ],
        asks="choice",
    )


def read_reminder_words(call: Call) -> Reply | None:
    """Cancel or mark done the reminder the words describe; None when they name none."""
    said = " ".join(call.text.split())
    moved = _MOVE_THAT.match(said)
    if moved is not None:
        return _move_that(call, moved)
    m = _REMINDER_SAID.match(said) or _REMINDER_BEFORE.match(said)
    if m is None:
        return None  # before the imports below: most messages end here (issue 18)
    from handlers.freetext import run_command
    from storage import reminders as rem
    from storage.queries import people_and_accounts

    zone = ZoneInfo(call.ctx.tz)
    said_words = re.findall(r"[^\W_]+", m["what"].lower())
    days = {_DAYS.index(w) for w in said_words if w in _DAYS}
    repeat = any(w in _REPEATS for w in said_words)
    wanted = [w for w in _words(m["what"]) if w not in _DAYS and w not in _REPEATS]
    wanted = [w for w in wanted if _stem(w) not in {_stem(x) for x in _REPEATS}]
    if not wanted and not days and not repeat:
        return None
    verb = "done" if (m["done"] or m["done_after"]) else "cancel"
    open_ = rem.list_open(call.ctx, limit=200)
    contacts, accounts = people_and_accounts(
        call.ctx,
        {r.linked_id for r in open_ if r.linked_type == "contact" and r.linked_id},
        {r.linked_id for r in open_ if r.linked_type == "account" and r.linked_id},
    )

    def about(r: object) -> str:
        linked_id = getattr(r, "linked_id", None)
        kind = getattr(r, "linked_type", None)
        if kind == "contact" and linked_id in contacts:
            return contacts[linked_id].name
        if kind == "account" and linked_id in accounts:
            return accounts[linked_id].name
        return ""

    hits = []
    for r in open_:
        have = _words(f"{r.text} {about(r)}")
        if not all(any(h.startswith(w) for h in have) for w in wanted):
            continue
        if repeat and not r.recurrence:
            continue  # "the weekly reminder": a repeating one
        if days and r.due_at.astimezone(zone).weekday() not in days:
            continue  # "the friday reminder": the one due on a Friday
        hits.append(r)
    if len(hits) == 1:
        return run_command(call, f"reminders {verb} {hits[0].id}")
    if not hits:
        return Reply.error(
            f"None of your open reminders is about '{m['what']}'. 'reminders' lists them; "
            f"'reminders {verb} N' {'marks one done' if verb == 'done' else 'cancels one'}."
        )
    return Reply(
        sections=[f"{len(hits)} of your reminders are about '{m['what']}'. Which one?"],
        choices=[Button(f"#r{r.id} {r.text[:60]}", f"reminders {verb} {r.id}") for r in hits[:8]],
        asks="choice",
    )
