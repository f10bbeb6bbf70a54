"""Data-subject requests: export everything about a person, or erase them.

Erasure anonymises the contact row (kept, so deals and activity counts stay whole),
blanks the bodies of their activities and reminders, cuts their full name, email
and phone out of every other text that mentions them (deal titles and next steps,
other people's activities and reminders), scrubs every audit-log copy that holds
them, logs the erasure itself without personal data, and keeps a salted digest in
the suppression list so an import cannot re-add them (GDPR Art. 17, with the Art. 21
do-not-contact marker).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from sqlalchemy import Text, cast, or_, select

from storage.audit import snapshot
from storage.context import Ctx
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


def _iso(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def export_contact(ctx: Ctx, c: Contact) -> dict[str, Any]:
    """Everything stored about a person (Art. 15/20), as JSON-ready data."""
    account = ctx.session.get(Account, c.account_id) if c.account_id else None
    deals = ctx.session.scalars(
        select(Opportunity).where(
            Opportunity.workspace_id == ctx.ws_id, Opportunity.contact_id == c.id
        )
    )
    acts = ctx.session.scalars(
        select(Activity)
        .where(Activity.workspace_id == ctx.ws_id, Activity.contact_id == c.id)
        .order_by(Activity.occurred_at)
    )
    rems = ctx.session.scalars(
        select(Reminder).where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.linked_type == "contact",
            Reminder.linked_id == c.id,
        )
    )
    audit = ctx.session.scalars(
        select(AuditLog)
        .where(
            AuditLog.workspace_id == ctx.ws_id,
            AuditLog.entity_type == "contacts",
            AuditLog.entity_id == c.id,
        )
        .order_by(AuditLog.id)
    )
    return {
        "contact": snapshot(c),
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
        "history": [
            {"at": _iso(e.at), "action": e.action, "before": e.before, "after": e.after}
            for e in audit
        ],
    }


def export_json(ctx: Ctx, c: Contact) -> str:
    return json.dumps(export_contact(ctx, c), indent=2, ensure_ascii=False, default=str)


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
    """Erase a person; returns counts of what was touched (for the reply and the log)."""
    needles = [x for x in (c.name, c.email, c.phone) if x and len(x.strip()) >= 3]
    counts = {"activities": 0, "reminders": 0, "audit_entries": 0}
    kinds: list[str] = []
    for kind, value in (("email", c.email), ("phone", c.phone)):
        if value:
            kinds.append(kind)
    if not kinds:
        kinds.append("name")
    values = {"email": c.email, "phone": c.phone, "name": c.name}
    for kind in kinds:
        digest = marker(ctx.ws_id, kind, values[kind] or "")
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
        select(Activity).where(Activity.workspace_id == ctx.ws_id, Activity.contact_id == c.id)
    ):
        a.body = ERASED_TEXT if a.body else ""
        act_ids.append(a.id)
        counts["activities"] += 1
    rem_ids: list[int] = []
    for r in ctx.session.scalars(
        select(Reminder).where(
            Reminder.workspace_id == ctx.ws_id,
            Reminder.linked_type == "contact",
            Reminder.linked_id == c.id,
        )
    ):
        r.text = ERASED_TEXT
        if r.status in ("pending", "snoozed", "claimed"):
            r.status = "cancelled"
        rem_ids.append(r.id)
        counts["reminders"] += 1
    counts["mentions"] = _redact_mentions(ctx, needles, set(act_ids), set(rem_ids))
    # Audit copies: the contact's own history goes entirely; elsewhere, matching strings.
    own = or_(
        (AuditLog.entity_type == "contacts") & (AuditLog.entity_id == c.id),
        (AuditLog.entity_type == "activities") & AuditLog.entity_id.in_(act_ids or [-1]),
        (AuditLog.entity_type == "reminders") & AuditLog.entity_id.in_(rem_ids or [-1]),
    )
    for e in ctx.session.scalars(select(AuditLog).where(AuditLog.workspace_id == ctx.ws_id, own)):
        if e.entity_type == "contacts":
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
            select(AuditLog).where(AuditLog.workspace_id == ctx.ws_id, or_(*likes), ~own)
        ):
            before, after = _scrub(e.before, needles), _scrub(e.after, needles)
            if before != e.before or after != e.after:
                e.before, e.after = before, after
                counts["audit_entries"] += 1
    # The contact row stays (deals and activities point at it) but says nothing about anyone.
    c.name, c.name_key, c.first_key, c.last_key = ERASED_NAME, name_key(ERASED_NAME), "", ""
    c.email = c.email_key = c.phone = c.phone_rev = c.title = None
    c.birthday = None
    c.birthday_md = None
    c.keep_in_touch_weeks = None
    c.tags = []
    c.do_not_contact = True
    c.lifecycle = "inactive"
    c.deleted_at = c.deleted_at or ctx.now
    c.updated_at = ctx.now
    c.updated_by_id = ctx.user.id
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
    return {k: (ERASED_TEXT if k in ("body", "text") and v else v) for k, v in data.items()}
