"""account add|show|edit|list|merge."""

from __future__ import annotations

import re

from handlers import render
from handlers.args import parse_args
from handlers.case_views import account_cases
from handlers.commands import common
from handlers.commands.files import files_section
from handlers.merge_question import what_moves
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import crm, queries, segments
from storage import reminders as rem
from storage.errors import UserError
from storage.lookup import find_accounts
from storage.merge_links import ACCOUNT_LINKS
from storage.models import Account
from storage.text import counted
from storage.validate import boolean


@command(
    "account add",
    "account add NAME [industry=] [region=] [size=] [website=] [source=] [tags=]",
    aliases=("account new", "account create"),
)
def account_add(call: Call) -> Reply:
    """Create an account (company). Names are unique, ignoring case and accents.

    Example: account add Ørsted industry=Energy region=Nordics size=1000+ source=event
    """
    args = parse_args(common.need(call, "account", "account add Acme Corp industry=Retail"))
    exact = boolean(args.fields.pop("exact", "no"))
    name, said, comma = _fields_in_name(args.words) if not exact else (args.words, {}, False)
    if said and not comma:  # "Initech industry software" or "Northern Region Power"? Asked
        typed = "".join(f" {k}={v}" for k, v in args.fields.items())
        fields = "".join(f" {k}={v}" for k, v in said.items())
        raise common.Ask(
            Reply(
                sections=[f"Is the account '{name}' with{fields}, or is '{args.words}' its name?"],
                choices=[
                    Button(f"{name},{fields}", f"account add {name}{fields}{typed}"),
                    Button(f"Named '{args.words}'", f"account add {args.words}{typed} exact=yes"),
                ],
            )
        )
    for key, value in said.items():
        args.fields.setdefault(key, value)
    similar = _similar(call, name)
    a = crm.create_account(call.ctx, name, args.fields)
    sections = ["✅ Account created", render.account_card(call.ctx, a)]
    if similar:
        names = ", ".join(f"{s.name} (#a{s.id})" for s in similar[:3])
        sections.append(
            f"⚠️ Looks like an account you already have: {names}. If it is the same company: "
            f"account merge #a{a.id} into #a{similar[0].id}"
        )
    return Reply(sections=sections, buttons=[common.undo_button(call.ctx)])


def _fields_in_name(words: str) -> tuple[str, dict[str, str], bool]:
    """ "Initech, industry software, region EMEA": the name, the fields said in words after
    it (an account was created called "Initech industry software"), and whether a comma
    set them apart (without one, "Northern Region Power" may be a name: the caller asks).
    A field word only ends the name when every word after it is a field's."""
    from handlers.freetext import _KEY_RX, _said_fields, _unused_words

    cut = re.search(rf"[\s,]+(?:{_KEY_RX})(?=\s*:?\s+\S)", words, re.IGNORECASE)
    if cut is None or not words[: cut.start()].strip():
        return words, {}, False
    rest = words[cut.start() :]
    said = _said_fields(rest, {"industry", "region", "size", "website", "source"})
    if not said or _unused_words(rest):
        return words, {}, False  # words that are no field's: the name as typed
    return words[: cut.start()].strip(" ,"), said, "," in words[cut.start() : cut.end()]


_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|incorporated|ltd|limited|llc|gmbh|ag|sa|sas|sarl|sl|slu|as|asa|ab|oy|bv|nv|"
    r"plc|corp|corporation|co|company|group|holding|holdings)\.?$",
    re.IGNORECASE,
)


def _similar(call: Call, name: str) -> list[Account]:
    """ "Winterfell Inc" when "Winterfell" exists: the same company, most likely."""
    core = _LEGAL_SUFFIX.sub("", name.strip()) or name
    return find_accounts(call.ctx, core).matches


@command(
    "account show",
    "account show NAME",
    aliases=("account view", "account open", "show account", "view account"),
)
def account_show(call: Call) -> Reply:
    """Show an account's card: contacts, deals, latest activities. Example: account show acme"""
    q = common.need(call, "account", "account show Acme")
    ctx = call.ctx
    a = common.account(ctx, q, lambda r: f"account show {r}")
    contacts = [render.contact_line(c) for c in queries.contacts_of(ctx, a.id)]
    deals = [render.deal_line(ctx, d) for d in queries.deals_of(ctx, account_id=a.id)]
    latest = queries.recent_activities(ctx, account_id=a.id)
    acts = [render.activity_line(ctx, x) for x in latest]
    rems = [render.reminder_line(ctx, r) for r in rem.linked_open(ctx, "account", a.id)]
    return Reply(
        sections=[
            render.account_card(ctx, a),
            render.timeline("Contacts", contacts),
            render.timeline("Deals", deals),
            account_cases(ctx, a.id),
            render.timeline("Latest activity", acts),
            render.timeline("Reminders", rems),
            files_section(ctx, "account", a.id),
        ],
        buttons=render.show_all_buttons(latest),
        private=True,
    )


@command(
    "account edit",
    "account edit NAME field=value ...",
    aliases=("account update", "edit account", "update account"),
    fits=common.has_field,
)
def account_edit(call: Call) -> Reply:
    """Change fields of an account. Example: account edit Acme industry=Retail tags=key,eu"""
    args = parse_args(common.need(call, "account", "account edit Acme region=EMEA"))
    if not args.fields:
        return Reply.error("Say what to change, e.g. account edit Acme region=EMEA")
    rest = " ".join(f"{k}={v}" for k, v in args.fields.items())
    a = common.account(
        call.ctx, args.words, lambda r: f"account edit {r} {rest}", offer_create=False
    )
    crm.update_account(call.ctx, a, args.fields)
    return Reply(
        sections=["✅ Account updated", render.account_card(call.ctx, a)],
        buttons=[common.undo_button(call.ctx)],
    )


@command("account lifecycle", "account lifecycle NAME customer|lead|prospect|inactive")
def account_lifecycle(call: Call) -> Reply:
    """Set the lifecycle of every contact at an account ("Acme is a customer now": an account
    has no lifecycle of its own, its people do). Example: account lifecycle Acme customer

    One change: Undo puts every contact back as it was.
    """
    from storage.validate import lifecycle

    text = common.need(call, "account", "account lifecycle Acme customer")
    name, _, value = text.rpartition(" ")
    if not name.strip():
        raise UserError("Say the account and the lifecycle: account lifecycle Acme customer")
    life = lifecycle(value.strip().lower())
    a = common.account(
        call.ctx, name.strip(), lambda r: f"account lifecycle {r} {life}", offer_create=False
    )
    people = queries.contacts_at(call.ctx, [a.id])
    if not people:
        return Reply.say(
            f"{a.name} has no contacts, so nothing changed (lifecycle is kept on people). "
            f"Add one: contact add NAME account={a.name} lifecycle={life}"
        )
    changed = [c for c in people if c.lifecycle != life]
    for c in changed:
        crm.update_contact(call.ctx, c, {"lifecycle": life})
    if not changed:
        return Reply.say(f"Every contact at {a.name} is already {life}; nothing changed.")
    names = ", ".join(c.name for c in changed[:10]) + (" …" if len(changed) > 10 else "")
    return Reply(
        sections=[
            f"✅ {counted(len(changed), 'contact')} at {a.name} "
            f"{'is' if len(changed) == 1 else 'are'} now {life}: {names}"
        ],
        buttons=[common.undo_button(call.ctx)],
    )


@command("account list", "account list [segment filters] [page=N]", aliases=("accounts",))
def account_list(call: Call) -> Reply:
    """List accounts, 20 a page; the segment filters work here too.

    Example: account list industry=logistics region=Nordics   (or segment=Nordic logistics)
    """
    args = parse_args(call.rest)
    page = common.page_of(args.fields)
    extra = [w for w in args.words.lower().split() if w not in ("all", "the", "accounts")]
    if extra:  # never ignored: "accounts in madrid" listed every account
        said = " ".join(extra)
        query = " ".join(extra[1:] if extra[0] in ("in", "at", "from", "with") else extra)
        raise UserError(
            f"I can't list accounts by '{said}'. Filters are fields: account list "
            f"industry=logistics region=Nordics country=ES; or find {query}"
        )
    if args.fields:
        from handlers.commands.segments import filters_of

        filters = filters_of(call.ctx, args.fields)
        rows, total = segments.accounts_matching(
            call.ctx, filters, limit=20, offset=(page - 1) * 20
        )
        more = "account list " + segments.describe(args.fields)
    else:
        rows, total = queries.list_accounts(call.ctx, limit=20, offset=(page - 1) * 20)
        more = "account list"
    return common.paged([render.account_line(a) for a in rows], total, page, 20, more)


@command("account merge", "account merge DUPLICATE into KEEP")
def account_merge(call: Call) -> Reply:
    """Merge a duplicate account into another; its contacts, deals, activities, reminders,
    cases and files move over (the question counts them). Asks to confirm; undo puts
    everything back.

    Example: account merge ACME Inc into Acme
    """
    args = parse_args(common.need(call, "accounts", "account merge ACME Inc into Acme"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    text = args.words
    if " into " not in text:
        return Reply.error("Say which one to keep: account merge DUPLICATE into KEEP")
    drop_q, keep_q = (p.strip() for p in text.split(" into ", 1))
    drop = common.account(
        call.ctx, drop_q, lambda r: f"account merge {r} into {keep_q}", offer_create=False
    )
    keep = common.account(
        call.ctx, keep_q, lambda r: f"account merge #a{drop.id} into {r}", offer_create=False
    )
    if not confirmed:
        crm.check_may_manage(call.ctx, drop, "merge")  # refused before asking, not after "yes"
        crm.check_may_manage(call.ctx, keep, "merge into")
        moves = what_moves(call.ctx, ACCOUNT_LINKS, drop.id, keep.id, keep.name)
        return Reply(
            sections=[
                f"Merge {render.account_line(drop)} into {render.account_line(keep)}?",
                f"{moves} Its contacts keep their own campaign memberships and sequence "
                "enrolments. Undo within 10 minutes puts everything back.",
            ],
            buttons=[
                Button("Yes, merge", f"account merge #a{drop.id} into #a{keep.id} confirm=yes"),
                Button("Keep both", f"account show #a{keep.id}"),
            ],
            asks="confirm",
        )
    crm.merge_accounts(call.ctx, keep, drop)
    return Reply(
        sections=[f"✅ Merged {drop.name} into {render.account_line(keep)}"],
        buttons=[common.undo_button(call.ctx), Button("Show", f"account show #a{keep.id}")],
    )
