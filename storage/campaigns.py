"""Campaigns: who a campaign reaches (members frozen from a segment), what became of each
member, what the campaign brought in (attribution), and the figures of its results.

Money is integer minor units with a currency; results are kept per currency, and the
return on the budget is only computed from amounts in the budget's currency (or converted
with the workspace's exchange rates, ``settings fx``), never by adding currencies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, update

from storage import segments, validate
from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import NotAllowed, UserError
from storage.models import AuditLog, Contact, Opportunity, User
from storage.models_campaigns import CAMPAIGN_TYPES, MEMBER_STATUSES, Campaign, CampaignMember
from storage.money import MoneyError, format_money, from_minor, parse_amount, to_minor
from storage.renames import rename
from storage.text import name_key
from storage.write_path import get_loaded

FIELDS = ("type", "start", "end", "budget", "segment", "subject", "body", "cap", "owner")
# How far a status goes: a member never moves back by an automatic step.
RANK = {"planned": 0, "reached": 1, "responded": 2, "converted": 3, "opted_out": 4}


def _audit_row(ctx: Ctx, action: str, camp: Campaign, after: dict[str, Any]) -> None:
    """One audit row for a bulk step (freezing 50,000 members is one change, not 50,000)."""
    ctx.session.add(
        AuditLog(
            workspace_id=ctx.ws_id,
            user_id=ctx.user.id,
            at=ctx.now,
            action=action,
            entity_type="campaigns",
            entity_id=camp.id,
            before=None,
            after=after,
            batch=ctx.batch,
        )
    )


def _apply(ctx: Ctx, camp: Campaign, fields: Mapping[str, str]) -> None:
    unknown = [k for k in fields if k not in FIELDS]
    if unknown:
        raise UserError(f"unknown campaign field '{unknown[0]}'; fields: {', '.join(FIELDS)}")
    for key, raw in fields.items():
        value = raw.strip()
        if key == "type":
            kind = value.lower()
            if kind not in CAMPAIGN_TYPES:
                raise UserError(f"a campaign type is one of {', '.join(CAMPAIGN_TYPES)}")
            camp.type = kind
        elif key in ("start", "end"):
            setattr(camp, f"{key}_date", validate.iso_date(value) if value else None)
        elif key == "budget":
            if not value:
                camp.budget_minor = None
                continue
            try:
                amount, cur = parse_amount(value, ctx.workspace.currency)
                camp.budget_minor, camp.currency = to_minor(amount, cur), cur
            except MoneyError as exc:
                raise UserError(str(exc)) from exc
        elif key == "segment":
            camp.segment_id = segments.find_segment(ctx, value).id if value else None
        elif key == "subject":
            camp.subject = value or None
        elif key == "body":
            camp.body = raw.replace("\\n", "\n").strip() or None
        elif key == "cap":
            if not value.isdigit() or int(value) < 1:
                raise UserError("cap= is a number of calls a rep a day, e.g. cap=10")
            camp.daily_cap = int(value)
        elif key == "owner":
            from storage.workspaces import find_user

            u = find_user(ctx.session, ctx.workspace, value)
            if u is None:
                raise UserError(f"no user named '{value}'")
            camp.owner_id = u.id
    if camp.start_date and camp.end_date and camp.end_date < camp.start_date:
        raise UserError("the campaign ends before it starts")
    if (
        camp.approved_at is not None
        and camp.status == "approved"
        and ("subject" in fields or "body" in fields or "segment" in fields)
    ):
        camp.status, camp.approved_at, camp.approved_by_id = "draft", None, None


def create_campaign(ctx: Ctx, name: str, fields: Mapping[str, str]) -> Campaign:
    name = " ".join(name.strip().strip("\"'").split())
    if not name:
        raise UserError('a campaign needs a name; example: campaign new "Q1 webinar" type=webinar')
    if len(name) > 120:
        raise UserError("a campaign name is at most 120 characters")
    if _by_key(ctx, name_key(name)) is not None:
        raise UserError(f"a campaign named '{name}' already exists")
    camp = Campaign(
        workspace_id=ctx.ws_id,
        name=name,
        name_key=name_key(name),
        type="email",
        status="draft",
        currency=ctx.workspace.currency,
        owner_id=ctx.user.id,
        excluded={},
        created_by_id=ctx.user.id,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    _apply(ctx, camp, fields)
    ctx.session.add(camp)
    ctx.session.flush()
    record(ctx, "create", camp, None)
    return camp


def update_campaign(ctx: Ctx, camp: Campaign, fields: Mapping[str, str]) -> Campaign:
    if camp.status in ("running", "ended") and set(fields) & {"segment", "type", "subject", "body"}:
        raise UserError(f"'{camp.name}' has started: its members and message are frozen")
    before = snapshot(camp)
    _apply(ctx, camp, fields)
    camp.updated_at = ctx.now
    record(ctx, "update", camp, before)
    return camp


def rename_campaign(ctx: Ctx, camp: Campaign, new: str) -> Campaign:
    """Give a campaign another name (audited: undo gives the old one back). Contacts and
    deals it brought point at it by id, so their source follows."""
    example = "campaign rename Q1 webinar to Spring webinar"
    named = lambda name: _by_key(ctx, name_key(name))  # noqa: E731
    return rename(ctx, camp, new, kind="campaign", example=example, named=named)


def _by_key(ctx: Ctx, key: str) -> Campaign | None:
    return ctx.session.scalar(
        select(Campaign).where(Campaign.workspace_id == ctx.ws_id, Campaign.name_key == key)
    )


def find_campaign(ctx: Ctx, name: str) -> Campaign:
    """By name (case and accents ignored), or a unique close match ('q1 webinr'): a typo,
    never extra words ('Spring add Maria' once matched Spring and the words were dropped)."""
    text = name.strip().strip("\"'")
    if text.lower().startswith("#k") and text[2:].isdigit():
        camp = ctx.session.get(Campaign, int(text[2:]))
        if camp is not None and camp.workspace_id == ctx.ws_id:
            return camp
    camp = _by_key(ctx, name_key(text))
    if camp is not None:
        return camp
    from rapidfuzz import fuzz, process

    names = {
        c.name_key: c
        for c in ctx.session.scalars(select(Campaign).where(Campaign.workspace_id == ctx.ws_id))
    }
    hits = process.extract(name_key(text), list(names), scorer=fuzz.ratio, score_cutoff=85)
    if len(hits) == 1 or (len(hits) > 1 and hits[0][1] - hits[1][1] >= 5):
        return names[hits[0][0]]
    if hits:
        listed = ", ".join(names[h[0]].name for h in hits[:5])
        raise UserError(f"'{text}' matches several campaigns ({listed}); be more specific")
    raise UserError(f"no campaign named '{text}'; 'campaign list' shows them")


def campaign_named_in(ctx: Ctx, text: str) -> Campaign | None:
    """The campaign whose name appears in a sentence ('met her at the Q1 webinar')."""
    key = f" {name_key(text)} "
    best: Campaign | None = None
    for camp in ctx.session.scalars(select(Campaign).where(Campaign.workspace_id == ctx.ws_id)):
        if f" {camp.name_key} " in key and (
            best is None or len(camp.name_key) > len(best.name_key)
        ):
            best = camp
    return best


def list_campaigns(ctx: Ctx) -> list[Campaign]:
    return list(
        ctx.session.scalars(
            select(Campaign)
            .where(Campaign.workspace_id == ctx.ws_id)
            .order_by(Campaign.created_at.desc(), Campaign.id.desc())
        )
    )


def approve(ctx: Ctx, camp: Campaign) -> Campaign:
    if not ctx.is_manager:
        raise NotAllowed("only a manager or an admin can approve a campaign")
    if camp.type != "email":
        raise UserError(f"'{camp.name}' is a {camp.type} campaign: there is no message to approve")
    if not camp.subject or not camp.body:
        raise UserError(
            f"'{camp.name}' needs a subject and a body first: campaign edit {camp.name} "
            "subject=... body=..."
        )
    if camp.status != "draft":
        raise UserError(f"'{camp.name}' is {camp.status}, not a draft")
    before = snapshot(camp)
    camp.status, camp.approved_by_id, camp.approved_at = "approved", ctx.user.id, ctx.now
    camp.updated_at = ctx.now
    record(ctx, "update", camp, before)
    return camp


def reach_of(ctx: Ctx, camp: Campaign) -> segments.Reach:
    if camp.segment_id is None:
        raise UserError(f"'{camp.name}' has no segment: campaign edit {camp.name} segment=NAME")
    from storage.models_campaigns import Segment

    seg = ctx.session.get(Segment, camp.segment_id)
    assert seg is not None
    return segments.reachable(ctx, seg.filters, channel="email" if camp.type == "email" else None)


def freeze_members(
    ctx: Ctx,
    camp: Campaign,
    *,
    send_every: timedelta | None = None,
    first_send: datetime | None = None,
) -> segments.Reach:
    """Start a campaign: its segment's reachable contacts become its members, once.

    For an email campaign each member row is queued (``send_status='pending'``) with a
    due time ``send_every`` apart: that spacing is the configured sending rate.
    """
    if not ctx.is_manager:  # it writes work for every owner, or mail in their names
        raise NotAllowed("only a manager or an admin can start a campaign")
    if camp.status in ("running", "ended"):
        raise UserError(f"'{camp.name}' has already started")
    if camp.type == "email" and camp.status != "approved":
        raise UserError(
            f"'{camp.name}' is not approved yet: a manager or an admin types "
            f"'campaign approve {camp.name}'"
        )
    reach = reach_of(ctx, camp)
    start = first_send or _first_moment(ctx, camp)
    step = send_every or timedelta(0)
    rows = []
    for i, cid in enumerate(reach.member_ids):
        row: dict[str, Any] = {
            "workspace_id": ctx.ws_id,
            "campaign_id": camp.id,
            "contact_id": cid,
            "owner_id": reach.owners.get(cid) or camp.owner_id,
            "status": "planned",
            "attempts": 0,
            "created_at": ctx.now,
        }
        if camp.type == "email":
            row["send_status"] = "pending"
            row["due_at"] = start + step * i
        rows.append(row)
    for chunk in range(0, len(rows), 5000):
        ctx.session.execute(insert(CampaignMember), rows[chunk : chunk + 5000])
    before = snapshot(camp)
    camp.status, camp.started_at, camp.updated_at = "running", ctx.now, ctx.now
    camp.excluded = dict(reach.excluded)
    if camp.type != "email":
        _set_reaching(ctx, camp.id, True)
    if camp.start_date is None:
        camp.start_date = ctx.now.date()
    record(ctx, "update", camp, before)
    _audit_row(ctx, "start", camp, {"members": len(rows), "excluded": reach.excluded})
    return reach


def _first_moment(ctx: Ctx, camp: Campaign) -> datetime:
    """Now, or the start of working hours on a start date still ahead (workspace zone)."""
    from datetime import time as dtime
    from zoneinfo import ZoneInfo

    from storage.workspaces import settings

    tz = ZoneInfo(ctx.workspace.timezone or "UTC")
    if camp.start_date is None or camp.start_date <= ctx.now.astimezone(tz).date():
        return ctx.now
    h, _, m = str(settings(ctx.workspace)["working_hours"].get("start", "08:00")).partition(":")
    return datetime.combine(camp.start_date, dtime(int(h), int(m or 0)), tz)


def end_campaign(ctx: Ctx, camp: Campaign) -> Campaign:
    if not ctx.is_manager:
        raise NotAllowed("only a manager or an admin can end a campaign")
    if camp.status == "ended":
        raise UserError(f"'{camp.name}' has already ended")
    before = snapshot(camp)
    _set_reaching(ctx, camp.id, False)
    camp.status, camp.ended_at, camp.updated_at = "ended", ctx.now, ctx.now
    today = ctx.now.astimezone(ZoneInfo(ctx.workspace.timezone or "UTC")).date()
    if camp.end_date is None or camp.end_date > today:  # ended early: it ended today
        camp.end_date = today
    # Messages not sent yet stay unsent.
    ctx.session.execute(
        update(CampaignMember)
        .where(
            CampaignMember.workspace_id == ctx.ws_id,
            CampaignMember.campaign_id == camp.id,
            CampaignMember.send_status == "pending",
        )
        .values(send_status="cancelled", fail_reason="campaign ended")
    )
    record(ctx, "update", camp, before)
    return camp


# ---- members ---------------------------------------------------------------------------------


def member_of(ctx: Ctx, camp: Campaign, contact_id: int) -> CampaignMember | None:
    return ctx.session.scalar(
        select(CampaignMember).where(
            CampaignMember.workspace_id == ctx.ws_id,
            CampaignMember.campaign_id == camp.id,
            CampaignMember.contact_id == contact_id,
        )
    )


def set_member_status(
    ctx: Ctx, m: CampaignMember, status: str, *, only_forward: bool = False
) -> bool:
    """Change a member's status (audited); ``only_forward`` never lowers it."""
    if status not in MEMBER_STATUSES:
        raise UserError(f"a member status is one of {', '.join(MEMBER_STATUSES)}")
    if m.status == status or (only_forward and RANK[status] <= RANK[m.status]):
        return False
    before = snapshot(m)
    m.status, m.status_at = status, ctx.now
    record(ctx, "update", m, before)
    return True


def open_memberships(ctx: Ctx, contact_id: int) -> list[tuple[CampaignMember, Campaign]]:
    return list(
        ctx.session.execute(
            select(CampaignMember, Campaign)
            .join(Campaign, Campaign.id == CampaignMember.campaign_id)
            .where(
                CampaignMember.workspace_id == ctx.ws_id,
                CampaignMember.contact_id == contact_id,
                Campaign.status == "running",
            )
            .order_by(Campaign.started_at.desc())
        ).all()
    )  # type: ignore[arg-type]


REACHING = "campaigns_reaching"  # workspace setting: running call/event/webinar campaigns


def _set_reaching(ctx: Ctx, camp_id: int, on: bool) -> None:
    """Keep the ids of running call/event campaigns on the workspace row (already loaded
    with every message), so logging a call costs no query when none is running."""
    ws = ctx.workspace
    ids = set((ws.settings or {}).get(REACHING, []))
    ids = ids | {camp_id} if on else ids - {camp_id}
    ws.settings = {**(ws.settings or {}), REACHING: sorted(ids)}


def mark_reached_by_activity(ctx: Ctx, contact_id: int) -> list[str]:
    """A call or meeting logged with a member of a running call/event campaign reaches them.

    Returns the names of the campaigns whose member moved forward (for the reply)."""
    if not (ctx.workspace.settings or {}).get(REACHING):
        return []
    out = []
    for m, camp in open_memberships(ctx, contact_id):
        if camp.type in ("call", "event", "webinar") and set_member_status(
            ctx, m, "reached", only_forward=True
        ):
            out.append(camp.name)
    return out


# ---- attribution -----------------------------------------------------------------------------


def attribute_contact(
    ctx: Ctx, contact: Contact, camp: Campaign, *, responded: bool = True
) -> None:
    """The contact came from (or answered) this campaign: record it, and move its member
    row to responded. A contact keeps the first campaign it came from."""
    if contact.campaign_id is None:
        before = snapshot(contact)
        contact.campaign_id = camp.id
        if contact.lead_source is None:
            contact.lead_source = (
                "event"
                if camp.type in ("event", "webinar")
                else ("mailing campaign" if camp.type == "email" else "cold call")
            )
        record(ctx, "update", contact, before)
    m = member_of(ctx, camp, contact.id)
    if m is not None and responded:
        set_member_status(ctx, m, "responded", only_forward=True)


def attribute_deal(ctx: Ctx, deal: Opportunity) -> None:
    """A new deal for a campaign's contact carries the campaign; its member converts."""
    if deal.campaign_id is None and deal.contact_id is not None:
        contact = get_loaded(ctx.session, Contact, deal.contact_id)
        if contact is not None and contact.campaign_id is not None:
            deal.campaign_id = contact.campaign_id
    if deal.campaign_id is not None and deal.contact_id is not None:
        camp = ctx.session.get(Campaign, deal.campaign_id)
        m = member_of(ctx, camp, deal.contact_id) if camp is not None else None
        if m is not None:
            set_member_status(ctx, m, "converted", only_forward=True)


# ---- results ---------------------------------------------------------------------------------


@dataclass
class Results:
    campaign: Campaign
    members: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    excluded: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    send_failed: int = 0
    queued: int = 0
    new_leads: int = 0
    deals: int = 0
    won_deals: int = 0
    pipeline: dict[str, Decimal] = field(default_factory=dict)  # open amount per currency
    won: dict[str, Decimal] = field(default_factory=dict)  # won amount per currency
    scoped: bool = False  # deals limited to those the reader may see (not an admin)

    @property
    def reached(self) -> int:
        return sum(self.statuses.get(s, 0) for s in ("reached", "responded", "converted"))

    @property
    def responded(self) -> int:
        return sum(self.statuses.get(s, 0) for s in ("responded", "converted"))

    @property
    def opted_out(self) -> int:
        return self.statuses.get("opted_out", 0)

    @property
    def budget(self) -> Decimal | None:
        c = self.campaign
        return from_minor(c.budget_minor, c.currency) if c.budget_minor is not None else None

    def won_in_budget_currency(
        self, rates: Mapping[str, Decimal], ws_currency: str
    ) -> Decimal | None:
        """The won amount in the budget's currency; None when a currency cannot be converted."""
        cur = self.campaign.currency
        total = Decimal(0)
        for c, amount in self.won.items():
            if c == cur:
                total += amount
                continue
            # rates: 1 unit of c = rates[c] of the workspace currency
            to_ws = amount if c == ws_currency else (amount * rates[c] if c in rates else None)
            if to_ws is None:
                return None
            if cur == ws_currency:
                total += to_ws
            elif rates.get(cur):
                total += to_ws / rates[cur]
            else:
                return None
        return total

    def cost_per_lead(self) -> Decimal | None:
        b = self.budget
        return (
            (b / self.new_leads).quantize(Decimal("0.01"))
            if b is not None and self.new_leads
            else None
        )

    def cost_per_won(self) -> Decimal | None:
        b = self.budget
        return (
            (b / self.won_deals).quantize(Decimal("0.01"))
            if b is not None and self.won_deals
            else None
        )

    def roi(self, rates: Mapping[str, Decimal], ws_currency: str) -> Decimal | None:
        """(won − budget) / budget, as a percentage with one decimal."""
        b = self.budget
        won = self.won_in_budget_currency(rates, ws_currency)
        if not b or won is None:
            return None
        return ((won - b) / b * 100).quantize(Decimal("0.1"))


def results(ctx: Ctx, camp: Campaign) -> Results:
    """Every figure of a campaign in four grouped queries (members, sends, contacts, deals)."""
    r = Results(camp, excluded=dict(camp.excluded or {}))
    for status, n in ctx.session.execute(
        select(CampaignMember.status, func.count())
        .where(CampaignMember.workspace_id == ctx.ws_id, CampaignMember.campaign_id == camp.id)
        .group_by(CampaignMember.status)
    ):
        r.statuses[status] = int(n)
    r.members = sum(r.statuses.values())
    for send_status, n in ctx.session.execute(
        select(CampaignMember.send_status, func.count())
        .where(
            CampaignMember.workspace_id == ctx.ws_id,
            CampaignMember.campaign_id == camp.id,
            CampaignMember.send_status.is_not(None),
        )
        .group_by(CampaignMember.send_status)
    ):
        if send_status == "sent":
            r.sent = int(n)
        elif send_status == "failed":
            r.send_failed = int(n)
        elif send_status in ("pending", "claimed"):
            r.queued += int(n)
    r.new_leads = (
        ctx.session.scalar(
            select(func.count()).where(
                Contact.workspace_id == ctx.ws_id,
                Contact.campaign_id == camp.id,
                Contact.deleted_at.is_(None),
            )
        )
        or 0
    )
    deals = (
        select(
            Opportunity.status,
            Opportunity.currency,
            func.count(),
            func.coalesce(func.sum(Opportunity.amount_minor), 0),
        )
        .where(
            Opportunity.workspace_id == ctx.ws_id,
            Opportunity.campaign_id == camp.id,
            Opportunity.deleted_at.is_(None),
        )
        .group_by(Opportunity.status, Opportunity.currency)
    )
    owners = ctx.deal_owner_ids()  # the visibility rule of every other path (storage.teams)
    if owners is not None:
        deals = deals.where(Opportunity.owner_id.in_(sorted(owners)))
        r.scoped = True
    for status, cur, n, amount in ctx.session.execute(deals):
        r.deals += int(n)
        value = from_minor(int(amount or 0), cur)
        if status == "open":
            r.pipeline[cur] = r.pipeline.get(cur, Decimal(0)) + value
        elif status == "won":
            r.won_deals += int(n)
            r.won[cur] = r.won.get(cur, Decimal(0)) + value
    return r


def money_by_currency(values: Mapping[str, Decimal]) -> str:
    if not values:
        return "0"
    from storage.money import exponent

    return " + ".join(
        format_money(int(v.scaleb(exponent(c))), c) for c, v in sorted(values.items())
    )


def ended_between(ctx: Ctx, start: date, end: date) -> list[Campaign]:
    """Campaigns that ended in [start, end) (the digests mention them): started ones whose
    end date falls there (ending one early sets its end date to that day). A draft whose
    planned end passed never ran, so it did not end."""
    return list(
        ctx.session.scalars(
            select(Campaign).where(
                Campaign.workspace_id == ctx.ws_id,
                Campaign.status.in_(("running", "ended")),
                Campaign.end_date >= start,
                Campaign.end_date < end,
            )
        )
    )


def members_for_export(
    ctx: Ctx,
    camp: Campaign,
    *,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[CampaignMember, Contact, str | None]]:
    """Members with their contact and owner's name, in member order (a page when asked)."""
    q = (
        select(CampaignMember, Contact, User.display_name)
        .join(Contact, Contact.id == CampaignMember.contact_id)
        .outerjoin(User, User.id == CampaignMember.owner_id)
        .where(CampaignMember.workspace_id == ctx.ws_id, CampaignMember.campaign_id == camp.id)
    )
    if status:
        q = q.where(CampaignMember.status == status)
    q = q.order_by(CampaignMember.id).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [(m, c, owner) for m, c, owner in ctx.session.execute(q)]


def count_members(ctx: Ctx, camp: Campaign, status: str | None = None) -> int:
    q = select(func.count()).where(
        CampaignMember.workspace_id == ctx.ws_id, CampaignMember.campaign_id == camp.id
    )
    if status:
        q = q.where(CampaignMember.status == status)
    return ctx.session.scalar(q) or 0
