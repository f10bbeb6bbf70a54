"""A button's words keep the day they were said on.

Many buttons replay what the person typed: "Shall I …? Yes" runs ``understood yes`` with
the message, "Yes, remind me" runs ``remind me to remind …``, a "which Maria?" choice of a
typed command runs the command with the contact filled in. Their times ("tomorrow",
"friday", "in 2 hours") were read again when the button was pressed, so "remind the team
… tomorrow" confirmed two days later set the reminder for the day after the press: a day
nobody said, and nothing told.

The adapters say when the message holding the button was posted (``Incoming.offered_at``:
Slack's message ts, Telegram's message date). When the pressed action sets a reminder and
its time phrase reads differently as of then than as of now, the phrase is written out as
the day and hour it meant then, and the reply says so in one line. Other actions are left
as they are: their time words may be words kept as typed (a note's "called at 3"), and the
bot's own relative buttons ("Snooze 1h", "Tomorrow 9:00") mean the press's time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from handlers import registry
from handlers.language.date_base import WhenMatch
from handlers.language.when import date_order
from storage.context import Ctx

# Commands whose time phrase is what they read, and is cut from the words they keep: a
# reminder's. Elsewhere a time phrase may be words kept as typed ("called at 3, wants a
# demo" in a note) and is never rewritten. The bot's own relative buttons ("Snooze 1h",
# "Tomorrow 9:00") mean the press's time and are not among them.
_SETS_A_TIME = frozenset({"remind"})


def _written(w: WhenMatch, tz: ZoneInfo) -> str:
    at = w.due.astimezone(tz)
    return f"{at:%Y-%m-%d}" if w.has_date and not w.has_time else f"{at:%Y-%m-%d %H:%M}"


def as_said(ctx: Ctx, action: str, offered_at: datetime) -> tuple[str, str] | None:
    """``action`` with each time phrase that meant another time when its button was
    offered written out as that time, and the line that says so; None: nothing to change
    (no time phrase, the same reading, or a button whose time is the press's)."""
    if offered_at >= ctx.now:
        return None
    if not _sets_a_time(ctx, action):
        return None
    from handlers.language.dates import read_whens

    tz = ZoneInfo(ctx.tz)
    lang, order = ctx.user.language or "en", date_order(ctx)
    then = read_whens(action, offered_at.astimezone(tz), ctx.tz, lang, date_order=order)
    if not then.whens:
        return None
    now = read_whens(action, ctx.now.astimezone(tz), ctx.tz, lang, date_order=order)
    moved = [
        w
        for w in then.whens
        if not any(n.start == w.start and n.end == w.end and n.due == w.due for n in now.whens)
    ]
    if not moved:
        return None
    out, said = action, []
    for w in sorted(moved, key=lambda w: -w.start):
        said.append(f"'{action[w.start : w.end]}'")
        out = out[: w.start] + _written(w, tz) + out[w.end :]
    shown = f"{offered_at.astimezone(tz):%a %d %b %H:%M}"
    line = (
        f"↩️ This button is from {shown}: I read {', '.join(reversed(said))} as of then, "
        "when you said it, not as of this press."
    )
    return out, line


def _sets_a_time(ctx: Ctx, action: str) -> bool:
    """Whether ``action`` sets a reminder: the 'remind' command, or the Yes of "Shall I …?"
    about a message read as one ("understood yes remind me …", "… call Jon tomorrow")."""
    cmd, rest = registry.lookup(action)
    if cmd is None:
        return False
    if cmd.name in _SETS_A_TIME:
        return True
    if cmd.name != "understood yes":
        return False
    from handlers.language.nlu import parse_message

    lang = ctx.user.language or "en"
    said = parse_message(rest.strip(), ctx.now.astimezone(ZoneInfo(ctx.tz)), ctx.tz, lang)
    return said.intent == "remind"
