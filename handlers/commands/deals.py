"""deal add|show|edit|list|move|won|lost|delete."""

from __future__ import annotations

import dataclasses
import re
from calendar import monthrange
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from handlers import render
from handlers.args import parse_args
from handlers.case_views import deal_sections
from handlers.commands import common
from handlers.commands.deal_filters import describe, read_filters, take_amount_bounds
from handlers.commands.files import files_section
from handlers.language.amounts import split_amount
from handlers.language.when import find_when
from handlers.pending import only_filler
from handlers.registry import Call, command
from handlers.types import Ask, Button, Reply
from storage import crm, queries
from storage import reminders as rem
from storage.crm import as_local_date
from storage.errors import UserError
from storage.lookup import find_accounts, find_deals
from storage.models import OPEN_STAGES, Account, Opportunity
from storage.money import format_money, from_minor
from storage.reports import fx_rates
from storage.text import name_key
from storage.validate import STAGE_SYNONYMS, boolean, iso_date
from storage.validate import stage as check_stage
from storage.workspaces import find_user, stage_label


def _past_close(call: Call, d: Opportunity) -> str:
    """An open deal may be given a past close date (old deals typed in), but never unsaid."""
    today = call.ctx.now.astimezone(ZoneInfo(call.ctx.tz)).date()
    if d.status == "open" and d.close_date is not None and d.close_date < today:
        return f"\n⚠️ that close date ({d.close_date.isoformat()}) is in the past"
    return ""


def stage_buttons(call: Call, d: Opportunity) -> list[Button]:
    if d.status != "open":
        return []
    ws = call.ctx.workspace
    buttons = [
        Button(f"→ {stage_label(ws, s)}", f"deal move #d{d.id} to {s}")
        for s in OPEN_STAGES
        if s != d.stage
    ]
    buttons += [
        Button("Won", f"deal won #d{d.id}", "primary"),
        Button("Lost", f"deal lost #d{d.id}", "danger"),
    ]
    return buttons


def _card(call: Call, d: Opportunity, head: str | None = None, undo: bool = False) -> Reply:
    ctx = call.ctx
    history = [render.stage_line(ctx, s) for s in queries.stage_history(ctx, d.id)]
    latest = queries.recent_activities(ctx, deal_id=d.id)
    acts = [render.activity_line(ctx, a) for a in latest]
    rems = [render.reminder_line(ctx, r) for r in rem.linked_open(ctx, "deal", d.id)]
    buttons = ([common.undo_button(ctx)] if undo else []) + stage_buttons(call, d)
    buttons += render.show_all_buttons(latest)
    return Reply(
        sections=[
            head or "",
            render.deal_card(ctx, d),
            *deal_sections(ctx, d),
            render.timeline("Stage history", history),
            render.timeline("Latest activity", acts),
            render.timeline("Reminders", rems),
            files_section(ctx, "deal", d.id),
        ],
        buttons=buttons,
        private=True,
    )


@command(
    "deal add",
    "deal add TITLE [AMOUNT] [account=] [contact=] [stage=] [close=YYYY-MM-DD] "
    "[probability=] [next=]",
    aliases=("deal new", "deal create"),
)
def deal_add(call: Call) -> Reply:
    """Create a deal (opportunity). The amount may trail the title.

    Example: deal add Acme renewal 12k EUR account=Acme stage=proposal close=2026-12-31
    "deal add Umbrella 30000 closing 2027-02-15" reads the close date too. An amount over
    100 times the workspace's largest deal, or above a billion, is confirmed first.
    Stages: prospecting, pre-approach, presentation, closing, won, lost (qualified, proposal,
    demo, quote, negotiation, contract, closed won, closed lost are understood too).
    """
    args = parse_args(common.need(call, "deal", "deal add Acme renewal 12k EUR account=Acme"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    words = args.words
    if "close" not in args.fields:  # "… 30000 closing 2027-02-15": the date is the close
        words, close = _close_said(call, words)
        if close is not None:
            args.fields["close"] = close
    for key in ("account", "contact"):  # "account=Acme closing 2026-12-31": a field's value
        if "close" not in args.fields and args.fields.get(key):  # runs to the next field
            value, close = _close_said(call, " " + args.fields[key])
            if close is not None and value.strip():
                args.fields[key], args.fields["close"] = value.strip(), close
    title, amount = split_amount(words)
    if amount and "amount" not in args.fields:
        args.fields["amount"] = amount
    if "account" not in args.fields and "contact" not in args.fields:
        acc = _account_in_title(call, title)
        if acc is not None:
            args.fields["account"] = f"#a{acc.id}"
    twins = [
        t
        for t in find_deals(call.ctx, title, open_only=True, exact_only=True).matches
        if t.title_key == name_key(title)
    ]
    d = crm.create_deal(call.ctx, title, args.fields)
    if not confirmed:
        _confirm_amount(call, d)
    twins = [t for t in twins if t.account_id == d.account_id]
    reply = _card(call, d, "✅ Deal created" + _past_close(call, d), undo=True)
    if d.amount_minor is None and (_BARE_NUMBER.search(title) or _MONEY_LIKE.search(title)):
        reply.sections.append(
            f"⚠️ No amount saved: the number stayed in the title. If it is the amount: "
            f"deal edit #d{d.id} amount=…"
        )
    if twins:  # created anyway (two deals may share a name), but said: it is often a slip
        reply.sections.append(
            f"⚠️ There is already an open deal called {twins[0].title} (#d{twins[0].id})"
            f"{' at the same account' if d.account_id else ''}; if this one is a mistake, "
            "press Undo."
        )
    return reply


_CLOSE_SAID = re.compile(
    r"\s+(?:closing|closes|close|close date|expected close|cierre|abschluss|clôture|"
    r"cloture)(?:\s+(?:on|by|in|el|am|le|en|den))?\s+(?P<date>.+)$",
    re.IGNORECASE,
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_BARE_NUMBER = re.compile(r"(?<![\w.,])\d{5,}(?![\w.,])")
# A number that looks like money but was not read as the amount ("€1,5 Mio", "40 grand",
# "$12k/yr"): it stays in the title, and the reply says so with the way to set it.
_MONEY_LIKE = re.compile(
    r"[€$£¥]\s*\d|\d\s*[€$£¥]|\d(?:[.,]\d+)?\s*(?:k|m|mm|mio|mn|bn|million|billion|grand|"
    r"thousand|tsd|mil)\b|\d\s*(?:eur|usd|gbp|chf|nok|sek|dkk)\b",
    re.IGNORECASE,
)


def _close_said(call: Call, words: str) -> tuple[str, str | None]:
    """ "Umbrella Corp 30000 closing 2027-02-15": (the rest, "2027-02-15"), so the amount
    ends the title again; "closing in December" too. A date not read stays in the words."""
    m = _CLOSE_SAID.search(words)
    if m is None:
        return words, None
    said = m.group("date").strip()
    if _ISO.fullmatch(said):
        return words[: m.start()], said
    found = find_when(call.ctx, said)
    if found is None or not only_filler(found.rest):
        return words, None
    local = found.due.astimezone(ZoneInfo(call.ctx.tz)).date()
    return words[: m.start()], local.isoformat()


USUAL_RANGE = 100  # an amount over 100 times the workspace's largest deal is confirmed
HUGE = Decimal(10**9)  # and so is any amount above a billion


def _confirm_amount(call: Call, d: Opportunity) -> None:
    """An amount far outside the workspace's range is asked about (Yes / No) before saving:
    a slipped zero or a pasted phone number must not become the pipeline's biggest deal."""
    if d.amount_minor is None:
        return
    value = from_minor(d.amount_minor, d.currency)
    largest = queries.largest_amount(call.ctx, d.currency, exclude_id=d.id)
    far = largest is not None and largest > 0 and d.amount_minor > USUAL_RANGE * largest
    if not far and value <= HUGE:
        return
    shown = format_money(d.amount_minor, d.currency)
    why = (
        f"over {USUAL_RANGE} times this workspace's largest deal "
        f"({format_money(largest, d.currency)})"
        if far
        else "over a billion"
    )
    raise Ask(
        Reply(
            sections=[f"{shown} for {d.title} is {why}. Save it with this amount?"],
            buttons=[
                Button(f"Yes, save {shown}", f"{call.text} confirm=yes", "primary"),
                Button("No", "cancel"),
            ],
            asks="confirm",
        )
    )


def _account_in_title(call: Call, title: str) -> Account | None:
    """ "Acme renewal" belongs to Acme: an account whose whole name starts the title.

    Only whole words: a near match would tie "Micro pilot" to Microsoft. The title may
    say the account's first words alone ("Brightwater fleet tracking" of Brightwater
    Logistics) when exactly one account's name starts with them; the card shows the account
    linked, and a deal left unlinked never reached the account's activities.
    """
    key = name_key(title)
    words = title.split()
    for n in range(min(4, len(words)), 0, -1):
        found = crm.find_accounts(call.ctx, " ".join(words[:n]))
        acc = found.found
        if acc is not None and (key == acc.name_key or key.startswith(acc.name_key + " ")):
            return acc
        head = name_key(" ".join(words[:n]))
        starts = [a for a in found.matches if a.name_key.startswith(head + " ")]
        if n < len(words) and len(starts) == 1 and len(found.matches) == 1:
            return starts[0]
    return None


@command(
    "deal show",
    "deal show DEAL",
    aliases=("deal view", "deal open", "show deal", "view deal"),
)
def deal_show(call: Call) -> Reply:
    """Show a deal's card, stage history, latest activities and reminders."""
    q = common.need(call, "deal", "deal show Acme renewal")
    d = common.deal(call.ctx, q, lambda r: f"deal show {r}")
    return _card(call, d)


_SHIFT = re.compile(r"^(?P<sign>[+-])(?P<n>\d{1,3})(?P<unit>[dwm])$", re.I)


def _shifted_close(d: Opportunity, shift: str) -> date:
    """``close=+2w`` ("push it by two weeks"): the deal's expected close moved by days,
    weeks or calendar months (the 31st to a 30-day month is its last day). A deal with no
    close date has nothing to move from, and is refused rather than given one."""
    m = _SHIFT.match(shift)
    assert m is not None
    if d.close_date is None:
        raise UserError(
            f"{d.title} has no expected close date to move; set one: "
            f"deal edit #d{d.id} close=YYYY-MM-DD"
        )
    n = int(m["n"]) * (1 if m["sign"] == "+" else -1)
    unit = m["unit"].lower()
    if unit == "m":
        months = d.close_date.month - 1 + n
        year, month = d.close_date.year + months // 12, months % 12 + 1
        return date(year, month, min(d.close_date.day, monthrange(year, month)[1]))
    return d.close_date + timedelta(days=n * (7 if unit == "w" else 1))


@command(
    "deal edit",
    "deal edit DEAL field=value ...",
    aliases=("deal update", "edit deal", "update deal"),
    fits=common.has_field,
)
def deal_edit(call: Call) -> Reply:
    """Change fields of a deal. Example: deal edit Acme renewal amount=15k close=2027-01-31

    ``close=+2w`` / ``close=-3d`` / ``close=+1m`` moves the expected close from where it is.
    """
    args = parse_args(common.need(call, "deal", "deal edit Acme renewal amount=15000"))
    if not args.fields:
        return Reply.error("Say what to change, e.g. deal edit Acme renewal amount=15000")
    rest = " ".join(f"{k}={v}" for k, v in args.fields.items())
    d = common.deal(call.ctx, args.words, lambda r: f"deal edit {r} {rest}")
    confirmed = boolean(args.fields.pop("confirm", "no"))
    for key in ("close", "close_date"):
        if key in args.fields and _SHIFT.match(args.fields[key].strip()):
            args.fields[key] = _shifted_close(d, args.fields[key].strip()).isoformat()
    crm.update_deal(call.ctx, d, args.fields)
    if "amount" in args.fields and not confirmed:
        _confirm_amount(call, d)
    warn = _past_close(call, d) if {"close", "close_date"} & set(args.fields) else ""
    return _card(call, d, "✅ Deal updated" + warn, undo=True)


_OWNER_SAID = re.compile(
    r"(?:^|\s)(?:(?:for|of|owned\s+by|by|from)\s+@?(?P<a>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
    r"|@?(?P<b>[^\W\d_]+)['’]s)(?=\s|$)",
    re.IGNORECASE,
)


_ACCOUNT_SAID = re.compile(
    r"(?:^|\s)(?:at|for|with|of|from)\s+(?P<account>.+?)"
    r"(?=\s+(?:closing|close|closes|in|won|lost|open|all|overdue|mine)\b|\s*$)",
    re.IGNORECASE,
)


def _owner_words(call: Call, words: str) -> tuple[str, str | None]:
    """'for bob closing this month' -> ('closing this month', 'bob') when Bob is a member:
    a manager's "deals for bob" was refused ("can't list deals by 'bob'")."""
    from handlers.commands.reminders import member_named

    for m in _OWNER_SAID.finditer(words):
        said = m["a"] or m["b"]
        user, end = member_named(call.ctx, said)
        if user is None:
            continue
        start = m.start("a") if m["a"] else m.start("b")
        cut_from = m.start() if m["a"] else start
        cut_to = start + end if m["a"] else m.end()
        rest = f"{words[:cut_from]} {words[cut_to:]}"
        return " ".join(rest.split()), user.display_name
    return words, None


@command(
    "deal list",
    "deal list [mine] [STAGE] [open|won|lost|all] [closing PERIOD] [overdue] [for OWNER] "
    "[at ACCOUNT] [page=N]",
    aliases=("deals",),
)
def deal_list(call: Call) -> Reply:
    """List deals (open ones by default), soonest close first; every word filters them.

    'deals closing this quarter', 'deals mine in negotiation', 'deals won last month',
    'deals closing in january', 'deals overdue', 'deals for bob' (a member's), 'deals at Acme'
    (an account's); a word that is no filter is shown back."""
    args = parse_args(call.rest)
    words, owner_said = _owner_words(call, args.words)
    if owner_said is not None:  # "deals for bob", "bob's deals closing this month"
        args.fields.setdefault("owner", owner_said)
        args.words = words
    if re.match(r"(?i)(?:mine\s+)?by\s+\w+", args.words.strip()):
        # "deals by stage", "deals by owner": a grouping is the pipeline report's question
        from handlers import registry

        cmd, rest = registry.lookup(f"pipeline {call.rest}")
        if cmd is not None:
            return cmd.handler(dataclasses.replace(call, rest=rest.strip()))
    page = common.page_of(args.fields)
    today = as_local_date(call.ctx.now, call.ctx.tz)
    account = None
    at = _ACCOUNT_SAID.search(args.words)
    if at:  # "deals at acme closing this quarter": that account's deals, or asked which
        firms = find_accounts(call.ctx, at["account"])
        if not firms.matches:
            raise UserError(
                f"I can't list deals by '{at['account']}' (no account has that name). Try: "
                "deal list [mine] [STAGE] [open|won|lost|all] [closing PERIOD] [overdue] "
                "[for OWNER] [at ACCOUNT]; e.g. 'deals closing this quarter', 'deals at Acme', "
                "'deals for bob'"
            )
        account = common.choose(firms, "account", lambda r: f"deal list account={r}")
        args.words = f"{args.words[: at.start()]} {args.words[at.end() :]}".strip()
    if args.fields.get("account"):
        said = args.fields.pop("account")
        account = common.account(
            call.ctx, said, lambda r: f"deal list account={r}", offer_create=False
        )
    said_words, at_least, below = take_amount_bounds(args.words, call.ctx.workspace.currency)
    f = dataclasses.replace(
        read_filters(said_words, args.fields, today), at_least=at_least, below=below
    )
    owner = None
    if "owner" in args.fields:  # "deals closing this month owner=Jon": a manager's question
        said = args.fields["owner"].strip()
        owner = find_user(call.ctx.session, call.ctx.workspace, said)
        if owner is None:
            raise UserError(
                f"no member is called '{said}' (owner= takes everything after it, so say it "
                "last: deals closing this month owner=Jon)"
            )
        from storage.teams import scope_for

        seen = scope_for(call.ctx.session, call.ctx.user).owner_ids
        if seen is not None and owner.id not in seen:  # not "No deals match": not theirs to see
            raise UserError(f"you can't see {owner.display_name}'s deals, only your own")
    rows, total = queries.list_deals(
        call.ctx,
        mine=f.mine,
        stage=f.stage,
        status=f.status,
        limit=f.top or 20,
        offset=0 if f.top else (page - 1) * 20,
        close=f.close,
        overdue_on=today if f.overdue else None,
        owner_id=owner.id if owner is not None else None,
        account_id=account.id if account is not None else None,
        biggest=f.biggest,
        amount_at_least=f.at_least,
        amount_below=f.below,
    )
    if f.top:
        total = len(rows)  # "top 5": those five, no next page
    said = describe(f) + (f"owner {owner.display_name} · " if owner is not None else "")
    if (f.at_least or f.below) and fx_rates(call.ctx.workspace):
        said += "other currencies at the workspace rates · "
    said += f"account {account.name} · " if account is not None else ""
    if not rows and not total and said:
        return Reply.say(f"No deals match: {said.rstrip(' ·')}.")
    reply = common.paged(
        [render.deal_line(call.ctx, d) for d in rows],
        total,
        page,
        20,
        f"deal list {call.rest}".strip(),
    )
    if reply.sections and said:
        reply.sections[0] = f"{said}{reply.sections[0]}"
    return reply


# Words around a stage that are not part of it: "to proposal stage please", "to the closing
# stage now". Dropped only when what is left is a stage (nothing else is ever dropped).
_STAGE_FILLER = re.compile(
    r"^(?:the\s+)?(?P<stage>.+?)(?:\s+(?:stage|phase|column|please|pls|now|thanks|thx|asap))+"
    r"[\s.!]*$|^(?:the\s+)?(?P<bare>.+?)[\s.!]*$",
    re.IGNORECASE,
)


def _stage_words(stage: str) -> str:
    """'proposal stage please' -> 'proposal' when that is a stage; otherwise as typed."""
    m = _STAGE_FILLER.match(stage.strip())
    core = (m.group("stage") or m.group("bare")) if m else None
    key = " ".join((core or "").lower().split())
    return core.strip() if core and key in STAGE_SYNONYMS else stage.strip()


def _split_stage(text: str) -> tuple[str, str]:
    if " to " in text:
        deal_q, stage = text.rsplit(" to ", 1)
        return deal_q.strip(), _stage_words(stage)
    words = text.split()
    if len(words) >= 3 and " ".join(words[-2:]).lower() in STAGE_SYNONYMS:
        return " ".join(words[:-2]), " ".join(words[-2:])
    if len(words) >= 2:
        return " ".join(words[:-1]), words[-1]
    raise UserError("Say the deal and the stage: deal move Acme renewal to closing")


_STAGE_REASON_SEPARATORS = (" because ", " since ", ", ", " - ", ": ", "; ")


def _stage_and_reason(stage: str) -> tuple[str, str | None]:
    """ "negotiation because they asked for a discount": the stage, and the reason said after it.

    Split only where the left part is a stage, so nothing the rep typed is dropped.
    """
    try:
        return check_stage(stage), None
    except UserError:
        for sep in _STAGE_REASON_SEPARATORS:
            left, found, right = stage.partition(sep)
            if found and right.strip():
                try:
                    return check_stage(left.strip()), right.strip()
                except UserError:
                    continue
        raise


def _closed_on(call: Call, day: str | None, stage: str) -> datetime | None:
    """``when=2026-11-25``: the day a won or lost deal closed (noon there, so the day
    shows the same in the rep's zone); refused for an open stage or a day to come."""
    if day is None:
        return None
    if stage not in ("won", "lost"):
        raise UserError("when= is the day a deal was won or lost; an open stage has none")
    zone = ZoneInfo(call.ctx.tz)
    on = iso_date(day)
    if on > call.ctx.now.astimezone(zone).date():
        raise UserError(f"{on.isoformat()} is still to come: a deal is won or lost by today")
    return min(datetime.combine(on, time(12), zone).astimezone(UTC), call.ctx.now)


# "move that reminder to monday", "move it to friday": a reminder's time, not a deal (the
# alias "move" once answered "'monday' is not a stage"); free text reads these first
_NOT_A_DEAL = re.compile(
    r"^(?:(?:that|this|the|my)\s+(?:last\s+)?(?:reminder|task|to-?do|follow[\s-]?up)s?|it\s+to)\b",
    re.IGNORECASE,
)


@command(
    "deal move",
    "deal move DEAL to STAGE [reason=...] [when=DAY]",
    aliases=("move",),
    fits=lambda rest: _NOT_A_DEAL.match(rest.strip()) is None,
)
def deal_move(call: Call) -> Reply:
    """Move a deal to another stage; every move is kept in its history. Moving a won or
    lost deal back to an open stage reopens it, and asks first. A reason ("... because
    they asked for a discount", or reason=...) is kept as a note on the deal (as the lost
    reason when the stage is lost). ``when=DAY`` is the day a won or lost deal closed, when
    that was before today.

    Example: deal move Acme renewal to negotiation because they asked for a discount
    """
    args = parse_args(common.need(call, "deal", "deal move Acme renewal to closing"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    reason = args.fields.pop("reason", None) or None
    closed = args.fields.pop("when", None) or None
    deal_q, stage = _split_stage(args.words)
    new, said = _stage_and_reason(stage)
    reason = reason or said
    suffix = f" reason={reason}" if reason else ""
    closed_at = _closed_on(call, closed, new)
    suffix += f" when={closed}" if closed else ""
    d = common.deal(
        call.ctx, deal_q, lambda r: f"deal move {r} to {new}{suffix}", offer_create=False
    )
    if d.status != "open" and new in OPEN_STAGES and not confirmed:
        ws = call.ctx.workspace
        day = render.closed_on(call.ctx, d)
        return Reply(
            sections=[
                f"Reopen {d.title}? It was {d.status}{f' on {day}' if day else ''}; moving it "
                f"to {stage_label(ws, new)} makes it an open deal again."
            ],
            buttons=[
                Button(
                    f"Yes, reopen in {stage_label(ws, new)}",
                    f"deal move #d{d.id} to {new} confirm=yes{suffix}",
                ),
                Button(f"Keep it {d.status}", f"deal show #d{d.id}"),
            ],
        )
    crm.move_deal(call.ctx, d, new, lost_reason=reason, closed_at=closed_at)
    label = stage_label(call.ctx.workspace, new)
    if reason and new != "lost":
        crm.log_activity(call.ctx, "note", f"Moved to {label}: {reason}", deal=d)
    return _card(call, d, f"✅ Moved to {label}", undo=True)


def _closing(call: Call, stage: str, example: str) -> tuple[str, str | None, datetime | None, str]:
    """What ``deal won`` and ``deal lost`` are told: the deal's words, the reason (reason=,
    "because …", or said after the name), the day it closed (when=), and those two again as
    the fields a "which deal?" choice carries on."""
    args = parse_args(common.need(call, "deal", example))
    reason = args.fields.get("reason")
    closed = args.fields.get("when") or None
    closed_at = _closed_on(call, closed, stage)
    q = args.words
    if " because " in q and not reason:
        q, reason = (p.strip() for p in q.split(" because ", 1))
    if not reason:
        q, reason = _reason_after(call, q, lost=stage == "lost")
    suffix = f" reason={reason}" if reason else ""
    suffix += f" when={closed}" if closed else ""
    return q, reason, closed_at, suffix


@command("deal won", "deal won DEAL [reason=...] [when=DAY]", aliases=("won",))
def deal_won(call: Call) -> Reply:
    """Mark a deal won; its contact becomes a customer. Example: deal won Acme renewal,
    price was right. A reason said after the deal's name (", …", ": …", "because …" or
    reason=) is kept as a note on the deal."""
    q, reason, closed_at, suffix = _closing(call, "won", "deal won Acme renewal")
    d = common.deal(call.ctx, q, lambda r: f"deal won {r}{suffix}", offer_create=False)
    crm.move_deal(call.ctx, d, "won", closed_at=closed_at)
    if reason:
        crm.log_activity(call.ctx, "note", f"Won: {reason}", deal=d)
    return _card(call, d, "🎉 Won!", undo=True)


_REASON_SEPARATORS = (", ", ": ", "; ", " - ", " to ")


def _reason_after(call: Call, q: str, *, lost: bool = True) -> tuple[str, str | None]:
    """ "Stark deal, went with a competitor", "Acme renewal to Globex": (deal, reason).

    Split only where the left part names a deal and the whole text does not. " to X" is a
    reason only for a loss ("lost to Globex").
    """
    whole = find_deals(call.ctx, q).found
    if whole is not None and whole.title_key == name_key(q):
        return q, None
    for sep in _REASON_SEPARATORS:
        if sep not in q or (sep == " to " and not lost):
            continue
        left, right = (p.strip() for p in (q.rsplit if sep == " to " else q.split)(sep, 1))
        if left and right and find_deals(call.ctx, common.deal_name(left)).found is not None:
            return left, (f"lost to {right}" if sep == " to " else right)
    if whole is None and not find_deals(call.ctx, q).matches:
        # no deal by either reading: the name asked about is the part before the first
        # comma or colon ("I found no deal matching 'acme'", not 'acme deal, budget cut'),
        # and the reason is kept for when the rep picks the deal
        for sep in (", ", ": ", "; "):
            left, _, right = q.partition(sep)
            if left.strip() and right.strip():
                return common.deal_name(left), right.strip()
    return q, None


@command("deal lost", "deal lost DEAL [reason=...] [when=DAY]", aliases=("lost",))
def deal_lost(call: Call) -> Reply:
    """Mark a deal lost, with a reason. Example: deal lost Globex reason=price too high"""
    q, reason, closed_at, suffix = _closing(call, "lost", "deal lost Globex reason=budget cut")
    d = common.deal(call.ctx, q, lambda r: f"deal lost {r}{suffix}", offer_create=False)
    crm.move_deal(call.ctx, d, "lost", lost_reason=reason, closed_at=closed_at)
    return _card(call, d, "Marked lost", undo=True)


@command("deal delete", "deal delete DEAL", aliases=("deal remove", "delete deal", "remove deal"))
def deal_delete(call: Call) -> Reply:
    """Delete a deal (soft and audited; undo within 10 minutes). Asks to confirm."""
    args = parse_args(common.need(call, "deal", "deal delete Acme renewal"))
    confirmed = boolean(args.fields.pop("confirm", "no"))
    d = common.deal(call.ctx, args.words, lambda r: f"deal delete {r}", offer_create=False)
    return common.delete_confirmed(call, d, "deal", render.deal_line(call.ctx, d), confirmed)
