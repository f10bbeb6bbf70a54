"""The score a write adds without re-reading events equals the full recompute.

storage.scoring_increment scores a new contact from the rows in hand and a stored score by
decaying it and adding the new events' points; everything else falls back to the full read.
Random write sequences (new contacts with their unit, calls, emails, notes, replies, meetings,
back-dated and future-dated activities, deals, edits) are committed through the real storage
functions, and after every commit each touched contact's stored score is compared with a
full computation from its events at the same instant.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from conftest import NOW
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from scheduler.score_decay import decay
from storage import crm, scoring
from storage.context import Ctx
from storage.db import transaction
from storage.models import Contact, User, Workspace
from storage.scoring_models import ContactScore

BODIES = ("first call", "sent the quote", "she replied to the quote", "called back", "notes")
KINDS = ("call", "email", "email", "note", "meeting", "visit")


def _ctx(s: Session, ws_id: int, user_id: int, now) -> Ctx:  # type: ignore[no-untyped-def]
    return Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.get(User, user_id), now=now)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Contact ids recomputed in full by the score hook (the increment's fallbacks)."""
    full: list[int] = []
    real = scoring.refresh

    def spy(session, ws, ids, now, **kw):  # type: ignore[no-untyped-def]
        ids = list(ids)
        full.extend(ids)
        return real(session, ws, ids, now, **kw)

    monkeypatch.setattr(scoring, "refresh", spy)
    return full


def _step(rnd: random.Random, ctx: Ctx, people: list[int]) -> set[int]:
    """One message's writes: a new contact's unit, or events on known contacts (returns the
    contacts written about)."""
    roll = rnd.random()
    if roll < 0.25 or not people:
        fields = {"title": rnd.choice(["VP Sales", "CEO", "intern", ""])}
        if rnd.random() < 0.5:
            fields["email"] = f"p{len(people)}@example.com"
        c = crm.create_contact(ctx, f"Person {len(people)}", {k: v for k, v in fields.items() if v})
        people.append(c.id)
        if rnd.random() < 0.6:
            d = crm.create_deal(ctx, f"Deal {c.id}", {"amount": "100"}, contact=c)
            crm.log_activity(ctx, rnd.choice(KINDS), rnd.choice(BODIES), contact=c, deal=d)
        return {c.id}
    touched = set()
    for _ in range(rnd.randint(1, 3)):
        c = ctx.session.get(Contact, rnd.choice(people))
        assert c is not None
        touched.add(c.id)
        what = rnd.random()
        if what < 0.7:
            when = None
            r = rnd.random()
            if r < 0.4:
                when = ctx.now - timedelta(days=rnd.uniform(0, 60))
            elif r < 0.45:
                when = ctx.now + timedelta(days=rnd.uniform(0, 3))  # future-dated
            crm.log_activity(
                ctx, rnd.choice(KINDS), rnd.choice(BODIES), contact=c, occurred_at=when
            )
        elif what < 0.85:
            crm.create_deal(ctx, f"More {rnd.randint(0, 10**6)}", {}, contact=c)
        else:
            crm.update_contact(ctx, c, {"title": rnd.choice(["CTO", "buyer", "VP Ops"])})
    return touched


@pytest.mark.parametrize("seed", [1, 2])
def test_increment_equals_full_recompute(
    sessions: sessionmaker[Session], ws_id: int, counted: list[int], seed: int
) -> None:
    rnd = random.Random(seed)
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        user_id = user.id
    people: list[int] = []
    now = NOW
    touched_total = 0
    for _ in range(60):
        now += timedelta(hours=rnd.uniform(0, 72))
        if rnd.random() < 0.3:  # the scoring job decays the stored scores due by now
            with transaction(sessions) as s:
                decay(s, s.get(Workspace, ws_id), now)
            now += timedelta(minutes=rnd.uniform(0, 60))
        with transaction(sessions) as s:
            touched = _step(rnd, _ctx(s, ws_id, user_id, now), people)
        with transaction(sessions) as s:
            rows = s.scalars(select(ContactScore).where(ContactScore.contact_id.in_(touched))).all()
            assert len(rows) == len(touched) and all(r.computed_at == now for r in rows)
            touched_total += len(rows)
            full = scoring.compute(s, s.get(Workspace, ws_id), [r.contact_id for r in rows], now)
            for row in rows:
                b = full[row.contact_id]
                got = (row.score, row.fit, row.engagement, row.unanswered_since)
                assert got == (b.score, b.fit, b.engagement, b.unanswered_since), row.contact_id
                assert row.eng_raw == pytest.approx(b.eng_raw, rel=1e-9, abs=1e-9)
                assert row.last_signal_at == b.last_signal
                assert row.above == (b.score >= 70)
            s.rollback()
    # Most writes were increments (the fallbacks: edits, future dates, replies to waiting
    # emails, threshold crossings); the comparison above is about them.
    assert len(counted) < touched_total / 2, (len(counted), touched_total)
    # `score NAME` (a full recompute, stored) agrees with what the increments left, decayed
    # to now, wherever the stored row is the decayed sum (a full read that saw a future-dated
    # event counted it undecayed; the next full read, like this one, puts it right).
    with transaction(sessions) as s:
        ctx = _ctx(s, ws_id, user_id, now)
        stored = dict(
            s.execute(
                select(ContactScore.contact_id, ContactScore.score).where(
                    ContactScore.workspace_id == ws_id
                )
            ).all()
        )
        exact = 0
        for cid in people:
            row = s.get(ContactScore, cid)
            assert row is not None and row.events_until is not None
            decayed = scoring.current(row, scoring.config(ctx.workspace), now)
            if row.events_until <= row.full_at:
                exact += 1
                assert scoring.explain(ctx, cid).score == decayed[0], cid
        assert exact > len(people) / 2
        assert set(stored) == set(people)


def test_a_new_contact_is_scored_without_reading_events(
    sessions: sessionmaker[Session], ws_id: int, counted: list[int]
) -> None:
    """The service unit's contact: scored from the rows in hand, nothing recomputed."""
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        user_id = user.id
    with transaction(sessions) as s:
        ctx = _ctx(s, ws_id, user_id, NOW)
        c = crm.upsert_contact_by_phone(ctx, "+34 600 123 456", "Maria", {"title": "CEO"})
        d = crm.create_deal(ctx, "Maria deal", {"amount": "10"}, contact=c)
        crm.log_activity(ctx, "call", "first call", contact=c, deal=d)
    assert counted == []
    with transaction(sessions) as s:
        row = s.get(ContactScore, c.id)
        b = scoring.compute(s, s.get(Workspace, ws_id), [c.id], NOW)[c.id]
        assert row is not None and (row.score, row.fit, row.engagement) == (
            b.score,
            b.fit,
            b.engagement,
        )
        assert row.engagement == 21  # a deal opened (15) and a call (6), today


def _stored_equals_full(sessions: sessionmaker[Session], ws_id: int, cid: int, now) -> None:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        row = s.get(ContactScore, cid)
        b = scoring.compute(s, s.get(Workspace, ws_id), [cid], now)[cid]
        assert row is not None
        assert (row.score, row.engagement) == (b.score, b.engagement)
        assert row.eng_raw == pytest.approx(b.eng_raw, rel=1e-9)


def test_savepoints_neither_lose_nor_count_twice(
    sessions: sessionmaker[Session], ws_id: int, counted: list[int]
) -> None:
    """before_commit also runs when a savepoint is released, and a savepoint rolled back
    takes its rows with it: each event's points are added once, and only if it is there."""
    with transaction(sessions) as s:
        user = User(workspace_id=ws_id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        user_id = user.id
    with transaction(sessions) as s:
        known = crm.create_contact(_ctx(s, ws_id, user_id, NOW), "Known", {}).id
    later = NOW + timedelta(days=3)
    with transaction(sessions) as s:
        ctx = _ctx(s, ws_id, user_id, later)
        c = s.get(Contact, known)
        with s.begin_nested():  # released: its call is scored here, once
            crm.log_activity(ctx, "call", "first call", contact=c)
        crm.log_activity(ctx, "meeting", "met", contact=c)
        with s.begin_nested() as sp:  # a dry run: a new contact and a call, rolled back
            ghost = crm.create_contact(ctx, "Ghost", {})
            crm.log_activity(ctx, "call", "ghost call", contact=ghost)
            crm.log_activity(ctx, "visit", "not there", contact=c)
            sp.rollback()
        with s.begin_nested() as outer:  # an inner savepoint released, the outer rolled back
            with s.begin_nested():
                crm.log_activity(ctx, "visit", "rolled back with the outer", contact=c)
            outer.rollback()
        crm.log_activity(ctx, "email", "sent the quote", contact=c)
        assert ghost not in s
    assert counted == []
    _stored_equals_full(sessions, ws_id, known, later)
    with transaction(sessions) as s:
        assert s.scalar(select(ContactScore.engagement).where(ContactScore.contact_id == known))
        assert s.scalar(select(Contact.id).where(Contact.name == "Ghost")) is None
        assert s.get(ContactScore, ghost.id) is None
