"""Support cases: case new|show|assign|status|priority|note|solve|close, cases, settings sla.

A case lives beside the deals of its account. Every gesture on a platform (a Slack
message shortcut or 🎫 reaction, a Telegram `/case` reply, a reply in a case's thread) is
translated at the edge into one of these commands with a ``from=`` link to the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from handlers import case_report as _case_report  # noqa: F401  (registers 'cases report')
from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.commands.files import files_section
from handlers.language.when import require_when
from handlers.registry import Call, command
from handlers.types import Ask, Button, Reply
from storage import cases as cs
from storage import reminders as rem
from storage.context import Ctx
from storage.errors import UserError
from storage.lookup import find_accounts
from storage.models import Account
from storage.models_cases import OPEN_CASE_STATUSES, Case, CaseEvent
from storage.text import name_key

ICONS = {1: "🔴", 2: "🟠", 3: "🟡", 4: "⚪"}
EVENT_ICONS = {
    "created": "🎫",
    "note": "📝",
    "reply": "💬",
    "assign": "👤",
    "status": "↪",
    "priority": "⚡",
    "solve": "✅",
}
_PRIORITY_TOKEN = re.compile(r"(?:^|[\s,;])(p[1-4]|urgent|critical)(?=$|[\s,;.!:])", re.I)


def case_line(ctx: Ctx, c: Case) -> str:
    who = f" · {c.account.name}" if c.account else ""
    late = cs.is_breached(c, ctx.now)
    flag = f" · ⏰ {late} SLA breached" if late else ""
    return (
        f"{ICONS.get(c.priority, '')} #{c.number} P{c.priority} {c.title}{who} · "
        f"{cs.STATUS_LABELS[c.status]} · {render.user_name(ctx, c.assignee_id)}{flag}"
    )


def _due_line(ctx: Ctx, label: str, due: datetime | None, done: datetime | None) -> str:
    if due is None:
        return ""
    if done is not None:
        state = "met" if done <= due else "missed"
        return f"{label}: {state} ({render.fmt_short(ctx, done)}; due {render.fmt_short(ctx, due)})"
    state = "⏰ breached" if due <= ctx.now else "due"
    return f"{label}: {state} {render.fmt_short(ctx, due)}"


def case_card(ctx: Ctx, c: Case) -> str:
    lines = [f"🎫 Case #{c.number}  {ICONS.get(c.priority, '')} P{c.priority}", c.title]
    who = " · ".join(x for x in (c.account.name if c.account else None,
                                 c.contact.name if c.contact else None) if x)  # fmt: skip
    if who:
        lines.append(who)
    lines.append(f"status: {cs.STATUS_LABELS[c.status]} · assignee: "
                 f"{render.user_name(ctx, c.assignee_id)}")  # fmt: skip
    lines.append(f"opened: {render.fmt_short(ctx, c.created_at)} by "
                 f"{render.user_name(ctx, c.created_by_id)}")  # fmt: skip
    resolution = (
        "resolution: clock stopped while waiting on the customer "
        f"(since {render.fmt_short(ctx, c.waiting_since)})"
        if cs.resolution_clock_paused(c) and c.waiting_since is not None
        else _due_line(
            ctx,
            "resolution",
            c.resolution_due_at,
            c.solved_at if c.status not in OPEN_CASE_STATUSES else None,
        )
    )
    for line in (
        _due_line(ctx, "first response", c.response_due_at, c.first_response_at),
        resolution,
    ):
        if line:
            lines.append(line)
    if c.resolution:
        lines.append(f"resolution: {c.resolution}")
    if c.source:
        lines.append(f"from: {c.source}")
    return "\n".join(lines)


def event_line(ctx: Ctx, e: CaseEvent) -> str:
    body = f": {e.body}" if e.body else ""
    return (
        f"{EVENT_ICONS.get(e.kind, '•')} {render.fmt_short(ctx, e.at)} "
        f"{render.user_name(ctx, e.user_id)} {e.kind}{body}"
    )


def case_buttons(c: Case) -> list[Button]:
    """One-press changes (a note or a resolution needs words: typed, not pressed)."""
    n = c.number
    if c.status == "waiting":
        out = [Button("Customer answered", f"case status #{n} open", "primary")]
    elif c.status in OPEN_CASE_STATUSES:
        out = [Button("Waiting on customer", f"case status #{n} waiting")]
    elif c.status == "solved":
        out = [Button("Close", f"case close #{n}"), Button("Reopen", f"case status #{n} open")]
    else:
        out = [Button("Reopen", f"case status #{n} open")]
    if c.status in OPEN_CASE_STATUSES and c.priority != 1:
        out.append(Button("Make it P1", f"case priority #{n} p1", "danger"))
    return out


def _card(call: Call, c: Case, head: str = "", undo: bool = False) -> Reply:
    ctx = call.ctx
    events = [event_line(ctx, e) for e in cs.timeline(ctx, c)]
    buttons = ([common.undo_button(ctx)] if undo else []) + case_buttons(c)
    return Reply(
        sections=[
            head,
            case_card(ctx, c),
            render.timeline("Timeline", events),
            files_section(ctx, "case", c.id),
        ],
        buttons=buttons,
        private=True,
    )


def _split_priority(words: str) -> tuple[str, int | None]:
    """ "can't export invoices p1" -> ("can't export invoices", 1); "urgent" is P1."""
    found: int | None = None
    m = None
    for m in _PRIORITY_TOKEN.finditer(words):
        found = cs.parse_priority(m.group(1))
    if found is None or m is None:
        return words, None
    text = (words[: m.start()] + words[m.end() :]).strip(" ,;.")
    return " ".join(text.split()), found


def _case_account(
    call: Call, who: str, title: str, redo: Callable[[str], str], create: bool
) -> Account:
    """The account named for a case. One the CRM does not know is offered for creation
    *with* the case: the offer re-runs this command with create=yes, so taking it opens
    the case too (a bare "account add" lost the case's text)."""
    ctx = call.ctx
    res = find_accounts(ctx, who)
    if res.found is None and not res.ambiguous and not who.startswith("#"):
        if create:
            from storage import crm

            return crm.create_account(ctx, who, {})
        raise Ask(
            Reply(
                sections=[
                    f"I found no account matching '{who}'. Want me to create it and open the "
                    f"case? (The case: {title})"
                ],
                choices=[
                    Button(f"Create account '{who}' and open the case", f"{call.text} create=yes")
                ],
                ok=False,
            )
        )
    return common.choose(res, "account", redo)


def _account_and_title(call: Call, words: str, create: bool) -> tuple[Account | None, str]:
    """ "Acme: can't export" / "Acme can't export": the account that starts the words."""
    ctx = call.ctx
    if ":" in words:
        who, _, title = words.partition(":")
        who = who.strip()
        if who:
            acc = _case_account(
                call, who, title.strip(), lambda r: f"{call.text.replace(who, r, 1)}", create
            )
            return acc, title.strip()
        words = title.strip()  # ": title" (only a priority was said before it)
    parts = words.split()
    for n in range(min(4, len(parts) - 1), 0, -1):
        head = " ".join(parts[:n])
        found = find_accounts(ctx, head).found
        if found is not None and found.name_key == name_key(head):
            return found, " ".join(parts[n:])
    return None, words


@command(
    "case new",
    "case new ACCOUNT: TITLE [p1-p4] [contact=] [assignee=] [description=] [from=]",
    aliases=("case add", "case open", "case create"),
)
def case_new(call: Call) -> Reply:
    """Open a support case for an account. P1 is urgent, P4 low (P3 when unsaid).

    Example: case new Acme: can't export invoices p1 contact=Maria
    The SLA clock starts now, in the workspace's working hours (see: settings sla).
    from= links the message the case came from (a Slack message, a Telegram reply).
    """
    ctx = call.ctx
    args = parse_args(common.need(call, "case", "case new Acme: can't export invoices p1"))
    create = args.fields.pop("create", "") == "yes"  # the offer taken: create the account
    f = cs.fields_of(args.fields)
    words, prio = _split_priority(args.words)
    if "priority" in f or "p" in f:
        prio = cs.parse_priority(f.get("priority") or f.get("p") or "")
    account: Account | None = None
    if f.get("account"):
        title = words
        account = _case_account(
            call, f["account"], title, lambda r: f"{call.text} account={r}", create
        )
    else:
        account, title = _account_and_title(call, words, create)
    contact = None
    if f.get("contact"):
        contact = common.contact(
            ctx, f["contact"], lambda r: f"case new {call.rest} contact={r}", account,
            offer_create=False,
        )  # fmt: skip
    if account is None and contact is None:
        if not title.strip():
            raise UserError("a case needs a title; example: case new Acme: can't export invoices")
        # Asked, not refused: the answer (an account's name) completes this very command, so
        # a case opened from a chat message keeps its text and its link.
        kept = " ".join(f"{k}={v}" for k, v in f.items())
        redo = f"case new {{}}: {title.replace('{}', '( )')} p{prio or 3} {kept}".strip()
        raise Ask(
            Reply(
                sections=[f"Which account is this case for? Type its name. (The case: {title})"],
                expect=redo,
                asks="name",
                ok=False,
            )
        )
    assignee = None
    if f.get("assignee") or f.get("assign"):
        assignee = cs.find_member(ctx, f.get("assignee") or f.get("assign") or "")
    c = cs.open_case(
        ctx,
        title,
        account=account,
        contact=contact,
        priority=prio or 3,
        description=f.get("description") or f.get("desc") or "",
        assignee=assignee,
        source=f.get("from") or f.get("source"),
    )
    return _card(call, c, "✅ Case opened", undo=True)


@command("case show", "case show #N", aliases=("case view",))
def case_show(call: Call) -> Reply:
    """Show a case: its card, SLA clocks and timeline. Example: case show #12"""
    c = cs.get_case(call.ctx, common.need(call, "case", "case show #12"))
    return _card(call, c)


def _ref_and_rest(call: Call, example: str) -> tuple[Case, str]:
    text = common.need(call, "case", example)
    args = parse_args(text)
    source = args.fields.pop("from", None) or args.fields.pop("source", None)
    ref, _, rest = args.words.partition(" ")
    if ref.endswith((":", ",")) and cs.case_number(ref[:-1]) is not None:
        ref = ref[:-1]  # "case note #12: called Maria" (was: "'#12:' is not a case number")
    if source and cs.case_number(ref) is None:  # a reply under a case's message
        c = cs.find_by_source(call.ctx, source)
        if c is None:
            raise UserError("that message has no case; open one with: case new ACCOUNT: TITLE")
        return c, args.words
    return cs.get_case(call.ctx, ref), rest.strip()


@command("case assign", "case assign #N [to] USER")
def case_assign(call: Call) -> Reply:
    """Give a case to someone; its SLA warnings follow. Example: case assign #12 to Sam"""
    c, rest = _ref_and_rest(call, "case assign #12 to Sam")
    who = re.sub(r"^to\s+", "", rest, flags=re.I).strip()
    if not who:
        raise UserError(f"to whom? example: case assign #{c.number} to Sam")
    cs.assign(call.ctx, c, who)
    return _card(call, c, f"✅ Case #{c.number} assigned", undo=True)


@command("case status", "case status #N new|open|waiting|solved|closed")
def case_status(call: Call) -> Reply:
    """Change a case's status (waiting = waiting on customer). Example: case status #12 waiting"""
    c, rest = _ref_and_rest(call, "case status #12 waiting")
    status = cs.parse_status(re.sub(r"^to\s+", "", rest, flags=re.I))
    if status == "solved":
        raise UserError(f"to solve it, say how: case solve #{c.number} RESOLUTION")
    cs.set_status(call.ctx, c, status)
    return _card(call, c, f"✅ Case #{c.number}: {cs.STATUS_LABELS[status]}", undo=True)


@command("case priority", "case priority #N p1-p4")
def case_priority(call: Call) -> Reply:
    """Change a case's priority; the SLA targets move with it. Example: case priority #12 p1"""
    c, rest = _ref_and_rest(call, "case priority #12 p1")
    cs.set_priority(call.ctx, c, cs.parse_priority(rest))
    return _card(call, c, f"✅ Case #{c.number} is now P{c.priority}", undo=True)


@command("case note", "case note #N TEXT [from=]", aliases=("case reply", "case comment"))
def case_note(call: Call) -> Reply:
    """Add a note to a case's timeline; the first one stops the first-response clock.

    Example: case note #12 called Maria, workaround sent
    A reply in a case's Slack thread or to its Telegram message arrives as
    case note TEXT from=LINK.
    """
    text = common.need(call, "case", "case note #12 called Maria")
    source = parse_args(text).fields.get("from")
    c, rest = _ref_and_rest(call, "case note #12 called Maria")
    follow = None if source else _follow_said(call, rest)
    when = require_when(call.ctx, follow, "follow up friday") if follow else None  # before a write
    cs.add_note(call.ctx, c, rest, source=source, kind="reply" if source else "note")
    reply = _card(call, c, f"✅ Noted on case #{c.number}", undo=True)
    if when is not None:
        # "…, follow up friday" (a customer's news offered as a case note) kept the words
        # in the note and set nothing: the follow-up is set, as a plain log sets it.
        r = rem.create(
            call.ctx,
            f"Follow up case #{c.number} {c.title}: {rest}",
            when.due,
            linked=("case", c.id),
            kind="follow-up",
        )
        reply.sections.append(render.reminder_line(call.ctx, r))
    return reply


def _follow_said(call: Call, note: str) -> str | None:
    """The time of a follow-up said at the end of a case note ("…, follow up friday"), or
    None (words after "follow up" that are no time stay in the note only, as in a log)."""
    from handlers.commands.activities import FOLLOW_SAID
    from handlers.pending import is_time_answer

    said = FOLLOW_SAID.search(note)
    return said["when"] if said and is_time_answer(call.ctx, said["when"]) else None


@command("case solve", "case solve #N RESOLUTION", aliases=("case resolve",))
def case_solve(call: Call) -> Reply:
    """Solve a case, saying how. Example: case solve #12 fixed in release 4.2"""
    c, rest = _ref_and_rest(call, "case solve #12 fixed in release 4.2")
    rest = re.sub(r"^(?:with|:)\s*", "", rest, flags=re.I)
    cs.set_status(call.ctx, c, "solved", rest or None)
    return _card(call, c, f"✅ Case #{c.number} solved", undo=True)


@command("case close", "case close #N")
def case_close(call: Call) -> Reply:
    """Close a case (after it is solved, or when there is nothing to do)."""
    c, _ = _ref_and_rest(call, "case close #12")
    cs.set_status(call.ctx, c, "closed")
    return _card(call, c, f"✅ Case #{c.number} closed", undo=True)


@command(
    "cases",
    "cases [mine|team|all] [account=] [priority=p1] [status=open|waiting|solved|closed|all] "
    "[breaching] [page=N]",
    aliases=("case list",),
)
def cases_list(call: Call) -> Reply:
    """Support cases you may see, breaching first (open ones unless status= says otherwise).

    Examples: cases mine · cases team · cases account=Acme · cases priority=p1
    """
    ctx = call.ctx
    args = parse_args(call.rest)
    page = common.page_of(args.fields)
    f = args.fields
    words = args.words.lower().split()
    account = None
    if f.get("account"):
        account = common.account(ctx, f.pop("account"), lambda r: f"cases account={r}",
                                 offer_create=False)  # fmt: skip
    prio = cs.parse_priority(f.pop("priority")) if f.get("priority") else None
    for w in list(words):
        if re.fullmatch(r"p[1-4]", w):
            prio = int(w[1])
            words.remove(w)
    status = (f.pop("status", "open") or "open").lower()
    if status not in ("open", "all"):
        status = cs.parse_status(status)
    if f:
        raise UserError(f"unknown option '{next(iter(f))}='; options: account=, priority=, status=")
    unknown = [w for w in words if w not in ("mine", "my", "team", "all", "breaching", "by",
                                             "priority", "urgent")]  # fmt: skip
    if unknown:
        raise UserError(
            f"I don't understand '{unknown[0]}' here; try: cases mine, cases team, "
            "cases account=Acme, cases priority=p1, cases breaching"
        )
    by_priority = "priority" in words
    rows, total = cs.list_cases(
        ctx,
        mine="mine" in words or "my" in words,
        team="team" in words,
        account=account,
        priority=prio,
        status=None if status == "all" else status,
        breaching=not by_priority,
        limit=20,
        offset=(page - 1) * 20,
    )
    return common.paged(
        [case_line(ctx, c) for c in rows], total, page, 20, f"cases {call.rest}".strip()
    )


@command(
    "settings sla",
    "settings sla [P1 response=1h resolution=8h] [warn=75]",
    admin_only=True,
)
def settings_sla(call: Call) -> Reply:
    """SLA targets per priority, in working hours (the workspace's hours and time zone).

    Examples: settings sla                              (show them)
              settings sla p1 response=30m resolution=4h
              settings sla p3 resolution=5d              (5 working days)
              settings sla warn=80                        (warn at 80% of a target)
    The assignee is warned before a breach; their manager is told at the breach.
    """
    ctx = call.ctx
    args = parse_args(call.rest)
    f = dict(args.fields)
    prio = cs.parse_priority(args.words) if args.words.strip() else None
    response, resolution, warn = f.pop("response", None), f.pop("resolution", None), \
        f.pop("warn", None)  # fmt: skip
    if f:
        raise UserError(
            f"unknown option '{next(iter(f))}='; options: response=, resolution=, warn="
        )
    if prio is None and (response or resolution):
        raise UserError("say which priority: settings sla p1 response=1h resolution=8h")
    changed = bool(response or resolution or warn)
    targets = cs.set_sla(ctx, prio, response, resolution, warn) if changed else \
        cs.sla_targets(ctx.workspace)  # fmt: skip
    tz = ctx.workspace.timezone or "UTC"
    lines = [
        f"P{p}: first response {cs.fmt_minutes(targets[str(p)]['response'])}, "
        f"resolution {cs.fmt_minutes(targets[str(p)]['resolution'])}"
        for p in (1, 2, 3, 4)
    ]
    from storage.workspaces import settings

    wh = settings(ctx.workspace)["working_hours"]
    head = "✅ SLA targets saved" if changed else "SLA targets"
    return Reply.say(
        f"{head} (working time: {wh.get('start')}-{wh.get('end')}, {tz}; "
        f"warning at {targets['warn_percent']}% of a target)",
        "\n".join(lines),
    )
