"""log call|meeting|visit|email|note."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.language.when import require_when
from handlers.pending import is_time_answer
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import crm, privacy, queries
from storage import reminders as rem
from storage.context import Ctx
from storage.errors import UserError
from storage.lookup import (
    Resolution,
    contacts_named_at,
    find_accounts,
    find_contacts,
    find_deals,
)
from storage.models import Account, Activity, Contact, Opportunity
from storage.text import name_key
from storage.validate import boolean

_EXAMPLE = "log call Maria Lopez: wants a quote follow=next tuesday 9am"
# "log call Maria: wants a quote, follow up next tuesday 9am": a follow-up said in words at
# the end of the note was kept as text only, and the rep believed a reminder was set.
_FOLLOW_SAID = re.compile(
    r"(?:^|[,;.]\s*|\s)(?:and\s+)?follow[\s-]*up\s+(?P<when>[^,;:.!?]+?)\s*[.!]?\s*$", re.I
)
FOLLOW_SAID = _FOLLOW_SAID  # a case note reads the same words (handlers/commands/cases.py)


def resolve_subject(
    call: Call, who: str, redo_prefix: str, body: str, create: bool = False
) -> tuple[Contact | None, Account | None, Opportunity | None]:
    """A contact first, then an account, then a deal; 'Maria at Acme' narrows by account."""
    ctx = call.ctx
    account: Account | None = None
    res: Resolution[Contact] | None = None
    if " at " in who:
        who, acc_q = (p.strip() for p in who.rsplit(" at ", 1))
        known = contacts_named_at(ctx, who, acc_q)  # the account and contact in one look
        if known is not None:
            account, res = known
            if not res.matches:
                res = None  # no exact name there: the forgiving lookup below
        accs = Resolution(acc_q, [account]) if account is not None else find_accounts(ctx, acc_q)
        if accs.found is None and not accs.ambiguous:
            person = find_contacts(ctx, who).found
            if person is not None and _same_firm(person, acc_q):
                # "met Tom Baker at Acme HQ": a place of his firm (Acme Corp), not an
                # account; his log, with the place kept in the note.
                return person, None, None
            if person is not None and not create:
                _ask_elsewhere(call, who, acc_q, person, redo_prefix, body)
            if not create:
                raise common.Ask(
                    Reply(
                        sections=[f"I know no account '{acc_q}' yet."],
                        choices=[
                            Button(
                                f"Create '{who}' at '{acc_q}' and log", f"{call.text} create=yes"
                            )
                        ],
                        ok=False,
                    )
                )
            account = crm.create_account(ctx, acc_q, {})
        else:
            account = common.choose(
                accs, "account", lambda r: f"{redo_prefix} {who} at {r}: {body}"
            )
    if res is None:
        res = find_contacts(ctx, who, account)
    if account is not None and not res.matches and not create and not who.startswith("#"):
        person = find_contacts(ctx, who).found
        if person is not None:
            _ask_elsewhere(call, who, account.name, person, redo_prefix, body)
    if res.matches or who.startswith("#c"):
        c = common.choose(res, "contact", lambda r: f"{redo_prefix} {r}: {body}")
        return c, account, None
    if account is None:
        accs = find_accounts(ctx, who)
        deals = find_deals(ctx, common.deal_name(who))
        key = name_key(common.deal_name(who))
        exact_deal = any(d.title_key == key for d in deals.matches)
        exact_account = any(a.name_key == name_key(who) for a in accs.matches)
        # "Globex turbines" is the deal, not a near miss of the account "Globex"
        if (accs.matches or who.startswith("#a")) and not (exact_deal and not exact_account):
            return (
                None,
                common.choose(accs, "account", lambda r: f"{redo_prefix} {r}: {body}"),
                None,
            )
        if deals.matches or who.startswith("#d"):
            return None, None, common.choose(deals, "deal", lambda r: f"{redo_prefix} {r}: {body}")
    # Nothing matched: create the contact when asked to, else offer to.
    if create:
        fields = {"account": f"#a{account.id}"} if account is not None else {}
        name = who
        if "@" in who and " " not in who.strip():  # "emailed chloe@acme.fr": Chloe, that email
            fields["email"] = who.strip()
            parts = [p for p in re.split(r"[._]", who.split("@", 1)[0].split("+")[0]) if p]
            if 1 <= len(parts) <= 3 and all(p.isalpha() for p in parts):
                name = " ".join(p.title() for p in parts)
        privacy.check_not_suppressed(ctx, name=name, email=fields.get("email"))
        return crm.create_contact(ctx, name, fields), account, None
    head = _known_head(ctx, who)
    if head is not None:
        # "email peter the contract": the words start with a contact (Peter Gibbons); one
        # tap must not create a contact called "peter the contract"
        note = body or call.text
        raise common.Ask(
            Reply(
                sections=[
                    f"I found no one called '{who}'. Did you mean {head.name}"
                    f"{f' ({head.account.name})' if head.account else ''}?"
                ],
                choices=[
                    Button(f"Log on {head.name}", f"{redo_prefix} #c{head.id}: {note}"),
                    Button(f"Create contact '{who}' and log", f"{call.text} create=yes"),
                ],
            )
        )
    raise common.Ask(
        Reply(
            sections=[f"I found no contact, account or deal matching '{who}'."],
            choices=[Button(f"Create contact '{who}' and log", f"{call.text} create=yes")],
            ok=False,
        )
    )


def _known_head(ctx: Ctx, who: str) -> Contact | None:
    """The one contact the first words of ``who`` name ("peter" of "peter the contract"),
    longest first; None when no shorter start names exactly one."""
    words = who.split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        found = find_contacts(ctx, " ".join(words[:n])).found
        if found is not None:
            return found
    return None


def _same_firm(person: Contact, place: str) -> bool:
    """Whether the words after "at" start like the contact's own account ("Acme HQ" for
    Acme Corp): then they say where, not which company."""
    if person.account is None:
        return False
    firm, said = name_key(person.account.name).split(), name_key(place).split()
    return bool(firm and said) and firm[0] == said[0]


def _ask_elsewhere(
    call: Call, who: str, place: str, person: Contact, redo_prefix: str, body: str
) -> None:
    """ "met Sara Lee at Acme" when the one Sara Lee is at Globex: asked, never refused with
    "no contact matching 'sara lee'" (she exists), nor logged on her unasked (it may be
    another Sara Lee, new at Acme)."""
    firm = person.account.name if person.account is not None else None
    where = f" ({firm})" if firm else ""
    raise common.Ask(
        Reply(
            sections=[
                f"{person.name} is {'at ' + firm if firm else 'at no account'}, not {place}. "
                f"Log it on {person.name}{where}? (The note keeps every word.)"
            ],
            choices=[
                Button(f"Log on {person.name}{where}", f"{redo_prefix} #c{person.id}: {body}"),
                Button(f"Create '{who}' at '{place}' and log", f"{call.text} create=yes"),
            ],
        )
    )


_NOTE_COLON = re.compile(r":(?!\d)")  # "Maria: wants a quote", not the colon of "14:00"


def _has_note(rest: str) -> bool:
    """ "call Maria: wants a quote" is the command; "call with Maria on friday at 3" is not,
    nor a pasted note under a heading ("CALL SUMMARY\nClient: Redstone Mining …"): a WHO
    never runs over a line break."""
    colon = _NOTE_COLON.search(rest)
    if colon is None or "\n" in rest[: colon.start()]:
        return False
    # "Meeting moved from 2pm to 4pm, but we made it: met Oskar …": a sentence before the
    # colon, not a WHO (a name runs over no clause and is a few words long)
    who = rest[: colon.start()]
    return len(who.split()) <= 6 and _CLAUSE_IN_WHO.search(who) is None


_CLAUSE_IN_WHO = re.compile(r",\s+(?:but|and|so|then|because|we|i|they|he|she|it)\b")


_WHO_LINK = re.compile(
    r"^(?:from|with|to|w/|for|on|about|re|regarding|con|mit|avec|med|με|sobre|zu|sur|om)\s+",
    re.IGNORECASE,
)


def _happened(ctx: Ctx, text: str | None, keep: datetime | None = None) -> datetime | None:
    """``when=yesterday 4pm``: when the activity took place (default: now). Never ahead.

    A day said without a time ("actually that was yesterday") keeps the time of day of
    ``keep`` (the activity's own time, else now): the date reader's 09:00 was a time nobody
    said, and it moved a call logged at 11:00 to 09:00."""
    if not text:
        return None
    found = require_when(ctx, text, "when=yesterday 16:00")
    due = found.due
    if not _said_a_time(ctx, text):
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(ctx.tz)
        clock = (keep or ctx.now).astimezone(zone)
        day = due.astimezone(zone)
        due = day.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)
        if due > ctx.now and day.date() == ctx.now.astimezone(zone).date():
            due = ctx.now  # "today", said of a call logged later in the day: not ahead
    if due > ctx.now + timedelta(minutes=5):
        raise UserError(
            "when= is when it happened, and that is still ahead; for a follow-up use follow="
        )
    return due


def _said_a_time(ctx: Ctx, text: str) -> bool:
    """Whether ``text`` names a time of day (not only a day)."""
    from zoneinfo import ZoneInfo

    from handlers.language.dates import find_whens

    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    whens = find_whens(text, now_local, ctx.tz, ctx.user.language or "en")
    return not whens or any(w.has_time for w in whens)


def _log(call: Call, kind: str) -> Reply:
    """Shared body of the five log commands."""
    ctx = call.ctx
    text = common.need(call, "contact, account or deal", _EXAMPLE)
    who, _, body = text.partition(":")
    who = _WHO_LINK.sub("", who.strip())  # "email from Jon:", "call with Maria:"
    args = parse_args(body)
    follow = args.fields.pop("follow", None)
    said = _FOLLOW_SAID.search(args.words) if follow is None else None
    if said and is_time_answer(call.ctx, said["when"]):
        follow = said["when"]  # the note keeps its words; the time is read as follow= is
    create = boolean(args.fields.pop("create", "no"))
    deal_q = args.fields.pop("deal", None)
    happened = _happened(ctx, args.fields.pop("when", None))
    if args.fields:
        raise common.Ask(
            Reply.error(
                f"unknown field '{next(iter(args.fields))}'; log takes deal=, follow= and when="
            )
        )
    prefix = f"log {kind}"
    if not body.strip() and not create:
        split = _to_do_or_log(call, kind, who.strip())
        if split is not None:
            return split
    contact, account, deal = resolve_subject(call, who.strip(), prefix, body.strip(), create)
    no_deal = (deal_q or "").strip().lower() in _NO_DEAL
    if deal_q and not no_deal:
        deal = common.deal(ctx, deal_q, lambda r: f"{prefix} {who.strip()}: {args.words} deal={r}")
    others: list[Opportunity] = []
    if deal is None and not no_deal:
        deal, others = _deal_of(ctx, contact, account, args.words)
    act = crm.log_activity(
        ctx,
        kind,
        args.words,
        contact=contact,
        account=account,
        deal=deal,
        occurred_at=happened,
        touch_contact_deals=not no_deal,
    )
    ctx.session.flush()  # its number, for the buttons below
    sections = [f"✅ Logged {kind}", render.activity_line(ctx, act)]
    target = contact or account or deal
    if target is not None:
        sections.append("on " + common.short_label(target))
    if deal is not None and target is not deal:
        sections.append(f"💼 on the deal {deal.title} (#d{deal.id})")
    buttons = [common.undo_button(ctx)]
    if others:  # several open deals, none named: the latest is linked, the others a tap away
        sections.append(
            f"{len(others) + 1} open deals here; I put it on the most recently active one."
        )
        buttons += [
            Button(f"On {o.title} instead", f"activity deal {act.id} #d{o.id}") for o in others[:3]
        ]
        buttons.append(Button("On no deal", f"activity deal {act.id} none"))
    if follow:
        when = require_when(ctx, follow, "follow=next tuesday 9am")
        linked: tuple[str, int] | None = None
        if contact is not None:
            linked = ("contact", contact.id)
        elif deal is not None:
            linked = ("deal", deal.id)
        elif account is not None:
            linked = ("account", account.id)
        name = common.short_label(target) if target else ""
        r = rem.create(
            ctx,
            f"Follow up {name}: {_note_head(act)}".strip(": "),
            when.due,
            linked=linked,
            kind="follow-up",
        )
        sections.append(render.reminder_line(ctx, r))
        if contact is not None and contact.do_not_contact:
            sections.append("⚠️ This contact is marked do-not-contact.")
    return Reply(sections=sections, buttons=buttons + render.show_all_buttons([act]))


_ABOUT = re.compile(r"\s+(?:about|re:?|regarding|concerning|on|for)\s+", re.IGNORECASE)
_TO_DO = {"call": "call", "meeting": "meet", "visit": "visit", "email": "email", "note": "note"}


def _to_do_or_log(call: Call, kind: str, who: str) -> Reply | None:
    """ "email john about the proposal" (no "WHO: NOTE" colon): the whole rest was taken for
    a name ("I found no one called 'john about the proposal'", with an offer to create that
    contact). Said like that it may be done or still to do, so when the words before
    "about" name a record, ask: log it, or be reminded to do it. None: not that shape."""
    m = _ABOUT.search(who)
    if m is None or m.start() == 0:
        return None
    name, note = who[: m.start()].strip(), who[m.start() :].strip()
    ctx = call.ctx
    found = find_contacts(ctx, name).matches or find_accounts(ctx, name).matches
    if len(found) != 1:
        return None
    target = found[0]
    label = common.short_label(target)
    verb = _TO_DO.get(kind, kind)
    return Reply(
        sections=[f"Log {_A.get(kind, 'a')} {kind} with {label} {note}, or remind you to do it?"],
        choices=[
            Button(f"Log the {kind}", f"log {kind} {common.ref(target)}: {note}"),
            Button("Remind me", f"remind me to {verb} {label} {note}"),
        ],
        asks="choice",
    )


_A = {"email": "an"}


def _note_head(act: Activity) -> str:
    """A follow-up's text: the note, or the head of a long one and where the rest is."""
    if not render.is_long(act):
        return act.body
    return render.activity_line_body(act)


def _deal_of(
    ctx: Ctx, contact: Contact | None, account: Account | None, note: str
) -> tuple[Opportunity | None, list[Opportunity]]:
    """The open deal an activity is about, and the other candidates when it was a guess.

    One open deal of the contact or the account: that one. Several: the one the note names
    ("talked about the renewal" -> "Acme renewal"), else the most recently active, with the
    others offered as buttons (the log is saved either way: nothing typed is lost).
    """
    account_id = account.id if account is not None else None
    if account_id is None and contact is not None:
        account_id = contact.account_id
    deals = queries.open_deals_touching(
        ctx, contact_id=contact.id if contact else None, account_id=account_id
    )
    if len(deals) <= 1:
        return (deals[0] if deals else None), []
    words = {w.rstrip("s") for w in _WORD.findall(name_key(note))}  # once, not per deal
    named = [d for d in deals if _names_deal(words, d)]
    if len(named) == 1:
        return named[0], []
    pick = (named or deals)[0]
    return pick, [d for d in deals if d is not pick]


_WORD = re.compile(r"\w+")
_NO_DEAL = frozenset({"none", "no", "-", "no deal"})


def _names_deal(words: set[str], d: Opportunity) -> bool:
    """Whether a note (``words``: its name-key words, a plural's "s" off) names the deal:
    every word of its title that is not the account's name ("the renewal" names "Acme
    renewal" at Acme). A deal called just like its account is not named by the account's
    name: that names them all."""
    title = [w for w in _WORD.findall(d.title_key) if len(w) > 2]
    if not any(w.rstrip("s") in words for w in title):
        # no word of the title is in the note, so none of its own words is (they are some of
        # these): no, without loading the deal's account (issue 18)
        return False
    account_words = set(_WORD.findall(name_key(d.account.name))) if d.account else set()
    own = [w for w in title if w not in account_words]
    return bool(own) and all(w.rstrip("s") in words for w in own)


@command(
    "activity deal",
    "activity deal N DEAL|none",
    aliases=("activity move",),
)
def activity_deal(call: Call) -> Reply:
    """Put a logged activity on another deal, or on none. Example: activity deal 12 #d3

    The deal's last activity follows (stale-deal nudges count from it).
    """
    ctx = call.ctx
    head, _, rest = common.need(call, "activity", "activity deal 12 #d3").partition(" ")
    act = _activity(ctx, head)
    rest = rest.strip()
    if not rest:
        raise UserError("Which deal? Example: activity deal 12 #d3 (or 'none')")
    deal: Opportunity | None = None
    if rest.lower() not in ("none", "no deal", "-"):
        deal = common.deal(
            ctx, rest, lambda r: f"activity deal {act.id} {r}", open_only=False, offer_create=False
        )
    crm.relink_activity(ctx, act, deal)
    where = f"on {deal.title} (#d{deal.id})" if deal is not None else "on no deal"
    return Reply(
        sections=[f"✅ Moved the {act.type} {where}", render.activity_line(ctx, act)],
        buttons=[common.undo_button(ctx)],
    )


@command(
    "activity contact",
    "activity contact N WHO",
    aliases=("activity person",),
)
def activity_contact(call: Call) -> Reply:
    """Put a logged activity on another person. Example: activity contact 12 Tom Baker

    Its follow-up moves with it, both people's last contact stay true, and a deal of the
    first person's is swapped for the new person's open deal (or none). Undo puts all back.
    """
    ctx = call.ctx
    head, _, rest = common.need(call, "activity", "activity contact 12 Tom Baker").partition(" ")
    act = _activity(ctx, head)
    who = rest.strip()
    if not who:
        raise UserError("Who instead? Example: activity contact 12 Tom Baker")
    person = common.contact(
        ctx, who, lambda r: f"activity contact {act.id} {r}", offer_create=False
    )
    if person.id == act.contact_id:
        return Reply.say(f"The {act.type} #{act.id} is already on {person.name}; nothing changed.")
    moved = crm.relink_activity_contact(ctx, act, person)
    sections = [
        f"✅ Moved the {act.type} onto {common.short_label(person)}",
        render.activity_line(ctx, act),
    ]
    if act.opportunity_id is not None:
        deal = ctx.session.get(Opportunity, act.opportunity_id)
        if deal is not None:
            sections.append(f"💼 on the deal {deal.title} (#d{deal.id})")
    sections += [render.reminder_line(ctx, r) for r in moved]
    if person.do_not_contact:
        sections.append("⚠️ This contact is marked do-not-contact.")
    return Reply(sections=sections, buttons=[common.undo_button(ctx)])


@command(
    "activity edit", "activity edit N [note=TEXT] [when=WHEN] [type=call|meeting|visit|email|note]"
)
def activity_edit(call: Call) -> Reply:
    """Change a logged activity: its note, when it happened, or its kind. Undo puts it back.

    Example: activity edit 12 when=yesterday 16:00   ·   activity edit 12 note=wants a demo
    Right after a log, "actually that was yesterday" or "change the note to: …" does the same.
    """
    ctx = call.ctx
    args = parse_args(common.need(call, "activity", "activity edit 12 when=yesterday 16:00"))
    act = _activity(ctx, args.words)
    fields = dict(args.fields)
    note = fields.pop("note", None)
    when = fields.pop("when", None)
    kind = fields.pop("type", None)
    if fields or (note is None and when is None and kind is None):
        raise UserError(
            "Say what to change: activity edit 12 note=… | when=yesterday 16:00 | type=meeting"
        )
    happened = _happened(ctx, when, act.occurred_at) if when else None
    crm.edit_activity(ctx, act, body=note, occurred_at=happened, kind=kind)
    return Reply(
        sections=["✅ Activity updated", render.activity_line(ctx, act)],
        buttons=[common.undo_button(ctx)],
    )


@command("activity delete", "activity delete N", aliases=("activity remove",))
def activity_delete(call: Call) -> Reply:
    """Delete a logged activity (Undo puts it back). Example: activity delete 12

    Its contact's and deal's last activity fall back to the one before.
    """
    ctx = call.ctx
    act = _activity(ctx, common.need(call, "activity", "activity delete 12"))
    line = render.activity_line(ctx, act)
    crm.delete_activity(ctx, act)
    return Reply(
        sections=[f"🗑 Deleted the {act.type} #{act.id}", line],
        buttons=[common.undo_button(ctx)],
    )


def _activity(ctx: Ctx, ref: str) -> Activity:
    """An activity of this workspace by its number, as cards and buttons show it."""
    number = ref.strip().lstrip("#")
    if not number.isdigit():
        raise UserError("Which activity? Give its number, e.g. activity show 12")
    act = queries.activity(ctx, int(number))
    if act is None:
        raise UserError(f"no activity {number} here")
    return act


@command("activity show", "activity show N", aliases=("activity",))
def activity_show(call: Call) -> Reply:
    """One activity in full (cards cut a long note). Example: activity show 12"""
    ctx = call.ctx
    act = _activity(ctx, common.need(call, "activity", "activity show 12"))
    head = render.activity_line(ctx, act, full=True)
    about = []
    person = ctx.session.get(Contact, act.contact_id) if act.contact_id else None
    if person is not None:
        about.append(common.short_label(person))
    deal = ctx.session.get(Opportunity, act.opportunity_id) if act.opportunity_id else None
    firm = ctx.session.get(Account, act.account_id) if act.account_id else None
    if deal is not None:
        about.append(f"deal {deal.title} (#d{deal.id})")
    elif firm is not None and person is None:
        about.append(firm.name)
    by = render.user_name(ctx, act.user_id)
    return Reply(
        sections=[f"#{act.id} by {by}" + (" · on " + " · ".join(about) if about else ""), head],
        private=True,
    )


@command(
    "log call",
    "log call WHO: NOTE [deal=|deal=none] [follow=WHEN] [when=WHEN] [create=yes]",
    aliases=("call",),
    fits=_has_note,
)
def log_call(call: Call) -> Reply:
    """Log a call. WHO is a contact, account or deal ('Maria at Acme' narrows it down).

    It lands on the open deal of the contact or account when there is one; with several,
    on the one the note names, else the most recently active (buttons move it; deal=none
    keeps it off every deal). The deal's last activity follows.

    Example: log call Maria Lopez: wants a quote follow=next tuesday 9am
    when= says when it happened, if not just now: when=yesterday 16:00
    An unknown name is offered for creation; create=yes creates it without asking.
    """
    return _log(call, "call")


@command(
    "log meeting",
    "log meeting WHO: NOTE [deal=] [follow=WHEN] [when=WHEN]",
    aliases=("meeting",),
    fits=_has_note,
)
def log_meeting(call: Call) -> Reply:
    """Log a meeting. Example: log meeting Acme: demo went well deal=Acme renewal"""
    return _log(call, "meeting")


@command(
    "log visit",
    "log visit WHO: NOTE [deal=] [follow=WHEN] [when=WHEN]",
    aliases=("visit",),
    fits=_has_note,
)
def log_visit(call: Call) -> Reply:
    """Log a visit. Example: log visit Globex: met the plant manager"""
    return _log(call, "visit")


@command(
    "log email",
    "log email WHO: NOTE [deal=] [follow=WHEN] [when=WHEN]",
    aliases=("email",),
    fits=_has_note,
)
def log_email(call: Call) -> Reply:
    """Log an email. Example: log email maria@acme.com: sent the price list"""
    return _log(call, "email")


@command(
    "log note",
    "log note WHO: NOTE [deal=] [follow=WHEN] [when=WHEN]",
    aliases=("note",),
    fits=_has_note,
)
def log_note(call: Call) -> Reply:
    """Log a note. Example: log note Acme: budget frozen until Q2"""
    return _log(call, "note")


@command("log", "log call|meeting|visit|email|note WHO: NOTE")
def log_help(call: Call) -> Reply:
    """Log an activity: call, meeting, visit, email or note."""
    if call.rest.strip():  # "log a 60k opportunity with Initech": a sentence, read as one
        from handlers.freetext import handle_free_text

        reply = handle_free_text(call, fallback=False, ask_unsure=True)
        if reply is not None:
            return reply
    return Reply(
        sections=["What kind? log call|meeting|visit|email|note WHO: NOTE", f"Example: {_EXAMPLE}"],
        choices=[Button(k, f"help log {k}") for k in ("call", "meeting", "visit", "email", "note")],
        ok=False,
    )
