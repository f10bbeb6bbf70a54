"""Segments: a saved filter over contacts and their accounts, always evaluated fresh.

One filter language serves ``segment save``, ``contact list``, ``account list``,
``crmbot export`` and campaigns, so "Nordic logistics" means the same set everywhere.
The filter is compiled to one SQL query (index range scans on the workspace), never a
Python loop over the table.

Who may be reached is decided here too: people marked do-not-contact, erased people and
(for email) people who unsubscribed are never members of anything that reaches out; a
count says how many were left out and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, cast, exists, func, or_, select
from sqlalchemy.sql import Select

from storage import reach, validate
from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Account, Contact, Opportunity, Team, User
from storage.models_campaigns import Campaign, Segment
from storage.renames import rename
from storage.text import name_key

# filter key -> what it means (also the help text's list)
FILTERS: dict[str, str] = {
    "industry": "account industry (a,b = either)",
    "region": "account region (a,b = either)",
    "country": "contact's country, a name or code (country=Germany,AT)",
    "tz": "contact's time zone (tz=Europe/Berlin)",
    "size": "account size",
    "tag": "contact or account tag (a,b = either)",
    "lifecycle": "prospect, lead, customer, inactive",
    "source": "lead source, or campaign:NAME",
    "owner": "owner's name, or 'me'",
    "team": "owner's team",
    "active_before": "last activity before a date (YYYY-MM-DD; never active counts)",
    "active_after": "last activity on or after a date",
    "added_after": "added to the CRM on or after a date (YYYY-MM-DD)",
    "added_before": "added to the CRM before a date",
    "stage": "has an open deal in this stage",
    "has": "email, phone or telegram (has=telegram: a Telegram username is known)",
    "account": "account name",
    "score": "lead score: score>=60, score<40, score=40..80",
}
ALIASES = {
    "tags": "tag",
    "lead_source": "source",
    "industries": "industry",
    "timezone": "tz",
    "time_zone": "tz",
    "countries": "country",
}
ERASED_KEY = name_key("Erased person")


def normalise(fields: Mapping[str, str]) -> dict[str, str]:
    """Check filter keys and values now, so a saved segment never fails later."""
    out: dict[str, str] = {}
    for raw_key, raw in fields.items():
        key = ALIASES.get(raw_key, raw_key)
        value = " ".join(str(raw).split())
        if key not in FILTERS:
            raise UserError(
                f"unknown segment filter '{raw_key}'; filters: {', '.join(sorted(FILTERS))}"
            )
        if not value:
            raise UserError(f"'{raw_key}=' needs a value")
        if key == "lifecycle":
            value = ",".join(validate.lifecycle(v) for v in _any(value))
        elif key == "stage":
            value = validate.stage(value)
        elif key in ("active_before", "active_after", "added_before", "added_after"):
            value = validate.iso_date(value).isoformat()
        elif key == "has":
            if value.lower() not in ("email", "phone", "telegram"):
                raise UserError("has= takes email, phone or telegram")
            value = value.lower()
        elif key == "country":
            value = ",".join(reach.country_code(v) for v in _any(value))
        elif key == "tz":
            value = ",".join(reach.timezone_name(v) for v in _any(value))
        elif key == "score":
            from storage.scoring_filter import normalise as score_range

            value = score_range(value)
        elif key == "source" and not value.lower().startswith("campaign:"):
            value = ",".join(validate.lead_source(v) for v in _any(value))
        out[key] = value
    return out


def describe(filters: Mapping[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in filters.items()) or "(every contact)"


def _any(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _ci_in(col: Any, value: str) -> Any:
    return func.lower(col).in_([v.lower() for v in _any(value)])


def _tag_clause(col: Any, value: str) -> Any:
    # Tags are a JSON list stored as text on both backends: '["vip", "nordic"]'.
    text_col = cast(col, String)
    return or_(*(text_col.like(f'%"{t}"%') for t in _any(value)))


def _day_start(ctx: Ctx, iso: str) -> datetime:
    local = datetime.combine(datetime.fromisoformat(iso).date(), time(0), ZoneInfo(ctx.tz))
    return local.astimezone(UTC)


def contact_query(ctx: Ctx, filters: Mapping[str, str], *, live: bool = True) -> Select[Any]:
    """``SELECT contacts.id`` matching the filters (live contacts unless ``live=False``)."""
    q = select(Contact.id).where(Contact.workspace_id == ctx.ws_id)
    if live:
        q = q.where(Contact.deleted_at.is_(None))
    acc = [k for k in ("industry", "region", "size", "account") if k in filters]
    if acc or "tag" in filters:
        q = q.outerjoin(
            Account, and_(Account.id == Contact.account_id, Account.workspace_id == ctx.ws_id)
        )
    for key in ("industry", "region", "size"):
        if key in filters:
            q = q.where(_ci_in(getattr(Account, key), filters[key]))
    if "account" in filters:
        q = q.where(Account.name_key.in_([name_key(v) for v in _any(filters["account"])]))
    if "tag" in filters:
        q = q.where(
            or_(
                _tag_clause(Contact.tags, filters["tag"]), _tag_clause(Account.tags, filters["tag"])
            )
        )
    if "lifecycle" in filters:
        q = q.where(Contact.lifecycle.in_(_any(filters["lifecycle"])))
    if "country" in filters:
        q = q.where(Contact.country.in_(_any(filters["country"])))
    if "tz" in filters:
        q = q.where(Contact.timezone.in_(_any(filters["tz"])))
    if "source" in filters:
        src = filters["source"]
        if src.lower().startswith("campaign:"):
            camp = find_campaign(ctx, src.split(":", 1)[1])
            q = q.where(Contact.campaign_id == camp.id)
        else:
            q = q.where(Contact.lead_source.in_(_any(src)))
    if "owner" in filters:
        q = q.where(Contact.owner_id.in_(_user_ids(ctx, filters["owner"])))
    if "team" in filters:
        team = ctx.session.scalar(
            select(Team).where(
                Team.workspace_id == ctx.ws_id, func.lower(Team.name) == filters["team"].lower()
            )
        )
        if team is None:
            raise UserError(f"no team named '{filters['team']}'")
        members = select(User.id).where(User.workspace_id == ctx.ws_id, User.team_id == team.id)
        q = q.where(Contact.owner_id.in_(members))
    if "active_before" in filters:
        cut = _day_start(ctx, filters["active_before"])
        q = q.where(or_(Contact.last_activity_at.is_(None), Contact.last_activity_at < cut))
    if "active_after" in filters:
        q = q.where(Contact.last_activity_at >= _day_start(ctx, filters["active_after"]))
    if "added_after" in filters:
        q = q.where(Contact.created_at >= _day_start(ctx, filters["added_after"]))
    if "added_before" in filters:
        q = q.where(Contact.created_at < _day_start(ctx, filters["added_before"]))
    if "stage" in filters:
        deal = exists().where(
            Opportunity.workspace_id == ctx.ws_id,
            Opportunity.status == "open",
            Opportunity.deleted_at.is_(None),
            Opportunity.stage == filters["stage"],
            or_(
                Opportunity.contact_id == Contact.id,
                and_(Contact.account_id.is_not(None), Opportunity.account_id == Contact.account_id),
            ),
        )
        q = q.where(deal)
    if "score" in filters:
        from storage.scoring_filter import bounds
        from storage.scoring_models import ContactScore

        low, high = bounds(filters["score"])
        q = q.where(
            Contact.id.in_(
                select(ContactScore.contact_id).where(
                    ContactScore.workspace_id == ctx.ws_id,
                    ContactScore.score >= low,
                    ContactScore.score <= high,
                )
            )
        )
    if filters.get("has") == "email":
        q = q.where(Contact.email.is_not(None))
    elif filters.get("has") == "phone":
        q = q.where(Contact.phone.is_not(None))
    elif filters.get("has") == "telegram":
        q = q.where(Contact.telegram.is_not(None))
    return q


def _user_ids(ctx: Ctx, value: str) -> list[int]:
    from storage.workspaces import find_user

    ids = []
    for name in _any(value):
        if name.lower() == "me":
            ids.append(ctx.user.id)
            continue
        u = find_user(ctx.session, ctx.workspace, name)
        if u is None:
            raise UserError(f"no user named '{name}' in this workspace")
        ids.append(u.id)
    return ids


@dataclass
class Reach:
    """Who a segment reaches, and who it leaves out (reason -> count)."""

    member_ids: list[int]
    excluded: dict[str, int] = field(default_factory=dict)
    owners: dict[int, int | None] = field(default_factory=dict)  # contact id -> owner id

    @property
    def left_out(self) -> int:
        return sum(self.excluded.values())


def reachable(ctx: Ctx, filters: Mapping[str, str], *, channel: str | None = None) -> Reach:
    """The members a campaign may reach: ``channel='email'`` also needs an address and no
    unsubscribe. Every leaving-out reason is counted (one reason per person, first wins)."""
    base = contact_query(ctx, filters, live=False).subquery()
    q = select(
        Contact.id,
        Contact.deleted_at,
        Contact.name_key,
        Contact.do_not_contact,
        Contact.email,
        Contact.email_opt_out_at,
        Contact.owner_id,
    ).where(Contact.id.in_(select(base.c.id)))
    members: list[int] = []
    excluded: dict[str, int] = {}
    owners: dict[int, int | None] = {}
    rows = ctx.session.execute(q.order_by(Contact.id))
    for cid, deleted, nkey, dnc, email, opt_out, owner in rows:
        reason = None
        if deleted is not None:
            if nkey != ERASED_KEY:
                continue  # a deleted record is not a person left out
            reason = "erased"
        elif dnc:
            reason = "do-not-contact"
        elif channel == "email" and opt_out is not None:
            reason = "unsubscribed"
        elif channel == "email" and not email:
            reason = "no email"
        if reason:
            excluded[reason] = excluded.get(reason, 0) + 1
        else:
            members.append(cid)
            owners[cid] = owner
    return Reach(members, excluded, owners)


# ---- saved segments --------------------------------------------------------------------------


def save_segment(ctx: Ctx, name: str, fields: Mapping[str, str]) -> tuple[Segment, bool]:
    """Create or replace a segment; returns (segment, created)."""
    name = " ".join(name.split())
    if not name:
        raise UserError(
            "a segment needs a name; example: segment save Nordic logistics "
            "industry=logistics region=Nordics"
        )
    filters = normalise(fields)
    contact_query(ctx, filters)  # names (owner, team, campaign) must resolve now
    seg = _segment_by_key(ctx, name_key(name))
    if seg is None:
        seg = Segment(
            workspace_id=ctx.ws_id,
            name=name,
            name_key=name_key(name),
            filters=filters,
            created_by_id=ctx.user.id,
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        ctx.session.add(seg)
        ctx.session.flush()
        record(ctx, "create", seg, None)
        return seg, True
    before = snapshot(seg)
    seg.filters = filters
    seg.name = name
    seg.updated_at = ctx.now
    record(ctx, "update", seg, before)
    return seg, False


def rename_segment(ctx: Ctx, seg: Segment, new: str) -> Segment:
    """Give a segment another name (audited: undo gives the old one back); campaigns reach
    it by id, so they follow."""
    example = "segment rename Nordic leads to Nordics"
    named = lambda name: _segment_by_key(ctx, name_key(name))  # noqa: E731
    return rename(ctx, seg, new, kind="segment", example=example, named=named)


def _segment_by_key(ctx: Ctx, key: str) -> Segment | None:
    return ctx.session.scalar(
        select(Segment).where(Segment.workspace_id == ctx.ws_id, Segment.name_key == key)
    )


def find_segment(ctx: Ctx, name: str) -> Segment:
    seg = _segment_by_key(ctx, name_key(name.strip().strip("\"'")))
    if seg is None:
        from rapidfuzz import process

        names = list(
            ctx.session.scalars(select(Segment.name).where(Segment.workspace_id == ctx.ws_id))
        )
        near = process.extractOne(name, names, score_cutoff=75) if names else None
        hint = f"; did you mean '{near[0]}'?" if near else "; 'segment list' shows them"
        raise UserError(f"no segment named '{name}'{hint}")
    return seg


def list_segments(ctx: Ctx) -> list[Segment]:
    return list(
        ctx.session.scalars(
            select(Segment).where(Segment.workspace_id == ctx.ws_id).order_by(Segment.name_key)
        )
    )


def delete_segment(ctx: Ctx, seg: Segment) -> list[Campaign]:
    """Delete a segment; the campaigns that reached it, which reach none now.

    Each of those campaigns' change is audited (the database would have unlinked them
    unseen), so undo links them again to the segment it puts back."""
    unlinked = []
    for camp in ctx.session.scalars(
        select(Campaign).where(Campaign.workspace_id == ctx.ws_id, Campaign.segment_id == seg.id)
    ):
        before = snapshot(camp)
        camp.segment_id = None
        record(ctx, "update", camp, before)
        unlinked.append(camp)
    record(ctx, "delete", seg, snapshot(seg), None)
    ctx.session.delete(seg)
    return unlinked


def sample(ctx: Ctx, ids: list[int], n: int = 5) -> list[Contact]:
    if not ids:
        return []
    return list(
        ctx.session.scalars(
            select(Contact).where(Contact.workspace_id == ctx.ws_id, Contact.id.in_(ids[:n]))
        )
    )


def list_matching(
    ctx: Ctx, filters: Mapping[str, str], limit: int = 20, offset: int = 0
) -> tuple[list[Contact], int]:
    """Contacts matching filters, a page at a time (contact list with segment filters)."""
    ids = contact_query(ctx, filters).subquery()
    total = ctx.session.scalar(select(func.count()).select_from(ids)) or 0
    rows = list(
        ctx.session.scalars(
            select(Contact)
            .where(Contact.id.in_(select(ids.c.id)))
            .order_by(Contact.name_key)
            .offset(offset)
            .limit(limit)
        )
    )
    return rows, total


ACCOUNT_KEYS = ("industry", "region", "size", "tag", "account", "owner")


def accounts_matching(
    ctx: Ctx, filters: Mapping[str, str], limit: int = 20, offset: int = 0
) -> tuple[list[Account], int]:
    """Accounts by the same filters: account fields (industry, region, size, tags, owner)
    on the account itself; contact filters (lifecycle, stage, ...) need one such contact."""
    q = select(Account).where(Account.workspace_id == ctx.ws_id, Account.deleted_at.is_(None))
    for key in ("industry", "region", "size"):
        if key in filters:
            q = q.where(_ci_in(getattr(Account, key), filters[key]))
    if "tag" in filters:
        q = q.where(_tag_clause(Account.tags, filters["tag"]))
    if "account" in filters:
        q = q.where(Account.name_key.in_([name_key(v) for v in _any(filters["account"])]))
    if "owner" in filters:
        q = q.where(Account.owner_id.in_(_user_ids(ctx, filters["owner"])))
    rest = {k: v for k, v in filters.items() if k not in ACCOUNT_KEYS}
    if rest:
        ids = contact_query(ctx, rest).subquery()
        q = q.where(
            Account.id.in_(select(Contact.account_id).where(Contact.id.in_(select(ids.c.id))))
        )
    total = ctx.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = list(ctx.session.scalars(q.order_by(Account.name_key).offset(offset).limit(limit)))
    return rows, total


def find_campaign(ctx: Ctx, name: str) -> Campaign:
    from storage.campaigns import find_campaign as find

    return find(ctx, name)
