"""When a contact leaves a sequence, and why: found from the data, not from hooks.

A contact leaves (``exit_reason``) when, after they were enrolled:

* ``replied``: a rep logs an email or note from them ("Maria replied: …", "email from
  Maria", "she wrote back");
* ``conversation``: a rep logs a call, meeting or visit with them;
* ``meeting``: a meeting with them is set (a reminder about them that names a meeting,
  call, demo, lunch …, created by a person; "lunch with Maria tomorrow at 1");
* ``deal``: a deal is opened for them (converted);
* ``unsubscribed``, ``do_not_contact``: they unsubscribed from email or are marked
  do-not-contact (whenever that happened: such people are never sent anything);
* ``erased`` / ``deleted``: the GDPR erase path, or the record was deleted.

Reading the state instead of hooking every write path means an import, a merge, the
unsubscribe link, a Slack button or a future path all count the same way. The check
runs right before each step (so nothing goes out to someone who already left), over all
active enrollments once a minute in the sequence service, and before ``sequence stats``.
An exit is stamped with the time of its evidence (the activity, deal or reminder) when
there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from storage.models import Activity, AuditLog, Contact, Opportunity, Reminder
from storage.models_sequences import SequenceEnrollment as E
from storage.segments import ERASED_KEY

CONVERSATION_TYPES = ("call", "meeting", "visit")
# An email or note logged *from* the contact: their reply.
REPLY_WORDS = re.compile(
    r"\b(repl(?:y|ied|ies)|respon(?:ded|se)|wrote back|answered|got back to|"
    r"(?:email|mail|message|note)\s+from|emailed\s+(?:me|us|back)|"
    r"(?:she|he|they)\s+(?:said|asked|wrote|emailed))\b",
    re.I,
)
MEETING_WORDS = re.compile(
    r"\b(meet(?:ing)?|mtg|met|lunch|coffee|dinner|breakfast|demo|zoom|teams|call|visit|"
    r"presentation|workshop|sync)\b",
    re.I,
)
# A person sets a meeting; the bot's own reminders (follow-ups, campaign and sequence
# calls, SLA clocks, digests) do not count.
MANUAL_KINDS = ("manual", "follow-up")
_CHUNK = 500


def _reason_of_activity(kind: str, body: str) -> str | None:
    if kind in CONVERSATION_TYPES:
        return "conversation"
    if kind in ("email", "note") and REPLY_WORDS.search(body or ""):
        return "replied"
    return None


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def detect(
    session: Session,
    now: datetime,
    *,
    ws_id: int | None = None,
    sequence_id: int | None = None,
    enrollment_ids: list[int] | None = None,
    worker: str | None = None,
) -> dict[str, int]:
    """Record the exits of active enrollments (scoped as asked); returns reason -> count.

    A row claimed by another worker whose lease runs is left alone (that worker checks it
    itself right before its step); ``worker`` includes the caller's own claims.
    """
    q = (
        select(
            E.id,
            E.workspace_id,
            E.contact_id,
            E.enrolled_at,
            Contact.deleted_at,
            Contact.name_key,
            Contact.do_not_contact,
            Contact.email_opt_out_at,
        )
        .join(Contact, Contact.id == E.contact_id)
        .where(E.status == "active")
    )
    free = or_(E.run_status != "claimed", E.run_status.is_(None), E.lease_until <= now)
    q = q.where(or_(free, E.claimed_by == worker) if worker else free)
    if ws_id is not None:
        q = q.where(E.workspace_id == ws_id)
    if sequence_id is not None:
        q = q.where(E.sequence_id == sequence_id)
    if enrollment_ids is not None:
        q = q.where(E.id.in_(enrollment_ids or [-1]))
    rows: list[Any] = list(session.execute(q).all())
    exits: dict[int, tuple[str, datetime]] = {}
    for eid, _ws, _cid, _at, deleted, nkey, dnc, opt_out in rows:
        if deleted is not None:
            exits[eid] = ("erased" if nkey == ERASED_KEY else "deleted", deleted)
        elif dnc:
            exits[eid] = ("do_not_contact", now)
        elif opt_out is not None:
            exits[eid] = ("unsubscribed", opt_out)
    open_rows = [r for r in rows if r[0] not in exits]
    _evidence(session, open_rows, exits)
    return _apply(session, exits, rows, now)


def _evidence(session: Session, rows: list[Any], exits: dict[int, tuple[str, datetime]]) -> None:
    """Deals, logged conversations and meetings since each enrollment (batched queries)."""
    if not rows:
        return
    by_contact: dict[tuple[int, int | None], list[tuple[int, datetime]]] = {}
    for eid, ws, cid, at, *_ in rows:
        by_contact.setdefault((ws, cid), []).append((eid, at))
    since = min(r[3] for r in rows)
    found: dict[int, list[tuple[int, str, datetime]]] = {}  # eid -> (rank, reason, when)
    rank = {"deal": 0, "meeting": 1, "replied": 2, "conversation": 3}

    def hit(ws: int, cid: int | None, reason: str, when: datetime) -> None:
        for eid, at in by_contact.get((ws, cid), []):
            if when > at:  # strictly after: a deal opened before the enrollment is no reason
                found.setdefault(eid, []).append((rank[reason], reason, when))

    keys = list(by_contact)
    wss = {ws for ws, _ in keys}
    for ws in wss:
        cids = [cid for w, cid in keys if w == ws and cid is not None]
        for chunk in _chunks(cids):
            for cid, when in session.execute(
                select(Opportunity.contact_id, Opportunity.created_at).where(
                    Opportunity.workspace_id == ws,
                    Opportunity.contact_id.in_(chunk),
                    Opportunity.deleted_at.is_(None),
                    Opportunity.created_at >= since,
                )
            ):
                hit(ws, cid, "deal", when)
            for cid, kind, body, when in session.execute(
                select(
                    Activity.contact_id, Activity.type, Activity.body, Activity.created_at
                ).where(
                    Activity.workspace_id == ws,
                    Activity.contact_id.in_(chunk),
                    Activity.deleted_at.is_(None),
                    Activity.created_at >= since,
                    Activity.type.in_((*CONVERSATION_TYPES, "email", "note")),
                )
            ):
                reason = _reason_of_activity(kind, body)
                if reason:
                    hit(ws, cid, reason, when)
            for cid, text, when in session.execute(
                select(Reminder.linked_id, Reminder.text, Reminder.created_at).where(
                    Reminder.workspace_id == ws,
                    Reminder.linked_type == "contact",
                    Reminder.linked_id.in_(chunk),
                    Reminder.kind.in_(MANUAL_KINDS),
                    Reminder.created_by_id.is_not(None),
                    Reminder.status != "cancelled",
                    Reminder.created_at >= since,
                )
            ):
                if MEETING_WORDS.search(text or ""):
                    hit(ws, cid, "meeting", when)
    for eid, hits in found.items():
        _, reason, when = min(hits, key=lambda h: (h[0], h[2]))
        exits[eid] = (reason, when)


def _apply(
    session: Session, exits: dict[int, tuple[str, datetime]], rows: list[Any], now: datetime
) -> dict[str, int]:
    counts: dict[str, int] = {}
    ws_of = {r[0]: r[1] for r in rows}
    audit: list[dict[str, Any]] = []
    for eid, (reason, when) in exits.items():
        res = session.execute(
            update(E)
            .where(E.id == eid, E.status == "active")
            .values(
                status="exited",
                exit_reason=reason,
                ended_at=min(when, now),
                run_status=None,
                claimed_by=None,
                lease_until=None,
            )
            .execution_options(synchronize_session=False)
        )
        if not res.rowcount:  # type: ignore[attr-defined]
            continue
        counts[reason] = counts.get(reason, 0) + 1
        audit.append(
            {
                "workspace_id": ws_of[eid],
                "user_id": None,
                "at": now,
                "action": "exit",
                "entity_type": "sequence_enrollments",
                "entity_id": eid,
                "before": {"status": "active"},
                "after": {"status": "exited", "exit_reason": reason},
                "batch": None,
            }
        )
    if audit:
        session.execute(insert(AuditLog), audit)
    return counts
