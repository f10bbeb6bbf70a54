"""A contact's emails and phones beyond the primary ones (storage.models_channels).

Lookups by email or phone ask both places: the contact row (primary) and this table
(secondary), each through an index on the same normalised key.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from storage import validate
from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.models import Contact
from storage.models_channels import CHANNEL_KINDS, ContactChannel
from storage.text import phone_reversed


def normalise(kind: str, value: str) -> tuple[str, str]:
    """(validated value, key): the key is what the contact row's own key column holds."""
    if kind == "email":
        email = validate.email(value)
        return email, email.lower()
    if kind == "phone":
        phone = validate.phone(value)
        return phone, phone_reversed(phone)
    raise UserError(f"a contact has {' and '.join(CHANNEL_KINDS)} details, not '{kind}'")


def _primary_key(c: Contact, kind: str) -> str | None:
    return c.email_key if kind == "email" else c.phone_rev


def channels_of(ctx: Ctx, contact_ids: Iterable[int]) -> list[ContactChannel]:
    ids = sorted(set(contact_ids))
    if not ids:
        return []
    return list(
        ctx.session.scalars(
            select(ContactChannel)
            .where(ContactChannel.workspace_id == ctx.ws_id, ContactChannel.contact_id.in_(ids))
            .order_by(ContactChannel.id)
        )
    )


def owner_of(ctx: Ctx, kind: str, key: str) -> Contact | None:
    """The live contact holding this email/phone key as a secondary channel, if any."""
    return ctx.session.scalar(
        select(Contact)
        .join(ContactChannel, ContactChannel.contact_id == Contact.id)
        .where(
            ContactChannel.workspace_id == ctx.ws_id,
            ContactChannel.kind == kind,
            ContactChannel.value_key == key,
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.id)
        .limit(1)
    )


def by_email(ctx: Ctx, key: str, prefix: bool = False, limit: int = 10) -> list[Contact]:
    """Live contacts with this secondary email (or one starting with ``key``)."""
    cond = (
        (ContactChannel.value_key >= key) & (ContactChannel.value_key < key + "\uffff")
        if prefix
        else ContactChannel.value_key == key
    )
    return _contacts(ctx, "email", cond, limit)


def by_phone_suffix(ctx: Ctx, rev: str, limit: int = 10) -> list[Contact]:
    """Live contacts with a secondary number ending with these (reversed) digits."""
    cond = (ContactChannel.value_key >= rev) & (ContactChannel.value_key < rev + "\uffff")
    return _contacts(ctx, "phone", cond, limit)


def _contacts(ctx: Ctx, kind: str, cond, limit: int) -> list[Contact]:  # type: ignore[no-untyped-def]
    rows = ctx.session.scalars(
        select(Contact)
        .join(ContactChannel, ContactChannel.contact_id == Contact.id)
        .where(
            ContactChannel.workspace_id == ctx.ws_id,
            ContactChannel.kind == kind,
            cond,
            Contact.deleted_at.is_(None),
        )
        .order_by(Contact.id)
        .limit(limit * 2)
    )
    # no SQL DISTINCT: PostgreSQL cannot compare the JSON tags column
    return list(dict.fromkeys(rows))[:limit]


def _holder(ctx: Ctx, kind: str, key: str, exclude: int) -> Contact | None:
    col = Contact.email_key if kind == "email" else Contact.phone_rev
    primary = ctx.session.scalar(
        select(Contact).where(
            Contact.workspace_id == ctx.ws_id,
            Contact.deleted_at.is_(None),
            col == key,
            Contact.id != exclude,
        )
    )
    if primary is not None:
        return primary
    other = owner_of(ctx, kind, key)
    return other if other is not None and other.id != exclude else None


def add_channel(ctx: Ctx, c: Contact, kind: str, value: str) -> ContactChannel | None:
    """Add a secondary email/phone (audited, so undo removes it); None if c already has it.

    Refused when another live contact holds it: that is a duplicate to merge instead.
    """
    value, key = normalise(kind, value)
    if _primary_key(c, kind) == key:
        return None
    if any(ch.kind == kind and ch.value_key == key for ch in channels_of(ctx, [c.id])):
        return None
    other = _holder(ctx, kind, key, c.id)
    if other is not None:
        raise UserError(
            f"{other.name} (#c{other.id}) already has {value}; if they are the same person: "
            f"contact merge #c{other.id} into #c{c.id}"
        )
    return _new_channel(ctx, c.id, kind, value, key)


def _new_channel(ctx: Ctx, contact_id: int, kind: str, value: str, key: str) -> ContactChannel:
    """One more email/phone on a contact, written and audited (so undo can take it back)."""
    ch = ContactChannel(
        workspace_id=ctx.ws_id,
        contact_id=contact_id,
        kind=kind,
        value=value,
        value_key=key,
        created_at=ctx.now,
        created_by_id=ctx.user.id,
    )
    ctx.session.add(ch)
    ctx.session.flush()
    record(ctx, "create", ch, None)
    return ch


def remove_channel(ctx: Ctx, c: Contact, kind: str, value: str) -> None:
    """Remove an email/phone of c; removing the primary promotes the first secondary one."""
    _, key = normalise(kind, value)
    mine = [ch for ch in channels_of(ctx, [c.id]) if ch.kind == kind]
    hit = next((ch for ch in mine if ch.value_key == key), None)
    if hit is None and _primary_key(c, kind) == key:
        before = snapshot(c)
        hit = mine[0] if mine else None
        new = hit.value if hit else None
        if kind == "email":
            c.email, c.email_key = new, hit.value_key if hit else None
        else:
            c.phone, c.phone_rev = new, hit.value_key if hit else None
        record(ctx, "update", c, before)
        if hit is None:
            return
    elif hit is None:
        raise UserError(f"{c.name} has no {kind} {value}")
    record(ctx, "delete", hit, snapshot(hit))
    ctx.session.delete(hit)
    ctx.session.flush()


def fold_into(ctx: Ctx, keep: Contact, drop: Contact) -> None:
    """A merge: drop's emails and phones become keep's (primary where keep has none).

    Called after keep's empty primary fields were filled from drop. Every write is audited
    row by row, so undoing the merge takes them back.
    """
    for kind, value in (("email", drop.email), ("phone", drop.phone)):
        if value:
            key = normalise(kind, value)[1]
            if _primary_key(keep, kind) != key and not any(
                ch.kind == kind and ch.value_key == key for ch in channels_of(ctx, [keep.id])
            ):
                _new_channel(ctx, keep.id, kind, value, key)
    have: set[tuple[str, str | None]] = {
        (ch.kind, ch.value_key) for ch in channels_of(ctx, [keep.id])
    }
    have |= {("email", keep.email_key), ("phone", keep.phone_rev)}
    for ch in channels_of(ctx, [drop.id]):
        before = snapshot(ch)
        if (ch.kind, ch.value_key) in have:
            continue
        ch.contact_id = keep.id
        have.add((ch.kind, ch.value_key))
        record(ctx, "update", ch, before)
