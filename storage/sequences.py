"""Nurturing sequences: define them, enroll contacts, count how they went (issue 15).

A sequence is a named list of steps (email, call reminder, wait). Enrolling a contact
writes one ``sequence_enrollments`` row that is also its place in the work queue: the
row holds the index of the next step and when it is due (leading waits already added),
and the sender (``scheduler/sequence_runner.py``) claims it like a reminder.

Who is never enrolled: people marked do-not-contact, erased people and people who
unsubscribed from email, the same rule as segments and campaigns; a sequence with an
email step also leaves out people without an address. Every enrollment says how many
were left out and why. Exits (a reply, a logged conversation, a meeting, a deal, an
opt-out, an erasure) are found by :mod:`storage.sequence_exits`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from storage.audit import record, snapshot
from storage.context import Ctx
from storage.errors import NotAllowed, UserError
from storage.models import AuditLog, Contact
from storage.models_sequences import Sequence, SequenceEnrollment, SequenceStepRun
from storage.renames import rename
from storage.segments import ERASED_KEY
from storage.text import clean_text, counted, name_key

# Exit reasons as stored, and how they read.
EXIT_LABELS: dict[str, str] = {
    "replied": "replied",
    "conversation": "conversation logged",
    "meeting": "meeting set",
    "deal": "deal opened",
    "unsubscribed": "unsubscribed",
    "do_not_contact": "do-not-contact",
    "erased": "erased",
    "deleted": "contact deleted",
    "removed": "removed by hand",
}
OPT_OUT_REASONS = ("unsubscribed", "do_not_contact")
MAX_STEPS = 50
MAX_WAIT_DAYS = 365

_WAIT = re.compile(r"^(\d{1,3})\s*(d|day|days|w|wk|week|weeks|h|hours?)?$", re.I)


def parse_wait(text: str, minimum: int = 1) -> int:
    """Days of a wait step: ``3d``, ``3 days``, ``2w``, ``5`` (days)."""
    m = _WAIT.match(text.strip())
    if m is None:
        raise UserError(f"I can't read '{text}' as a wait; say e.g. wait 3d or wait 2w")
    n, unit = int(m.group(1)), (m.group(2) or "d").lower()
    if unit.startswith("h"):
        raise UserError("a wait is counted in days (e.g. wait 1d or wait 2w)")
    days = n * 7 if unit.startswith("w") else n
    if not minimum <= days <= MAX_WAIT_DAYS:
        raise UserError(f"a wait is {minimum} to {MAX_WAIT_DAYS} days, not {days}")
    return days


def describe_step(step: Mapping[str, Any]) -> str:
    kind = step.get("kind")
    if kind == "email":
        return f"✉️ email: {step.get('subject', '')}"
    if kind == "call":
        return f"📞 call reminder for the owner: {step.get('text', '')}"
    days = int(step.get("days", 0))
    return f"⏳ wait {days} day{'s' if days != 1 else ''}"


def has_email(seq: Sequence) -> bool:
    return any(s.get("kind") == "email" for s in seq.steps or [])


def next_action(
    steps: list[dict[str, Any]], start: int, now: datetime
) -> tuple[int, datetime] | None:
    """From step ``start`` on: the index of the next step to run and when, waits added.

    Waits are never queued themselves; the index may be ``len(steps)`` when the sequence
    ends on a wait (the enrollment finishes when that wait is over). None: nothing left.
    """
    i, delay = start, 0
    while i < len(steps) and steps[i].get("kind") == "wait":
        delay += int(steps[i].get("days", 0))
        i += 1
    if i >= len(steps) and delay == 0:
        return None
    return i, now + timedelta(days=delay)


# ---- sequences ------------------------------------------------------------------------------


def _by_key(ctx: Ctx, key: str) -> Sequence | None:
    return ctx.session.scalar(
        select(Sequence).where(Sequence.workspace_id == ctx.ws_id, Sequence.name_key == key)
    )


def names(ctx: Ctx) -> list[str]:
    return list(
        ctx.session.scalars(
            select(Sequence.name).where(Sequence.workspace_id == ctx.ws_id).order_by(Sequence.name)
        )
    )


def named(ctx: Ctx, text: str) -> Sequence | None:
    """The sequence whose name is exactly ``text`` (case, accents and spacing aside)."""
    return _by_key(ctx, name_key(text))


def refresh_exits(ctx: Ctx, seq: Sequence) -> dict[str, int]:
    """Record the exits of a sequence's active enrollments now (before counting them)."""
    from storage.sequence_exits import detect

    return detect(ctx.session, ctx.now, ws_id=ctx.ws_id, sequence_id=seq.id)


def find_sequence(ctx: Ctx, name: str) -> Sequence:
    name = name.strip().strip("\"'“”")
    if not name:
        raise UserError("which sequence? 'sequence list' shows them")
    seq = _by_key(ctx, name_key(name))
    if seq is None:
        from rapidfuzz import process

        known = names(ctx)
        near = process.extractOne(name, known, score_cutoff=75) if known else None
        hint = f"; did you mean '{near[0]}'?" if near else "; 'sequence list' shows them"
        raise UserError(f"no sequence named '{name}'{hint}")
    return seq


def split_name(ctx: Ctx, text: str) -> tuple[Sequence, str]:
    """A sequence's name at the start of ``text`` (quoted, or the longest known name),
    and the rest: ``"Trial follow-up" wait 3d`` or ``Trial follow-up wait 3d``."""
    text = text.strip()
    m = re.match(r"^[\"“']([^\"”']+)[\"”']\s*(.*)$", text, re.S)
    if m:
        return find_sequence(ctx, m.group(1)), m.group(2)
    words = text.split(" ")
    for n in range(len(words), 0, -1):
        seq = _by_key(ctx, name_key(" ".join(words[:n])))
        if seq is not None:
            return seq, " ".join(words[n:])
    return find_sequence(ctx, words[0] if words else ""), ""  # raises with a hint


def create_sequence(ctx: Ctx, name: str) -> Sequence:
    name = clean_text(name.strip().strip("\"'“”"))
    if not name or not name_key(name):
        raise UserError('give the sequence a name, e.g. sequence new "Trial follow-up"')
    if len(name) > 120:
        raise UserError("a sequence name is at most 120 characters")
    if _by_key(ctx, name_key(name)) is not None:
        raise UserError(f"there is already a sequence named '{name}'")
    seq = Sequence(
        workspace_id=ctx.ws_id,
        name=name,
        name_key=name_key(name),
        status="active",
        steps=[],
        created_by_id=ctx.user.id,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    ctx.session.add(seq)
    ctx.session.flush()
    record(ctx, "create", seq, None)
    return seq


def rename_sequence(ctx: Ctx, seq: Sequence, new: str) -> Sequence:
    """Give a sequence another name (audited: undo gives the old one back). Its enrollments
    point at it by id, so they follow."""
    example = "sequence rename Onboarding to Welcome"
    named = lambda name: _by_key(ctx, name_key(name))  # noqa: E731
    return rename(ctx, seq, new, kind="sequence", example=example, named=named)


def add_step(ctx: Ctx, seq: Sequence, step: dict[str, Any]) -> int:
    """Append a step (steps are only appended: running enrollments keep their place).

    Enrollments that had finished stay finished; active ones go on into the new step.
    Returns the step's number (1-based).
    """
    if len(seq.steps or []) >= MAX_STEPS:
        raise UserError(f"a sequence has at most {MAX_STEPS} steps")
    before = snapshot(seq)
    seq.steps = [*(seq.steps or []), step]  # a new list: JSON columns track assignment
    seq.updated_at = ctx.now
    record(ctx, "update", seq, before)
    # Enrollments still waiting out a trailing wait run this step when the wait is over.
    return len(seq.steps)


def edit_step(ctx: Ctx, seq: Sequence, number: int, step: dict[str, Any]) -> dict[str, Any]:
    """Rewrite step ``number`` (1-based) in place; returns the old step.

    Places are step indexes, so nobody moves: people past the step are not affected and
    people who have not run it yet get the new version. A queued index that now points at
    a wait is skipped by the runner, and a wait already counting keeps its end.
    """
    steps = list(seq.steps or [])
    if not 1 <= number <= len(steps):
        raise UserError(
            f"'{seq.name}' has {counted(len(steps), 'step')}; say a number from 1 to {len(steps)}"
            if steps
            else f"'{seq.name}' has no steps yet; add one with 'sequence step add'"
        )
    before = snapshot(seq)
    old = steps[number - 1]
    steps[number - 1] = step
    seq.steps = steps  # a new list: JSON columns track assignment
    seq.updated_at = ctx.now
    record(ctx, "update", seq, before)
    return dict(old)


def set_status(ctx: Ctx, seq: Sequence, status: str) -> int:
    """Pause or resume: queued steps stop (or start again) at once. Returns rows moved."""
    if seq.status == status:
        raise UserError(f"'{seq.name}' is already {status}")
    before = snapshot(seq)
    seq.status = status
    seq.updated_at = ctx.now
    record(ctx, "update", seq, before)
    return sync_queue(ctx, seq)


def sync_queue(ctx: Ctx, seq: Sequence) -> int:
    """Queued steps follow the sequence's status (paused: they wait). Returns rows moved;
    a pause and its undo (storage.undo) both go through here."""
    frm, to = ("pending", "paused") if seq.status == "paused" else ("paused", "pending")
    res = ctx.session.execute(
        update(SequenceEnrollment)
        .where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.sequence_id == seq.id,
            SequenceEnrollment.run_status == frm,
        )
        .values(run_status=to)
        .execution_options(synchronize_session=False)
    )
    return int(res.rowcount)  # type: ignore[attr-defined]


def set_auto(ctx: Ctx, seq: Sequence, below: int | None, days: int | None) -> None:
    """Store the auto-enrollment rule "score below ``below`` for ``days`` days" (None: off)."""
    if not ctx.is_manager:  # it mails people in their owners' names without anyone asking
        raise NotAllowed("only a manager or an admin can set automatic enrollment")
    if below is not None and not 1 <= below <= 100:
        raise UserError("the score threshold is 1 to 100 (scores run from 0 to 100)")
    if days is not None and not 0 <= days <= MAX_WAIT_DAYS:
        raise UserError(f"the time below the threshold is 0 to {MAX_WAIT_DAYS} days")
    before = snapshot(seq)
    seq.auto_below, seq.auto_days = below, days
    seq.updated_at = ctx.now
    record(ctx, "update", seq, before)


# ---- enrollment -----------------------------------------------------------------------------


@dataclass
class Enrolled:
    """What an enrollment did: who went in, who already was, who was left out and why."""

    enrolled: int = 0
    already: int = 0
    excluded: dict[str, int] = field(default_factory=dict)
    first_due: datetime | None = None

    def leave_out(self, reason: str) -> None:
        self.excluded[reason] = self.excluded.get(reason, 0) + 1


def _why_not(
    deleted: datetime | None, nkey: str, dnc: bool, opt_out: datetime | None, email: str | None,
    needs_email: bool,
) -> str | None:  # fmt: skip
    if deleted is not None:
        return "erased" if nkey == ERASED_KEY else "deleted"
    if dnc:
        return "do-not-contact"
    if opt_out is not None:
        return "unsubscribed"
    if needs_email and not email:
        return "no email"
    return None


def enroll(
    ctx: Ctx,
    seq: Sequence,
    contact_ids: Iterable[int],
    *,
    source: str = "hand",
    send_every: timedelta | None = None,
) -> Enrolled:
    """Enroll contacts (one bulk insert); each reason for leaving someone out is counted.

    ``send_every`` spaces the first steps apart (the campaigns' sending rate) when the
    first step is an email, so a large segment is paced instead of sent in one burst.
    """
    out = Enrolled()
    steps = list(seq.steps or [])
    first = next_action(steps, 0, ctx.now)
    if first is None or not any(s.get("kind") != "wait" for s in steps):
        raise UserError(
            f"'{seq.name}' has no email or call step yet; add one first, e.g. "
            f'sequence step add "{seq.name}" call check in'
        )
    ids = list(dict.fromkeys(contact_ids))
    already = set()
    for i in range(0, len(ids), 1000):
        chunk = ids[i : i + 1000]
        already |= set(
            ctx.session.scalars(
                select(SequenceEnrollment.contact_id).where(
                    SequenceEnrollment.workspace_id == ctx.ws_id,
                    SequenceEnrollment.sequence_id == seq.id,
                    SequenceEnrollment.contact_id.in_(chunk),
                )
            )
        )
    needs_email = has_email(seq)
    first_is_email = first[0] < len(steps) and steps[first[0]].get("kind") == "email"
    rows: list[dict[str, Any]] = []
    for i in range(0, len(ids), 1000):
        chunk = ids[i : i + 1000]
        found = ctx.session.execute(
            select(
                Contact.id,
                Contact.deleted_at,
                Contact.name_key,
                Contact.do_not_contact,
                Contact.email_opt_out_at,
                Contact.email,
                Contact.owner_id,
            ).where(Contact.workspace_id == ctx.ws_id, Contact.id.in_(chunk))
        ).all()
        by_id = {r[0]: r for r in found}
        for cid in chunk:
            r = by_id.get(cid)
            if r is None:
                continue  # not in this workspace: never a member of anything here
            if cid in already:
                out.already += 1
                continue
            why = _why_not(r[1], r[2], r[3], r[4], r[5], needs_email)
            if why:
                out.leave_out(why)
                continue
            due = first[1]
            if first_is_email and send_every is not None:
                due = due + send_every * len(rows)
            rows.append(
                {
                    "workspace_id": ctx.ws_id,
                    "sequence_id": seq.id,
                    "contact_id": cid,
                    "owner_id": r[6] or ctx.user.id,
                    "enrolled_by_id": ctx.user.id,
                    "source": source[:140],
                    "enrolled_at": ctx.now,
                    "status": "active",
                    "step": first[0],
                    "run_status": "paused" if seq.status == "paused" else "pending",
                    "due_at": due,
                    "attempts": 0,
                }
            )
    for i in range(0, len(rows), 5000):
        ctx.session.execute(insert(SequenceEnrollment), rows[i : i + 5000])
    out.enrolled = len(rows)
    out.first_due = rows[0]["due_at"] if rows else None
    if rows:
        ctx.session.add(  # one audit row for the whole enrollment, like a campaign's start
            AuditLog(
                workspace_id=ctx.ws_id,
                user_id=ctx.user.id,
                at=ctx.now,
                action="enroll",
                entity_type="sequences",
                entity_id=seq.id,
                before=None,
                after={
                    "enrolled": len(rows),
                    "source": source,
                    "contact_ids": [r["contact_id"] for r in rows[:50]],
                    "left_out": out.excluded,
                },
                batch=ctx.batch,
            )
        )
    return out


def people_in(ctx: Ctx, seq: Sequence, limit: int = 20) -> list[tuple[str, SequenceEnrollment]]:
    """The people in a sequence now (active first, newest enrolled first), with their
    enrollment: what "who is in the Trial follow-up sequence?" asks (the card gave counts)."""
    rows = ctx.session.execute(
        select(Contact.name, SequenceEnrollment)
        .join(Contact, Contact.id == SequenceEnrollment.contact_id)
        .where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.sequence_id == seq.id,
            Contact.workspace_id == ctx.ws_id,
        )
        .order_by(
            (SequenceEnrollment.status != "active"),
            SequenceEnrollment.enrolled_at.desc(),
            SequenceEnrollment.id.desc(),
        )
        .limit(limit)
    ).all()
    return [(name, e) for name, e in rows]


def enrollment_of(ctx: Ctx, seq: Sequence, contact_id: int) -> SequenceEnrollment | None:
    return ctx.session.scalar(
        select(SequenceEnrollment).where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.sequence_id == seq.id,
            SequenceEnrollment.contact_id == contact_id,
        )
    )


def remove(ctx: Ctx, seq: Sequence, contact: Contact) -> SequenceEnrollment:
    """Take someone out by hand (exit reason 'removed')."""
    e = enrollment_of(ctx, seq, contact.id)
    if e is None:
        raise UserError(f"{contact.name} is not in '{seq.name}'")
    if e.status != "active":
        raise UserError(f"{contact.name} already left '{seq.name}' ({status_words(e)})")
    if e.run_status == "claimed":
        raise UserError(f"a step for {contact.name} is running right now; try again in a minute")
    before = snapshot(e)
    e.status, e.exit_reason, e.ended_at = "exited", "removed", ctx.now
    e.run_status = e.claimed_by = e.lease_until = None
    record(ctx, "update", e, before)
    return e


def status_words(e: SequenceEnrollment) -> str:
    if e.status == "exited":
        return "left: " + EXIT_LABELS.get(e.exit_reason or "", e.exit_reason or "?")
    return e.status


# ---- figures --------------------------------------------------------------------------------


@dataclass
class SequenceStats:
    enrolled: int = 0
    active: int = 0
    finished: int = 0
    exited: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)
    emails_sent: int = 0
    calls_created: int = 0
    failed: int = 0

    @property
    def converted(self) -> int:
        return self.by_reason.get("deal", 0)

    @property
    def opted_out(self) -> int:
        return sum(self.by_reason.get(r, 0) for r in OPT_OUT_REASONS)


def stats(ctx: Ctx, seq: Sequence) -> SequenceStats:
    out = SequenceStats()
    rows = ctx.session.execute(
        select(SequenceEnrollment.status, SequenceEnrollment.exit_reason, func.count())
        .where(
            SequenceEnrollment.workspace_id == ctx.ws_id, SequenceEnrollment.sequence_id == seq.id
        )
        .group_by(SequenceEnrollment.status, SequenceEnrollment.exit_reason)
    ).all()
    for status, reason, n in rows:
        out.enrolled += n
        if status == "active":
            out.active += n
        elif status == "finished":
            out.finished += n
        else:
            out.exited += n
            out.by_reason[reason or "?"] = out.by_reason.get(reason or "?", 0) + n
    runs = ctx.session.execute(
        select(SequenceStepRun.outcome, func.count())
        .join(SequenceEnrollment, SequenceEnrollment.id == SequenceStepRun.enrollment_id)
        .where(SequenceStepRun.workspace_id == ctx.ws_id, SequenceEnrollment.sequence_id == seq.id)
        .group_by(SequenceStepRun.outcome)
    ).all()
    for outcome, n in runs:
        if outcome == "sent":
            out.emails_sent += n
        elif outcome == "reminder":
            out.calls_created += n
        elif outcome == "failed":
            out.failed += n
    return out


def list_with_counts(ctx: Ctx) -> list[tuple[Sequence, int]]:
    """Every sequence with its number of active enrollments."""
    active = (
        select(SequenceEnrollment.sequence_id, func.count().label("n"))
        .where(SequenceEnrollment.workspace_id == ctx.ws_id, SequenceEnrollment.status == "active")
        .group_by(SequenceEnrollment.sequence_id)
        .subquery()
    )
    rows = ctx.session.execute(
        select(Sequence, func.coalesce(active.c.n, 0))
        .outerjoin(active, active.c.sequence_id == Sequence.id)
        .where(Sequence.workspace_id == ctx.ws_id)
        .order_by(Sequence.name)
    ).all()
    return [(s, int(n)) for s, n in rows]


def export_for_contacts(ctx: Ctx, ids: list[int]) -> list[dict[str, Any]]:
    """The sequences a person went through, for their data export (Art. 15/20)."""
    rows = ctx.session.execute(
        select(Sequence.name, SequenceEnrollment)
        .join(Sequence, Sequence.id == SequenceEnrollment.sequence_id)
        .where(
            SequenceEnrollment.workspace_id == ctx.ws_id,
            SequenceEnrollment.contact_id.in_(ids or [-1]),
        )
        .order_by(SequenceEnrollment.id)
    ).all()
    return [
        {
            "sequence": name,
            "enrolled_at": e.enrolled_at.isoformat(),
            "source": e.source,
            "status": e.status,
            "exit_reason": e.exit_reason,
            "ended_at": e.ended_at.isoformat() if e.ended_at else None,
        }
        for name, e in rows
    ]
