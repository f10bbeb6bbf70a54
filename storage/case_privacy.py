"""Support cases in a person's GDPR access export and erasure (storage/privacy.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from storage.cases import events_of
from storage.context import Ctx
from storage.models_cases import Case, CaseEvent


def export_for_contacts(ctx: Ctx, contact_ids: list[int]) -> list[dict[str, Any]]:
    """The cases a person raised, with their timelines (the person's GDPR export)."""
    rows = list(
        ctx.session.scalars(
            select(Case)
            .where(Case.workspace_id == ctx.ws_id, Case.contact_id.in_(contact_ids))
            .order_by(Case.number)
        )
    )
    events: dict[int, list[CaseEvent]] = {}
    for e in events_of(ctx, [c.id for c in rows]):
        events.setdefault(e.case_id, []).append(e)
    return [
        {
            "number": c.number,
            "title": c.title,
            "description": c.description,
            "priority": f"P{c.priority}",
            "status": c.status,
            "opened_at": c.created_at.isoformat(),
            "solved_at": c.solved_at.isoformat() if c.solved_at else None,
            "resolution": c.resolution,
            "timeline": [
                {"at": e.at.isoformat(), "kind": e.kind, "body": e.body}
                for e in events.get(c.id, [])
            ],
        }
        for c in rows
    ]


def erase_for_contacts(
    ctx: Ctx, contact_ids: list[int], redact: Any, erased: str
) -> tuple[int, list[int], list[int]]:
    """Erase a person from support: their cases' descriptions and timeline texts go; other
    cases lose whole-word mentions of them (``redact``). Returns (touched, case ids,
    event ids) so the caller blanks the audit copies of those rows too."""
    own = list(
        ctx.session.scalars(
            select(Case).where(Case.workspace_id == ctx.ws_id, Case.contact_id.in_(contact_ids))
        )
    )
    case_ids = [c.id for c in own]
    event_ids: list[int] = []
    touched = 0
    for c in own:
        c.description = erased if c.description else ""
        c.title = redact(c.title) or erased
        c.resolution = redact(c.resolution)
        c.source = None
        touched += 1
    for e in events_of(ctx, case_ids):
        if e.body:
            e.body = erased
        e.source = None
        event_ids.append(e.id)
    # Mentions elsewhere: whole-word matches in other cases and their timelines.
    for c in ctx.session.scalars(
        select(Case).where(Case.workspace_id == ctx.ws_id, Case.id.not_in(case_ids or [-1]))
    ):
        new = (redact(c.title) or erased, redact(c.description) or "", redact(c.resolution))
        if new != (c.title, c.description, c.resolution):
            c.title, c.description, c.resolution = new
            touched += 1
    for e in ctx.session.scalars(
        select(CaseEvent).where(
            CaseEvent.workspace_id == ctx.ws_id, CaseEvent.case_id.not_in(case_ids or [-1])
        )
    ):
        body = redact(e.body) or ""
        if body != e.body:
            e.body = body
            touched += 1
    return touched, case_ids, event_ids
