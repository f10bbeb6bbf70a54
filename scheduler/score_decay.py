"""The periodic scoring job: scores follow time, not only writes.

Each run, per workspace (one short transaction each, serialised across processes like
the follow-up sweep):

1. scores contacts that have none yet (bulk imports and demo data write with Core
   inserts, which the write hook of storage.scoring_hooks does not see);
2. re-reads the events of up to ``heal_batch`` contacts whose last full computation is
   older than ``heal_after`` (a safety net for other bulk writes, e.g. the email worker's
   status updates), without alerts;
3. decays engagement: the stored raw engagement of every contact with some engagement or
   an unanswered email is multiplied by one factor (no activity is read), and only the
   rows whose whole-number score changed are written;
4. retrains the learned score once a day when the workspace has enough closed deals.

Decay only ever lowers a score, so this job never sends threshold alerts; a lead that
falls below the threshold can alert again after its next rise (at most once a week).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import exists, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from storage import scoring, scoring_learn
from storage.db import transaction
from storage.models import Contact, Workspace
from storage.scoring_models import ContactScore
from storage.types import utcnow

log = logging.getLogger(__name__)
_LOCK_KEY = 0x6372_6D73  # "crms": the advisory lock id of the scoring job
RETRAIN_EVERY = timedelta(days=1)


@dataclass
class DecayStats:
    missing: int = 0
    healed: int = 0
    read: int = 0
    decayed: int = 0
    trained: int = 0
    per_workspace: dict[int, int] = field(default_factory=dict)


def decay_workspace(
    s: Session,
    ws: Workspace,
    now: datetime,
    stats: DecayStats,
    *,
    heal_after: timedelta = timedelta(days=7),
    heal_batch: int = 2000,
) -> None:
    cfg = scoring.config(ws)
    missing = list(
        s.scalars(
            select(Contact.id).where(
                Contact.workspace_id == ws.id,
                Contact.deleted_at.is_(None),
                ~exists().where(ContactScore.contact_id == Contact.id),
            )
        )
    )
    if missing:
        scoring.refresh(s, ws, missing, now, alerts=False)
        stats.missing += len(missing)
    stale = list(
        s.scalars(
            select(ContactScore.contact_id)
            .where(ContactScore.workspace_id == ws.id, ContactScore.full_at < now - heal_after)
            .order_by(ContactScore.full_at)
            .limit(heal_batch)
        )
    )
    if stale:
        scoring.refresh(s, ws, stale, now, alerts=False)
        stats.healed += len(stale)
    rows = s.execute(
        select(
            ContactScore.contact_id, ContactScore.fit, ContactScore.score,
            ContactScore.engagement, ContactScore.eng_raw, ContactScore.unanswered_since,
            ContactScore.computed_at,
        ).where(
            ContactScore.workspace_id == ws.id,
            or_(ContactScore.eng_raw > 0, ContactScore.unanswered_since.is_not(None)),
        )
    ).all()  # fmt: skip
    changes = []
    for row in rows:
        score, eng, raw = scoring.current(row, cfg, now)
        fade = raw < 0.5 and row.eng_raw > 0  # rounds to 0 from now on: drop out of the set
        if score != row.score or eng != row.engagement or fade:
            changes.append(
                {
                    "contact_id": row.contact_id,
                    "score": score,
                    "engagement": eng,
                    "eng_raw": 0.0 if fade else raw,
                    "computed_at": now,
                    "above": score >= cfg.threshold,
                }
            )
    if changes:
        s.execute(update(ContactScore), changes)
    stats.read += len(rows)
    stats.decayed += len(changes)
    stats.per_workspace[ws.id] = len(changes)
    model = scoring_learn.model_of(s, ws.id)
    due = model is None or model.trained_at < now - RETRAIN_EVERY
    if due and scoring_learn.train(s, ws, now) is not None:
        stats.trained += 1


@dataclass
class ScoreDecayJob:
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime] = utcnow
    heal_after: timedelta = timedelta(days=7)
    heal_batch: int = 2000

    def run(self) -> DecayStats:
        stats = DecayStats()
        with self.sessions() as s:
            ws_ids = list(s.scalars(select(Workspace.id).order_by(Workspace.id)))
        for ws_id in ws_ids:
            try:
                with transaction(self.sessions) as s:
                    if s.get_bind().dialect.name == "postgresql":
                        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
                    ws = s.get(Workspace, ws_id)
                    if ws is not None:
                        decay_workspace(
                            s, ws, self.clock(), stats,
                            heal_after=self.heal_after, heal_batch=self.heal_batch,
                        )  # fmt: skip
            except Exception:
                log.exception("scoring job failed for workspace %s", ws_id)
        if stats.missing or stats.decayed or stats.trained:
            log.info(
                "scores: %d new, %d re-read, %d decayed, %d models trained",
                stats.missing, stats.healed, stats.decayed, stats.trained,
            )  # fmt: skip
        return stats
