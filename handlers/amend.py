"""A time corrected in the next message: "actually make it monday 11am".

People correct themselves in chat instead of retyping. Read on its own, such a message
means nothing (there is no reminder or log in it), so it was either misread or dropped.
It now changes what it corrects:

* a question is still open about the last message ("which Maria?"): that message is read
  again with the new time, and asks again if it must;
* the sender's last change (within the undo window) set a reminder or a follow-up: that
  reminder moves to the new time (``reminders move``), with Undo.

A person can be corrected the same way ("sorry, I meant Tom, not John"): the activity the
sender just logged (within the undo window) moves onto that person with its follow-up
(``activity contact``), with Undo; a question still open about the last message has the
name swapped in that message instead.

Anything else is read as usual. The words around the time or name must be filler
("actually", "make it", "please"), so "make it a demo on monday" is not one.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.language.rxfast import CaseBlind
from handlers.language.when import UnreadError, date_order, find_when
from handlers.pending import is_time_answer
from storage.context import Ctx
from storage.reminders import last_set_reminder

_HEAD = r"(?:actually|no|nope|sorry|oops|wait|change of plan)"
_VERB = (
    r"(?:(?:make|change|move|switch|set|push|put)\s+(?:it|that|this)(?:\s+(?:to|for))?"
    r"|i\s+meant?|let'?s\s+(?:say|do)|rather|instead)"
)
_OPENING = rf"^\s*(?:{_HEAD}\b[\s,.!:-]*)*(?P<verb>{_VERB}\b)?[\s,:-]*"
_CORRECTION = re.compile(
    rf"{_OPENING}(?P<when>.+?)(?:[\s,]+(?:instead|please|pls|thanks|thx))?[\s.!]*$",
    re.IGNORECASE,
)
# The opening alone, for a line (no "\n"): there the rest of _CORRECTION matches any
# non-empty remainder, so the opening it settles on is the first one with a character after
# it, which this finds without trying the rest at every position (the same "when" start).
# Case-sensitive over the lowered ASCII text (rxfast.CaseBlind): the same positions, cheaper.
# Every message is asked whether it is a correction, twice; correction() keeps the words.
_OPENING_FAST = CaseBlind(re.compile(rf"{_OPENING}(?=.)", re.IGNORECASE))


def is_correction_like(text: str) -> bool:
    """Whether ``text`` opens like a correction ("actually make it …"), read or not."""
    if "\n" in text:
        m = _CORRECTION.match(text)
        return m is not None and bool(text[: m.start("when")].strip(" ,.!:-"))
    head = _OPENING_FAST.match(text)
    return head is not None and bool(text[: head.end()].strip(" ,.!:-"))


def correction(ctx: Ctx, text: str) -> str | None:
    """The new time of a correction ("monday 11am" of "actually make it monday 11am"), or
    None when ``text`` is not one: it must open with a correcting word and hold a time with
    nothing else around it."""
    if len(text) > 120 or not is_correction_like(text):  # "monday 11am" alone: no fix
        return None
    m = _CORRECTION.match(text)
    assert m is not None
    when = m.group("when").strip()
    if _BARE_HOUR.fullmatch(when) and m.group("verb"):
        # "actually make it 3": the hour (as "at 3" reads it), was not understood
        when = f"at {when}"
    return when if is_time_answer(ctx, when) else None


_BARE_HOUR = re.compile(r"(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?")


def on_the_same_day(ctx: Ctx, when: str, day_of: datetime) -> str:
    """``when`` as said, with the half it does not say taken from ``day_of``
    ('YYYY-MM-DD HH:MM'): a time of day alone ("4pm", "at 16:30") on ``day_of``'s local day
    ("make it 4pm" of a reminder for tomorrow at 10 is tomorrow at 16:00, not today), and a
    day alone ("no wait, thursday") at ``day_of``'s time (it was moved to Thursday 09:00,
    the 14:00 said before silently lost)."""
    from handlers.language.dates import read_whens

    tz = ZoneInfo(ctx.tz)
    now_local = ctx.now.astimezone(tz)
    lang = ctx.user.language or "en"
    reading = read_whens(when, now_local, ctx.tz, lang, date_order=date_order(ctx))
    if reading.unread or len(reading.whens) != 1:
        return when
    said = reading.whens[0]
    at = said.due.astimezone(tz)
    if said.has_date and not said.has_time:
        return f"{at:%Y-%m-%d} {day_of.astimezone(tz):%H:%M}"
    if said.has_date or not said.has_time:
        return when
    return f"{day_of.astimezone(tz):%Y-%m-%d} {at:%H:%M}"


def retimed(ctx: Ctx, message: str, when: str) -> str:
    """``message`` with its time phrase replaced by ``when`` (added when it had none); a
    time of day alone keeps the message's own day."""
    try:
        found = find_when(ctx, message)
        rest = found.rest if found is not None else message
    except UnreadError as exc:
        found, rest = None, exc.rest
    if found is not None:
        when = on_the_same_day(ctx, when, found.due)
    return f"{rest.strip().rstrip(',;')} {when}".strip()


def last_reminder(ctx: Ctx) -> tuple[int, datetime] | None:
    """The reminder the sender's last change set or moved (a reminder, a log's follow-up)
    and its time, when that change is still inside the undo window and the reminder still
    open; else None."""
    r = last_set_reminder(ctx)
    return (r.id, r.due_at) if r is not None else None


# "sorry, I meant Tom, not John" · "oops it was tom not john" · "no, not john: tom"
_WORD = r"(?!(?:not|but|and|instead)\b)[^\W\d_][\w.'-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_NOT_OLD = rf"(?:[\s,;-]+(?:and\s+)?not\s+(?:with\s+)?(?P<old>{_NAME}))?"
_END = r"(?:[\s,]+instead)?[\s.!]*$"
_WHO_FIX = re.compile(
    rf"^\s*(?:(?:{_HEAD}\b[\s,.!:-]*)+(?:it\s+was|that\s+was|it'?s|should\s+be)"
    rf"|(?:{_HEAD}\b[\s,.!:-]*)*i\s+meant?)\s+(?:with\s+)?(?P<new>{_NAME}){_NOT_OLD}{_END}"
    rf"|^\s*(?:{_HEAD}\b[\s,.!:-]*)+not\s+(?:with\s+)?(?P<old2>{_NAME})[\s,;:-]+"
    rf"(?:but\s+|it\s+was\s+|i\s+meant\s+)?(?:with\s+)?(?P<new2>{_NAME}){_END}",
    re.IGNORECASE,
)


def person_correction(ctx: Ctx, text: str) -> tuple[str, str | None] | None:
    """The person meant and the one said by mistake (None when not said) of a message that
    only corrects a name ("sorry, I meant Tom, not John"), else None. A time ("I meant
    thursday") is the time correction's, not a name."""
    if len(text) > 80:
        return None
    m = _WHO_FIX.match(text)
    if m is None:
        return None
    new = (m.group("new") or m.group("new2") or "").strip(" .,")
    old = (m.group("old") or m.group("old2") or "").strip(" .,") or None
    if not new or is_time_answer(ctx, new) or new.lower() in _NOT_NAMES:
        return None
    return new, old


_NOT_NAMES = frozenset({"it", "that", "this", "him", "her", "them", "me", "you", "the other one"})


def swap_name(said: str, old: str, new: str) -> str | None:
    """``said`` with the name said by mistake replaced by the one meant (whole words, any
    case), or None when ``said`` does not hold it."""
    rx = re.compile(rf"(?<!\w){re.escape(old)}(?!\w)", re.IGNORECASE)
    return rx.sub(new, said, count=1) if rx.search(said) else None
