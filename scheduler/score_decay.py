"""The periodic scoring job: scores follow time, not only writes.

Each run, per workspace, in short transactions (at most 2,000 contacts each, so SQLite's
write lock is never held for long), serialised across processes like the follow-up sweep:

1. scores contacts that have none yet (bulk imports and demo data write with Core
   inserts, which the write hook of storage.scoring_hooks does not see);
2. re-reads the events of up to ``heal_batch`` contacts whose last full computation is
   older than ``heal_after`` (a safety net for other bulk writes, e.g. the email worker's
   status updates), without alerts;
3. decays engagement: only the scores due to change (``next_change_at``, known in advance:
   when decay crosses the next rounding step or the no-reply penalty grows) are read, an
   index range; their stored raw engagement is multiplied by one factor (no activity is
   read) and written back with the next due time;
4. retrains the learned score once a day when the workspace has enough closed deals.

Decay only ever lowers a score, so this job never sends threshold alerts; a lead that
falls below the threshold can alert again after its next rise (at most once a week).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import exists, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from storage import scoring, scoring_learn
from storage.db import transaction
from storage.models import Contact, Workspace
from storage.scoring_models import ContactScore
from storage.types import utcnow

log = logging.getLogger(__name__)
_LOCK_KEY = 0x6372_6D73  # "crms": the advisory lock id of the scoring job
RETRAIN_EVERY = timedelta(days=1)
T = TypeVar("T")


@dataclass
class DecayStats:
    missing: int = 0
    healed: int = 0
    read: int = 0
    decayed: int = 0
    trained: int = 0
    per_workspace: dict[int, int] = field(default_factory=dict)


def score_missing(s: Session, ws: Workspace, now: datetime, limit: int = 2000) -> int:
    """Score up to ``limit`` live contacts that have no score yet; how many."""
    missing = list(
        s.scalars(
            select(Contact.id)
            .where(
                Contact.workspace_id == ws.id,
                Contact.deleted_at.is_(None),
                ~exists().where(ContactScore.contact_id == Contact.id),
            )
            .order_by(Contact.id)
            .limit(limit)
        )
    )
    if missing:
        scoring.refresh(s, ws, missing, now, alerts=False)
    return len(missing)


def heal(s: Session, ws: Workspace, now: datetime, after: timedelta, limit: int = 500) -> int:
    """Re-read the events of up to ``limit`` contacts not fully computed for ``after``."""
    return _reread(s, ws, now, now - after, limit)


def _reread(s: Session, ws: Workspace, now: datetime, cutoff: datetime, limit: int) -> int:
    stale = list(
        s.scalars(
            select(ContactScore.contact_id)
            .where(ContactScore.workspace_id == ws.id, ContactScore.full_at < cutoff)
            .order_by(ContactScore.full_at)
            .limit(limit)
        )
    )
    if stale:
        scoring.refresh(s, ws, stale, now, alerts=False)
    return len(stale)


def settings_change(s: Session, ws: Workspace, now: datetime) -> int:
    """500 of the scores computed before an admin's rule or half-life change (too large a
    workspace to rescore during the command: storage.scoring_admin.SYNC_LIMIT)."""
    marker = scoring.raw_settings(ws).get("rescore_before")
    if not marker:
        return 0
    cutoff = datetime.fromisoformat(str(marker))
    if now <= cutoff:  # the job's clock has not passed the change yet: a re-read would not help
        return 0
    n = _reread(s, ws, now, cutoff, 500)
    if n == 0:  # all done: drop the marker
        settings = dict(ws.settings or {})
        scoring_settings = dict(settings.get("scoring") or {})
        scoring_settings.pop("rescore_before", None)
        ws.settings = {**settings, "scoring": scoring_settings}
    return n


def decay(s: Session, ws: Workspace, now: datetime) -> tuple[int, int]:
    """Decay the stored engagements due to change now (index range on next_change_at) by
    their factor; (rows read and rewritten, scores that moved)."""
    cfg = scoring.config(ws)
    rows = s.execute(
        select(
            ContactScore.contact_id, ContactScore.fit, ContactScore.score,
            ContactScore.engagement, ContactScore.eng_raw, ContactScore.unanswered_since,
            ContactScore.computed_at,
        ).where(
            ContactScore.workspace_id == ws.id,
            ContactScore.next_change_at <= now,
        )
    ).all()  # fmt: skip
    changes = []
    moved = 0
    for row in rows:  # each row read is due: it is written back with its next due time
        score, eng, raw = scoring.current(row, cfg, now)
        moved += score != row.score
        changes.append(
            {
                "contact_id": row.contact_id,
                "score": score,
                "engagement": eng,
                "eng_raw": raw,
                "computed_at": now,
                "above": score >= cfg.threshold,
                "next_change_at": scoring.next_change(
                    raw, row.unanswered_since, now, cfg.half_life_days
                ),
            }
        )
    if changes:
        s.execute(update(ContactScore), changes)
    return len(rows), moved


def retrain(s: Session, ws: Workspace, now: datetime) -> bool:
    model = scoring_learn.model_of(s, ws.id)
    due = model is None or model.trained_at < now - RETRAIN_EVERY
    return due and scoring_learn.train(s, ws, now) is not None


@dataclass
class ScoreDecayJob:
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime] = utcnow
    heal_after: timedelta = timedelta(days=7)
    heal_batch: int = 2000

    def _step(self, ws_id: int, fn: Callable[[Session, Workspace, datetime], T]) -> T | None:
        """One short transaction (SQLite's write lock is never held for long), serialised
        across processes on PostgreSQL, like the follow-up sweep."""
        with transaction(self.sessions) as s:
            if s.get_bind().dialect.name == "postgresql":
                s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
            ws = s.get(Workspace, ws_id)
            return None if ws is None else fn(s, ws, self.clock())

    def _healer(self, limit: int) -> Callable[[Session, Workspace, datetime], int]:
        return lambda s, ws, now: heal(s, ws, now, self.heal_after, limit)

    def run(self) -> DecayStats:
        stats = DecayStats()
        with self.sessions() as s:
            ws_ids = list(s.scalars(select(Workspace.id).order_by(Workspace.id)))
        for ws_id in ws_ids:
            try:
                while n := self._step(ws_id, lambda s, ws, now: score_missing(s, ws, now)):
                    stats.missing += n
                while n := self._step(ws_id, settings_change):
                    stats.healed += n
                left = self.heal_batch
                while left > 0:
                    step = min(500, left)
                    n = self._step(ws_id, self._healer(step))
                    stats.healed += n or 0
                    left = left - step if n == step else 0
                result = self._step(ws_id, decay)
                if result is not None:
                    stats.read += result[0]
                    stats.decayed += result[1]
                    stats.per_workspace[ws_id] = result[1]
                stats.trained += int(bool(self._step(ws_id, retrain)))
            except Exception:
                log.exception("scoring job failed for workspace %s", ws_id)
        if stats.missing or stats.decayed or stats.trained:
            log.info(
                "scores: %d new, %d re-read, %d decayed, %d models trained",
                stats.missing, stats.healed, stats.decayed, stats.trained,
            )  # fmt: skip
        return stats
