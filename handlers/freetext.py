"""Free text: what a rep types the way they talk, turned into the same commands.

The parser (:mod:`handlers.language.nlu`) says what was understood; this module turns that
into the canonical command (``log call Maria Lopez at Acme: ... follow=...``) and
runs it, so free text and commands share one code path: the same name resolution,
choices, confirmations and Undo. A question the bot must ask ("which deal?") is
kept in the database for 15 minutes, so the answer works after a restart too.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from functools import cache
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from handlers import registry, render
from handlers.args import parse_args
from handlers.case_news_words import open_case_offer, read_case_news
from handlers.case_update_words import case_given, case_update
from handlers.commands.common import choose, which_deal
from handlers.commands.deal_filters import BOUND
from handlers.commands.reminders import ask_past
from handlers.freetext_questions import (
    _SLIPPING,
    _agenda_command,
    _find,
    _pipeline,
    _someone_elses_agenda,
    activity_question_command,
    biggest_deals_command,
    files_asked_command,
    how_did_we_do_command,
    last_change_command,
    people_count_command,
    quiet_contacts_command,
    source_question_command,
    whose_agenda_possible,
)
from handlers.language import nlu
from handlers.language.nlu import ParseResult, parse_message
from handlers.language.patterns import _MAX_CHARS as MAX_CHARS
from handlers.language.when import date_order, unread_message
from handlers.pending import is_vague
from handlers.registry import Call, command
from handlers.reminder_links import link_named
from handlers.types import Ask, Button, Reply
from storage.errors import UserError
from storage.known_names import known_names
from storage.lookup import find_accounts, find_contacts
from storage.money import decimal_str
from storage.validate import STAGE_SYNONYMS
from storage.workspaces import setting, stage_label

CAPABILITIES = (
    "I understand things like:\n"
    "  called Maria Lopez at Acme, wants a quote, follow up next Tuesday 9am\n"
    "  new contact Søren Kierkegaard soren@orsted.dk at Ørsted\n"
    "  new deal Acme renewal 12k EUR\n"
    "  move Acme renewal to negotiation     ·     Acme renewal won\n"
    "  push the Acme renewal to next month     ·     bump Globex pilot to 15k\n"
    "  remind me tomorrow at 3 to send the contract\n"
    "  find Maria     ·     how does the pipeline look?     ·     my reminders\n"
    "…and every command in 'help'."
)


def run_command(call: Call, text: str, understood: str | None = None) -> Reply:
    """Run a canonical command as if typed; prefix what was understood to its reply."""
    cmd, rest = registry.lookup(text)
    if cmd is None:  # pragma: no cover - we only build known commands
        raise RuntimeError(f"built an unknown command: {text}")
    if cmd.admin_only and not call.ctx.is_admin:
        # the same gate as a typed command (handlers.core): a message read as an admin's
        # command ("rename team Sales to X" by a rep) once ran it for anyone
        raise UserError(f"'{cmd.name}' is for admins of this workspace.")
    # The same call with the command's text: the app's ports (mailer, join links) stay.
    reply = cmd.handler(dataclasses.replace(call, rest=rest.strip(), text=text, files=()))
    if understood:
        reply.sections.insert(0, f"🧠 {understood}")
    return reply


def _local(call: Call, p: ParseResult) -> str | None:
    """The parsed time as 'YYYY-MM-DD HH:MM' in the user's zone (what the commands read)."""
    return _wall(call, p.due)


def _wall(call: Call, at: datetime | None) -> str | None:
    if at is None:
        return None
    return render.ymd_hm(at.astimezone(ZoneInfo(call.ctx.tz)))


def _clean(text: str | None) -> str:
    """User words made safe to embed in a command: 'price=low' must not become a field."""
    text = text or ""
    if "=" in text:  # no "=", nothing to change: the common case skips the regex
        text = re.sub(r"(\w)=", r"\1 =", text)
    return " ".join(text.split()).strip(" ,.;")


@cache
def _readers() -> SimpleNamespace:
    """The modules of the readers that run before the parser. They import ``run_command``
    from here, so they are imported on first use, once: an import statement run on every
    message costs about 8k instructions even for a module already loaded (issue 18)."""
    from handlers import (
        campaign_freetext,
        case_words,
        contact_words,
        deal_words,
        freetext_questions,
        keep_in_touch_words,
        log_fix_words,
        next_words,
        record_words,
        reminder_words,
        segment_words,
        sequence_words,
    )
    from handlers.commands import scoring

    return SimpleNamespace(
        campaign_freetext=campaign_freetext,
        case_words=case_words,
        contact_words=contact_words,
        deal_words=deal_words,
        freetext_questions=freetext_questions,
        keep_in_touch_words=keep_in_touch_words,
        log_fix_words=log_fix_words,
        next_words=next_words,
        record_words=record_words,
        reminder_words=reminder_words,
        scoring=scoring,
        segment_words=segment_words,
        sequence_words=sequence_words,
    )


def handle_free_text(
    call: Call, *, fallback: bool = True, ask_unsure: bool | None = None
) -> Reply | None:
    """The core's fallback when a message is not a command (see core.FreeText).

    ``fallback=False`` (a command probing whether its words are prose) answers None when
    nothing was understood, and by default also when the read is unsure, so the command
    runs; ``ask_unsure=True`` asks about an unsure read instead.
    """
    r = _readers()
    # campaign sentences, before the general parser
    early = r.campaign_freetext.read_campaign_words(call)
    if early is not None:
        return early
    early = r.segment_words.read_segment_words(call)  # "delete the Nordic segment"
    if early is not None:
        return early
    scored = r.scoring.read_score_question(call)  # "who should I call today?"
    if scored is not None:
        return scored

    enrolled = r.sequence_words.read_sequence_words(call)  # "add Maria to Trial follow-up"
    if enrolled is not None:
        return enrolled
    cadence = r.keep_in_touch_words.read_keep_in_touch(call)  # "… with Maria every 2 weeks"
    if cadence is not None:
        return cadence
    if whose_agenda_possible(call.text) and _AGENDA_DAY.search(call.text):
        # "what does bob have tomorrow?": another member's day, however the parser read it
        # (with the "?" it was not understood); only a member's name answers here
        elses = _someone_elses_agenda(call)
        if elses is not None:
            return elses
    quiet = quiet_contacts_command(call.text, call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date())
    if quiet is not None:  # "who haven't I talked to in a while": contacts gone quiet
        return run_command(call, quiet)
    counted = (
        activity_question_command(call.text)
        or biggest_deals_command(call.text)
        or how_did_we_do_command(call.text)
        or last_change_command(call.text)
        or source_question_command(call.text, call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date())
    )
    if counted is not None:  # "how many calls did we make this week", "top 5 deals"
        return run_command(call, counted)
    files = files_asked_command(call.text)
    if files is not None:  # "show me the files on Nordfrakt": that record's files
        return run_command(call, files)
    people = people_count_command(call.text)
    if people is not None:  # "how many leads have a score above 50?": contacts counted
        return run_command(call, people, f"Understood: {people}")
    updated = r.contact_words.read_contact_update(call)  # "Priya's phone is +44 …"
    if updated is not None:
        return updated
    said = " ".join(call.text.split())
    numbered = _REMINDER_BY_NUMBER.match(said) or _CANCEL_NUMBER.match(said)
    if numbered:  # "reminder 2 done" asked "When should I remind you to 2 done?"
        verb = (
            "cancel"
            if numbered["what"].lower().startswith(("cancel", "delet", "remov"))
            else "done"
        )
        return run_command(call, f"reminders {verb} {numbered['n']}")
    named = r.reminder_words.read_reminder_words(call)  # "delete the reminder about …"
    if named is not None:
        return named
    deal_words = r.deal_words.read_deal_words(call)  # "push Globex seats by two weeks"
    if deal_words is not None:
        return deal_words
    ctx = call.ctx
    given = case_given(call)  # "give the Fjord Foods case to ana" (was read only as a to-do)
    if given is not None:
        return given
    report = _REPORT_ASKED.match(" ".join(call.text.split()))
    if report is not None:  # "team report" once asked which account had a support case
        by = (report["by"] or "").lower()
        return run_command(call, "pipeline by team" if by.startswith("team") else "pipeline")
    case_news = read_case_news(call, still=True)  # "still", "again": the open case's news
    if case_news is not None:
        return case_news
    case = r.case_words.read_case(call)  # "Acme can't export invoices, urgent"
    if case is not None:
        return case
    case_news = read_case_news(call)
    if case_news is not None:
        return case_news
    listed = _list_asked(call)
    if listed is not None:
        return listed
    fixed = r.log_fix_words.read_log_fix(call)  # "actually that was yesterday"
    if fixed is not None:
        return fixed
    new = _NEW_PEOPLE.match(" ".join(call.text.split()))
    if new is not None:  # "how many new leads this week?": the contacts added then
        life = {"leads": " lifecycle=lead", "customers": " lifecycle=customer"}.get(
            new["what"].lower(), " lifecycle=prospect" if new["what"].lower() == "prospects" else ""
        )
        mine = " mine" if (new["my"] or "").lower() == "my" else ""
        rest = _FILLED.sub(" ", new["rest"] or "").strip(" ?!.")
        return run_command(call, f"contacts{mine} new {rest}{life}".replace("  ", " "))
    last = _LAST_TOUCH.match(" ".join(call.text.split()))
    if last is not None:  # "when did I last talk to maria?": her activities, newest first
        who = re.sub(r"(?i)^(?:the\s+)", "", last["who"] or last["who2"] or "").strip(" ,")
        if who and who.lower() not in ("them", "him", "her", "me", "us"):
            return run_command(call, f"activities for {who}")
    biggest = r.freetext_questions.biggest_deal(call)
    if biggest is not None:
        return biggest
    if _SIZE_ASKED.match(call.text) and BOUND.search(call.text):
        # "which opportunities are above $400k?": a list, never a new deal of that amount
        return run_command(call, "deals " + _DEALS_NAMED.sub(" ", call.text).strip(" ?!."))
    after = r.next_words.read_next(call)  # "what's next for Initech?"
    if after is not None:
        return after
    changed = r.record_words.read_record_change(call)  # "merge A into B", …
    if changed is not None:
        return changed
    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    p = parse_message(
        call.text,
        now_local,
        ctx.tz,
        ctx.user.language or "en",
        date_order=date_order(ctx),
        known=known_names(ctx),  # the workspace's names: which words are whom
    )
    handler = _INTENTS.get(p.intent)
    unsure = p.confidence < nlu.ASK_BELOW
    if not fallback and (handler is None or (unsure and not ask_unsure)):
        return None  # a command probing for prose ("call Jon"): an unsure read lets it run
    if handler is None and _SLIPPING.search(call.text) and _DEALS_WORD.search(call.text):
        return run_command(call, "changes")  # "any deals slipping?": pushed close dates
    if handler is None:
        guess = registry.nearest(call.text)
        hint = f" Did you mean '{guess}'?" if guess else ""
        subs = _record_verbs(call.text)
        if subs:  # "merge priya raman into priya shah": not 'me', but 'contact merge'
            guess = subs[0]
            hint = " Did you mean " + " or ".join(f"'{n} …'" for n in subs) + "?"
        return Reply(
            sections=[f"I'm not sure what you mean.{hint}", CAPABILITIES],
            choices=[Button(f"help {guess.split()[0]}", f"help {guess.split()[0]}")]
            if guess
            else [Button("help", "help")],
            ok=False,
        )
    if p.confidence < nlu.ASK_BELOW and p.intent in _WRITES and _nothing_to_write(p):
        reply = _deal_hint(call, p)  # "reopen Acme renewal": a Yes would have found nothing to do
        reply.choices = _status_choices(call, p)
        if reply.choices:
            reply.sections.append("Or keep your words on the deal, as a note or as its next step:")
    elif p.confidence < nlu.ASK_BELOW and p.intent in _WRITES and not _asks_anyway(p):
        reply = _ask_first(call, p)
    else:
        reply = handler(call, p)
    if len(call.text) > MAX_CHARS:  # never cut silently: say what was kept
        kept = "the note keeps all of it" if p.intent == "log_activity" else "the rest is unused"
        reply.sections.insert(
            0,
            f"✂️ Your message has {len(call.text):,} characters; I read the first "
            f"{MAX_CHARS:,} for names and dates, and {kept}.",
        )
    return reply


_SIZE_ASKED = re.compile(
    r"^\s*(?:which|what|show(?:\s+me)?|list|any|all|get\s+me|give\s+me)\b[\w\s']*?"
    r"\b(?:deals|opportunities|opps)\b",
    re.IGNORECASE,
)
# "team report", "weekly sales report", "pipeline report please": a report, never a support
# case (the word "report" reads as a customer reporting a problem)
_REPORT_ASKED = re.compile(
    r"(?i)^(?:(?:show|give|get|send)\s+(?:me\s+)?)?(?:the\s+|a\s+|my\s+|our\s+)?(?:(?:weekly|monthly|"
    r"daily|sales|pipeline|deal|deals)\s+)*(?P<by>teams?\s+)?(?:(?:weekly|monthly|sales|"
    r"pipeline)\s+)*report(?:\s+please)?[\s?.!]*$"
)
_AGENDA_DAY = re.compile(
    r"(?i)\b(?:tomorrow|today|tonight|this\s+week|next\s+week|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|reminders|agenda|calendar|to-?dos?)\b"
)
_LIST_ASKED = re.compile(
    r"^\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?P<verb>(?:show|list|view|see|display|get|"
    r"give|pull\s+up)(?:\s+me)?|what\s+are|which\s+are)?(?P<whose>(?:\s*(?:all|of|the|our|my|"
    r"open|current|every)\b)*)\s*"
    r"(?P<noun>cases|tickets|contacts|accounts|companies|deals|opportunities|opps|campaigns|"
    r"segments|sequences|reminders|activities|teams|members)\b(?P<rest>[^?!.]*)[?!.]*\s*$",
    re.IGNORECASE,
)
_LIST_OF = {
    "cases": "cases", "tickets": "cases", "contacts": "contacts", "accounts": "accounts",
    "companies": "accounts", "deals": "deals", "opportunities": "deals", "opps": "deals",
    "campaigns": "campaigns", "segments": "segments", "sequences": "sequences",
    "reminders": "reminders", "activities": "activities", "teams": "teams", "members": "members",
}  # fmt: skip
_HAS_MINE = frozenset({"cases", "contacts", "deals", "campaigns", "activities"})


def _list_asked(call: Call) -> Reply | None:
    """ "show cases", "show me my deals", "list all accounts": that list (with "my", the
    asker's own). They were searches for the word ("Nothing matches 'cases'") or not
    understood. The list's own command reads the words after the noun, and refuses any it
    cannot use."""
    m = _LIST_ASKED.match(call.text)
    if m is None:
        return None
    if m["verb"] is None and not re.search(r"(?i)\b(?:my|our)\b", m["whose"]):
        return None  # "my cases", "our open deals": the owner word asks; "cases" alone is typed
    noun = _LIST_OF[m["noun"].lower()]
    mine = " mine" if noun in _HAS_MINE and re.search(r"(?i)\bmy\b", m["whose"]) else ""
    return run_command(call, f"{noun}{mine} {m['rest'].strip()}".strip())


_TOUCH = (
    r"(?:talk(?:ed)?\s+(?:to|with)|spoke\s+(?:to|with)|speak\s+(?:to|with)|call(?:ed)?|"
    r"met(?:\s+with)?|meet(?:\s+with)?|e-?mail(?:ed)?|s[ae]e[n]?|hear(?:d)?\s+from|contact(?:ed)?|"
    r"reach(?:ed)?(?:\s+out\s+to)?|visit(?:ed)?)"
)
_NEW_PEOPLE = re.compile(
    r"^(?:how\s+many|show(?:\s+me)?|list|any|which|who\s+are)?\s*(?:(?:the|our|(?P<my>my))\s+)?"
    r"new\s+(?P<what>leads|contacts|customers|prospects|people)\b(?P<rest>[^,;:]*)$",
    re.IGNORECASE,
)
_FILLED = re.compile(
    r"\b(?:did|have|has|we|i|you|get|got|add|added|come\s+in|came\s+in|are\s+there|were\s+there|"
    r"there|so\s+far|in)\b",
    re.IGNORECASE,
)
_LAST_TOUCH = re.compile(
    r"^(?:so\s+|hey\s+)?(?:"
    rf"when\s+(?:did|have)\s+(?:i|we)\s+last\s+{_TOUCH}\s+(?P<who>.+?)"
    rf"|when\s+was\s+the\s+last\s+time\s+(?:i|we)\s+{_TOUCH}\s+(?P<who2>.+?)"
    r")\s*\??$",
    re.IGNORECASE,
)
_DEALS_NAMED = re.compile(r"\b(?:deals|opportunities|opps)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- unsure: ask first

_WRITES = frozenset(
    {"log_activity", "create_contact", "create_account", "create_deal", "move_deal",
     "update_deal", "remind"}
)  # fmt: skip
_DOING = {
    "log_activity": "log {kind}",
    "create_contact": "add a contact",
    "create_account": "add an account",
    "create_deal": "add a deal",
    "move_deal": "move a deal",
    "update_deal": "change a deal",
    "remind": "set a reminder",
}


def _asks_anyway(p: ParseResult) -> bool:
    """A reminder with no time already asks when (a time said in words not read, "at six
    pm", is dropped rather than guessed), and writes nothing until answered."""
    return p.intent == "remind" and p.due is None


def _nothing_to_write(p: ParseResult) -> bool:
    """An unsure deal change that names nothing to change: "Shall I move a deal?" with no
    stage, or "change a deal?" with no close, amount or next step, whose Yes only answered
    "Which stage?" ("reopen Acme renewal", "assign Acme renewal to Bob")."""
    if p.intent == "move_deal":
        return p.stage is None
    if p.intent == "update_deal":
        return p.close is None and p.amount is None and not p.text
    return False


def _deal_hint(call: Call, p: ParseResult) -> Reply:
    named = p.deal or p.account
    # no deal named: the examples say "DEAL", never a made-up name read as the rep's record
    # ("rename segment Nordic leads to Nordics" once answered "… to change on Acme renewal")
    deal = named or "DEAL"
    # "add 5k to X", "X +10k", "push X out a few weeks": say which words were not applied, so
    # the rep can retype them as a total or a day (a difference is never added on a guess)
    left = ""
    if p.unread:
        quoted = ", ".join(f"'{w}'" for w in p.unread)
        left = f"I could not read {quoted} as a new value or close date, so nothing changed. "
    what = f"on {deal}" if named else f"in '{' '.join(call.text.split())}' (it names no deal)"
    return Reply(
        sections=[
            f"{left}I'm not sure what to change {what}. You can type:\n"
            f"  move {deal} to negotiation     ·     {deal} won     ·     {deal} lost: price\n"
            f"  push {deal} to next month     ·     bump {deal} to 15k\n"
            f"  deal edit {deal} owner=NAME probability=40 next=…"
        ],
        ok=False,
    )


def _status_choices(call: Call, p: ParseResult) -> list[Button]:
    """ "Acme renewal: waiting on legal": words about a deal that change nothing the parser
    can name are offered as a note on it or as its next step (one tap), never dropped with
    only a hint. Only for one known deal named at the start and words after it."""
    from storage.lookup import find_deals

    name = p.deal or ""
    at = call.text.lower().find(name.lower()) if name else -1
    if at < 0 or call.text[:at].strip(" :-–—,.\"'").lower() not in ("", "the"):
        return []
    words = call.text[at + len(name) :].strip(" :-–—,.;")
    if not words or len(words) > 200:
        return []
    deal = find_deals(call.ctx, name).found
    if deal is None:
        return []
    return [
        Button(f"Note on {deal.title}", f"log note #d{deal.id}: {words}"),
        Button(f"Next step: {words[:40]}", f"deal edit #d{deal.id} next={words}"),
    ]


def _describe(call: Call, p: ParseResult) -> str:
    """What the parser understood, in one line the user can check."""
    parts = []
    for label, value in (
        ("contact", p.contact),
        ("account", p.account),
        ("deal", p.deal),
        ("stage", p.stage),
        ("amount", f"{decimal_str(p.amount)} {p.currency or ''}".strip() if p.amount else None),
        ("close", p.close.isoformat() if p.close else None),
        ("when", render.fmt_short(call.ctx, p.due) if p.due else None),
        ("email", p.email),
        ("phone", p.phone),
    ):
        if value:
            parts.append(f"{label}: {value}")
    if p.text and p.intent in ("remind", "update_deal", "move_deal"):
        label = {"remind": "what", "update_deal": "next step", "move_deal": "reason"}[p.intent]
        parts.append(f"{label}: {p.text}")
    kind = p.activity_type or "note"
    doing = _DOING[p.intent].format(kind=("an " if kind[0] in "aeiou" else "a ") + kind)
    return doing + (" — " + " · ".join(parts) if parts else "")


def _ask_first(call: Call, p: ParseResult) -> Reply:
    """Unsure of a write: show what was understood; Yes writes, Change retypes, No drops.

    The buttons are commands carrying the message itself, so the answer works on any
    platform and after a restart; nothing typed is lost.
    """
    text = " ".join(call.text.split())
    # what could not be read is said first ("mid march", "5k per quarter"): a Yes writes the
    # rest without it, so the user sees the close or the amount is not set
    left = ""
    if p.unread:
        quoted = ", ".join(f"'{w}'" for w in p.unread)
        left = f"I could not read {quoted}, so it is left out. "
    return Reply(
        sections=[f"{left}I'm not sure I got that. Shall I {_describe(call, p)}?"],
        choices=[  # choices, so a typed "yes", "change" or "no" picks one too
            Button("Yes", f"understood yes {text}", "primary"),
            Button("Change", f"understood change {text}"),
            Button("No", f"understood no {text}"),
        ],
    )


def _original(call: Call) -> Call:
    return dataclasses.replace(call, rest="", text=call.rest.strip(), files=())


@command("understood yes", "understood yes MESSAGE", hidden=True)
def understood_yes(call: Call) -> Reply:
    """Answer a "Shall I …?" question (its Yes / Change / No buttons); Yes does it.

    Example: understood yes add Ana Ruiz from Acme to my contacts
    """
    said = _original(call)
    ctx = call.ctx
    now_local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    p = parse_message(
        said.text,
        now_local,
        ctx.tz,
        ctx.user.language or "en",
        date_order=date_order(ctx),
        known=known_names(ctx),
    )
    handler = _INTENTS.get(p.intent)
    if handler is None:
        return Reply.error(f"I couldn't read “{said.text}” any more; please type it again.")
    return handler(said, p)


@command("understood change", "understood change MESSAGE", hidden=True)
def understood_change(call: Call) -> Reply:
    """The Change of "Shall I …?": the message shown back, to be typed the way it was meant."""
    return Reply.say(
        "OK, type it again the way you mean it — e.g. 'new contact …', 'log call …', "
        "'deal edit … close=…'. You wrote:",
        call.rest.strip(),
    )


@command("understood no", "understood no MESSAGE", hidden=True)
def understood_no(call: Call) -> Reply:
    """The No of "Shall I …?": nothing is written."""
    return Reply.say(f"OK, I left it: “{call.rest.strip()}” — nothing was saved.")


def _past(call: Call, p: ParseResult) -> bool:
    return p.due is not None and p.due <= call.ctx.now


# "reminder 2 done", "reminder #r2 is cancelled", "mark reminder 2 as done".
_REMINDER_BY_NUMBER = re.compile(
    r"^(?:mark\s+)?(?:the\s+)?reminders?\s+#?r?(?P<n>\d+)\s+(?:is\s+|as\s+)?"
    r"(?P<what>done|complete|completed|finished|cancel|cancelled|canceled|deleted|delete|"
    r"removed|remove)[\s.!]*$",
    re.I,
)

# "cancel 3", "delete #r3" under a list of reminders (#r3): as "done 3" marks it done
_CANCEL_NUMBER = re.compile(r"^(?P<what>cancel|delete|remove)\s+#?r?(?P<n>\d+)[\s.!]*$", re.I)


def _log(call: Call, p: ParseResult) -> Reply:

    news = case_update(call, p.contact, p.account)  # "Maria's case is solved": no call
    if news is not None:
        return news
    who = p.contact or p.deal or p.account or p.email or p.phone
    kind = p.activity_type or "note"
    # The parser reads the head of a long message; the note is all of it (nothing is lost).
    body = _clean((p.text or "") + call.text[MAX_CHARS:])
    follow = _local(call, p)
    happened = _wall(call, p.happened)  # "called Ana yesterday": the call was yesterday
    body += f" when={happened}" if happened else ""
    if who is None:
        template = f"log {kind} {{}}: {body}" + (f" follow={follow}" if follow else "")
        return Reply(
            sections=[f"Who was the {kind} with? Type a contact, account or deal."],
            expect=template,
        )
    if p.contact and p.account:
        who = f"{p.contact} at {p.account}"
    if p.unread and _PAST_LOG.match(call.text) and not _FOLLOW_WORD.search(call.text):
        # "met Jon on the 3rd", "called Ana monday": the day it took place, or a follow-up?
        # Asked, and the note keeps every word (the day was cut out of it).
        whole = _clean(call.text + call.text[MAX_CHARS:]) + (
            f" when={happened}" if happened else ""
        )
        said = ", ".join(f"'{w}'" for w in p.unread)
        return Reply(
            sections=[
                f"Is {said} when the {kind} with {who} took place, or when to follow up? Type "
                "the follow-up time (e.g. friday at 3), or log it now with no follow-up (the "
                f"note keeps {said}):"
            ],
            choices=[Button("Log it, no follow-up", f"log {kind} {who}: {whole}")],
            expect=f"log {kind} {who}: {whole} follow={{}}",
            asks="when",
        )
    if p.unread:  # "follow up 3/4": the follow-up time is asked, never guessed
        return Reply(
            sections=[
                f"{unread_message(p.unread)} When should I follow up on the {kind} with {who}? "
                "(e.g. friday at 3, next week, 2026-04-03)"
            ],
            expect=f"log {kind} {who}: {body} follow={{}}",
        )
    if p.planned and p.due is not None and not _past(call, p):
        return _planned(call, p, kind, who, body)
    tail = ""
    if follow:
        tail += f" follow={follow}"
    if setting(call.ctx.workspace, "auto_create"):
        tail += " create=yes"
    if follow and p.due is not None and _past(call, p):
        return ask_past(call.ctx, p.due, f"log {kind} {who}: {body} follow={{}}")
    when = f", follow-up {render.fmt_short(call.ctx, p.due)}" if p.due is not None else ""
    understood = f"{kind} with {who}{when}"
    reply = run_command(call, f"log {kind} {who}: {body}{tail}", f"Understood: {understood}")
    named = p.contact or p.account
    offer = open_case_offer(call, named, body) if named and reply.ok else None
    if offer is not None:  # "called Lars, he says the VAT is still wrong": his open case too
        reply.sections.append(offer[0])
        reply.buttons.extend(offer[1])
    return reply


_PAST_LOG = re.compile(
    r"(?i)\s*(?:i\s+)?(?:called|met|emailed|e-mailed|spoke|talked|visited|phoned|rang|saw|"
    r"texted|messaged|caught\s+up|had\s+(?:a\s+)?(?:call|meeting|lunch|coffee|chat))\b"
)
_FOLLOW_WORD = re.compile(r"(?i)\b(?:follow[\s-]*up|f/u|fu|cb|call\s+back|remind)\b")


def _planned(call: Call, p: ParseResult, kind: str, who: str, body: str) -> Reply:
    """ "Lunch with Jon tomorrow at 1" has not happened: a reminder at that time, no log.

    Logging it now would put a meeting in the timeline that may never take place, and
    make the deal look active; the rep logs it when it is done.
    """
    person = find_contacts(call.ctx, p.contact).found if p.contact else None
    about = f" about=#c{person.id}" if person is not None else ""
    assert p.due is not None  # a planned message has a time (checked by the caller)
    when = render.fmt_short(call.ctx, p.due)
    reply = run_command(
        call,
        f"remind me {_local(call, p)}: {body}{about}",
        f"Understood: a {kind} with {who} still to come, {when}; I'll remind you then",
    )
    reply.sections.append(f"Afterwards, tell me how it went (e.g. 'met {who}, …').")
    return reply


def _remind(call: Call, p: ParseResult) -> Reply:
    """ "remind me to call Maria Lopez friday at 10": a reminder linked to Maria.

    Linked like ``remind ... about=#c5`` (:mod:`handlers.reminder_links`): several of that
    name are asked about here, with the time kept; a name the CRM does not know leaves the
    reminder unlinked, and the reply says so.
    """
    given = case_given(call)  # "give the Acme case to bob": no reminder to do it
    if given is not None:
        return given
    what = _clean(p.text) or "follow up"
    whom, what = _teammate(call, what)
    repeat = f" repeat={p.repeat}" if p.repeat else ""
    when = _local(call, p) if p.due is not None and not _past(call, p) else None
    try:
        ref, unlinked = link_named(
            call.ctx,
            p.contact,
            p.account,
            lambda r: f"remind {whom} {when or ''}: {what}{repeat} about={r}",
            what,
        )
    except Ask as ask:
        return ask.reply
    about = f" about={ref}" if ref else ""
    if p.due is None:
        unread = f"{unread_message(p.unread)} " if p.unread else ""  # shown back, then asked
        return Reply(
            sections=[
                f"{unread}When should I remind {'you' if whom == 'me' else whom} to {what}? "
                "(e.g. tomorrow 9am, friday at 3, in 2 hours)",
                unlinked,
            ],
            expect=f"remind {whom} {{}}: {what}{repeat}{about}",
            asks="when",
        )
    template = f"remind {whom} {{}}: {what}{repeat}{about}"
    if _past(call, p):
        return ask_past(call.ctx, p.due, template)
    reply = run_command(call, template.replace("{}", when or ""))
    if unlinked:
        reply.sections.append(unlinked)
    return reply


_REMIND_WHOM = re.compile(r"^(?:please\s+|can\s+you\s+|could\s+you\s+)?remind\s+", re.IGNORECASE)


def _teammate(call: Call, what: str) -> tuple[str, str]:
    """ "please remind bob tomorrow at 10 to call acme": ('@bob', 'call acme'), Bob being a
    member (:func:`handlers.commands.reminders.member_named`); else ('me', what)."""
    from handlers.commands.reminders import member_named

    said = " ".join(call.text.split())
    m = _REMIND_WHOM.match(said)
    if m is None:
        return "me", what
    user, end = member_named(call.ctx, said[m.end() :])
    if user is None or user.id == call.ctx.user_id:
        return "me", what
    name = re.escape(said[m.end() : m.end() + end].lstrip("@"))
    rest = re.sub(rf"^@?{name}(?:\s+(?:to|that|about))?\s+", "", what, flags=re.IGNORECASE)
    return f"@{user.display_name}", rest or what


def _move(call: Call, p: ParseResult) -> Reply:
    target = p.deal or p.account
    if target is not None and is_vague(target):
        target = None
    stage = p.stage
    if stage is None:
        return Reply.error("Which stage? e.g. 'move Acme renewal to negotiation'")
    verb = {"won": "deal won {}", "lost": "deal lost {}"}.get(stage, f"deal move {{}} to {stage}")
    understood = f"Understood: {target} → {stage_label(call.ctx.workspace, stage)}"
    if stage in ("won", "lost"):
        text = p.text or _said_after_close(call.text)
    else:  # "Acme renewal is now in negotiation, they want a discount": the note was dropped
        text = p.text or _said_after_stage(call.text, stage, stage_label(call.ctx.workspace, stage))
    closed = _closed_day(call, text) if text and stage in ("won", "lost") else None
    if closed is not None and _DAY_ONLY.fullmatch(text or ""):
        text = None  # "Acme renewal won yesterday": the day is all the words say
    if text:
        if stage == "won":  # "deal won" takes no reason; a move to won keeps it as a note
            verb = "deal move {} to won"
        verb += f" reason={_clean(text)}"
        understood += f" ({text})"
    if closed is not None:  # "they signed yesterday": won yesterday, not today
        verb = verb.replace("deal won {}", "deal move {} to won")
        verb += f" when={closed.isoformat()}"
        understood += f", closed {render.fmt_date(closed)}"
    if target is None:
        return which_deal(call.ctx, lambda ref: verb.replace("{}", ref))
    return run_command(call, verb.replace("{}", target), understood)


# "Acme renewal is won, they signed yesterday": the words after won or lost.
_AFTER_CLOSE = re.compile(
    r"\b(?:closed[\s-]+)?(?:won|lost)\b(?:\s*[,;:.!-]+\s*|\s+)(?P<rest>\S.*?)[\s.!]*$", re.I
)
# Words that say the closing itself happened then: "they signed", "it closed", "went with".
_CLOSED_VERB = re.compile(
    r"\b(?:sign\w*|clos\w*|won|lost|decid\w*|chose|picked|went|award\w*|confirm\w*|agreed|"
    r"accept\w*|declin\w*|reject\w*|turned|pulled|dropped|cancel\w*|got|came|happened)\b",
    re.I,
)
_DAY_ONLY = re.compile(
    r"(?:on\s+|last\s+)?(?:yesterday|today|this\s+morning|\w+day|\d{4}-\d{2}-\d{2})", re.I
)
# A day said exactly ("yesterday", "on monday", "25 november"): "last week" is no one day.
_VAGUE_DAY = re.compile(r"\b(?:week|month|year|quarter|weekend)s?\b", re.I)


def _said_after_stage(text: str, stage: str, label: str) -> str | None:
    """The words after an open stage's name and a comma, a dash or "because" ("in
    negotiation, they want a discount"), which the parser kept for no field; or None."""
    words = {label.lower(), stage, *(k for k, v in STAGE_SYNONYMS.items() if v == stage)}
    names = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len)[::-1])
    m = re.search(
        rf"\b(?:{names})(?:\s+stage)?(?:\s+now)?\s*(?:[,;:]|\s[-–—]\s|\s+because\s+(?:of\s+)?)"
        r"\s*(?P<rest>\S.*?)[\s.!]*$",
        " ".join(text.split()),
        re.I,
    )
    return m["rest"] if m else None


def _said_after_close(text: str) -> str | None:
    """The words after "won" / "lost" that the parser kept for no field, or None."""
    m = _AFTER_CLOSE.search(" ".join(text.split()))
    return m["rest"] if m else None


def _closed_day(call: Call, words: str) -> date | None:
    """The one day the words say the deal closed on, when it is today or before; else None
    (no day, a vague one, several, or one still to come: the deal closes today and the
    words are kept in the note)."""
    from handlers.language.dates import find_whens

    ctx = call.ctx
    zone = ZoneInfo(ctx.tz)
    whens = [
        w
        for w in find_whens(words, ctx.now.astimezone(zone), ctx.tz, ctx.user.language or "en")
        if w.has_date and not _VAGUE_DAY.search(words[w.start : w.end])
    ]
    if len(whens) != 1:
        return None
    rest = (words[: whens[0].start] + words[whens[0].end :]).strip(" ,.;:!-")
    if rest and not _CLOSED_VERB.search(rest):
        return None  # "won, the first call was on 3 march": another event's day
    day = whens[0].due.astimezone(zone).date()
    return day if day <= ctx.now.astimezone(zone).date() else None


def _update_deal(call: Call, p: ParseResult) -> Reply:
    """ "push the Tyrell renewal to next month", "bump Globex pilot to 15k": a deal edit."""
    fields = ""
    said = []
    if p.close is not None:
        fields += f" close={p.close.isoformat()}"
        said.append(f"close {render.fmt_date(p.close)}")
    if p.amount is not None:
        amount = f"{decimal_str(p.amount)} {p.currency or ''}".rstrip()
        fields += f" amount={amount}"
        said.append(f"amount {amount}")
    if p.text:
        fields += f" next_step={_clean(p.text)}"
        said.append(f"next step: {_clean(p.text)}")
    if not fields:
        return Reply.error(
            "What should change on the deal? e.g. 'push Acme renewal to next month', "
            "'bump Acme renewal to 15k', 'next step for Acme renewal: send the SOW'"
        )
    target = p.deal or p.account
    if target is not None and is_vague(target):
        target = None
    if target is None:
        return which_deal(call.ctx, lambda ref: f"deal edit {ref}{fields}")
    return run_command(
        call, f"deal edit {target}{fields}", f"Understood: {target} — {', '.join(said)}"
    )


def _record_verbs(text: str) -> list[str]:
    """ "merge …", "delete …": the record commands of that verb, contacts first."""
    verb = text.split()[0].lower() if text.split() else ""
    return [
        f"{group} {verb}"
        for group in ("contact", "account", "deal")
        if f"{group} {verb}" in registry.COMMANDS
    ]


def _typed_fields(call: Call, understood: str) -> str:
    """'key=value' fields typed into a sentence ("new deal Acme 12k close=2026-12-20") are
    kept, not dropped; the command validates them like any other field."""
    typed = parse_args(call.text).fields
    return "".join(f" {k}={v}" for k, v in typed.items() if f" {k}=" not in understood)


# "industry logistics, region North", "title: CFO": fields said in words, not key=value.
_KEYS = {
    "industry": "industry", "sector": "industry", "region": "region", "size": "size",
    "employees": "size", "website": "website", "web": "website", "site": "website",
    "lead source": "source", "source": "source", "title": "title", "role": "title",
    "position": "title",
}  # fmt: skip
_KEY_RX = "|".join(sorted((k.replace(" ", r"\s+") for k in _KEYS), key=len, reverse=True))
_SAID_FIELD = re.compile(
    rf"(?<![\w=])(?P<key>{_KEY_RX})(?:\s*:\s*|\s+(?:is\s+)?)(?P<value>[^,;\n=:]+?)"
    rf"(?=\s*(?:[,;\n]|$)|\s+(?:{_KEY_RX})\b)",
    re.IGNORECASE,
)
_JOB_TITLE = re.compile(
    r"(?<![\w-])(?P<title>CEO|CTO|CFO|COO|CMO|CIO|CRO|CPO|CISO|(?:co-?)?founder|"
    r"VP\s+(?:of\s+)?[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?|head\s+of\s+\w+|"
    r"(?:[A-Z][\w&]*\s+)?(?:manager|director))(?=\s+(?:at|@|from)\s|\s*[,;]|\s*$)"
)


def _said_fields(text: str, allowed: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _SAID_FIELD.finditer(text):
        key, value = _KEYS[" ".join(m.group("key").lower().split())], m.group("value").strip()
        if key == "website" and "." not in value:
            continue  # "site visit", "web team": not an address
        if key in allowed and key not in out:
            out[key] = value
    if "title" in allowed and "title" not in out:
        t = _JOB_TITLE.search(text)
        if t:
            out["title"] = t.group("title")
    return out


def _after(text: str, name: str) -> str:
    """The words after the record's name: where its fields are said."""
    at = text.lower().find(name.lower())
    return text[at + len(name) :] if at >= 0 else text


# "add Sarah Connor from Cyberdyne as CTO": the role said after the company with "as".
# The company is never "Cyberdyne as CTO" and the role is never dropped.
_AS_ROLE = re.compile(
    r"\s+as\b(?:\s+(?:an?|the|our|their|its)\b)?"
    r"(?:\s+(?P<role>[^\W\d_][\w&.'-]*(?:\s+(?![^\s@]*@|(?:who|which|that|then|so|call|email|meet|send|follow)\b)[^\W\d_][\w&.'-]*){0,5}))?",
    re.I,
)
_NOT_A_ROLE = frozenset(
    {"contact", "new contact", "lead", "new lead", "prospect", "customer", "client", "person"}
)


_ROLE_END = re.compile(r"\s*(?:$|[,;.()]|[^\s@]+@|\+?\d)")  # the end, a comma, an email, a phone


_ROLE_AND_FIRM = re.compile(r"\s*\((?P<role>[^(),@\d]+),(?P<firm>[^(),@\d]+)\)")


def _role_after_account(text: str, account: str) -> tuple[str, str | None]:
    """The account without a trailing "as ...", and the role said after it (or None)."""
    cut = re.search(r"\s+as\b", account, re.I)
    name = account[: cut.start()].strip() if cut else account
    at = text.lower().find(name.lower()) if name else -1
    m = _AS_ROLE.match(text, at + len(name)) if at >= 0 else None
    if m is None:
        return name, None
    role = m["role"]
    tail = text[m.end() :]
    plain = re.sub(r"^new\s+", "", " ".join((role or "").lower().split()))
    if not role or plain in _NOT_A_ROLE or not _ROLE_END.match(tail):
        return name, None  # "... as a contact", or more words than a role: not read as one
    return name, role.rstrip(".")


def _create_contact(call: Call, p: ParseResult) -> Reply:
    if not p.contact:
        return Reply.error("What's the contact's name? e.g. 'new contact Maria Lopez'")
    said = _said_fields(_after(call.text, p.contact), {"title", "source"})
    paren = _ROLE_AND_FIRM.match(_after(call.text, p.contact))
    firm = paren["firm"].strip() if paren else None
    if paren and firm and (not p.account or p.account.casefold() == firm.casefold()):
        # "new contact: Bob Smith (Sales Director, Umbrella)": the role beside the company
        p = dataclasses.replace(p, account=p.account or firm)
        said.setdefault("title", paren["role"].strip())
    if p.account:
        account, role = _role_after_account(call.text, p.account)
        p = dataclasses.replace(p, account=account or None)
        if role and "title" not in said:
            said["title"] = role
        elif role and said["title"].lower() in role.lower():
            said["title"] = role  # "as CTO of Europe": the whole role, not only "CTO"
    kind = _LIFECYCLE_SAID.search(call.text)  # "save Chen Yu … as a lead": lifecycle lead
    if kind:
        said.setdefault("lifecycle", _LIFECYCLE_WORDS[kind["kind"].lower()])
    fields = "".join(
        f" {k}={v}"
        for k, v in (("email", p.email), ("phone", p.phone), ("account", p.account), *said.items())
        if v
    )
    reply = run_command(call, f"contact add {p.contact}{fields}{_typed_fields(call, fields)}")
    if p.phone is None and reply.ok:
        _number_not_used(call.text, p, reply)
    return reply


# a run of 7 digits or more, with separators ("555-0100", "(212) 555-0100", "212.555.0100")
_NUMBER_RUN = re.compile(r"(?<![\w@.])\(?\d[\d().\s-]{5,16}\d(?![\w@])")


def _number_not_used(text: str, p: ParseResult, reply: Reply) -> None:
    """A phone-like number the parser did not read as the phone ("555-0100", a US number
    without +1) is shown back with the command that saves it: it was dropped without a
    word, and the rep believed the card had it."""
    for m in _NUMBER_RUN.finditer(text):
        said = m.group(0).strip()
        if sum(map(str.isdigit, said)) < 7 or (p.email and said in p.email):
            continue
        created = re.search(r"#c(\d+)", reply.text)
        ref = f"#c{created.group(1)}" if created else p.contact
        reply.sections.append(
            f"Not used: '{said}'. If it is the phone number, type: contact edit {ref} phone={said}"
        )
        if created:
            reply.buttons.append(Button("Save as phone", f"contact edit {ref} phone={said}"))
        return


_LIFECYCLE_WORDS = {
    "lead": "lead", "leads": "lead", "prospect": "prospect", "customer": "customer",
    "client": "customer",
}  # fmt: skip
_LIFECYCLE_SAID = re.compile(
    r"(?:^(?:add|save|new)\s+(?:a\s+)?(?:new\s+)?|\b(?:as|is)\s+(?:an?\s+|our\s+)?(?:new\s+)?)"
    r"(?P<kind>leads?|prospect|customer|client)\b(?!\s*(?:source|status|list)\b)",
    re.I,
)


def _create_account(call: Call, p: ParseResult) -> Reply:
    name = p.account or p.contact
    if name:  # "new account Umbrella industry=Pharma": the field word ends the name
        name = re.split(rf"\s+(?:{_KEY_RX})(?=\W|$)", name, maxsplit=1, flags=re.I)[0].strip()
    if not name:
        return Reply.error("What's the company's name? e.g. 'new account Initech'")
    rest = _after(call.text, name)
    said = _said_fields(rest, {"industry", "region", "size", "website", "source"})
    fields = "".join(f" {k}={v}" for k, v in said.items())
    reply = run_command(call, f"account add {name}{fields}{_typed_fields(call, fields)}")
    unused = _unused_words(rest)
    if unused and reply.ok:  # "new account Initech, software, 500 employees": never dropped
        reply.sections.append(
            f"Not used: '{unused}'. Fields are said as 'industry software, size 500' or "
            f"typed: account edit {name} industry=… size=…"
        )
    return reply


def _unused_words(rest: str) -> str:
    """What is left of the words after a new record's name once its fields said in words
    ('industry logistics') and typed ('size=50') are taken: shown back, not dropped."""
    left = _SAID_FIELD.sub(" ", rest)
    left = re.sub(r"\S+=\S*", " ", left)
    left = re.sub(r"\s*([,;])(?:\s*[,;])*\s*", r"\1 ", " ".join(left.split()))
    return left.strip(" ,;.:-!?")


def _create_deal(call: Call, p: ParseResult) -> Reply:
    title = p.deal or p.account
    if not title:
        return Reply.error("What's the deal called? e.g. 'new deal Acme renewal 12k EUR'")
    fields = ""
    if p.amount is not None:
        fields += f" amount={decimal_str(p.amount)} {p.currency or ''}".rstrip()
    if p.stage:
        fields += f" stage={p.stage}"
    if p.close:
        fields += f" close={p.close.isoformat()}"
    contact = p.contact
    if p.account and p.deal and not contact:
        person = _person_named(call, p.account, f"deal add {title}{fields} contact={{}}")
        if person is not None:
            contact = person  # "new deal Acme renewal for Maria": Maria is a contact
        else:
            fields += f" account={p.account}"
    if contact:
        fields += f" contact={contact}"
    reply = run_command(call, f"deal add {title}{fields}{_typed_fields(call, fields)}")
    unread = _LONG_NUMBER.search(call.text) if p.amount is None else None
    if unread and reply.ok:  # a number never vanishes silently
        reply.sections.append(
            f"⚠️ I did not read {unread.group()} as the amount. If it is: "
            f"deal edit {title} amount={unread.group()}"
        )
    return reply


_LONG_NUMBER = re.compile(r"(?<![\w.,+-])\d{5,}(?![\w.,-])")


def _person_named(call: Call, name: str, redo: str) -> str | None:
    """A "for X" / "with X" that names no account but does name a contact: that contact.

    The parser cannot tell a company from a person; the CRM can. Several people of that
    name: ask which, rather than create an account called "Maria".
    """
    if find_accounts(call.ctx, name).matches:
        return None
    people = find_contacts(call.ctx, name)
    if not people.matches:
        return None
    chosen = choose(people, "contact", lambda r: redo.replace("{}", r))
    return f"#c{chosen.id}"


_DEALS_WORD = re.compile(r"\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline|close\s+dates?)\b", re.I)


_INTENTS = {
    "log_activity": _log,
    "remind": _remind,
    "move_deal": _move,
    "update_deal": _update_deal,
    "create_contact": _create_contact,
    "create_account": _create_account,
    "create_deal": _create_deal,
    "find": _find,
    "pipeline_summary": _pipeline,
    "list_reminders": lambda call, p: (
        _someone_elses_agenda(call) or run_command(call, _agenda_command(call))
    ),
    "help": lambda call, p: Reply(
        sections=[CAPABILITIES], choices=[Button("All commands", "help")]
    ),
}
