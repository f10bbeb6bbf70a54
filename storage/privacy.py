"""Data-subject requests: export everything about a person, or erase them.

Erasure anonymises the contact row (kept, so deals and activity counts stay whole),
blanks the bodies of their activities and reminders, cuts their full name, email
and phone out of every other text that mentions them (deal titles and next steps,
other people's activities and reminders), scrubs every audit-log copy that holds
them, logs the erasure itself without personal data, and keeps a salted digest in
the suppression list so an import cannot re-add them (GDPR Art. 17, with the Art. 21
do-not-contact marker). Duplicates merged into the person are the same person: export
and erasure take them along.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sqlalchemy import Text, cast, delete, or_, select

from storage.audit import snapshot
from storage.case_privacy import erase_for_contacts, export_for_contacts
from storage.context import Ctx
from storage.documents import erase_of_person, export_rows
from storage.errors import UserError
from storage.models import Account, Activity, AuditLog, Contact, Opportunity, Reminder
from storage.models_reports import Suppression
from storage.text import name_key, phone_digits

ERASED_NAME = "Erased person"
ERASED_TEXT = "[erased]"


def marker(ws_id: int, kind: str, value: str) -> str:
    """Digest of a normalised identifier; the workspace id salts it per workspace."""
    if kind == "email":
        norm = value.strip().lower()
    elif kind == "phone":
        norm = phone_digits(value)
    else:
        norm = name_key(value)
    return hashlib.sha256(f"{ws_id}:{kind}:{norm}".encode()).hexdigest()


def suppressed(ctx_session: Any, ws_id: int) -> dict[str, set[str]]:
    """All suppression digests of a workspace by kind (small: one row per erased person)."""
    out: dict[str, set[str]] = {"email": set(), "phone": set(), "name": set()}
    for kind, digest in ctx_session.execute(
        select(Suppression.kind, Suppression.digest).where(Suppression.workspace_id == ws_id)
    ):
        out.setdefault(kind, set()).add(digest)
    return out


def is_suppressed(
    marks: dict[str, set[str]], ws_id: int, *, email: str | None, phone: str | None, name: str
) -> bool:
    if email and marker(ws_id, "email", email) in marks["email"]:
        return True
    if phone and marker(ws_id, "phone", phone) in marks["phone"]:
        return True
    return not email and marker(ws_id, "name", name) in marks["name"]


def check_not_suppressed(
    ctx: Ctx, *, name: str | None, email: str | None = None, phone: str | None = None
) -> None:
    """Refuse to add back someone who asked to be erased, by the importer's rule
    (:func:`is_suppressed`). ``name=None`` checks the email and phone only (an edit)."""
    marks = suppressed(ctx.session, ctx.ws_id)
    if not any(marks.values()):
        return
    if name is None:
        hit = bool(email and marker(ctx.ws_id, "email", email) in marks["email"]) or bool(
            phone and marker(ctx.ws_id, "phone", phone) in marks["phone"]
        )
    else:
        hit = is_suppressed(marks, ctx.ws_id, email=email, phone=phone, name=name)
    if hit:
        raise UserError("this person asked to be erased; not re-added")


def merged_contacts(ctx: Ctx, c: Contact) -> list[Contact]:
    """The duplicates folded into ``c`` by `contact merge` (and into those, and so on).

    A merge leaves no column on the duplicate: its audit entry (action "merge", after
    {"merged_into": id}) is the record. A merge undone since does not count.
    """
    rows = ctx.session.execute(
        select(AuditLog.entity_id, AuditLog.after, AuditLog.batch).where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.entity_type == "contacts",
            AuditLog.action == "merge",
        )
    ).all()
    if not rows:
        return []
    undone = set(
        ctx.session.scalars(
            select(AuditLog.batch).where(
                AuditLog.workspace_id == ctx.ws_id,
                AuditLog.action == "undo",
                AuditLog.batch.in_({b for _, _, b in rows if b}),
            )
        )
    )
    pairs = [
        (dup, int(after["merged_into"]))
        for dup, after, batch in rows
        if batch not in undone and isinstance(after, dict) and after.get("merged_into")
    ]
    seen, frontier = {c.id}, {c.id}
    while frontier:
        frontier = {dup for dup, kept in pairs if kept in frontier and dup not in seen}
        seen |= frontier
    ids = sorted(seen - {c.id})
    if not ids:
        return []
    return list(
        ctx.session.scalars(
            select(Contact).where(Contact.workspace_id == ctx.ws_id, Contact.id.in_(ids))
        )
    )


def merged_into(ctx: Ctx, c: Contact) -> int | None:
    """The id of the contact ``c`` was merged into, if it is a merged duplicate."""
    rows = ctx.session.execute(
        select(AuditLog.action, AuditLog.after, AuditLog.batch)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.entity_type == "contacts",
            AuditLog.entity_id == c.id,
            AuditLog.action.in_(("merge", "undo")),
        )
        .order_by(AuditLog.id.desc())
    ).all()
    undone = {batch for action, _, batch in rows if action == "undo"}
    for action, after, batch in rows:
        if action == "merge" and batch not in undone and isinstance(after, dict):
            return int(after["merged_into"]) if after.get("merged_into") else None
    return None


def _iso(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def _score_of(ctx: Ctx, contact_id: int) -> dict[str, Any] | None:
    """The lead score is profiling (GDPR art. 15(1)(h)): the number and how it was made."""
    from storage.scoring import explain

    b = explain(ctx, contact_id)
    return {"score": b.score, "explanation": b.text()}


def export_contact(ctx: Ctx, c: Contact) -> dict[str, Any]:
    """Everything stored about a person (Art. 15/20), as JSON-ready data.

    Duplicates merged into the contact are the same person: their rows come along.
    """
    account = ctx.session.get(Account, c.account_id) if c.account_id else None
    merged = merged_contacts(ctx, c)
    ids = [c.id, *(m.id for m in merged)]
    deals = ctx.session.scalars(
        select(Opportunity).where(
            Opportunity.workspace_id == ctx.ws_id, Opportunity.contact_id.in_(ids)
        )
    )
    acts = ctx.session.scalars(
        select(Activity)
        .where(Activity.workspace_id == ctx.ws_id, Activity.contact_id.in_(ids))
        .order_by(Activity.occurred_at)
    )
    rems = ctx.session.scalars(
        select(Reminder).where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.linked_type == "contact",
            Reminder.linked_id.in_(ids),
        )
    )
    audit = ctx.session.scalars(
        select(AuditLog)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.entity_type == "contacts",
            AuditLog.entity_id.in_(ids),
        )
        .order_by(AuditLog.id)
    )
    from storage.channels import channels_of
    from storage.sequences import export_for_contacts as sequences_of

    return {
        "contact": snapshot(c),
        "channels": [
            {"kind": ch.kind, "value": ch.value, "contact_id": ch.contact_id}
            for ch in channels_of(ctx, ids)
        ],
        "merged_contacts": [snapshot(m) for m in merged],
        "account": account.name if account else None,
        "deals": [
            {
                "id": d.id,
                "title": d.title,
                "stage": d.stage,
                "status": d.status,
                "amount_minor": d.amount_minor,
                "currency": d.currency,
                "close_date": _iso(d.close_date),
            }
            for d in deals
        ],
        "activities": [
            {"type": a.type, "occurred_at": _iso(a.occurred_at), "body": a.body} for a in acts
        ],
        "reminders": [{"text": r.text, "due_at": _iso(r.due_at), "status": r.status} for r in rems],
        "campaigns": _campaigns_of(ctx, ids),
        "lead_score": _score_of(ctx, c.id),
        "sequences": sequences_of(ctx, ids),
        "cases": export_for_contacts(ctx, ids),
        "files": export_rows(ctx, ids),
        "history": [
            {
                "at": _iso(e.at),
                "contact_id": e.entity_id,
                "action": e.action,
                "before": e.before,
                "after": e.after,
            }
            for e in audit
        ],
    }


def _campaigns_of(ctx: Ctx, ids: list[int]) -> list[dict[str, Any]]:
    """The campaigns that reached the person, with their status and emails sent."""
    from storage.models_campaigns import Campaign, CampaignMember

    rows = ctx.session.execute(
        select(Campaign.name, Campaign.type, CampaignMember.status, CampaignMember.sent_at)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .where(CampaignMember.workspace_id == ctx.ws_id, CampaignMember.contact_id.in_(ids))
        .order_by(CampaignMember.id)
    )
    return [
        {"campaign": n, "type": t, "status": st, "email_sent_at": _iso(sent)}
        for n, t, st, sent in rows
    ]


def export_json(ctx: Ctx, c: Contact) -> str:
    return json.dumps(export_contact(ctx, c), indent=2, ensure_ascii=False, default=str)


def export_csv_text(ctx: Ctx, c: Contact) -> str:
    """The same data as :func:`export_contact`, as CSV rows (part, item, field, value) a
    spreadsheet opens safely: text that would run as a formula is escaped
    (storage.exporter.sheet_cell). The JSON stays verbatim: it is the person's data as
    held, for portability, and no spreadsheet reads it."""
    import csv
    import io

    from storage.exporter import sheet_cell

    data = export_contact(ctx, c)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["part", "item", "field", "value"])

    def rows(part: str, items: Any) -> None:
        for i, item in enumerate(items if isinstance(items, list) else [items], 1):
            if isinstance(item, dict):
                for k, v in item.items():
                    w.writerow([part, i, k, sheet_cell(v)])
            elif item is not None:
                w.writerow([part, i, "", sheet_cell(item)])

    for part in ("contact", "channels", "merged_contacts", "account", "deals", "activities",
                 "reminders", "lead_score", "history"):  # fmt: skip
        rows(part, data.get(part))
    return out.getvalue()


def _scrub(value: Any, needles: list[str]) -> Any:
    if isinstance(value, str):
        for n in needles:
            if n.lower() in value.lower():
                return ERASED_TEXT
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, needles) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, needles) for v in value]
    return value


def erase_contact(ctx: Ctx, c: Contact) -> dict[str, int]:
    """Erase a person; returns counts of what was touched (for the reply and the log).

    Duplicates merged into ``c`` are the same person and are erased with it.
    """
    from storage.channels import channels_of

    people = [c, *merged_contacts(ctx, c)]
    ids = [p.id for p in people]
    extra = channels_of(ctx, ids)  # their secondary emails and phones
    needles = list(
        dict.fromkeys(
            x
            for x in [v for p in people for v in (p.name, p.email, p.phone)]
            + [ch.value for ch in extra]
            if x and len(x.strip()) >= 3
        )
    )
    counts = {"activities": 0, "reminders": 0, "audit_entries": 0}
    if len(people) > 1:
        counts["merged_contacts"] = len(people) - 1
    marks: list[tuple[str, str]] = []
    for p in people:
        own = [(k, v) for k, v in (("email", p.email), ("phone", p.phone)) if v]
        marks += own or [("name", p.name)]
    marks += [(ch.kind, ch.value) for ch in extra]
    kinds = list(dict.fromkeys(kind for kind, _ in marks))
    for kind, value in dict.fromkeys(marks):
        digest = marker(ctx.ws_id, kind, value)
        exists = ctx.session.scalar(
            select(Suppression.id).where(
                Suppression.workspace_id == ctx.ws_id,
                Suppression.kind == kind,
                Suppression.digest == digest,
            )
        )
        if exists is None:
            ctx.session.add(
                Suppression(
                    workspace_id=ctx.ws_id,
                    kind=kind,
                    digest=digest,
                    reason="erasure",
                    created_at=ctx.now,
                )
            )
    act_ids: list[int] = []
    for a in ctx.session.scalars(
        select(Activity).where(Activity.workspace_id == ctx.ws_id, Activity.contact_id.in_(ids))
    ):
        a.body = ERASED_TEXT if a.body else ""
        act_ids.append(a.id)
        counts["activities"] += 1
    rem_ids: list[int] = []
    for r in ctx.session.scalars(
        select(Reminder).where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.linked_type == "contact",
            Reminder.linked_id.in_(ids),
        )
    ):
        r.text = ERASED_TEXT
        if r.status in ("pending", "snoozed", "claimed"):
            r.status = "cancelled"
        rem_ids.append(r.id)
        counts["reminders"] += 1
    counts["mentions"] = _redact_mentions(ctx, needles, set(act_ids), set(rem_ids))
    counts["files"] = erase_of_person(ctx, ids)  # before the cases lose their link
    counts["cases"], case_ids, event_ids = erase_for_contacts(
        ctx, ids, _redactor(needles), ERASED_TEXT
    )
    # Audit copies: the contact's own history goes entirely; elsewhere, matching strings.
    history = or_(
        (AuditLog.entity_type == "contacts") & AuditLog.entity_id.in_(ids),
        (AuditLog.entity_type == "contact_channels")
        & AuditLog.entity_id.in_([ch.id for ch in extra] or [-1]),
        (AuditLog.entity_type == "activities") & AuditLog.entity_id.in_(act_ids or [-1]),
        (AuditLog.entity_type == "reminders") & AuditLog.entity_id.in_(rem_ids or [-1]),
        (AuditLog.entity_type == "cases") & AuditLog.entity_id.in_(case_ids or [-1]),
        (AuditLog.entity_type == "case_events") & AuditLog.entity_id.in_(event_ids or [-1]),
    )
    for e in ctx.session.scalars(
        select(AuditLog).where(AuditLog.workspace_id == ctx.ws_id, history)
    ):
        if e.entity_type in ("contacts", "contact_channels"):
            e.before = {"erased": True} if e.before is not None else None
            e.after = {"erased": True} if e.after is not None else None
        else:
            e.before = _blank(e.before)
            e.after = _blank(e.after)
        counts["audit_entries"] += 1
    likes = []
    for n in needles:
        pattern = "%" + json.dumps(n)[1:-1] + "%"
        likes += [
            cast(AuditLog.before, Text).like(pattern),
            cast(AuditLog.after, Text).like(pattern),
        ]
    if likes:
        for e in ctx.session.scalars(
            select(AuditLog).where(AuditLog.workspace_id == ctx.ws_id, or_(*likes), ~history)
        ):
            before, after = _scrub(e.before, needles), _scrub(e.after, needles)
            if before != e.before or after != e.after:
                e.before, e.after = before, after
                counts["audit_entries"] += 1
    for ch in extra:
        ctx.session.delete(ch)
    from storage.models_capture import ContactHandle  # chat accounts learnt from cards

    ctx.session.execute(
        delete(ContactHandle).where(
            ContactHandle.workspace_id == ctx.ws_id, ContactHandle.contact_id.in_(ids)
        )
    )
    # The contact rows stay (deals and activities point at them) but say nothing about anyone.
    for p in people:
        p.name, p.name_key, p.first_key, p.last_key = ERASED_NAME, name_key(ERASED_NAME), "", ""
        p.email = p.email_key = p.phone = p.phone_rev = p.title = None
        p.birthday = None
        p.birthday_md = None
        p.keep_in_touch_weeks = None
        p.tags = []
        p.do_not_contact = True
        p.lifecycle = "inactive"
        p.deleted_at = p.deleted_at or ctx.now
        p.updated_at = ctx.now
        p.updated_by_id = ctx.user.id
    ctx.session.add(
        AuditLog(
            workspace_id=ctx.ws_id,
            user_id=ctx.user.id,
            at=ctx.now,
            action="erase",
            entity_type="contacts",
            entity_id=c.id,
            before=None,
            after={"erased": True, "markers": kinds, **counts},
            batch=ctx.batch,
        )
    )
    ctx.session.flush()
    return counts


def _redactor(needles: list[str]) -> Any:
    """A function cutting whole-word mentions of the person out of a text (None stays)."""
    if not needles:
        return lambda text: text
    rx = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in needles), re.IGNORECASE)
    return lambda text: rx.sub(ERASED_TEXT, text) if text else text


def _redact_mentions(ctx: Ctx, needles: list[str], act_ids: set[int], rem_ids: set[int]) -> int:
    """Cut the person out of texts that are about something else ("Maria Lopez renewal").

    Only whole-word matches of the full name, email or phone: a first name alone is
    shared by too many people to remove from other records. A scan, filtered by LIKE:
    erasure is a rare admin request, not a per-message path.
    """
    if not needles:
        return 0
    rx = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in needles), re.IGNORECASE)

    def redact(text: str | None) -> str | None:
        return rx.sub(ERASED_TEXT, text) if text else text

    def mentions(col: Any) -> Any:
        return or_(*(col.ilike(f"%{n}%") for n in needles))

    touched = 0
    deals = select(Opportunity).where(
        Opportunity.workspace_id == ctx.ws_id,
        or_(
            mentions(Opportunity.title),
            mentions(Opportunity.next_step),
            mentions(Opportunity.lost_reason),
        ),
    )
    for d in ctx.session.scalars(deals):
        title = redact(d.title) or ERASED_TEXT
        new = (title, redact(d.next_step), redact(d.lost_reason))
        if new != (d.title, d.next_step, d.lost_reason):
            d.title, d.next_step, d.lost_reason = new
            d.title_key = name_key(title)
            touched += 1
    acts = select(Activity).where(Activity.workspace_id == ctx.ws_id, mentions(Activity.body))
    for a in ctx.session.scalars(acts):
        body = redact(a.body)
        if a.id not in act_ids and body != a.body:
            a.body = body or ""
            touched += 1
    rems = select(Reminder).where(Reminder.workspace_id == ctx.ws_id, mentions(Reminder.text))
    for r in ctx.session.scalars(rems):
        text = redact(r.text)
        if r.id not in rem_ids and text != r.text:
            r.text = text or ERASED_TEXT
            touched += 1
    return touched


def _blank(data: dict[str, Any] | None) -> dict[str, Any] | None:
    if data is None:
        return None
    keys = ("body", "text", "description", "title", "resolution", "source")
    return {k: (ERASED_TEXT if k in keys and v else v) for k, v in data.items()}
