"""campaign new|edit|show|list|test|approve|start|end|member|export: reaching a segment,
and what it brought in."""

from __future__ import annotations

from datetime import timedelta

from handlers import render
from handlers.args import parse_args
from handlers.commands import common
from handlers.commands.segments import left_out_line
from handlers.list_words import read_list_words
from handlers.registry import Call, command
from handlers.types import Button, Reply
from storage import campaigns as cs
from storage import validate
from storage.campaign_email import MailSettings
from storage.errors import UserError
from storage.models_campaigns import CAMPAIGN_TYPES, Campaign
from storage.money import format_money, to_minor
from storage.reports import fx_rates


def _camp(call: Call, text: str) -> Campaign:
    return cs.find_campaign(call.ctx, text)


def _head(call: Call, c: Campaign) -> str:
    from storage.models_campaigns import Segment

    seg = call.ctx.session.get(Segment, c.segment_id) if c.segment_id else None
    when = " → ".join(render.fmt_date(d) for d in (c.start_date, c.end_date) if d) or "no dates"
    budget = format_money(c.budget_minor, c.currency) if c.budget_minor is not None else "no budget"
    extra = f" · at most {c.daily_cap} a rep a day" if c.daily_cap else ""
    return (
        f"📣 {c.name}  #k{c.id}\n{c.type} · {c.status} · {when} · budget {budget}\n"
        f"segment: {seg.name if seg else '-'}{extra}"
    )


def _mail_ready(call: Call) -> MailSettings:
    """The app's email settings, or why email campaigns cannot go out from this bot."""
    settings = call.mailer.settings if call.mailer is not None else MailSettings.none()
    if call.mailer is None or settings.problems():
        problems = settings.problems() or ["this bot was started without a mailer"]
        raise UserError("email campaigns cannot be sent here: " + "; ".join(problems))
    return settings


def _buttons(c: Campaign) -> list[Button]:
    n = c.name
    if c.status == "draft" and c.type == "email":
        return [
            Button("Send me a test", f"campaign test {n}"),
            Button("Approve", f"campaign approve {n}", "primary"),
        ]
    if c.status in ("draft", "approved"):
        return [
            Button("Start", f"campaign start {n}", "primary"),
            Button("Results", f"campaign show {n}"),
        ]
    if c.status == "running":
        return [
            Button("Results", f"campaign show {n}"),
            Button("End", f"campaign end {n}", "danger"),
        ]
    return [Button("Results", f"campaign show {n}")]


@command(
    "campaign new",
    "campaign new NAME [type=email|event|webinar|call] [start=] [end=] [budget=2k EUR] "
    "[segment=] [subject=] [body=] [cap=N]",
    aliases=("campaign add", "campaign create"),
)
def campaign_new(call: Call) -> Reply:
    """Create a campaign (a draft) that will reach a segment.

    Example: campaign new "Q1 webinar" type=webinar start=2027-01-10 end=2027-03-31
    budget=2k EUR segment=Nordic logistics
    Free text works too: new campaign Q1 webinar for Nordic logistics, budget 2k EUR
    An email campaign's body may use {first_name}, {name}, {account}, {owner}, {signature},
    {campaign}; write \\n for a new line. cap= is how many calls a rep gets a day
    (call and event campaigns).
    """
    args = parse_args(common.need(call, "campaign", 'campaign new "Q1 webinar" type=webinar'))
    c = cs.create_campaign(call.ctx, args.words, args.fields)
    return Reply(
        sections=["✅ Campaign created (draft)", _head(call, c)],
        buttons=[common.undo_button(call.ctx), *_buttons(c)],
    )


@command("campaign edit", "campaign edit NAME field=value ...", aliases=("campaign update",))
def campaign_edit(call: Call) -> Reply:
    """Change a campaign: type, start, end, budget, segment, subject, body, cap, owner.

    Example: campaign edit Q1 webinar subject=Join us, {first_name} body=Hi {first_name},\\n...
    Changing the message of an approved email campaign sends it back to draft.
    """
    args = parse_args(common.need(call, "campaign", "campaign edit Q1 webinar budget=3k EUR"))
    if not args.fields:
        return Reply.error("Say what to change, e.g. campaign edit Q1 webinar budget=3k EUR")
    c = cs.update_campaign(call.ctx, _camp(call, args.words), args.fields)
    return Reply(
        sections=["✅ Campaign updated", _head(call, c)],
        buttons=[common.undo_button(call.ctx), *_buttons(c)],
    )


@command("campaign rename", "campaign rename NAME to NEW NAME")
def campaign_rename(call: Call) -> Reply:
    """Rename a campaign; the contacts and deals it brought keep it as their source (undo
    gives the old name back).

    Example: campaign rename Q1 webinar to Spring webinar
    """
    text = common.need(call, "campaign", "campaign rename Q1 webinar to Spring webinar")
    old, sep, new = text.rpartition(" to ")
    if not sep or not old.strip() or not new.strip():
        raise UserError("say both names: campaign rename Q1 webinar to Spring webinar")
    c = _camp(call, old)
    before = c.name
    cs.rename_campaign(call.ctx, c, new)
    return Reply(
        sections=[f"✅ Campaign {before} is now {c.name}", _head(call, c)],
        buttons=[common.undo_button(call.ctx), *_buttons(c)],
    )


_LIST_USAGE = (
    "campaign list [mine] [draft|approved|running|ended] [email|event|webinar|call]; "
    "e.g. 'campaigns running', 'campaign list webinar ended'"
)
_LIST_WORDS = {
    **{s: ("status", s) for s in ("draft", "approved", "running", "ended")},
    **{w: ("status", "running") for w in ("active", "live", "started", "sending", "open")},
    **{w: ("status", "ended") for w in ("finished", "over", "done", "closed", "past")},
    **{t: ("type", t) for t in CAMPAIGN_TYPES},
    "mine": ("owner", "me"),
    "my": ("owner", "me"),
}


@command("campaign list", "campaign list [mine] [STATUS] [TYPE]", aliases=("campaigns",))
def campaign_list(call: Call) -> Reply:
    """The campaigns, newest first, with their state; the words filter them.

    Examples: campaigns running · campaign list webinar · campaign list mine draft
    """
    camps = cs.list_campaigns(call.ctx)
    want = read_list_words(
        call.rest, "campaign", _LIST_WORDS, _LIST_USAGE,
        names=[c.name for c in camps], fields=("status", "type"),
    )  # fmt: skip
    if not camps:
        return Reply.say(
            'No campaigns yet. Example: campaign new "Q1 webinar" type=webinar segment=NAME'
        )
    camps = [
        c
        for c in camps
        if c.status == want.get("status", c.status)
        and c.type == want.get("type", c.type)
        and ("owner" not in want or c.owner_id == call.ctx.user.id)
    ]
    said = " · ".join(("mine" if k == "owner" else v) for k, v in sorted(want.items()))
    if not camps:
        return Reply.say(f"No {said} campaigns. 'campaign list' shows them all.")
    lines = [f"📣 {c.name} · {c.type} · {c.status}" for c in camps]
    if said:
        lines.insert(0, f"Campaigns · {said}:")
    return Reply(
        sections=["\n".join(lines)],
        choices=[Button(c.name, f"campaign show {c.name}") for c in camps[:10]],
    )


def results_text(call: Call, r: cs.Results) -> str:
    ctx = call.ctx
    rates = fx_rates(ctx.workspace)
    c = r.campaign

    def money(v: object) -> str:
        return "n/a" if v is None else format_money(to_minor(v, c.currency), c.currency)  # type: ignore[arg-type]

    roi = r.roi(rates, ctx.workspace.currency)
    lines = [
        f"members: {r.members} · reached: {r.reached} · responded: {r.responded} · "
        f"converted: {r.statuses.get('converted', 0)} · opted out: {r.opted_out}",
        left_out_line(r.excluded),
    ]
    if c.type == "email":
        lines.append(f"emails sent: {r.sent} · queued: {r.queued} · failed: {r.send_failed}")
    lines += [
        f"new leads: {r.new_leads} · deals created: {r.deals} · won: {r.won_deals}"
        + (" (the deals you may see)" if r.scoped else ""),
        f"pipeline (open): {cs.money_by_currency(r.pipeline)} · won: {cs.money_by_currency(r.won)}",
        f"cost per lead: {money(r.cost_per_lead())} · cost per won deal: {money(r.cost_per_won())}"
        + (f" · return on budget: {roi}%" if roi is not None else " · return on budget: n/a"),
    ]
    return "\n".join(lines)


@command("campaign show", "campaign show NAME", aliases=("campaign results", "campaign view"))
def campaign_show(call: Call) -> Reply:
    """A campaign and its results, with a chart.

    Members, reached, responded, opted out, who was left out, new leads, deals, pipeline
    and won amount per currency, cost per lead and per won deal, return on the budget.

    Example: campaign show Q1 webinar   (a chart comes with it)
    """
    c = _camp(call, common.need(call, "campaign", "campaign show Q1 webinar"))
    r = cs.results(call.ctx, c)
    from handlers.campaign_chart import results_png

    png = results_png(r)
    return Reply(
        sections=[_head(call, c), results_text(call, r)],
        buttons=[*_buttons(c), Button("Members", f"campaign members {c.name}")],
        image=png,
        image_name=f"campaign-{c.id}.png" if png else None,
        private=True,
    )


@command("campaign members", "campaign members NAME [status=] [page=N]")
def campaign_members(call: Call) -> Reply:
    """The members of a campaign and their status, 20 a page.

    Example: campaign members Q1 webinar status=responded
    """
    args = parse_args(common.need(call, "campaign", "campaign members Q1 webinar"))
    page = common.page_of(args.fields)
    c = _camp(call, args.words)
    status = args.fields.get("status", "").strip().lower().replace(" ", "_") or None
    rows = cs.members_for_export(call.ctx, c, status=status, limit=20, offset=(page - 1) * 20)
    lines = [f"{render.contact_line(ct)} · {m.status}" for m, ct, _ in rows]
    more = f"campaign members {c.name}" + (f" status={status}" if status else "")
    return common.paged(lines, cs.count_members(call.ctx, c, status), page, 20, more)


@command("campaign member", "campaign member CAMPAIGN: CONTACT status=STATUS")
def campaign_member(call: Call) -> Reply:
    """Set a member's status: planned, reached, responded, converted, opted_out.

    Example: campaign member Q1 webinar: Maria Lopez status=responded
    A member who responded also records the campaign as the contact's source.
    """
    text = common.need(call, "campaign", "campaign member Q1 webinar: Maria status=reached")
    if ":" not in text:
        return Reply.error("Write it as: campaign member CAMPAIGN: CONTACT status=reached")
    camp_q, rest = text.split(":", 1)
    args = parse_args(rest)
    status = args.fields.get("status", "").strip().lower().replace(" ", "_")
    c = _camp(call, camp_q)
    who = common.contact(
        call.ctx,
        args.words,
        lambda r: f"campaign member {c.name}: {r} status={status}",
        offer_create=False,
    )
    m = cs.member_of(call.ctx, c, who.id)
    if m is None:
        raise UserError(f"{who.name} is not a member of {c.name}")
    cs.set_member_status(call.ctx, m, status)
    if status in ("responded", "converted"):
        cs.attribute_contact(call.ctx, who, c, responded=False)
    return Reply(
        sections=[f"✅ {who.name} in {c.name}: {status}"],
        buttons=[common.undo_button(call.ctx)],
    )


@command("campaign approve", "campaign approve NAME", aliases=("campaign ok",))
def campaign_approve(call: Call) -> Reply:
    """Approve an email campaign's message (managers and admins).

    Example: campaign approve Q1 webinar
    """
    c = cs.approve(
        call.ctx, _camp(call, common.need(call, "campaign", "campaign approve Q1 webinar"))
    )
    return Reply(
        sections=[f"✅ Approved: {c.name}", _head(call, c)],
        buttons=[common.undo_button(call.ctx), *_buttons(c)],
    )


@command("campaign test", "campaign test NAME [to=ADDRESS]")
def campaign_test(call: Call) -> Reply:
    """Send one message of an email campaign to yourself, through SMTP.

    It goes to your email (or to=ADDRESS), filled in for the segment's first member.

    Example: campaign test Q1 webinar to=ana@example.com
    """
    from storage.campaign_email import test_message

    args = parse_args(common.need(call, "campaign", "campaign test Q1 webinar"))
    c = _camp(call, args.words)
    if c.type != "email":
        raise UserError(f"'{c.name}' is a {c.type} campaign: it sends no email")
    settings = _mail_ready(call)
    to = args.fields.get("to") or call.ctx.user.email
    if not to:
        raise UserError("I do not know your email address: campaign test NAME to=you@example.com")
    to = validate.email(to)
    if not c.subject or not c.body:
        raise UserError(
            f"'{c.name}' has no subject or body yet: campaign edit {c.name} subject=... body=..."
        )
    msg = test_message(call.ctx, c, settings, to)
    assert call.mailer is not None  # _mail_ready said so
    try:
        call.mailer.send([msg])  # the app's mailer: the core opens no connection itself
    except Exception as exc:  # the SMTP server's answer, shown as it is
        raise UserError(f"the test message was not sent: {type(exc).__name__}: {exc}") from exc
    return Reply(
        sections=[f"📧 Test sent to {to}: {msg['Subject']}", msg.get_content()],
        buttons=_buttons(c),
        private=True,
    )


@command("campaign start", "campaign start NAME")
def campaign_start(call: Call) -> Reply:
    """Start a campaign (managers and admins): the segment's members are frozen, each 'planned'.

    Email: sent by the bot at the configured rate (approved first; needs the SMTP settings).
    Call, event, webinar: each member becomes a reminder for its owner, at most cap= a day
    per rep, inside working hours ("call Maria Lopez (Q1 webinar)").
    """
    ctx = call.ctx
    c = _camp(call, common.need(call, "campaign", "campaign start Q1 webinar"))
    if c.type == "email":
        settings = _mail_ready(call)
        step = timedelta(seconds=60 / settings.rate_per_minute)
        reach = cs.freeze_members(ctx, c, send_every=step)
        minutes = len(reach.member_ids) / settings.rate_per_minute
        plan = (
            f"{len(reach.member_ids)} emails queued, {settings.rate_per_minute:g} a minute "
            f"(about {minutes:.0f} min)"
        )
    else:
        from storage.campaign_work import plan_reminders

        reach = cs.freeze_members(ctx, c)
        plan = plan_reminders(ctx, c)
    return Reply(
        sections=[f"🚀 Started: {c.name}", f"{plan}. {left_out_line(reach.excluded)}"],
        buttons=_buttons(c),
    )


@command("campaign end", "campaign end NAME", aliases=("campaign stop",))
def campaign_end(call: Call) -> Reply:
    """End a campaign (managers and admins): unsent emails are not sent; its results stay.

    A campaign that never started is asked about first: once ended it cannot start.
    """
    args = parse_args(common.need(call, "campaign", "campaign end Q1 webinar"))
    confirm = args.fields.pop("confirm", "").lower() in ("yes", "y", "true")
    if args.fields:
        raise UserError(f"campaign end takes a name, not '{next(iter(args.fields))}='")
    camp = _camp(call, args.words)
    if camp.status in ("draft", "approved") and not confirm:
        # "campaign end" on a draft once ended it at once: it could never be started again.
        return Reply(
            sections=[
                f"'{camp.name}' never started ({camp.status}). End it anyway? It cannot be "
                "started afterwards."
            ],
            buttons=[
                Button("Yes, end it", f"campaign end #k{camp.id} confirm=yes"),
                Button("Keep it", f"campaign show #k{camp.id}"),
            ],
            asks="confirm",
        )
    c = cs.end_campaign(call.ctx, camp)
    r = cs.results(call.ctx, c)
    return Reply(sections=[f"🏁 Ended: {c.name}", results_text(call, r)], buttons=_buttons(c))


@command("campaign met", "campaign met CAMPAIGN: CONTACT [account=] [note=]")
def campaign_met(call: Call) -> Reply:
    """Note someone you met through a campaign (a new name becomes a new lead).

    The contact records the campaign as its source, their member row becomes
    'responded', and the meeting is logged.

    Example: campaign met Q1 webinar: Maria Lopez     (or in words: met Maria at the Q1 webinar)
    """
    from storage import crm
    from storage.lookup import find_contacts

    text = common.need(call, "campaign", "campaign met Q1 webinar: Maria Lopez")
    if ":" not in text:
        return Reply.error("Write it as: campaign met CAMPAIGN: CONTACT")
    camp_q, rest = text.split(":", 1)
    c = _camp(call, camp_q)
    args = parse_args(rest)
    note = args.fields.pop("note", "").strip()
    ctx = call.ctx
    res = find_contacts(ctx, args.words)
    created = False
    if res.found is not None:
        who = res.found
    elif res.ambiguous:
        who = common.contact(ctx, args.words, lambda r: f"campaign met {c.name}: {r}")
    else:
        from storage import privacy

        privacy.check_not_suppressed(ctx, name=args.words, email=args.fields.get("email"))
        # Someone met through a campaign is a lead (docs/campaigns.md), not the bare
        # "prospect" a typed contact starts as: the reply says "New lead", so does the card.
        fields = {"campaign": c.name, "lifecycle": "lead", **args.fields}
        who = crm.create_contact(ctx, args.words, fields)
        created = True
    cs.attribute_contact(ctx, who, c)
    body = f"Met at {c.name}" + (f": {note}" if note else "")
    crm.log_activity(ctx, "meeting", body, contact=who)
    lines = [
        f"✅ {'New lead' if created else 'Noted'}: {who.name} from {c.name}",
        render.contact_card(ctx, who),
    ]
    return Reply(
        sections=lines,
        buttons=[
            Button("New deal", f"deal add {who.name} deal contact=#c{who.id}"),
            common.undo_button(ctx),
        ],
    )
