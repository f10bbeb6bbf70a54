"""Scores follow the writes that change them: a flush hook notes which contacts a
transaction touched, and their scores are recomputed just before it commits.

A hook rather than a call in each command, like :mod:`storage.hygiene`: activities,
deals, campaign statuses, contact and account edits, merges, undo and the scheduler all
write through sessions, so one place covers every path, including ones added later. Bulk
Core writes (imports, demo data, the email worker's status updates) bypass it; the
periodic job (:mod:`scheduler.score_decay`) scores contacts without a score and re-reads
every contact's events at least weekly, so those catch up too.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from itertools import chain
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from storage import scoring, scoring_increment
from storage.models import Account, Activity, Contact, Opportunity, Workspace
from storage.models_campaigns import CampaignMember
from storage.types import utcnow
from storage.write_path import get_loaded, take_inserted

_KEY = "crmbot_score_dirty"
NOW_KEY = "crmbot_now"  # set by Ctx: the message's clock (a frozen clock in tests)
_ACCOUNT_FIELDS = ("industry", "region", "size", "lead_source", "tags", "name", "deleted_at")
_HAS_TABLE: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _old_and_new(obj: Any, attr: str) -> set[int]:
    hist = inspect(obj).attrs[attr].history
    values = {getattr(obj, attr)} | set(hist.deleted or ())
    return {v for v in values if isinstance(v, int)}


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _ctx: object) -> None:
    _mark(session, chain(session.new, session.dirty, session.deleted))


def _mark(session: Session, objs: Iterable[Any]) -> None:
    """Note the contacts (and accounts) these written objects touch."""
    marks: dict[int, set[int]] | None = None
    accounts: dict[int, set[int]] | None = None
    for obj in objs:
        if isinstance(obj, Activity | Opportunity | CampaignMember):
            ids = _old_and_new(obj, "contact_id")
        elif isinstance(obj, Contact):
            ids = {obj.id} if obj.id is not None else set()
        elif isinstance(obj, Account):
            state = inspect(obj)
            if obj.id is None or not (
                state.deleted or any(state.attrs[a].history.has_changes() for a in _ACCOUNT_FIELDS)
            ):
                continue
            if accounts is None:
                accounts = session.info.setdefault(_KEY + "_acc", {})
            accounts.setdefault(obj.workspace_id, set()).add(obj.id)
            continue
        else:
            continue
        if ids:
            if marks is None:
                marks = session.info.setdefault(_KEY, {})
            marks.setdefault(obj.workspace_id, set()).update(ids)


def _has_table(session: Session) -> bool:
    """False on a database not yet migrated to 0014 (a migration test writing rows)."""
    engine = session.get_bind()
    known = _HAS_TABLE.get(engine)
    if known is None:
        # On the session's own connection: a second one would wait for our write lock.
        known = _HAS_TABLE[engine] = inspect(session.connection()).has_table("contact_scores")
    return known


@event.listens_for(Session, "before_commit")
def _refresh(session: Session) -> None:
    # Rows of the hot write path (storage.write_path) go in without a flush: their scores
    # take the new rows' points without re-reading the events (storage.scoring_increment).

    # The last changes are marked too (a no-op when nothing is pending). Before the check
    # below: a change not yet flushed is not marked yet, and whether another hook's flush
    # (the audit's) came first depends on the order the modules were imported.
    session.flush()
    written = scoring_increment.collect(take_inserted(session, "lead score"))
    if not written and not session.info.get(_KEY) and not session.info.get(_KEY + "_acc"):
        return
    marks: dict[int, set[int]] = session.info.pop(_KEY, None) or {}
    accounts: dict[int, set[int]] = session.info.pop(_KEY + "_acc", None) or {}
    if not _has_table(session):
        return

    now = session.info.get(NOW_KEY) or utcnow()
    for ws_id, acc_ids in accounts.items():
        people = session.scalars(
            select(Contact.id).where(Contact.workspace_id == ws_id, Contact.account_id.in_(acc_ids))
        )
        marks.setdefault(ws_id, set()).update(people)
    stats = scoring.RefreshStats()
    for ws_id in sorted(marks.keys() | written.keys()):
        ws = get_loaded(session, Workspace, ws_id)
        if ws is None:
            continue
        # A contact changed through a flush (edits, deletes, merges, undo) is read in full.
        full = set(marks.get(ws_id, ()))
        added = {c: w for c, w in written.get(ws_id, {}).items() if c not in full}
        if added:
            full |= scoring_increment.apply(session, ws, added, now, stats)
        if full:
            scoring.refresh(session, ws, sorted(full), now, alerts=True)
    session.info.pop(_KEY, None)  # our own writes marked nothing worth a second pass


@event.listens_for(Session, "after_rollback")
def _drop(session: Session) -> None:
    session.info.pop(_KEY, None)
    session.info.pop(_KEY + "_acc", None)
