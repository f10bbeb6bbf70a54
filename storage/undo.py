"""Undo one message's writes by replaying the before-copies of its audit batch."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, delete, select, update
from sqlalchemy.orm import Mapper

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import UserError
from storage.merge_links import LINKS_BY_TABLE
from storage.models import (
    Account,
    Activity,
    AuditLog,
    Base,
    Contact,
    Opportunity,
    Reminder,
    StageChange,
)
from storage.models_campaigns import Campaign, CampaignMember, Segment
from storage.models_cases import Case, CaseEvent
from storage.models_channels import ContactChannel
from storage.models_sequences import Sequence, SequenceEnrollment
from storage.text import name_key, name_parts, phone_reversed
from storage.types import UTCDateTime

UNDO_WINDOW = timedelta(minutes=10)
MODELS: dict[str, type[Base]] = {
    m.__tablename__: m
    for m in (
        Account,
        Contact,
        Opportunity,
        Activity,
        Reminder,
        ContactChannel,
        CampaignMember,
        Case,
        CaseEvent,
        Sequence,
        SequenceEnrollment,
        Segment,
        Campaign,
    )
}
# Batches holding one of these are never undone: their before-copies are gone (an erasure
# scrubs them) or were never kept row by row (bulk imports and reassignments).
NOT_UNDOABLE = {
    "erase": "an erasure cannot be undone: the personal data is gone",
    "import": "an import cannot be undone; edit or delete the records it wrote",
    "reassign": "a reassignment cannot be undone; reassign the records again if needed",
}


def _restore(obj: Base, data: dict[str, Any]) -> None:
    mapper: Mapper[Any] = obj.__mapper__
    for key, value in data.items():
        if key == "id" or key not in mapper.columns:
            continue
        col_type = mapper.columns[key].type
        if value is not None and isinstance(col_type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(col_type, Date):
            value = date.fromisoformat(value)
        setattr(obj, key, value)
    # Re-derive the key columns that snapshots leave out.
    if isinstance(obj, Contact):
        obj.name_key = name_key(obj.name)
        obj.first_key, obj.last_key = name_parts(obj.name_key)
        obj.email_key = obj.email.lower() if obj.email else None
        obj.phone_rev = phone_reversed(obj.phone) if obj.phone else None
        obj.birthday_md = obj.birthday.strftime("%m-%d") if obj.birthday else None
    elif isinstance(obj, Account | Segment | Campaign | Sequence):
        obj.name_key = name_key(obj.name)
    elif isinstance(obj, Opportunity):
        obj.title_key = name_key(obj.title)


def last_batch(ctx: Ctx, strict: bool = False) -> str | None:
    """The user's latest change still inside the undo window and not undone yet.

    Reads the workspace's audit rows of the last 10 minutes, newest first (index
    ``ix_audit_ws_at``); an undo shares its batch id with what it reverted. Batches that
    cannot be undone (:data:`NOT_UNDOABLE`) are passed over. With ``strict`` (the ``undo``
    command), a latest change of a kind undo cannot put back (a workspace setting, a
    member's profile) is refused in words: passing over it once reverted an older change nobody
    meant ("sequence step edit …", then "undo", deleted a contact made before).
    """
    rows = ctx.session.execute(
        select(AuditLog.batch, AuditLog.action, AuditLog.user_id, AuditLog.entity_type)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.at >= ctx.now - UNDO_WINDOW,
            AuditLog.batch.is_not(None),
        )
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(1000)
    ).all()
    skip = {batch for batch, action, _, _ in rows if action in NOT_UNDOABLE}
    kinds: dict[str | None, set[str]] = {}
    for batch, action, user_id, entity_type in rows:
        if action == "undo":
            skip.add(batch)  # already undone
        elif user_id == ctx.user.id and batch not in skip:
            kinds.setdefault(batch, set()).add(entity_type)
    for batch, action, user_id, _ in rows:
        if action == "undo" or user_id != ctx.user.id or batch in skip:
            continue
        if any(kind in MODELS for kind in kinds[batch]):
            return str(batch)
        if strict:
            nouns = (_NOUNS.get(k, k.rstrip("s").replace("_", " ")) for k in kinds[batch])
            what = ", ".join(sorted(nouns))
            raise UserError(
                f"Your last change (a {what}) cannot be undone with 'undo'; nothing was "
                "reverted. Change it back by hand; an earlier change keeps its Undo button."
            )
    return None


_NOUNS = {
    "accounts": "account",
    "contacts": "contact",
    "opportunities": "deal",
    "activities": "activity",
    "reminders": "reminder",
    "contact_channels": "email or phone",
    "campaign_members": "campaign member",
    "sequences": "sequence",
    "sequence_enrollments": "sequence enrollment",
    "segments": "segment",
    "campaigns": "campaign",
    "users": "profile or member",
    "workspaces": "workspace setting",
}
_VERBS = {"create": "created", "update": "changed", "delete": "deleted", "merge": "merged"}


def describe_batch(ctx: Ctx, batch: str) -> list[str]:
    """What a batch did, in words ("created contact Zed One"), before it is undone."""
    out: list[str] = []
    for e in ctx.session.scalars(
        select(AuditLog)
        .where(AuditLog.workspace_id == ctx.ws_id, AuditLog.batch == batch)
        .order_by(AuditLog.id)
    ):
        noun = _NOUNS.get(e.entity_type)
        if noun is None or e.action == "undo" or e.entity_type not in MODELS:
            continue
        if e.action == "enroll":  # one row for the whole enrollment (storage.sequences)
            seq = ctx.session.get(Sequence, e.entity_id) if e.entity_id else None
            n = (e.after or {}).get("enrolled", 0)
            out.append(f"enrolled {n} in sequence {seq.name if seq else ''}".rstrip())
            continue
        data = e.after or e.before or {}
        label = data.get("name") or data.get("title") or data.get("text") or data.get("body")
        label = f" {str(label)[:60]}" if label else ""
        out.append(f"{_VERBS.get(e.action, e.action)} {noun}{label}")
    return out


def _erased(e: AuditLog) -> bool:
    return bool((e.before or {}).get("erased") or (e.after or {}).get("erased"))


def undo_batch(ctx: Ctx, batch: str) -> int:
    """Revert every write of ``batch`` (newest first). Returns how many rows changed."""
    entries = list(
        ctx.session.scalars(
            select(AuditLog)
            .where(AuditLog.workspace_id == ctx.ws_id, AuditLog.batch == batch)
            .order_by(AuditLog.id.desc())
        )
    )
    if not entries:
        raise UserError("there is nothing to undo there")
    if any(e.action == "undo" for e in entries):
        raise UserError("that was already undone")
    for e in entries:
        if e.action in NOT_UNDOABLE:
            raise UserError(NOT_UNDOABLE[e.action])
    # An erasure scrubs the person's own audit copies to {"erased": True}: there is nothing
    # to put back, and undoing their creation would delete the anonymised row.
    entries = [e for e in entries if not _erased(e)]
    if not entries:
        raise UserError("that change was about a person erased since; it cannot be undone")
    if entries[0].user_id != ctx.user.id:
        raise UserError("only the person who made a change can undo it")
    if ctx.now - entries[-1].at > UNDO_WINDOW:
        raise UserError("undo is possible for 10 minutes after a change; edit the record instead")
    for e in entries:
        _refuse_campaign_step(ctx, e)
    _refuse_if_used_since(ctx, entries)
    changed = 0
    touched_deals: set[int] = set()  # deals whose "last activity" an undone activity set
    for e in entries:
        model = MODELS.get(e.entity_type)
        if model is None or e.entity_id is None:
            continue
        obj = ctx.session.get(model, e.entity_id)
        if obj is None and e.action == "delete" and model is ContactChannel and e.before:
            _recreate_channel(ctx, e, batch)  # a removed email/phone comes back
            changed += 1
            continue
        if obj is None and e.action == "delete" and model is Segment and e.before:
            _recreate_segment(ctx, e, batch)  # a deleted segment comes back, same id
            changed += 1
            continue
        if obj is None or getattr(obj, "workspace_id", None) != ctx.ws_id:
            continue
        if isinstance(obj, Activity):
            ids = [obj.opportunity_id, (e.before or {}).get("opportunity_id")]
            touched_deals |= {int(i) for i in ids if i}
        if e.action == "merge":
            unmerge(ctx, e)
        if e.action == "enroll" and isinstance(obj, Sequence):
            changed += _unenroll(ctx, obj, e)
            continue
        if e.action == "create" and isinstance(obj, Sequence):
            _refuse_if_enrolled(ctx, obj)
        if e.action == "create" and isinstance(obj, Segment | Campaign):
            _refuse_if_in_use(ctx, obj)
        if e.action == "create":
            if isinstance(obj, Opportunity):
                ctx.session.execute(delete(StageChange).where(StageChange.opportunity_id == obj.id))
            before = snapshot(obj)
            ctx.session.delete(obj)
            ctx.session.add(
                AuditLog(
                    workspace_id=ctx.ws_id,
                    user_id=ctx.user.id,
                    at=ctx.now,
                    action="undo",
                    entity_type=e.entity_type,
                    entity_id=e.entity_id,
                    before=before,
                    after=None,
                    batch=batch,
                )
            )
        elif e.before is not None:
            before = snapshot(obj)
            _restore(obj, e.before)
            if isinstance(obj, Sequence) and obj.status != before.get("status"):
                from storage.sequences import sync_queue

                sync_queue(ctx, obj)  # a pause undone lets the queued steps run again
            if isinstance(obj, Opportunity) and e.after and e.after.get("stage") != obj.stage:
                last = ctx.session.scalar(
                    select(StageChange)
                    .where(StageChange.opportunity_id == obj.id)
                    .order_by(StageChange.id.desc())
                    .limit(1)
                )
                if last is not None:
                    ctx.session.delete(last)
            record(ctx, "undo", obj, before, batch=batch)
        changed += 1
    ctx.session.flush()
    for deal_id in touched_deals:  # a deal's last activity is its latest live activity
        from storage.crm import last_activity_of_deal

        deal = ctx.session.get(Opportunity, deal_id)
        if deal is not None and deal.workspace_id == ctx.ws_id:
            deal.last_activity_at = last_activity_of_deal(ctx, deal_id)
    return changed


def _unenroll(ctx: Ctx, seq: Sequence, e: AuditLog) -> int:
    """Undo an enrollment: the people it put in whose first step has not run yet leave
    the sequence without a trace (those already reached stay, their history with them)."""
    rows = ctx.session.execute(
        delete(SequenceEnrollment).where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.sequence_id == seq.id,
            SequenceEnrollment.enrolled_by_id == e.user_id,
            SequenceEnrollment.enrolled_at == e.at,
            SequenceEnrollment.status == "active",
            SequenceEnrollment.run_status.in_(("pending", "paused")),
            SequenceEnrollment.attempts == 0,
        )
    )
    n = int(rows.rowcount)  # type: ignore[attr-defined]
    record(ctx, "undo", seq, snapshot(seq), batch=e.batch)
    return n


def _refuse_campaign_step(ctx: Ctx, e: AuditLog) -> None:
    """A campaign's start or end is not undone: a start froze its members and queued their
    emails and reminders (some may have gone), an end cancelled the unsent ones. Said in
    words before anything of the batch is reverted."""
    if e.entity_type != "campaigns":
        return
    camp = ctx.session.get(Campaign, e.entity_id) if e.entity_id else None
    name = camp.name if camp is not None else "the campaign"
    if e.action == "start":
        raise UserError(
            f"a campaign's start cannot be undone: its members are set and their messages "
            f"and reminders queued; nothing was reverted ('campaign end {name}' stops it)"
        )
    before, after = e.before or {}, e.after or {}
    if e.action == "update" and after.get("status") == "ended" != before.get("status"):
        raise UserError(
            f"ending {name} cannot be undone: its unsent messages were cancelled; nothing was "
            "reverted ('campaign new' makes another for the people it did not reach)"
        )


def _refuse_if_in_use(ctx: Ctx, obj: Segment | Campaign) -> None:
    """A segment a campaign now reaches, or a campaign with members, is not un-created."""
    if isinstance(obj, Segment):
        user = ctx.session.scalar(
            select(Campaign.name)
            .where(Campaign.workspace_id == ctx.ws_id, Campaign.segment_id == obj.id)
            .limit(1)
        )
        if user is not None:
            raise UserError(
                f"campaign {user} reaches segment '{obj.name}' now, so its creation cannot be "
                f"undone; 'segment delete {obj.name}' removes it"
            )
        return
    member = ctx.session.scalar(
        select(CampaignMember.id)
        .where(CampaignMember.workspace_id == ctx.ws_id, CampaignMember.campaign_id == obj.id)
        .limit(1)
    )
    if member is not None:
        raise UserError(
            f"'{obj.name}' has members now, so its creation cannot be undone; "
            f"'campaign end {obj.name}' stops it"
        )


def _recreate_segment(ctx: Ctx, e: AuditLog, batch: str) -> None:
    """Put a deleted segment back under its own id (the campaigns that reached it point at
    it again through their own audit rows of the same batch, replayed after this one)."""
    data = dict(e.before or {})
    seg = Segment(id=e.entity_id, workspace_id=ctx.ws_id, filters={})
    _restore(seg, data)
    ctx.session.add(seg)
    ctx.session.flush()
    record(ctx, "undo", seg, None, batch=batch)


def _refuse_if_enrolled(ctx: Ctx, seq: Sequence) -> None:
    enrolled = ctx.session.scalar(
        select(SequenceEnrollment.id)
        .where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.sequence_id == seq.id,
        )
        .limit(1)
    )
    if enrolled is not None:
        raise UserError(
            f"people are enrolled in '{seq.name}' now, so its creation cannot be undone; "
            f"'sequence pause {seq.name}' stops it"
        )


def unmerge(ctx: Ctx, e: AuditLog) -> None:
    """Move the rows a merge moved (their ids are in the merge's audit entry) back.

    Only rows still pointing at the kept record move, so a note logged on it since the merge,
    or a row moved elsewhere meanwhile, stays where it is now.
    """
    after = e.after or {}
    keep_id, moved = after.get("merged_into"), after.get("moved") or {}
    for link in LINKS_BY_TABLE.get(e.entity_type, ()):
        ids = [int(i) for i in moved.get(link.table, [])]
        model, col = link.column.class_, link.column
        for i in range(0, len(ids), 900):
            ctx.session.execute(
                update(model)
                .where(
                    model.workspace_id == ctx.ws_id,
                    model.id.in_(ids[i : i + 900]),
                    col == keep_id,
                )
                .values({col.key: e.entity_id})
                .execution_options(synchronize_session="fetch")
            )


def _recreate_channel(ctx: Ctx, e: AuditLog, batch: str) -> None:
    data = dict(e.before or {})
    ch = ContactChannel(
        workspace_id=ctx.ws_id,
        contact_id=data["contact_id"],
        kind=data["kind"],
        value=data["value"],
        value_key=data["value_key"],
        created_at=ctx.now,
        created_by_id=data.get("created_by_id"),
    )
    ctx.session.add(ch)
    ctx.session.flush()
    record(ctx, "undo", ch, None, batch=batch)


# What may hang on a record a batch created, by the column that points at it.
_USED_BY: dict[type[Base], tuple[tuple[type[Base], str, str], ...]] = {
    Contact: (
        (Activity, "contact_id", "activity"),
        (Opportunity, "contact_id", "deal"),
        (Case, "contact_id", "case"),
    ),
    Account: (
        (Contact, "account_id", "contact"),
        (Activity, "account_id", "activity"),
        (Opportunity, "account_id", "deal"),
        (Case, "account_id", "case"),
    ),
    Opportunity: ((Activity, "opportunity_id", "activity"),),
}
_LINK_TYPE = {Contact: "contact", Account: "account", Opportunity: "deal"}


def _refuse_if_used_since(ctx: Ctx, entries: list[AuditLog]) -> None:
    """Refuse to undo the creation of a contact, account or deal that something written
    since hangs on: a call logged on the contact made a minute later, its follow-up, a
    deal. Undone, the contact went and the call stayed on nobody (its link set to null),
    the follow-up pointing at a record gone, and the reply said only "created contact"."""
    mine = {(e.entity_type, e.entity_id) for e in entries}
    for e in entries:
        model = MODELS.get(e.entity_type)
        if e.action != "create" or model not in _USED_BY or e.entity_id is None:
            continue
        obj = ctx.session.get(model, e.entity_id)
        if obj is None or getattr(obj, "workspace_id", None) != ctx.ws_id:
            continue
        used: list[str] = []
        for other, column, label in _USED_BY[model]:
            ids = ctx.session.scalars(
                select(other.id).where(  # type: ignore[attr-defined]
                    other.workspace_id == ctx.ws_id,  # type: ignore[attr-defined]
                    getattr(other, column) == e.entity_id,
                )
            ).all()
            n = sum(1 for i in ids if (other.__tablename__, i) not in mine)
            if n:
                used.append(_count(n, label))
        reminders = ctx.session.scalars(
            select(Reminder.id).where(
                Reminder.workspace_id == ctx.ws_id,
                Reminder.linked_type == _LINK_TYPE[model],
                Reminder.linked_id == e.entity_id,
                Reminder.status.in_(("pending", "snoozed", "claimed")),
            )
        ).all()
        n = sum(1 for i in reminders if ("reminders", i) not in mine)
        if n:
            used.append(_count(n, "reminder"))
        if used:
            name = getattr(obj, "name", None) or getattr(obj, "title", "")
            raise UserError(
                f"I can't undo creating {name}: {' and '.join(used)} added on it since "
                "would be left on nobody. Nothing was undone. Undo those first (each has its "
                "own Undo), then this."
            )


def _count(n: int, noun: str) -> str:
    plural = "activities" if noun == "activity" else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
