"""contact add|show|edit|find|list|merge|delete."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.commands.files import document_lines, files_section
from handlers.merge_question import what_moves
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import channels, crm, privacy, queries
from storage import reminders as rem
from storage.errors import UserError
from storage.merge_links import CONTACT_LINKS
from storage.models import Contact
from storage.reports import Period, parse_period
from storage.scoring_filter import score_fields
from storage.validate import boolean


def _show(call: Call, c_id: int) -> Reply:
    ctx = call.ctx
    c = ctx.session.get(Contact, c_id)
    assert c is not None
    latest = queries.recent_activities(ctx, contact_id=c.id)
    acts = [render.activity_line(ctx, a) for a in latest]
    deals = [render.deal_line(ctx, d) for d in queries.deals_of(ctx, contact_id=c.id)]
    rems = [render.reminder_line(ctx, r) for r in rem.linked_open(ctx, "contact", c.id)]
    return Reply(
        sections=[
            render.contact_card(ctx, c),
            render.timeline("Deals", deals),
            render.timeline("Latest activity", acts),
            render.timeline("Reminders", rems),
            files_section(ctx, "contact", c.id),
        ],
        buttons=[
            *render.show_all_buttons(latest),
            Button("Delete", f"contact delete #c{c.id}", "danger"),
        ],
        private=True,
    )


@command(
    "contact add",
    "contact add NAME [email=] [phone=] [account=] [title=] [lifecycle=] "
    "[source=] [dnc=yes] [birthday=YYYY-MM-DD] [tags=a,b] [keep_in_touch=4] [country=] [tz=] "
    "[telegram=@username]",
    aliases=("contact new", "contact create"),
)
def contact_add(call: Call) -> Reply:
    """Create a contact. Warns when the email, or the name at the same account, exists.

    Example: contact add Maria Lopez email=maria@acme.com account=Acme title=CFO
    Fields: email, phone, title, account, lifecycle (prospect, lead, customer, inactive),
    source (mailing campaign, web search, personal contact, event, cold call, referral,
    other), dnc (do-not-contact: yes/no), birthday, tags, owner, keep_in_touch (weeks),
    country (a name or code: Germany, DE), tz (a time zone: Europe/Berlin), telegram
    (their Telegram username: @maria_l). Segments filter on the last three.
    """
    ctx = call.ctx
    args = parse_args(common.need(call, "contact", "contact add Maria Lopez email=maria@acme.com"))
    force = boolean(args.fields.pop("force", "no"))
    name = args.words
    if " at " in name and "account" not in args.fields:
        name, args.fields["account"] = (p.strip() for p in name.rsplit(" at ", 1))
    privacy.check_not_suppressed(
        ctx, name=name, email=args.fields.get("email"), phone=args.fields.get("phone")
    )
    if not force:
        account_id = None
        if args.fields.get("account"):
            acc = crm.find_accounts(ctx, args.fields["account"]).found
            account_id = acc.id if acc else -1
        dupes = crm.duplicates_of(ctx, name, args.fields.get("email"), account_id)
        if dupes:
            d = dupes[0]
            why = (
                "that email"
                if d.email_key and args.fields.get("email", "").lower() == d.email_key
                else "that name"
            )
            return Reply(
                sections=[f"A contact with {why} already exists: {render.contact_line(d)}"],
                buttons=[
                    Button(f"Show {d.name}", f"contact show #c{d.id}"),
                    Button("Create anyway", f"{call.text} force=yes"),
                ],
                ok=False,
            )
    c = crm.create_contact(ctx, name, args.fields)
    ctx.session.flush()
    return Reply(
        sections=["✅ Contact created", render.contact_card(ctx, c)],
        buttons=[common.undo_button(ctx)],
    )


@command(
    "contact show",
    "contact show NAME",
    aliases=("contact view", "contact open", "show contact", "view contact"),
)
def contact_show(call: Call) -> Reply:
    """Show a contact's card and timeline (deals, latest activities, open reminders).

    Example: contact show Maria   (names are forgiving: case, accents, small typos)
    """
    q = common.need(call, "contact", "contact show Maria Lopez")
    c = common.contact(call.ctx, q, lambda r: f"contact show {r}")
    return _show(call, c.id)


@command(
    "contact edit",
    "contact edit NAME field=value ... [email+=ADDRESS] [phone+=NUMBER] [email-=ADDRESS]",
    aliases=("contact update", "edit contact", "update contact"),
    fits=common.has_field,
)
def contact_edit(call: Call) -> Reply:
    """Change fields of a contact. Example: contact edit Maria phone=+34 600 1 2 3 4 dnc=yes

    A contact may have several emails and phones: email+=ADDRESS or phone+=NUMBER adds one
    (email= replaces the main one), email-=ADDRESS or phone-=NUMBER removes one.
    Example: contact edit Maria email+=maria.home@mail.com
    Where they are and their Telegram: contact edit Maria country=Germany tz=Europe/Berlin
    telegram=@maria_l (an empty value clears it).
    """
    args = parse_args(common.need(call, "contact", "contact edit Maria title=CEO"))
    if not args.fields:
        return Reply.error("Say what to change, e.g. contact edit Maria title=CEO")
    rest = " ".join(f"{k}={v}" for k, v in args.fields.items())
    c = common.contact(
        call.ctx, args.words, lambda r: f"contact edit {r} {rest}", offer_create=False
    )
    extra = {k: args.fields.pop(k) for k in list(args.fields) if k[-1:] in "+-"}
    for key, value in extra.items():
        kind = key[:-1]
        if kind not in ("email", "phone"):
            return Reply.error(f"Only email and phone take several values; not '{key}='")
        if key.endswith("+"):
            privacy.check_not_suppressed(call.ctx, name=None, **{kind: value})
    privacy.check_not_suppressed(  # no erased person's address on someone else
        call.ctx, name=None, email=args.fields.get("email"), phone=args.fields.get("phone")
    )
    if args.fields or not extra:
        crm.update_contact(call.ctx, c, args.fields)
    else:
        crm.check_may_edit(call.ctx, c)
    for key, value in extra.items():
        if key.endswith("+"):
            channels.add_channel(call.ctx, c, key[:-1], value)
        else:
            channels.remove_channel(call.ctx, c, key[:-1], value)
    warn = ""
    if c.do_not_contact and c.keep_in_touch_weeks and args.fields.get("keep_in_touch"):
        # "keep in touch with Dina every 2 weeks" was saved without a word, and no nudge
        # ever came: a do-not-contact person triggers no follow-up.
        warn = (
            f"⚠️ {c.name} is marked do-not-contact: no keep-in-touch nudges come while that "
            f"holds ('{c.name} can be contacted again' lifts it)."
        )
    return Reply(
        sections=["✅ Contact updated", render.contact_card(call.ctx, c), warn],
        buttons=[common.undo_button(call.ctx)],
    )


@command("contact find", "contact find TEXT", aliases=("find", "search", "contact search"))
def contact_find(call: Call) -> Reply:
    """Find contacts, accounts and deals by name, email or typo-tolerant match.

    Example: find maria   (a single match opens its card)
    """
    q = common.need(call, "name", "find maria")
    contacts, accounts, deals = queries.search(call.ctx, q)
    sections = []
    if contacts:
        sections.append("Contacts\n" + "\n".join(render.contact_line(c) for c in contacts))
    if accounts:
        sections.append("Accounts\n" + "\n".join(render.account_line(a) for a in accounts))
    if deals:
        sections.append("Deals\n" + "\n".join(render.deal_line(call.ctx, d) for d in deals))
    found_docs = document_lines(call.ctx, q)
    if found_docs:
        sections.append("Files\n" + "\n".join(found_docs))
    if not sections:
        return Reply(
            sections=[f"Nothing matches '{q}'."],
            choices=[Button(f"Create contact '{q}'", f"contact add {q}")],
            ok=False,
        )
    if len(sections) == 1 and len(contacts) + len(accounts) + len(deals) == 1:
        # One record and nothing else: its card, not a list of one to press.
        return _one_card(call, contacts, accounts, deals)
    choices = [Button(c.name, f"contact show #c{c.id}") for c in contacts[:5]]
    return Reply(sections=sections, choices=choices, private=True)


def _one_card(call: Call, contacts: list[Any], accounts: list[Any], deals: list[Any]) -> Reply:
    """The card of a search's only hit, shown the way its own 'show' command shows it."""
    import dataclasses

    from handlers import registry

    if contacts:
        reply = _show(call, contacts[0].id)
    else:
        text = f"account show #a{accounts[0].id}" if accounts else f"deal show #d{deals[0].id}"
        cmd, rest = registry.lookup(text)
        assert cmd is not None
        reply = cmd.handler(dataclasses.replace(call, rest=rest.strip(), text=text, files=()))
    reply.private = True  # a search answers the asker only, as its list did
    return reply


@command(
    "contact list",
    "contact list [mine] [account=] [lifecycle=] [tag=] [score>=60] [page=N]",
    aliases=("contacts",),
)
def contact_list(call: Call) -> Reply:
    """List contacts, 20 a page. Example: contact list mine lifecycle=customer

    'contacts mine quiet 30 days' (or 'not contacted in 6 weeks') lists those with no activity
    in that time, never-contacted ones too (30 days when no time is said).

    Every segment filter works here too (industry=, region=, country=, tz=, stage=,
    has=email|phone|telegram, score>=60, score=40..80, ...), and segment=NAME lists a saved
    segment's contacts. Each line shows the contact's lead score ('score NAME' explains it).
    """
    args = parse_args(score_fields(call.rest))
    page = common.page_of(args.fields)
    words, quiet = quiet_days(args.words)
    if quiet is not None:  # "contacts not contacted in 30 days": last activity before then
        today = call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date()
        args.fields.setdefault("active_before", (today - timedelta(days=quiet)).isoformat())
    words, added = _added_words(call, words)
    if added is not None:  # "new contacts this week", "leads added last month"
        args.fields.setdefault("added_after", added.start.isoformat())
        args.fields.setdefault("added_before", added.end.isoformat())
    mine, at, life = _list_words(words)
    if at:
        args.fields.setdefault("account", at)
    account = None
    if args.fields.get("account"):  # the account as the CRM has it, or asked which one
        account = common.account(
            call.ctx,
            args.fields["account"],
            lambda r: f"contact list account={r}",
            offer_create=False,
        )
        args.fields["account"] = account.name
    if life:
        args.fields.setdefault("lifecycle", life)
    if set(args.fields) - {"account", "lifecycle", "tag"}:
        from handlers.commands.segments import filters_of
        from storage import segments

        filters = filters_of(call.ctx, args.fields)
        if mine:
            filters["owner"] = "me"
        rows, total = segments.list_matching(call.ctx, filters, 20, (page - 1) * 20)
        said = [
            f"{k}={v}"
            for k, v in args.fields.items()
            if (k != "active_before" or not quiet) and (added is None or not k.startswith("added_"))
        ]
        if added is not None:  # "added 7 Dec – 13 Dec 2026", not two ISO fields
            last = added.end - timedelta(days=1)
            span = f"{added.start:%-d %b}" + (f" – {last:%-d %b}" if last != added.start else "")
            said.append(f"added {span} {last:%Y}")
        if quiet is not None:
            since = date.fromisoformat(args.fields["active_before"])
            said.append(f"no activity since {since:%-d %b %Y}")
        what = ", ".join((["yours"] if mine else []) + said)
        return common.paged(
            _scored_lines(call, rows),
            total,
            page,
            20,
            f"contact list {args.words} {segments.describe(args.fields)}".strip(),
            what=what,
        )
    acc_id = account.id if account is not None else None
    lifecycle = args.fields.get("lifecycle")
    if lifecycle:
        from storage.validate import lifecycle as check

        lifecycle = check(lifecycle)
    rows, total = queries.list_contacts(
        call.ctx,
        mine=mine,
        account_id=acc_id,
        lifecycle=lifecycle,
        tag=args.fields.get("tag"),
        limit=20,
        offset=(page - 1) * 20,
    )
    return common.paged(
        _scored_lines(call, rows),
        total,
        page,
        20,
        f"contact list {args.words}".strip(),
    )


_QUIET = re.compile(
    r"\b(?:gone\s+)?(?:quiet|untouched|cold|not\s+(?:been\s+)?(?:contacted|touched|called|"
    r"talked\s+to|spoken\s+to)|no\s+(?:activity|contact|touch))"
    r"(?:\s+(?:(?:in|for|since)\s+)?(?:the\s+)?(?:last\s+|past\s+)?(?P<n>\d{1,3})\s*"
    r"(?P<unit>days?|weeks?|months?))?(?=\s|$)",
    re.IGNORECASE,
)
QUIET_DEFAULT_DAYS = 30
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def quiet_days(words: str) -> tuple[str, int | None]:
    """'mine not contacted in 6 weeks' -> ('mine', 42): the words without the quiet filter,
    and its days (30 when none are said), or None when the words ask for no such filter."""
    m = _QUIET.search(words)
    if m is None:
        return words, None
    days = QUIET_DEFAULT_DAYS
    if m["n"]:
        days = int(m["n"]) * _UNIT_DAYS[m["unit"][0].lower()]
    return f"{words[: m.start()]} {words[m.end() :]}".strip(), days


_LIST_AT = re.compile(r"(?:^|\s)(?:at|from|of)\s+(?P<account>.+)$", re.IGNORECASE)
_LIST_FILLER = frozenset(
    ["contact", "contacts", "people", "the", "all", "list", "show", "me", "our"]
)
_LIST_LIFECYCLE = {"leads": "lead", "prospects": "prospect", "customers": "customer"}


_ADDED = re.compile(
    r"\b(?:new|added|created|signed\s+up)\b(?:\s+(?:in|during|since|over))?\s*"
    r"(?P<period>today|yesterday|(?:this|last|past)\s+(?:week|month|quarter|year)|\d{4}-\d{2}|"
    r"\d{4}-q[1-4])?",
    re.IGNORECASE,
)


def _added_words(call: Call, words: str) -> tuple[str, Period | None]:
    """ "new contacts this week", "leads added last month", "new leads": the words without
    them, and the period the contacts were added in (this week when none is said)."""
    m = _ADDED.search(words)
    if m is None:
        return words, None
    period_words = (m["period"] or "this week").lower().replace("past ", "last ")
    rest = f"{words[: m.start()]} {words[m.end() :]}"
    p = _period_said(call, period_words)
    if p is None:  # the words name a period not read: left for _list_words to refuse
        return words, None
    if m["period"] is None:  # "new contacts this week": the period said after the noun
        later = re.search(
            r"\b(?:today|yesterday|(?:this|last|past)\s+(?:week|month|quarter|year))\b",
            rest,
            re.IGNORECASE,
        )
        if later:
            p = _period_said(call, later.group(0).lower().replace("past ", "last "))
            rest = rest[: later.start()] + rest[later.end() :]
    return " ".join(rest.split()), p


def _period_said(call: Call, words: str) -> Period | None:
    """A period said in words, as the report reads it; "today" and "yesterday" too."""
    today = call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date()
    if words in ("today", "yesterday"):
        day = today - timedelta(days=words == "yesterday")
        return Period(day, day + timedelta(days=1), day.isoformat())
    return parse_period(words, today)


def _list_words(words: str) -> tuple[bool, str | None, str | None]:
    """'contacts at globex', 'my leads', 'customers': (mine, account, lifecycle). Words that
    are none of these are refused: 'contacts at globex' once listed everyone, Brightwater's
    people included, because only 'mine' was read."""
    from storage.models import LIFECYCLES

    at = _LIST_AT.search(words)
    account = at.group("account").strip() if at else None
    mine, life, rest = False, None, []
    for w in (words[: at.start()] if at else words).lower().split():
        if w in ("mine", "my"):
            mine = True
        elif w in LIFECYCLES or w in _LIST_LIFECYCLE:
            life = _LIST_LIFECYCLE.get(w, w)
        elif w not in _LIST_FILLER:
            rest.append(w)
    if rest:
        raise UserError(
            f"I can't list contacts by '{' '.join(rest)}'. Try: contacts mine, contacts at "
            "Acme, my leads, contacts mine quiet 30 days, contact list lifecycle=customer "
            "industry=… region=… country=…, "
            f"or find {' '.join(rest)}"
        )
    return mine, account, life


def _scored_lines(call: Call, rows: list[Contact]) -> list[str]:
    """One line a contact, with its lead score (one query for the page)."""
    from storage.scoring import scores_of

    scores = scores_of(call.ctx, [c.id for c in rows])
    return [
        render.contact_line(c) + (f" · score {scores[c.id]}" if c.id in scores else "")
        for c in rows
    ]


@command("contact merge", "contact merge DUPLICATE into KEEP")
def contact_merge(call: Call) -> Reply:
    """Merge a duplicate contact into another; its activities, deals, reminders, cases,
    files, chat accounts, campaign memberships and sequence enrolments move over (the
    question counts them), its email and phone become the kept contact's extra ones. Asks
    to confirm; undo puts everything back.

    Example: contact merge #c12 into Maria Lopez
    """
    args = parse_args(common.need(call, "contacts", "contact merge Maria L into Maria Lopez"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    text = args.words
    if " into " not in text:
        return Reply.error("Say which one to keep: contact merge DUPLICATE into KEEP")
    drop_q, keep_q = (p.strip() for p in text.split(" into ", 1))
    drop = common.contact(
        call.ctx, drop_q, lambda r: f"contact merge {r} into {keep_q}", offer_create=False
    )
    keep = common.contact(
        call.ctx, keep_q, lambda r: f"contact merge #c{drop.id} into {r}", offer_create=False
    )
    if not confirmed:
        crm.check_may_manage(call.ctx, drop, "merge")  # refused before asking, not after "yes"
        crm.check_may_manage(call.ctx, keep, "merge into")
        moves = what_moves(call.ctx, CONTACT_LINKS, drop.id, keep.id, keep.name)
        return Reply(
            sections=[
                f"Merge {render.contact_line(drop)} into {render.contact_line(keep)}?",
                f"{moves} Its emails and phones become {keep.name}'s extra ones, its tags "
                "join theirs (segments count the merged contact by the merged fields), and a "
                "do-not-contact or unsubscribe on either holds for both. Undo within 10 "
                "minutes puts everything back.",
            ],
            buttons=[
                Button("Yes, merge", f"contact merge #c{drop.id} into #c{keep.id} confirm=yes"),
                Button("Keep both", f"contact show #c{keep.id}"),
            ],
            asks="confirm",
        )
    crm.merge_contacts(call.ctx, keep, drop)
    return Reply(
        sections=[f"✅ Merged #c{drop.id} into {render.contact_line(keep)}"],
        buttons=[common.undo_button(call.ctx)],
    )


@command(
    "contact delete",
    "contact delete NAME",
    aliases=("contact remove", "delete contact", "remove contact"),
)
def contact_delete(call: Call) -> Reply:
    """Delete a contact (soft and audited; undo within 10 minutes). Asks to confirm."""
    args = parse_args(common.need(call, "contact", "contact delete Maria Lopez"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    c = common.contact(call.ctx, args.words, lambda r: f"contact delete {r}", offer_create=False)
    return common.delete_confirmed(call, c, "contact", render.contact_line(c), confirmed)
