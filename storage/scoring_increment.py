"""A write's lead score without re-reading the contact's events (issue 18).

The score hook (:mod:`storage.scoring_hooks`) used to recompute every touched contact from
all of its events at commit: 4 reads (the contact with its account, every activity, deals,
campaign responses) and an upsert per message, and the activity read grows with the contact's
history. Most writes only add events, and the score of added events is exact without the old
ones:

* **A contact created in this transaction** has no events but the ones this transaction
  inserted (they are in hand: :func:`storage.write_path.take_inserted`), and its fit comes
  from its own and its account's columns, also in hand. Its breakdown is computed by the same
  function as a full read (:func:`storage.scoring._breakdown`), from those values: no read.
* **A contact with a stored score** gets its stored engagement decayed to now (every event
  decays by one factor: ``raw x 2 ** (-dt / half_life)``) plus the new events' points; the
  no-reply penalty follows from the stored latest signal and first unanswered email. One
  read (the stored rows of the message's contacts), one update.

Where that is not exact the contact is recomputed in full (the caller does it): any change
that went through a flush (edits, deletes, merges, undo, campaign statuses, an inserted row
changed afterwards), an account change, a rule or half-life change still being rescored, a
stored row from before revision 0018 or one computed with an event dated after its computation,
an event dated in the future, a new signal at or after the first unanswered email (the emails
after it must be read), and a lead crossing the alert threshold (the alert explains the score,
so it is built from the full breakdown). ``tests/storage/test_scoring_increment.py`` compares
both over random write sequences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, bindparam, select, update
from sqlalchemy.orm import Session

from storage import fastsql, scoring
from storage.models import Account, Activity, Contact, Opportunity, Workspace
from storage.scoring_admin import RESCORE_KEY
from storage.scoring_models import ContactScore
from storage.write_path import loaded_value


@dataclass
class Written:
    """What one transaction inserted for one contact (through storage.write_path)."""

    contact: Contact | None = None  # the contact itself, when it is new
    acts: list[tuple[str, datetime, str]] = field(default_factory=list)  # kind, at, body
    deals: list[tuple[str, datetime]] = field(default_factory=list)  # title, created


def collect(rows: Iterable[Any]) -> dict[int, dict[int, Written]]:
    """workspace id -> contact id -> what ``rows`` (inserted rows) add to the score.

    Values are read from the objects as they are now: a row changed after its insert was
    flushed, and the flush hook marks its contact for a full recompute, which wins.
    """
    out: dict[int, dict[int, Written]] = {}
    get = loaded_value  # the rows' columns, from their dicts when loaded (issue 18)
    for obj in rows:
        if isinstance(obj, Contact):
            cid: int | None = get(obj, "id")
        elif isinstance(obj, Activity | Opportunity):
            if get(obj, "deleted_at") is not None:
                continue
            cid = get(obj, "contact_id")
        else:
            continue
        if cid is None:
            continue
        w = out.setdefault(get(obj, "workspace_id"), {}).setdefault(cid, Written())
        if isinstance(obj, Contact):
            w.contact = obj
        elif isinstance(obj, Activity):
            # As the full read takes it: the first 300 characters (storage.scoring._Q_ACTS).
            body = get(obj, "body")
            w.acts.append((get(obj, "type"), get(obj, "occurred_at"), (body or "")[:300]))
        else:
            w.deals.append((get(obj, "title"), get(obj, "created_at")))
    return out


def apply(
    session: Session,
    ws: Workspace,
    written: dict[int, Written],
    now: datetime,
    stats: scoring.RefreshStats,
) -> set[int]:
    """Store the scores of ``written``'s contacts from what this transaction added; return
    the contacts this cannot do exactly (the caller recomputes them in full)."""

    if RESCORE_KEY in scoring.raw_settings(ws):  # stored scores predate a settings change
        return set(written)
    full: set[int] = set()
    new = {cid: w for cid, w in written.items() if w.contact is not None}
    if new:
        full |= _new_contacts(session, ws, new, now, stats)
    old = {cid: w for cid, w in written.items() if w.contact is None}
    if old:
        full |= _stored_contacts(session, ws, old, now)
    return full


def _new_contacts(
    session: Session,
    ws: Workspace,
    new: dict[int, Written],
    now: datetime,
    stats: scoring.RefreshStats,
) -> set[int]:
    """Contacts created in this transaction: every event they have is in ``new``."""
    cfg = scoring.config(ws)
    data = scoring._Data({}, {}, {}, {})
    for cid, w in new.items():
        c = w.contact
        assert c is not None
        v = loaded_value  # the new row's columns, from its dict (issue 18)
        account_id = v(c, "account_id")
        acc = session.get(Account, account_id) if account_id is not None else None
        data.facts[cid] = scoring._facts(
            v(c, "title"), v(c, "lead_source"), v(c, "lifecycle"), v(c, "tags"),
            v(c, "email"), v(c, "phone"),
            acc.name if acc else None, acc.industry if acc else None,
            acc.region if acc else None, acc.size if acc else None,
            acc.lead_source if acc else None, acc.tags if acc else None,
        )  # fmt: skip
        if w.acts:
            data.acts[cid] = w.acts
        if w.deals:
            data.deals[cid] = w.deals
    found = {cid: scoring._breakdown(cid, data, cfg, now) for cid in new}
    scoring.store(session, ws, found, {}, now, alerts=True, stats=stats)
    return set()


_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_STORED_COLUMNS = (
    ContactScore.contact_id, ContactScore.fit, ContactScore.eng_raw,
    ContactScore.unanswered_since, ContactScore.computed_at, ContactScore.above,
    ContactScore.last_signal_at, ContactScore.events_until, ContactScore.full_at,
)  # fmt: skip
_Q_STORED = select(*_STORED_COLUMNS).where(
    ContactScore.workspace_id == bindparam("ws"), ContactScore.contact_id.in_(_IDS)
)
_Q_STORED_ONE = select(*_STORED_COLUMNS).where(
    ContactScore.workspace_id == bindparam("ws"), ContactScore.contact_id == bindparam("id")
)
_T: Any = ContactScore.__table__
_SET = (
    "score", "engagement", "eng_raw", "unanswered_since", "computed_at", "above",
    "next_change_at", "last_signal_at",
)  # fmt: skip
_UPDATE = (
    update(_T)
    .where(_T.c.contact_id == bindparam("b_cid"))
    .values({c: bindparam(f"b_{c}", type_=_T.c[c].type) for c in _SET})
)


def _stored_contacts(
    session: Session, ws: Workspace, old: dict[int, Written], now: datetime
) -> set[int]:
    """Contacts with a stored score: decay it to now and add the new events' points."""
    cfg = scoring.config(ws)
    h = cfg.half_life_days
    full = set(old)
    rows = []
    if len(old) == 1:  # a message's one contact: compiled once, no expanding list
        (one,) = old
        stored: Any = fastsql.execute(
            fastsql.connection(session), _Q_STORED_ONE, {"ws": ws.id, "id": one}
        )
    else:
        stored = session.connection().execute(_Q_STORED, {"ws": ws.id, "ids": list(old)})
    for cid, fit, raw, unanswered, at, above, last_signal, until, full_at in stored:
        # The stored engagement is exactly the decayed sum only if the last full read saw no
        # event dated after it (the decay job and increments keep that true, adding nothing
        # dated later than their own instant); a row from before 0018 is read again too.
        if until is None or until > full_at or at > now:
            continue
        w = old[cid]
        if any(t > now for _, t, _ in w.acts) or any(t > now for _, t in w.deals):
            continue
        raw = raw * scoring.factor(now - at, h)
        signals: list[datetime] = []
        outreach: list[datetime] = []
        for kind, t, body in w.acts:
            pts, is_signal, is_outreach, _ = scoring.activity_points(kind, body)
            raw += pts * scoring.factor(now - t, h)
            if is_signal:
                signals.append(t)
            elif is_outreach:
                outreach.append(t)
        for _, t in w.deals:
            raw += scoring.DEAL_POINTS * scoring.factor(now - t, h)
            signals.append(t)
        known = [t for t in (last_signal, *signals) if t is not None]
        signal = max(known) if known else None
        moved = signal is not None and signal != last_signal
        if moved and unanswered is not None and signal >= unanswered:  # type: ignore[operator]
            continue  # a reply to some of the waiting emails: which ones are left is re-read
        waiting = [t for t in outreach if signal is None or t > signal]
        if waiting:
            unanswered = min(waiting if unanswered is None else [unanswered, *waiting])
        eng = scoring.engagement_of(raw, unanswered, now)
        score = fit + eng
        crossed = score >= cfg.threshold
        if crossed and not above:
            continue  # the alert explains the score: built from the full breakdown
        full.discard(cid)
        rows.append(
            {
                "b_cid": cid, "b_score": score, "b_engagement": eng, "b_eng_raw": raw,
                "b_unanswered_since": unanswered, "b_computed_at": now, "b_above": crossed,
                "b_next_change_at": scoring.next_change(raw, unanswered, now, h),
                "b_last_signal_at": signal,
            }
        )  # fmt: skip
    if rows:
        fastsql.execute(fastsql.connection(session), _UPDATE, rows)
    return full
