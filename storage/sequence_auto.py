"""Automatic enrollment: a lead whose score stays below N for D days joins the sequence.

The score comes from a lookup passed in (``score_for(ctx, contact_id) -> int``, 0..100):
lead scoring lives in its own module, and this one only needs a number per contact.
"For D days" needs memory: ``sequence_score_watch`` keeps, per sequence and contact,
since when the score has been below the threshold; a score at or above it clears the
row, so the clock restarts the next time the lead cools down.

Candidates are live leads and prospects never enrolled in the sequence, minus the people
no sequence reaches (do-not-contact, erased, unsubscribed; no email when the sequence
sends email).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import exists, insert, select

from storage.context import Ctx
from storage.models import Contact
from storage.models_sequences import Sequence, SequenceEnrollment, SequenceScoreWatch
from storage.sequences import Enrolled, enroll, has_email

ScoreLookup = Callable[[Ctx, int], int]
AUTO_LIFECYCLES = ("lead", "prospect")


@dataclass
class AutoResult:
    checked: int = 0
    watching: int = 0
    enrolled: Enrolled = field(default_factory=Enrolled)


def evaluate(ctx: Ctx, seq: Sequence, score_for: ScoreLookup) -> AutoResult:
    """Look at every candidate's score once; enroll those below the threshold long enough."""
    out = AutoResult()
    if seq.auto_below is None or seq.status != "active":
        return out
    below, need = seq.auto_below, timedelta(days=seq.auto_days or 0)
    q = select(Contact.id).where(
        Contact.workspace_id == ctx.ws_id,
        Contact.deleted_at.is_(None),
        Contact.do_not_contact.is_(False),
        Contact.email_opt_out_at.is_(None),
        Contact.lifecycle.in_(AUTO_LIFECYCLES),
        ~exists().where(
            SequenceEnrollment.sequence_id == seq.id,
            SequenceEnrollment.contact_id == Contact.id,
        ),
    )
    if has_email(seq):
        q = q.where(Contact.email.is_not(None), Contact.email != "")
    candidates = list(ctx.session.scalars(q.order_by(Contact.id)))
    watch = {
        w.contact_id: w
        for w in ctx.session.scalars(
            select(SequenceScoreWatch).where(
                SequenceScoreWatch.workspace_id == ctx.ws_id,
                SequenceScoreWatch.sequence_id == seq.id,
            )
        )
    }
    due: list[int] = []
    new_rows: list[dict[str, object]] = []
    cleared: list[int] = []
    for cid in candidates:
        score = int(score_for(ctx, cid))
        out.checked += 1
        w = watch.get(cid)
        if score >= below:
            if w is not None:
                cleared.append(cid)
            continue
        if w is None:
            if need <= timedelta(0):
                due.append(cid)
                continue
            new_rows.append(
                {
                    "workspace_id": ctx.ws_id,
                    "sequence_id": seq.id,
                    "contact_id": cid,
                    "below_since": ctx.now,
                    "last_score": score,
                }
            )
            continue
        if ctx.now - w.below_since >= need:
            due.append(cid)
            cleared.append(cid)
        else:
            w.last_score = score
    if new_rows:
        ctx.session.execute(insert(SequenceScoreWatch), new_rows)
    for cid in cleared:  # back above the threshold, or enrolled now: the clock stops
        ctx.session.delete(watch[cid])
    if due:
        out.enrolled = enroll(ctx, seq, due, source="auto")
    out.watching = len(watch) + len(new_rows) - len(cleared)
    return out
