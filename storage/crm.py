"""Writes to contacts, accounts and deals: validated, scoped, audited.

Handlers call these with raw user strings; validation and derived keys live
here so chat, forms and imports all store the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm.attributes import instance_state

from storage import validate
from storage.audit import record, snapshot
from storage.campaigns import mark_reached_by_activity
from storage.context import Ctx
from storage.errors import NotAllowed, UserError
from storage.lookup import find_accounts
from storage.merge_links import ACCOUNT_LINKS, CONTACT_LINKS, Link
from storage.models import (
    Account,
    Activity,
    Base,
    Contact,
    Opportunity,
    Reminder,
    StageChange,
    User,
)
from storage.money import MoneyError, parse_amount, to_minor
from storage.text import name_key, name_parts, phone_reversed
from storage.workspaces import find_user
from storage.write_path import (
    insert_parent_and_child,
    insert_row,
    insert_touching,
    is_postgres,
    new_row,
    put,
)

CONTACT_FIELDS = (
    "name",
    "email",
    "phone",
    "title",
    "account",
    "lifecycle",
    "lead_source",
    "source",
    "do_not_contact",
    "dnc",
    "birthday",
    "tags",
    "owner",
    "keep_in_touch",
    "campaign",
    "country",
    "timezone",
    "tz",
    "telegram",
)
ACCOUNT_FIELDS = (
    "name",
    "industry",
    "region",
    "size",
    "website",
    "lead_source",
    "source",
    "owner",
    "tags",
)
DEAL_FIELDS = (
    "title",
    "name",
    "account",
    "contact",
    "amount",
    "currency",
    "stage",
    "probability",
    "close",
    "close_date",
    "owner",
    "next_step",
    "next",
    "lost_reason",
    "external_id",
    "campaign",
    "source",
)


def _check_fields(fields: Mapping[str, str], allowed: tuple[str, ...], what: str) -> None:
    unknown = [k for k in fields if k not in allowed]
    if unknown:
        raise UserError(
            f"unknown {what} field '{unknown[0]}'; fields: {', '.join(sorted(set(allowed)))}"
        )


def _owner(ctx: Ctx, name: str) -> User:
    user = find_user(ctx.session, ctx.workspace, name)
    if user is None:
        raise UserError(f"no user named '{name}' in this workspace")
    return user


def check_may_manage(ctx: Ctx, obj: Contact | Account, verb: str) -> None:
    """Refuse editing, deleting, merging or re-owning someone else's contact or account.

    Contacts and accounts are shared: any member reads them. Changing one is for the
    owner, a manager of the owner's team and admins: the rule deals follow
    (``Ctx.deal_owner_ids``, from storage.teams.scope_for).
    """
    owners = ctx.deal_owner_ids()
    if owners is None or (obj.owner_id is not None and obj.owner_id in owners):
        return
    from storage.teams import managers_of

    label = obj.name
    owner = ctx.session.get(User, obj.owner_id) if obj.owner_id is not None else None
    if owner is None:
        raise NotAllowed(f"{label} has no owner: only an admin can {verb} it")
    who = [f"{owner.display_name} (the owner)"]
    who += [f"{m.display_name} (their manager)" for m in managers_of(ctx.session, owner)]
    raise NotAllowed(f"only {', '.join(who)} or an admin can {verb} {label}")


def check_may_edit(ctx: Ctx, obj: Contact | Account, fields: Mapping[str, str] = {}) -> None:
    """Editing someone else's contact or account: the rule deleting follows.

    The owner, a manager of the owner's team, or an admin; the refusal names the owner.
    """
    check_may_manage(ctx, obj, "change the owner of" if "owner" in fields else "edit")


def _account_for(ctx: Ctx, name: str, create: bool = True) -> Account:
    res = find_accounts(ctx, name)
    if res.found:
        return res.found
    if res.ambiguous:
        names = ", ".join(a.name for a in res.matches[:5])
        raise UserError(f"'{name}' matches several accounts ({names}); be more specific")
    if not create:
        raise UserError(f"no account named '{name}'")
    return create_account(ctx, name, {})


def _set_name(obj: Contact, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise UserError("a contact needs a name; example: contact add Maria Lopez")
    if len(name) > 200:
        raise UserError("that name is longer than 200 characters")
    key = name_key(name)
    first, last = name_parts(key)
    put(obj, name=name, name_key=key, first_key=first, last_key=last)


def _apply_contact(ctx: Ctx, c: Contact, fields: Mapping[str, str]) -> None:
    _check_fields(fields, CONTACT_FIELDS, "contact")
    for key, raw in fields.items():
        value = raw.strip()
        if key == "name":
            _set_name(c, value)
        elif key == "email":
            c.email = validate.email(value) if value else None
            c.email_key = c.email.lower() if c.email else None
        elif key == "phone":
            number = validate.phone(value) if value else None
            put(c, phone=number, phone_rev=phone_reversed(number) if number else None)
        elif key == "title":
            c.title = validate.max_length("title", value, 120) or None
        elif key == "account":
            c.account_id = _account_for(ctx, value).id if value else None
        elif key == "lifecycle":
            c.lifecycle = validate.lifecycle(value)
        elif key == "campaign" or (key in ("lead_source", "source") and _is_campaign(value)):
            _campaign_source(ctx, c, value)
        elif key in ("lead_source", "source"):
            c.lead_source = validate.lead_source(value) if value else None
        elif key in ("do_not_contact", "dnc"):
            c.do_not_contact = validate.boolean(value)
        elif key == "birthday":
            c.birthday = validate.iso_date(value) if value else None
            c.birthday_md = c.birthday.strftime("%m-%d") if c.birthday else None
        elif key == "tags":
            c.tags = validate.tags(value)
        elif key == "owner":
            new_owner = _owner(ctx, value).id
            if c.id is not None and new_owner != c.owner_id:
                check_may_manage(ctx, c, "change the owner of")
            c.owner_id = new_owner
        elif key == "keep_in_touch":
            c.keep_in_touch_weeks = _weeks(value)
        elif key in ("country", "timezone", "tz", "telegram"):
            _apply_reach(c, key, value)


def _apply_reach(c: Contact, key: str, value: str) -> None:
    """Where the person is and their Telegram username (issue 14); empty clears."""
    from storage import reach

    if key == "country":
        c.country = reach.country_code(value) if value else None
    elif key in ("timezone", "tz"):
        c.timezone = reach.timezone_name(value) if value else None
    else:
        c.telegram = reach.telegram_username(value) if value else None


def _is_campaign(value: str) -> bool:
    return value.strip().lower().startswith("campaign:")


def _campaign_source(ctx: Ctx, obj: Contact | Opportunity, value: str) -> None:
    """``source=campaign:Q1 webinar`` (or ``campaign=Q1 webinar``): attribution (issue 14)."""
    from storage.campaigns import find_campaign

    name = value.split(":", 1)[1] if _is_campaign(value) else value
    camp = find_campaign(ctx, name)
    obj.campaign_id = camp.id
    if isinstance(obj, Contact) and obj.id is not None:
        from storage.campaigns import member_of, set_member_status

        m = member_of(ctx, camp, obj.id)
        if m is not None:
            set_member_status(ctx, m, "responded", only_forward=True)
    if isinstance(obj, Contact) and obj.lead_source is None:
        obj.lead_source = (
            "event"
            if camp.type in ("event", "webinar")
            else ("mailing campaign" if camp.type == "email" else "cold call")
        )


def _weeks(value: str) -> int | None:
    text = value.lower().replace("weeks", "").replace("week", "").replace("w", "").strip()
    if text in ("", "off", "no", "0"):
        return None
    if not text.isdigit():
        raise UserError(f"'{value}' is not a number of weeks; example: keep_in_touch=4")
    return int(text)


def duplicates_of(ctx: Ctx, name: str, email: str | None, account_id: int | None) -> list[Contact]:
    """Existing contacts with the same email, or the same name at the same account."""
    conds = []
    if email:
        conds.append(Contact.email_key == email.strip().lower())
    q = select(Contact).where(Contact.workspace_id == ctx.ws_id, Contact.deleted_at.is_(None))
    found: list[Contact] = []
    if conds:
        found += list(ctx.session.scalars(q.where(*conds)))
        from storage.channels import owner_of

        other = owner_of(ctx, "email", email.strip().lower()) if email else None
        if other is not None and other not in found:
            found.append(other)
    same_name = q.where(Contact.name_key == name_key(name))
    if account_id is not None:
        same_name = same_name.where(Contact.account_id == account_id)
    else:
        same_name = same_name.where(Contact.account_id.is_(None))
    found += [c for c in ctx.session.scalars(same_name) if c not in found]
    return found


def create_contact(ctx: Ctx, name: str, fields: Mapping[str, str]) -> Contact:
    c = _new_contact(ctx, name, fields)
    # The id is shown to the user right away: one INSERT … RETURNING, no flush.
    insert_row(ctx.session, c)
    record(ctx, "create", c, None)
    return c


def _new_contact(ctx: Ctx, name: str, fields: Mapping[str, str]) -> Contact:
    """A new contact row (transient, checked, not yet inserted) of ``name`` and ``fields``."""
    c = new_row(
        Contact,
        workspace_id=ctx.ws_id,
        owner_id=ctx.user_id,
        created_by_id=ctx.user_id,
        updated_by_id=ctx.user_id,
        tags=[],
        lifecycle="prospect",
        do_not_contact=False,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    _set_name(c, name)
    _apply_contact(ctx, c, fields)
    return c


def update_contact(ctx: Ctx, c: Contact, fields: Mapping[str, str]) -> Contact:
    check_may_edit(ctx, c, fields)
    before = snapshot(c)
    _apply_contact(ctx, c, fields)
    c.updated_by_id = ctx.user_id
    c.updated_at = ctx.now
    record(ctx, "update", c, before)
    return c


def soft_delete(ctx: Ctx, obj: Contact | Account | Opportunity) -> None:
    """Mark a record deleted (undo restores it).

    Deleting a contact cancels only the deleter's own reminders about them: a colleague's
    reminder stays pending and still fires (the row is kept, so it can say who it was about).
    """
    if isinstance(obj, Contact | Account):
        check_may_manage(ctx, obj, "delete")
    before = snapshot(obj)
    obj.deleted_at = ctx.now
    obj.updated_by_id = ctx.user_id
    record(ctx, "delete", obj, before, snapshot(obj))
    if isinstance(obj, Contact):
        cancel_linked_reminders(ctx, "contact", obj.id, user_id=ctx.user_id)
    elif isinstance(obj, Opportunity):
        cancel_linked_reminders(ctx, "deal", obj.id)


def cancel_linked_reminders(
    ctx: Ctx, linked_type: str, linked_id: int, *, user_id: int | None = None
) -> None:
    """Cancel the open reminders about a record (only ``user_id``'s, when given)."""
    q = select(Reminder).where(
        Reminder.workspace_id == ctx.ws_id,
        Reminder.linked_type == linked_type,
        Reminder.linked_id == linked_id,
        Reminder.status.in_(("pending", "snoozed")),
    )
    if user_id is not None:
        q = q.where(Reminder.user_id == user_id)
    for r in ctx.session.scalars(q):
        before = snapshot(r)
        r.status = "cancelled"
        record(ctx, "update", r, before)


def merge_contacts(ctx: Ctx, keep: Contact, drop: Contact) -> Contact:
    """Fold ``drop`` into ``keep``: its history moves over, empty fields are filled."""
    if keep.id == drop.id:
        raise UserError("those are the same contact")
    check_may_manage(ctx, drop, "merge")
    check_may_manage(ctx, keep, "merge into")
    before = snapshot(keep)
    for attr in (
        "email",
        "email_key",
        "phone",
        "phone_rev",
        "title",
        "account_id",
        "lead_source",
        "birthday",
        "birthday_md",
        "keep_in_touch_weeks",
        "country",
        "timezone",
        "telegram",
        "campaign_id",
    ):
        if getattr(keep, attr) is None and getattr(drop, attr) is not None:
            setattr(keep, attr, getattr(drop, attr))
    keep.tags = sorted(set(keep.tags or []) | set(drop.tags or []))
    # Consent follows the person: a "no" given under either record holds for the merged one.
    keep.do_not_contact = keep.do_not_contact or drop.do_not_contact
    opt_outs = [t for t in (keep.email_opt_out_at, drop.email_opt_out_at) if t is not None]
    keep.email_opt_out_at = min(opt_outs) if opt_outs else None
    moved = _move_links(ctx, CONTACT_LINKS, drop.id, keep.id)
    record(ctx, "update", keep, before)
    from storage.channels import fold_into

    fold_into(ctx, keep, drop)  # every email and phone of the duplicate stays reachable
    drop_before = snapshot(drop)
    drop.deleted_at = ctx.now
    record(ctx, "merge", drop, drop_before, {"merged_into": keep.id, "moved": moved})
    return keep


def _move_links(ctx: Ctx, links: tuple[Link, ...], old: int, new: int) -> dict[str, list[int]]:
    """Point every row that names ``old`` (per :mod:`storage.merge_links`) at ``new``.

    Returns the ids moved per table. They go into the merge's audit entry, so an undo moves
    exactly those rows back (storage.undo.unmerge) and nothing that pointed at the kept
    record before.
    """
    moved: dict[str, list[int]] = {}
    for link in links:
        ids = link.ids_to_move(ctx, old, new)
        model = link.column.class_
        for i in range(0, len(ids), 900):
            ctx.session.execute(
                update(model)
                .where(model.id.in_(ids[i : i + 900]))
                .values({link.column.key: new})
                .execution_options(synchronize_session="fetch")
            )
        moved[link.table] = ids
    return moved


# ---- accounts -----------------------------------------------------------------------------


def _apply_account(ctx: Ctx, a: Account, fields: Mapping[str, str]) -> None:
    _check_fields(fields, ACCOUNT_FIELDS, "account")
    for key, raw in fields.items():
        value = raw.strip()
        if key == "name":
            _set_account_name(ctx, a, value)
        elif key in ("industry", "region", "size", "website"):
            limit = {"size": 40, "website": 300}.get(key, 120)
            setattr(a, key, validate.max_length(key, value, limit) or None)
        elif key in ("lead_source", "source"):
            a.lead_source = validate.lead_source(value) if value else None
        elif key == "owner":
            new_owner = _owner(ctx, value).id
            if a.id is not None and new_owner != a.owner_id:
                check_may_manage(ctx, a, "change the owner of")
            a.owner_id = new_owner
        elif key == "tags":
            a.tags = validate.tags(value)


def _set_account_name(ctx: Ctx, a: Account, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise UserError("an account needs a name; example: account add Acme Corp")
    validate.max_length("name", name, 200)
    key = name_key(name)
    clash = ctx.session.scalar(
        select(Account).where(
            Account.workspace_id == ctx.ws_id,
            Account.name_key == key,
            Account.deleted_at.is_(None),
            Account.id != (a.id or -1),
        )
    )
    if clash is not None:
        raise UserError(f"an account named '{clash.name}' already exists (#a{clash.id})")
    a.name = name
    a.name_key = key


def create_account(ctx: Ctx, name: str, fields: Mapping[str, str]) -> Account:
    a = Account(
        workspace_id=ctx.ws_id,
        owner_id=ctx.user_id,
        created_by_id=ctx.user_id,
        updated_by_id=ctx.user_id,
        tags=[],
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    _set_account_name(ctx, a, name)
    _apply_account(ctx, a, fields)
    ctx.session.add(a)
    ctx.session.flush()
    record(ctx, "create", a, None)
    return a


def update_account(ctx: Ctx, a: Account, fields: Mapping[str, str]) -> Account:
    check_may_edit(ctx, a, fields)
    before = snapshot(a)
    _apply_account(ctx, a, fields)
    a.updated_by_id = ctx.user_id
    a.updated_at = ctx.now
    record(ctx, "update", a, before)
    return a


def merge_accounts(ctx: Ctx, keep: Account, drop: Account) -> Account:
    if keep.id == drop.id:
        raise UserError("those are the same account")
    check_may_manage(ctx, drop, "merge")
    check_may_manage(ctx, keep, "merge into")
    before = snapshot(keep)
    for attr in ("industry", "region", "size", "website", "lead_source"):
        if getattr(keep, attr) is None:
            setattr(keep, attr, getattr(drop, attr))
    keep.tags = sorted(set(keep.tags or []) | set(drop.tags or []))
    moved = _move_links(ctx, ACCOUNT_LINKS, drop.id, keep.id)
    record(ctx, "update", keep, before)
    drop_before = snapshot(drop)
    drop.deleted_at = ctx.now
    record(ctx, "merge", drop, drop_before, {"merged_into": keep.id, "moved": moved})
    return keep


# ---- deals --------------------------------------------------------------------------------


def _apply_deal(ctx: Ctx, d: Opportunity, fields: Mapping[str, str]) -> None:
    _check_fields(fields, DEAL_FIELDS, "deal")
    fields = dict(fields)
    if "currency" in fields and "amount" not in fields and d.amount_minor is not None:
        raise UserError("to change the currency, give the amount too: amount=12000 EUR")
    for key, raw in fields.items():
        value = raw.strip()
        if key in ("title", "name"):
            title = " ".join(value.split())
            if not title:
                raise UserError("a deal needs a title; example: deal add Acme renewal 12k EUR")
            validate.max_length("title", title, 200)
            put(d, title=title, title_key=name_key(title))
        elif key == "amount":
            try:
                cur_hint = fields.get("currency", "").strip()
                amount, currency = parse_amount(
                    f"{value} {cur_hint}".strip()
                    if cur_hint and not value[-3:].isalpha()
                    else value,
                    # a bare number on a deal that has an amount keeps the deal's currency:
                    # "Globex seats is now 50k" on a USD deal is USD 50,000, not EUR
                    d.currency
                    if d.id is not None and d.amount_minor is not None and d.currency
                    else ctx.workspace.currency,
                )
                put(d, amount_minor=to_minor(amount, currency), currency=currency)
            except MoneyError as exc:
                raise UserError(str(exc)) from exc
        elif key == "currency":
            continue  # handled with amount
        elif key == "stage":
            new = validate.stage(value)
            if d.id is None:
                d.stage = new
                d.status = "won" if new == "won" else "lost" if new == "lost" else "open"
            elif new != d.stage:
                raise UserError("use 'deal move' to change the stage, so the move is recorded")
        elif key == "probability":
            d.probability = validate.probability(value)
        elif key in ("close", "close_date"):
            d.close_date = validate.iso_date(value) if value else None
        elif key == "owner":
            d.owner_id = _owner(ctx, value).id
        elif key in ("next_step", "next"):
            d.next_step = value or None
        elif key == "lost_reason":
            d.lost_reason = value or None
        elif key == "external_id":
            d.external_id = validate.max_length("external id", value, 100) or None
        elif key in ("campaign", "source"):
            if key == "source" and not _is_campaign(value):
                raise UserError("a deal's source is its campaign: source=campaign:NAME")
            _campaign_source(ctx, d, value)
        elif key == "account":
            d.account_id = _account_for(ctx, value).id if value else None
        elif key == "contact":
            from storage.lookup import find_contacts

            res = find_contacts(ctx, value)
            if not res.found:
                raise UserError(f"no single contact matches '{value}'")
            d.contact_id = res.found.id
            if d.account_id is None:
                d.account_id = res.found.account_id


def create_deal(
    ctx: Ctx, title: str, fields: Mapping[str, str], *, contact: Contact | None = None
) -> Opportunity:
    """A new open (or won/lost) deal, with its first stage-history row and audit entry.

    ``contact``: the deal's contact when the caller already holds it (no lookup by name);
    its account becomes the deal's unless ``fields`` name one.
    """
    d = new_row(
        Opportunity,
        workspace_id=ctx.ws_id,
        owner_id=ctx.user_id,
        created_by_id=ctx.user_id,
        updated_by_id=ctx.user_id,
        currency=ctx.workspace.currency,
        stage="prospecting",
        status="open",
        created_at=ctx.now,
        updated_at=ctx.now,
        stage_entered_at=ctx.now,
        # Their defaults, given: read before the insert (an attribute not yet in the
        # object's dict is a slow read through its loader, issue 18).
        account_id=None,
        contact_id=None,
        campaign_id=None,
        amount_minor=None,
    )
    _apply_deal(ctx, d, {"title": title, **fields})
    if contact is not None:
        put(d, contact_id=contact.id)
        if d.account_id is None:
            put(d, account_id=contact.account_id)
    if d.status != "open":
        d.closed_at = ctx.now
    from storage.campaigns import attribute_deal

    attribute_deal(ctx, d)  # a campaign's contact: the deal carries the campaign
    first = new_row(
        StageChange,
        workspace_id=ctx.ws_id,
        from_stage=None,
        to_stage=d.stage,
        user_id=ctx.user_id,
        at=ctx.now,
    )
    # The deal and its first stage row: one round trip on PostgreSQL, no flush.
    insert_parent_and_child(ctx.session, d, first, "opportunity_id")
    record(ctx, "create", d, None)
    return d


def update_deal(ctx: Ctx, d: Opportunity, fields: Mapping[str, str]) -> Opportunity:
    before = snapshot(d)
    _apply_deal(ctx, d, fields)
    d.updated_by_id = ctx.user_id
    d.updated_at = ctx.now
    record(ctx, "update", d, before)
    return d


def move_deal(
    ctx: Ctx,
    d: Opportunity,
    stage: str,
    lost_reason: str | None = None,
    *,
    closed_at: datetime | None = None,
) -> Opportunity:
    """Move a deal to a stage, recording the move; won makes the contact a customer.

    ``closed_at``: when a won or lost deal actually closed ("they signed yesterday"), never
    later than now; the move itself is still recorded at the time it was made.
    """
    new = validate.stage(stage)
    if closed_at is not None and closed_at > ctx.now:
        raise UserError("a deal cannot have closed in the future")
    if new == d.stage:
        raise UserError(f"'{d.title}' is already in {new}")
    before = snapshot(d)
    ctx.session.add(
        StageChange(
            workspace_id=ctx.ws_id,
            opportunity_id=d.id,
            from_stage=d.stage,
            to_stage=new,
            user_id=ctx.user_id,
            at=ctx.now,
        )
    )
    d.stage = new
    d.stage_entered_at = ctx.now
    d.status = new if new in ("won", "lost") else "open"
    d.closed_at = (closed_at or ctx.now) if d.status != "open" else None
    if new == "lost" and lost_reason:
        d.lost_reason = lost_reason
    elif new != "lost":
        d.lost_reason = None  # reopened or won: an old reason no longer describes it
    d.updated_by_id = ctx.user_id
    d.updated_at = ctx.now
    record(ctx, "update", d, before)
    if new == "won" and d.contact_id is not None:
        contact = ctx.session.get(Contact, d.contact_id)
        if contact is not None and contact.lifecycle != "customer":
            cb = snapshot(contact)
            contact.lifecycle = "customer"
            record(ctx, "update", contact, cb)
    return d


# ---- activities ---------------------------------------------------------------------------


def log_activity(
    ctx: Ctx,
    kind: str,
    body: str,
    *,
    contact: Contact | None = None,
    account: Account | None = None,
    deal: Opportunity | None = None,
    occurred_at: datetime | None = None,
    touch_contact_deals: bool = True,
) -> Activity:
    """Log an activity and keep "last activity" times current.

    With no deal given, the contact's open deals are touched too (``touch_contact_deals``),
    unless the caller says the activity is about no deal ("deal=none").
    """
    kind = validate.activity_type(kind)
    if account is None and contact is not None and contact.account_id is not None:
        account = ctx.session.get(Account, contact.account_id)
    if account is None and deal is not None and deal.account_id is not None:
        account = ctx.session.get(Account, deal.account_id)
    when = occurred_at or ctx.now
    a = new_row(
        Activity,
        workspace_id=ctx.ws_id,
        type=kind,
        body=body.strip(),
        occurred_at=when,
        contact_id=contact.id if contact else None,
        account_id=account.id if account else None,
        opportunity_id=deal.id if deal else None,
        user_id=ctx.user_id,
        created_at=ctx.now,
    )
    if contact is not None and kind in ("call", "meeting", "visit"):
        mark_reached_by_activity(ctx, contact.id)  # a campaign's call logged: member reached
    # Denormalised "last touched" times keep the stale-deal sweep an index range scan.
    touches: list[tuple[Base, str, dict[str, object]]] = []
    touched: list[tuple[Contact | Opportunity | None, str]] = [(contact, "tc"), (deal, "td")]
    for row, prefix in touched:
        if row is None:
            continue
        latest = max(row.last_activity_at or when, when)
        if latest == row.last_activity_at:
            continue
        if instance_state(row).persistent:  # written with the activity (one round trip on PG)
            touch = {"ws": ctx.ws_id, "id": row.id, "at": latest, "updated": ctx.now}
            touches.append((row, prefix, touch))
        else:  # not inserted yet: the flush writes it
            row.last_activity_at = latest
    if deal is None and contact is not None and touch_contact_deals:
        ctx.session.execute(
            update(Opportunity)
            .where(
                Opportunity.workspace_id == ctx.ws_id,
                Opportunity.contact_id == contact.id,
                Opportunity.status == "open",
                # a note logged late ("when=last week") never makes a deal look staler
                or_(Opportunity.last_activity_at.is_(None), Opportunity.last_activity_at < when),
            )
            .values(last_activity_at=when)
        )
    insert_touching(ctx.session, a, touches)
    record(ctx, "create", a, None)
    return a


def last_activity_of_deal(ctx: Ctx, deal_id: int) -> datetime | None:
    """When the deal's latest live activity took place (None: it has none)."""
    return ctx.session.scalar(
        select(func.max(Activity.occurred_at)).where(
            Activity.workspace_id == ctx.ws_id,
            Activity.opportunity_id == deal_id,
            Activity.deleted_at.is_(None),
        )
    )


def relink_activity(ctx: Ctx, act: Activity, deal: Opportunity | None) -> Activity:
    """Put a logged activity on another deal (or on none), keeping both deals' "last
    activity" true: the new deal is touched, the old one falls back to its own latest."""
    old_id = act.opportunity_id
    if old_id == (deal.id if deal else None):
        return act
    before = snapshot(act)
    act.opportunity_id = deal.id if deal is not None else None
    ctx.session.flush()
    if deal is not None:
        deal.last_activity_at = max(deal.last_activity_at or act.occurred_at, act.occurred_at)
    if old_id is not None:
        old = ctx.session.get(Opportunity, old_id)
        if old is not None and old.workspace_id == ctx.ws_id:
            old.last_activity_at = last_activity_of_deal(ctx, old_id)
    record(ctx, "update", act, before)
    return act


def last_activity_of_contact(ctx: Ctx, contact_id: int) -> datetime | None:
    """When the contact's latest live activity took place (None: it has none)."""
    return ctx.session.scalar(
        select(func.max(Activity.occurred_at)).where(
            Activity.workspace_id == ctx.ws_id,
            Activity.contact_id == contact_id,
            Activity.deleted_at.is_(None),
        )
    )


def check_may_change_activity(ctx: Ctx, act: Activity, verb: str) -> None:
    """A logged activity is its author's record of what they did: only they, or an admin,
    may change or delete it (a manager reads a rep's log; rewriting it is not theirs)."""
    if act.user_id == ctx.user_id or ctx.is_admin:
        return
    by = ctx.session.get(User, act.user_id) if act.user_id is not None else None
    name = by.display_name if by is not None else "its author"
    raise NotAllowed(f"only {name} (who logged it) or an admin can {verb} activity #{act.id}")


def _retouch(ctx: Ctx, act: Activity) -> None:
    """Keep "last activity" true on the activity's contact and deal after it moved in time or
    was deleted (stale-deal nudges and keep-in-touch count from these)."""
    if act.contact_id is not None:
        _retouch_contact(ctx, ctx.session.get(Contact, act.contact_id))
    if act.opportunity_id is not None:
        deal = ctx.session.get(Opportunity, act.opportunity_id)
        if deal is not None and deal.workspace_id == ctx.ws_id:
            latest = last_activity_of_deal(ctx, deal.id)
            if latest != deal.last_activity_at:
                was = snapshot(deal)
                deal.last_activity_at = latest
                record(ctx, "update", deal, was)


def _retouch_contact(ctx: Ctx, person: Contact | None) -> None:
    """A contact's "last activity" recomputed from its live activities, audited if it moved."""
    if person is None or person.workspace_id != ctx.ws_id:
        return
    latest = last_activity_of_contact(ctx, person.id)
    if latest != person.last_activity_at:
        was = snapshot(person)
        person.last_activity_at = latest
        record(ctx, "update", person, was)


def edit_activity(
    ctx: Ctx,
    act: Activity,
    *,
    body: str | None = None,
    occurred_at: datetime | None = None,
    kind: str | None = None,
) -> Activity:
    """Change what a log says, when it happened or what kind it was, with Undo."""
    check_may_change_activity(ctx, act, "edit")
    before = snapshot(act)
    if body is not None:
        if not body.strip():
            raise UserError("the note cannot be empty; to remove the activity: activity delete N")
        act.body = body.strip()
    if kind is not None:
        act.type = validate.activity_type(kind)
    if occurred_at is not None:
        act.occurred_at = occurred_at
    ctx.session.flush()
    record(ctx, "update", act, before)
    if occurred_at is not None:
        _retouch(ctx, act)
    return act


def delete_activity(ctx: Ctx, act: Activity) -> None:
    """Delete a logged activity (Undo restores it); its contact's and deal's "last activity"
    fall back to their own latest."""
    check_may_change_activity(ctx, act, "delete")
    before = snapshot(act)
    act.deleted_at = ctx.now
    ctx.session.flush()
    record(ctx, "delete", act, before, snapshot(act))
    _retouch(ctx, act)


def last_logged_activity(ctx: Ctx) -> Activity | None:
    """The activity the user's last change logged, while that change is still inside the
    undo window, else None: what "sorry, I meant Tom" corrects (handlers/amend.py)."""
    from storage.models import AuditLog
    from storage.undo import last_batch

    batch = last_batch(ctx)
    if batch is None:
        return None
    aid = ctx.session.scalar(
        select(AuditLog.entity_id)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.batch == batch,
            AuditLog.entity_type == "activities",
        )
        .order_by(AuditLog.id.desc())
        .limit(1)
    )
    act = ctx.session.get(Activity, aid) if aid is not None else None
    if act is None or act.workspace_id != ctx.ws_id or act.deleted_at is not None:
        return None
    return act


def relink_activity_contact(ctx: Ctx, act: Activity, contact: Contact) -> list[Reminder]:
    """Put a logged activity on another person ("sorry, I meant Tom, not John"): its
    account follows the person, both people's "last activity" stay true, a deal of the old
    person's is left for the new person's own open deal (or none), and the follow-ups set
    with the log move with it (their "Follow up John Smith" text too). Returns the moved
    follow-ups. Every row changed is audited in this change's batch, so Undo puts all back."""
    old_id = act.contact_id
    if old_id == contact.id:
        return []
    old = ctx.session.get(Contact, old_id) if old_id is not None else None
    before = snapshot(act)
    act.contact_id = contact.id
    if old is not None:
        act.body = _renamed(act.body, old, contact)  # "called john, …" now names Tom
    if contact.account_id is not None or old is None or act.account_id == old.account_id:
        act.account_id = contact.account_id
    ctx.session.flush()
    record(ctx, "update", act, before)
    for person in (old, contact):
        _retouch_contact(ctx, person)
    deal = ctx.session.get(Opportunity, act.opportunity_id) if act.opportunity_id else None
    if deal is not None and old is not None and deal.contact_id == old.id:
        mine = [
            d
            for d in ctx.session.scalars(
                select(Opportunity).where(
                    Opportunity.workspace_id == ctx.ws_id,
                    Opportunity.contact_id == contact.id,
                    Opportunity.status == "open",
                    Opportunity.deleted_at.is_(None),
                )
            )
        ]
        relink_activity(ctx, act, mine[0] if len(mine) == 1 else None)
    return _move_follow_ups(ctx, act, old, contact)


def _move_follow_ups(
    ctx: Ctx, act: Activity, old: Contact | None, contact: Contact
) -> list[Reminder]:
    """The open follow-ups created with ``act`` (the same audited change) that were linked
    to ``old``, now linked to ``contact``, their "Follow up OLD" head renamed."""
    from storage.models import AuditLog

    batch = ctx.session.scalar(
        select(AuditLog.batch).where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.entity_type == "activities",
            AuditLog.entity_id == act.id,
            AuditLog.action == "create",
        )
    )
    if batch is None or old is None:
        return []
    ids = ctx.session.scalars(
        select(AuditLog.entity_id).where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.batch == batch,
            AuditLog.entity_type == "reminders",
            AuditLog.action == "create",
        )
    ).all()
    moved: list[Reminder] = []
    old_head = f"Follow up {_label(old)}"
    for rid in ids:
        r = ctx.session.get(Reminder, rid)
        if r is None or r.workspace_id != ctx.ws_id or r.status not in ("pending", "snoozed"):
            continue
        if (r.linked_type, r.linked_id) != ("contact", old.id):
            continue
        before = snapshot(r)
        r.linked_id = contact.id
        if r.text.startswith(old_head):
            r.text = f"Follow up {_label(contact)}" + _renamed(
                r.text[len(old_head) :], old, contact
            )
        record(ctx, "update", r, before)
        moved.append(r)
    return moved


def _renamed(text: str, old: Contact, new: Contact) -> str:
    """``text`` with the wrong person's name (in full, else the first or last name alone, as
    whole words, any case) replaced by the right one's full name."""
    for said in (old.name, *name_parts(old.name)):
        if not said:
            continue
        rx = re.compile(rf"(?<!\w){re.escape(said)}(?!\w)", re.IGNORECASE)
        if rx.search(text):
            return rx.sub(new.name, text)
    return text


def _label(c: Contact) -> str:
    """A contact as a follow-up's text names it: "John Smith (Acme)"."""
    return f"{c.name} ({c.account.name})" if c.account else c.name


# ---- reassignment -------------------------------------------------------------------------


def reassign_counts(ctx: Ctx, source: User) -> dict[str, int]:
    """What :func:`reassign` would move (the same rows), for the question asked first."""
    counts: dict[str, int] = {}
    for model, label in ((Account, "accounts"), (Contact, "contacts"), (Opportunity, "deals")):
        counts[label] = (
            ctx.session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.workspace_id == ctx.ws_id, model.owner_id == source.id)
            )
            or 0
        )
    counts["reminders"] = (
        ctx.session.scalar(
            select(func.count()).where(
                Reminder.workspace_id == ctx.ws_id,
                Reminder.user_id == source.id,
                Reminder.status.in_(_HANDED_ON),
            )
        )
        or 0
    )
    return counts


# Open reminders, and those held while their owner was no longer a member (they came due
# after 'remove member': never sent to them, waiting for this hand-over).
_HANDED_ON = ("pending", "snoozed", "held")


def reassign(ctx: Ctx, source: User, target: User) -> dict[str, int]:
    """Hand every record of a leaving rep to someone else (counts per table)."""
    counts: dict[str, int] = {}
    for model, label in ((Account, "accounts"), (Contact, "contacts"), (Opportunity, "deals")):
        res = ctx.session.execute(
            update(model)
            .where(model.workspace_id == ctx.ws_id, model.owner_id == source.id)
            .values(owner_id=target.id, updated_by_id=ctx.user_id)
        )
        counts[label] = res.rowcount or 0  # type: ignore[attr-defined]
    held = ctx.session.execute(
        update(Reminder)
        .where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.user_id == source.id,
            Reminder.status == "held",
        )
        .values(user_id=target.id, status="pending", fail_reason=None, updated_at=ctx.now)
    )
    res = ctx.session.execute(
        update(Reminder)
        .where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.user_id == source.id,
            Reminder.status.in_(("pending", "snoozed")),
        )
        .values(user_id=target.id)
    )
    counts["reminders"] = (res.rowcount or 0) + (held.rowcount or 0)  # type: ignore[attr-defined]
    from storage.models import AuditLog

    ctx.session.add(
        AuditLog(
            workspace_id=ctx.ws_id,
            user_id=ctx.user_id,
            at=ctx.now,
            action="reassign",
            entity_type="users",
            entity_id=source.id,
            before={"owner_id": source.id},
            after={"owner_id": target.id, **counts},
            batch=ctx.batch,
        )
    )
    return counts


def count_live(ctx: Ctx, model: type[Contact] | type[Account] | type[Opportunity]) -> int:
    return (
        ctx.session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.workspace_id == ctx.ws_id, model.deleted_at.is_(None))
        )
        or 0
    )


def as_local_date(value: datetime | date, tz: str) -> date:
    from zoneinfo import ZoneInfo

    if isinstance(value, datetime):
        return value.astimezone(ZoneInfo(tz)).date()
    return value


def upsert_contact_by_phone(ctx: Ctx, phone: str, name: str, fields: Mapping[str, str]) -> Contact:
    """The contact with this phone number, updated; or a new one (the common bot-CRM unit)."""
    from storage.lookup import contact_with_phone, contact_with_phone_or_insert

    validate.phone(phone)
    if not fields and is_postgres(ctx.session) and phone_reversed(phone):
        # Found or created in one statement, one round trip (issue 18): the new row is
        # made first, and is only inserted when no live contact has the number. (SQLite
        # does it in two statements either way: storage.write_path.find_or_insert.)
        try:
            new = _new_contact(ctx, name, {"phone": phone})
        except UserError:  # a name a new contact cannot have: an error only when it is new
            new = None
        if new is not None:
            c, created = contact_with_phone_or_insert(ctx, new)
            if created:
                record(ctx, "create", c, None)
            return c
    # An equality lookup on the indexed reversed digits (was: the first 5 "ends with"
    # matches, then an exact filter, which missed an exact match behind 5 longer numbers).
    existing = contact_with_phone(ctx, phone)
    if existing is not None:
        return update_contact(ctx, existing, fields) if fields else existing
    return create_contact(ctx, name, {"phone": phone, **fields})
