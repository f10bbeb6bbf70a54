"""remind, reminders (list, done, snooze, cancel)."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.language.remind_text import for_someone_else
from handlers.language.repeat_words import WORKDAYS, day_of_month, split_repeat
from handlers.language.when import UnreadError, When, find_when, require_when, when_start
from handlers.registry import Call, command
from handlers.reminder_links import link_named, names_in, whole_names
from handlers.reminder_window import Window, window
from handlers.types import Ask, Button, Reply
from storage import reminders as rem
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Reminder, User
from storage.text import counted
from storage.workspaces import find_user

_EXAMPLE = "remind me tomorrow 9am: call Maria"
_COLON = re.compile(r":(?!\d\d)")  # the text's colon, not the one inside "10:00"
_TARGET = re.compile(r"^(?:(me)|@(\S+)|#(\S+))\s+", re.IGNORECASE)


def _strip_to(text: str) -> str:
    return re.sub(r"^(?:to|that)\s+", "", text, flags=re.IGNORECASE)


def ask_past(ctx: Ctx, due: datetime, template: str) -> Reply:
    """A time already gone is never saved silently: offer the next sensible ones.

    ``template`` is the command to run, with "{}" where the new time goes.
    """
    zone = ZoneInfo(ctx.tz)
    local = due.astimezone(zone)
    options = []
    for label, days in (("tomorrow", 1), ("in a week", 7)):
        when = (ctx.now.astimezone(zone) + timedelta(days=days)).replace(
            hour=local.hour, minute=local.minute, second=0, microsecond=0
        )
        options.append(
            Button(
                f"{label}, {when:%a} {when.day} {when:%b %H:%M}",
                template.replace("{}", when.strftime("%Y-%m-%d %H:%M")),
            )
        )
    return Reply(
        sections=[f"{local:%a} {local.day} {local:%b %H:%M} is already past. When should it be?"],
        choices=options,
        expect=template,
        asks="when",
        ok=False,
    )


_ACCOUNT_REF = re.compile(r"^\s*#a\d+\s*$", re.IGNORECASE)
_DEAL_REF = re.compile(r"^\s*#d\d+\s*$", re.IGNORECASE)


# Repeats a reminder cannot keep: it repeats daily, weekly (on named days), monthly, yearly.
_ODD_REPEAT = re.compile(
    r"\b(?:every\s+(?:other|second|2nd|third|3rd|fourth|4th|\d+|two|three|four|five|six)\s+"
    r"(?P<unit>days?|weeks?|months?|years?|(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|weekdays?))|(?P<word>bi-?weekly|fortnightly|bi-?monthly|"
    r"every\s+quarter|quarterly|twice\s+a\s+(?:day|week|month|year)))\b",
    re.I,
)


def _odd_repeat(
    ctx: Ctx, odd: re.Match[str], due: datetime | None, what: str, head: str, extra: str
) -> Reply:
    """ "remind me every other week to …" was set once, its text starting "every other
    week": the rep trusted a repeat that never came. Nothing is set: the nearest repeat
    the bot keeps, or once, is offered at the time said, or the command to type."""
    said = odd.group(0)
    what = re.sub(rf"(?i)(?:every\s+)?{re.escape(said)}\s*(?:to\s+)?", "", what)
    what = re.sub(r"(?i)^every\s+(?:to\s+)?", "", " ".join(what.split())) or "follow up"
    unit = (odd["unit"] or odd["word"] or "").lower()
    nearest = (
        "weekly" if odd["wd"]  # "every other tuesday": the nearest is every tuesday
        else "daily" if "day" in unit else "monthly" if "month" in unit or "quarter" in unit
        else "yearly" if "year" in unit else "weekly"
    )  # fmt: skip
    head = " ".join(head.split())
    text = (
        f"⚠️ I can't repeat a reminder {said}: reminders repeat daily, weekly (on the days you "
        "name), monthly or yearly. Nothing is set yet."
    )
    if due is None:
        return Reply(
            sections=[
                text,
                f"Type it with a time, e.g. {head} monday 9am: {what} repeat={nearest}",
            ],
            ok=False,
        )
    when = due.astimezone(ZoneInfo(ctx.tz)).strftime("%Y-%m-%d %H:%M")
    shown = render.fmt_short(ctx, due)
    return Reply(
        sections=[text],
        buttons=[
            Button(
                f"{nearest.capitalize()} from {shown}",
                f"{head} {when}: {what}{extra} repeat={nearest}",
            ),
            Button(f"Once, {shown}", f"{head} {when}: {what}{extra}"),
        ],
    )


_MEMBER_FIRST = re.compile(r"@?(?P<one>[^\W\d_]+)(?:\s+(?P<two>[^\W\d_]+))?(?=\s|$)")
_NOT_A_MEMBER = frozenset(["me", "us", "myself", "everyone", "everybody", "the", "to", "about"])


def member_named(ctx: Ctx, text: str) -> tuple[User | None, int]:
    """The workspace member whose name opens ``text`` ("bob tomorrow at 10 …", "Carla Gómez
    to …") and where the name ends; (None, 0) when it opens with no member's name, or with a
    name two members share (the @name form asks which). Without it "remind bob tomorrow to
    call acme" was a reminder for the asker reading "bob to call acme", and Bob never got it."""
    m = _MEMBER_FIRST.match(text)
    if m is None or m["one"].lower() in _NOT_A_MEMBER:
        return None, 0
    tries = [(f"{m['one']} {m['two']}", m.end())] if m["two"] else []
    tries.append((m["one"], m.end("one")))
    for name, end in tries:
        try:
            user = find_user(ctx.session, ctx.workspace, name)
        except UserError:
            return None, 0
        if user is not None:
            return user, end
    return None, 0


def _for_someone_else(who: str, text: str) -> Reply:
    """ "remind Bob to send the deck friday": the bot reminds its user, a teammate (@name) or
    a channel, never a contact. Nothing is set: a reminder for the user to remind them is
    offered, and the teammate's form shown."""
    mine = f"remind me to remind {text}"
    return Reply(
        sections=[
            f"Shall I remind you to remind {text}? (I remind you, a teammate with remind @name "
            f"… or a channel with remind #channel …, not {who}; nothing is set yet.)"
        ],
        buttons=[Button("Yes, remind me", mine, "primary"), Button("No", "cancel")],
        asks="confirm",
    )


@command(
    "remind",
    "remind [me|@user|#channel] WHEN: TEXT [repeat=daily|weekly|monthly|yearly] [about=CONTACT]",
    aliases=("reminder add", "remind me"),
)
def remind(call: Call) -> Reply:
    """Set a reminder, for you, a teammate (@name) or a channel (#sales).

    Examples: remind me tomorrow 9am: call Maria
              remind #sales friday 10:00: pipeline review repeat=weekly
              remind in 2 hours: send the contract about=Maria Lopez

    A contact or account named in words without the colon ("remind me friday at 10 to call
    Maria Lopez") links the reminder as ``about=`` does (``about=#a5`` links an account).
    """
    ctx = call.ctx
    text = common.need(call, "time and text", _EXAMPLE)
    for_user = None
    channel = None
    m = _TARGET.match(text + " ")
    target = m.group(0).strip() + " " if m else ""
    if m is None:  # "remind bob tomorrow at 10 to call acme": a member named without the @
        named, end = member_named(ctx, text)
        if named is not None:
            text = text[end:].lstrip()
            if named.id != ctx.user_id:
                for_user, target = named, f"@{named.display_name} "
        else:  # "remind Bob to …", Bob no member: asked, never the user's own "Bob to …"
            other = for_someone_else(f"remind {text}")
            if other is not None:
                return _for_someone_else(other, text)
    if m:
        text = text[m.end() :] if m.end() <= len(text) else ""
        if m.group(2):
            two = re.match(r"(\S+)\s+", text)  # "@Carla Gómez tomorrow ...": a two-word name
            if two and find_user(ctx.session, ctx.workspace, f"{m.group(2)} {two.group(1)}"):
                target = f"{target.strip()} {two.group(1)} "
                text = text[two.end() :]
                for_user = find_user(ctx.session, ctx.workspace, target.strip())
            else:
                for_user = find_user(ctx.session, ctx.workspace, m.group(2))
            if for_user is None:
                raise UserError(f"no user named '@{m.group(2)}' in this workspace")
        elif m.group(3):
            platform = call.channel.split(":", 1)[0] if ":" in call.channel else "console"
            channel = f"{platform}:#{m.group(3)}"
    args = parse_args(text)
    repeat = args.fields.pop("repeat", None)
    about = args.fields.pop("about", None)
    if args.fields:
        raise UserError(
            f"unknown field '{next(iter(args.fields))}'; remind takes repeat= and about="
        )
    body = args.words
    if repeat is None:  # "remind me every monday at 9: ..." repeats without repeat=
        repeat, body = split_repeat(body, lambda t: when_start(ctx, t))
    dom = day_of_month(body) if repeat == "monthly" else None
    if dom is not None:  # "every month on the 1st at 9": the date is the day of the month
        body = dom[1]
    extra = (f" repeat={repeat}" if repeat else "") + (f" about={about}" if about else "")
    parts = _COLON.split(body, maxsplit=1)
    when_text, what = (parts[0], parts[1]) if len(parts) == 2 else (body, "")
    # "remind me to call Maria Lopez friday at 10", said in words, is about Maria; so is
    # "tmrw 9: call Maria Lopez" (it once linked only with about=). In the "WHEN: TEXT" form
    # a name links only when the workspace has it: "remind me friday: Pipeline review" is
    # not told that no account is called Pipeline.
    said = about is None
    colon = len(parts) == 2

    def link_said(what: str, when: str) -> str:
        """The words' record as `` about=#c5`` (or ""), its note kept in ``notes``."""
        names = names_in(ctx, call.text, what)
        ref, note = link_named(
            ctx,
            *(whole_names(ctx, *names) if colon else names),
            lambda r: f"remind {target}{when}: {what}{extra} about={r}",
            what,
        )
        if ref or not colon:
            notes.append(note)
        return f" about={ref}" if ref else ""

    notes: list[str] = []
    unread = ""
    try:
        when = find_when(ctx, when_text)
    except UnreadError as exc:  # "remind me 3/4 at 10: ...": shown back, then asked
        when, unread = None, f"{exc} "
        when_text = exc.rest if len(parts) != 2 else ""
    if when is None and dom is not None:
        when = find_when(ctx, "tomorrow 9:00")  # the day comes from dom below
        assert when is not None
        when = When(when.due, when_text)
    if when is not None and (dom is not None or repeat == WORKDAYS):
        when = When(_first_due(ctx, when.due, dom[0] if dom else None, repeat), when.rest)
    odd = _ODD_REPEAT.search(body) if repeat is None else None
    if when is None:
        what = _strip_to((what or when_text).strip())
        if not what:
            raise UserError(f"What and when? Example: {_EXAMPLE}")
        if odd:
            # "every 2 weeks on monday at 9": the repeat aside, the day and hour may be read
            try:
                rest = find_when(ctx, _ODD_REPEAT.sub(" ", body))
            except UserError:
                rest = None
            due = rest.due if rest is not None and rest.due > ctx.now else None
            return _odd_repeat(ctx, odd, due, what, f"remind {target.strip() or 'me'}", extra)
        try:
            extra += link_said(what, "") if said else ""
        except Ask as ask:
            return ask.reply
        return Reply(
            sections=[
                f"{unread}When should I remind {target.strip() or 'you'} to {what}? "
                "(e.g. tomorrow 9am, friday at 3, in 2 hours)",
                *notes,
            ],
            expect=f"remind {target}{{}}: {what}{extra}",
            asks="when",
        )
    what = (
        (when.rest + " " + what).strip()
        if what and when.rest.strip()
        else (what.strip() or _strip_to(when.rest.strip()))
    )
    if odd and when.due > ctx.now:
        return _odd_repeat(ctx, odd, when.due, what, f"remind {target.strip() or 'me'}", extra)
    if said:
        local = when.due.astimezone(ZoneInfo(ctx.tz)).strftime("%Y-%m-%d %H:%M")
        try:
            linked_words = link_said(what, local if when.due > ctx.now else "")
        except Ask as ask:
            return ask.reply
        extra += linked_words
        about = linked_words.removeprefix(" about=") or None
    others = _OTHERS.match(what) if not target else None
    if others and when.due > ctx.now:
        # "remind the team tomorrow 9am to update the pipeline" once set a reminder for
        # the asker alone, "the team to …" as its text: who gets it is asked, nothing set.
        local = when.due.astimezone(ZoneInfo(ctx.tz)).strftime("%Y-%m-%d %H:%M")
        task = _strip_to(what[others.end() :].strip()) or what
        return Reply(
            sections=[
                f"Who should get '{task}' at {render.fmt_short(ctx, when.due)}? I remind "
                f"a channel or a teammate when you name them:\n"
                f"remind #CHANNEL {local}: {task}{extra}\n"
                f"remind @NAME {local}: {task}{extra}",
                *notes,
            ],
            buttons=[Button("Just me", f"remind me {local}: {task}{extra}")],
            ok=False,
        )
    if when.due <= ctx.now:
        past = ask_past(ctx, when.due, f"remind {target}{{}}: {what}{extra}")
        past.sections.extend(notes)
        return past
    linked = None
    warn = ""
    if about and _DEAL_REF.match(about):  # "about=#d5": a deal (its card shows it)
        d = common.deal(
            ctx, about, lambda r: f"remind {call.rest.replace(about, r)}", offer_create=False
        )
        linked = ("deal", d.id)
    elif about and _ACCOUNT_REF.match(about):  # "about=#a5": a company, not a person
        a = common.account(
            ctx, about, lambda r: f"remind {call.rest.replace(about, r)}", offer_create=False
        )
        linked = ("account", a.id)
    elif about:
        c = common.contact(
            ctx, about, lambda r: f"remind {call.rest.replace(about, r)}", offer_create=False
        )
        linked = ("contact", c.id)
        if c.do_not_contact:
            warn = f"⚠️ {c.name} is marked do-not-contact."
    if repeat:
        kind, sep, days = repeat.partition(":")
        repeat = kind.lower() + (sep + days.upper().replace(" ", "") if sep else "")
        if repeat == "weekly":
            repeat = "weekly:" + when.due.astimezone(ZoneInfo(ctx.tz)).strftime("%a").upper()[:2]
    r = rem.create(
        ctx, what, when.due, for_user=for_user, channel=channel, linked=linked, recurrence=repeat
    )
    recipient = ""
    if for_user is not None and for_user.id != ctx.user.id:
        recipient = f" for {for_user.display_name}"  # says who will get it
    elif channel is not None:
        recipient = f" for {channel.split(':', 1)[-1]}"
    return Reply(
        sections=[f"⏰ Reminder set{recipient}", render.reminder_line(ctx, r), warn, *notes],
        buttons=[common.undo_button(ctx)],
    )


def _lines(ctx: Ctx, rows: list[Reminder]) -> str:
    """The reminders, one a line; one about a do-not-contact person says so: a campaign's
    or a sequence's call reminder about them is never sent, and listing it as due once
    told the rep to call someone who asked not to be."""
    dnc = rem.do_not_contact_ids(ctx, rows)

    def mark(r: Reminder) -> str:
        if r.id not in dnc:
            return ""
        if r.kind in ("campaign_call", "sequence_call"):
            return " ⛔ do-not-contact: not sent"
        return " ⛔ do-not-contact"

    return "\n".join(render.reminder_line(ctx, r) + mark(r) for r in rows)


@command(
    "reminders",
    "reminders [today|tomorrow|DAY|this week|next week|overdue]",
    aliases=("reminders list", "my reminders"),
)
def reminders_list(call: Call) -> Reply:
    """Your open reminders, soonest first, and recent failed deliveries; a day or a week
    narrows them: reminders tomorrow, reminders friday, reminders this week, reminders overdue."""
    ctx = call.ctx
    win = window(ctx, call.rest)
    if win is not None:
        rows = rem.list_open(ctx, due_from=win.start, due_before=win.end)
        if not rows:
            return Reply.say(f"No {_for(win, 0)}.")
        lines = _lines(ctx, rows)
        choices = [Button(f"Done #r{r.id}", f"reminders done {r.id}") for r in rows[:5]]
        return Reply(
            sections=[_for(win, len(rows)), lines],
            choices=choices,
            private=True,
        )
    rows = rem.list_open(ctx)
    failed = rem.list_failed(ctx)
    if not rows and not failed:
        return Reply.say("No open reminders. Set one: " + _EXAMPLE)
    sections = [
        counted(len(rows), "open reminder"),
        _lines(ctx, rows),
    ]
    if failed:
        sections.append("Failed\n" + "\n".join(render.reminder_line(ctx, r) for r in failed))
    choices = [Button(f"Done #r{r.id}", f"reminders done {r.id}") for r in rows[:5]]
    return Reply(sections=sections, choices=choices, private=True)


def _for(win: Window, n: int) -> str:
    """'2 overdue reminders', 'open reminders for Tue 8 Dec' (n=0: for "No …")."""
    if win.start is None:
        return counted(n, "overdue reminder") if n else "overdue reminders"
    return (
        f"{counted(n, 'open reminder')} for {win.label}" if n else f"open reminders for {win.label}"
    )


_OTHERS = re.compile(
    r"(?:the\s+(?:whole\s+)?(?:sales\s+)?team|everyone|everybody|all\s+of\s+us|my\s+team|"
    r"the\s+reps|all\s+reps|the\s+sales\s+reps|the\s+others)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"^(?:for\s+|in\s+)?(?P<n>\d{1,3})\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)$"
)


def _first_due(ctx: Ctx, due: datetime, day: int | None, repeat: str | None) -> datetime:
    """The first firing of "every month on the 1st" / "every weekday": same clock time,
    moved to the next day that fits (today counts if still ahead)."""
    zone = ZoneInfo(ctx.tz)
    local = due.astimezone(zone)
    now = ctx.now.astimezone(zone)
    candidate = now.replace(hour=local.hour, minute=local.minute, second=0, microsecond=0)
    for _ in range(400):
        if candidate > now:
            if day is not None:
                last = calendar.monthrange(candidate.year, candidate.month)[1]
                if candidate.day == min(day, last):
                    break
            elif candidate.weekday() < 5:
                break
        nxt = (candidate + timedelta(days=1)).replace(tzinfo=None)
        candidate = nxt.replace(tzinfo=zone)
    return candidate.astimezone(UTC)


def _after_duration(now: datetime, text: str) -> datetime | None:
    """ "2h", "30m", "2 hours", "1d", "for 3 days": that long from now."""
    m = _DURATION.match(text.strip())
    if m is None or int(m.group("n")) == 0:
        return None
    unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[m.group("unit")[0]]
    return now + timedelta(**{unit: int(m.group("n"))})


def _rid(text: str, example: str) -> tuple[int, str]:
    """The reminder number first; asked for with an example of the command typed, so a rep
    who said "snooze it to monday" is not told how to mark one done."""
    head, _, rest = text.strip().partition(" ")
    head = head.lstrip("#").lstrip("r")
    if not head.isdigit():
        raise UserError(f"Which reminder? Give its number (see 'reminders'), e.g. {example}")
    return int(head), rest.strip()


_TO_WHEN = re.compile(r"^(?:to|till|until|til)\s+(?=\S)", re.I)


@command(
    "reminders done",
    "reminders done N",
    aliases=("done", "reminder done", "mark reminder", "complete reminder"),
)
def reminders_done(call: Call) -> Reply:
    """Mark a reminder done. Example: reminders done 12"""
    rid, _ = _rid(call.rest, "reminders done 12")
    r = rem.done(call.ctx, rem.get(call.ctx, rid))
    said = [f"✅ Done: {r.text}"]
    if r.status == "pending":  # a repeating reminder: this time done, the series goes on
        said.append(
            f"↻ It repeats: next {render.fmt_short(call.ctx, r.due_at)}. "
            f"To end the series: reminders cancel {r.id}"
        )
    return Reply(sections=said, buttons=[common.undo_button(call.ctx)])


@command(
    "reminders cancel",
    "reminders cancel N",
    aliases=(
        "reminder cancel", "reminders delete", "reminder delete", "reminder remove",
        "delete reminder", "cancel reminder", "remove reminder",
    ),
)  # fmt: skip
def reminders_cancel(call: Call) -> Reply:
    """Cancel a reminder. Example: reminders cancel 12"""
    rid, _ = _rid(call.rest, "reminders cancel 12")
    r = rem.cancel(call.ctx, rem.get(call.ctx, rid))
    return Reply(sections=[f"Cancelled: {r.text}"], buttons=[common.undo_button(call.ctx)])


@command(
    "reminders move",
    "reminders move N WHEN",
    aliases=("reminder move", "reminders change", "reminder change", "move reminder"),
)
def reminders_move(call: Call) -> Reply:
    """Set a reminder to another time, earlier or later (a snooze only postpones).

    Example: reminders move 12 monday 11am
    Typing "actually make it monday 11am" right after setting a reminder does the same.
    """
    ctx = call.ctx
    rid, when_text = _rid(call.rest, "reminders move 12 monday 11am")
    when_text = _TO_WHEN.sub("", when_text)  # "move 12 to monday 11am"
    r = rem.get(ctx, rid)
    was = r.due_at
    rem.move(ctx, r, require_when(ctx, when_text, "reminders move 12 monday 11am").due)
    return Reply(
        sections=[
            f"⏰ #r{r.id} moved from {render.fmt_dt(ctx, was)} to "
            f"{render.fmt_dt(ctx, r.due_at)}: {r.text}"
        ],
        buttons=[common.undo_button(ctx)],
    )


# "snooze it 1 hour", "snooze that reminder to friday": no number, the reminder just set
# (handlers.reminder_words reads these first; it asked "Which reminder?")
_NO_NUMBER = re.compile(r"^(?:it|that|this|the|my)\b", re.IGNORECASE)


@command(
    "reminders snooze",
    "reminders snooze N 1h|tomorrow|monday|WHEN",
    aliases=("snooze", "reminder snooze", "snooze reminder"),
    fits=lambda rest: _NO_NUMBER.match(rest.strip()) is None,
)
def reminders_snooze(call: Call) -> Reply:
    """Snooze a reminder: 1h, tomorrow (09:00), monday (09:00), or any later time.

    A snooze never moves a reminder earlier: 1h, tomorrow and monday count from its due
    time when that is still ahead (from now when it is already due).

    Example: reminders snooze 12 tomorrow     reminders snooze 12 friday 3pm
    """
    ctx = call.ctx
    rid, when_text = _rid(call.rest, "reminders snooze 12 tomorrow")
    when_text = _TO_WHEN.sub("", when_text)  # "snooze 1 to friday": the time is "friday"
    r = rem.get(ctx, rid)
    # A snooze postpones: "1h", "tomorrow", "monday" count from the later of now and the
    # reminder's due time, so snoozing one due in 3 days never pulls it to now + 1 hour.
    base = max(ctx.now, r.due_at)
    presets = rem.snooze_presets(base.astimezone(ZoneInfo(ctx.tz)))
    key = when_text.lower() or "1h"
    until = presets.get(key)
    if until is None:
        until = _after_duration(base, key)
    if until is None:
        until = require_when(ctx, when_text, "reminders snooze 12 tomorrow 9am").due
        if until < r.due_at:
            raise UserError(
                f"#{r.id} is due {render.fmt_dt(ctx, r.due_at)}; {when_text} is earlier, and a "
                f"snooze only postpones. To be reminded earlier: reminders move {r.id} {when_text}"
            )
    rem.snooze(ctx, r, until)
    return Reply(
        sections=[f"💤 Snoozed until {render.fmt_dt(ctx, r.due_at)}: {r.text}"],
        buttons=[common.undo_button(ctx)],
    )
