"""The deal rollup (kept by triggers) answers summaries exactly as the scan of the deals.

Randomised data (seeded) goes through every write path: the console bot (deal add, edit,
move, won, lost, delete, undo, contact/account merge, settings reassign), the importer's
bulk insert and re-import, demo.generate's Core bulk insert, privacy erasure, and plain
ORM/Core updates and hard deletes. Then every eligible summary (grouping x filter x
scope) from the rollup must equal the one computed from the deals, and the rollup table
must equal the migration's backfill query recomputed from scratch.
"""

from __future__ import annotations

import importlib.util
import os
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import NOW
from sqlalchemy import delete, func, insert, select, text, update

from bot.console import ConsoleAdapter
from storage import demo, reports
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.importer import ImportOptions, import_csv
from storage.models import (
    STAGES,
    Activity,
    Contact,
    Opportunity,
    StageChange,
    User,
    Workspace,
)
from storage.models_rollup import DealRollup
from storage.privacy import erase_contact
from storage.reports import Filters, Period, Summary, parse_period, use_rollup
from storage.teams import scope_for
from storage.workspaces import find_user, update_settings

_MIG = Path(__file__).parents[2] / "storage/migrations/versions/0007_deal_rollups.py"
_spec = importlib.util.spec_from_file_location("mig_0007", _MIG)
assert _spec and _spec.loader
mig = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mig)

CURRENCIES = ("EUR", "EUR", "EUR", "USD", "GBP")
DAY0 = date(2026, 1, 1)
GROUPS = ("stage", "owner", "manager", "team", "region", "month", "quarter", "total")


# ---- comparing the two paths --------------------------------------------------------------


def _closed(r: reports.Row) -> tuple:
    return (r.won_count, r.won_amount, r.lost_count, r.lost_amount)


def _exact(rows: list[reports.Row]) -> list[tuple]:
    return [
        (r.key, r.currency, r.open_count, r.open_amount, r.weighted_amount, *_closed(r))
        for r in rows
    ]


def _close_floats(a: list[reports.Row], b: list[reports.Row], label: str) -> None:
    # Ages/cycles: the rollup keeps whole seconds, the scan fractions of them (< 1 s a deal).
    for x, y in zip(a, b, strict=True):
        tol = 2e-5 * (x.open_count + x.won_count + 1)
        assert x.age_days_sum == pytest.approx(y.age_days_sum, abs=tol), label
        assert x.cycle_days_sum == pytest.approx(y.cycle_days_sum, abs=tol), label


def assert_same(fast: Summary, raw: Summary, label: str) -> None:
    assert _exact(fast.rows) == _exact(raw.rows), label
    assert _exact(fast.totals) == _exact(raw.totals), label
    _close_floats(fast.rows, raw.rows, label)
    _close_floats(fast.totals, raw.totals, label)
    assert (fast.team_totals is None) == (raw.team_totals is None), label
    if fast.team_totals is not None and raw.team_totals is not None:
        assert _exact(fast.team_totals) == _exact(raw.team_totals), label
        _close_floats(fast.team_totals, raw.team_totals, label)
    assert (fast.converted_to, fast.rates, fast.unconverted) == (
        raw.converted_to,
        raw.rates,
        raw.unconverted,
    ), label


def rollup_matches_recompute(sessions) -> int:
    """The table (rows with n != 0) equals the backfill query over the deals."""
    with transaction(sessions) as s:
        dialect = s.get_bind().dialect.name
        want = {
            tuple(r[:7]): tuple(int(x) for x in r[7:])
            for r in s.execute(text(mig.rollup_select(dialect)))
        }
        R = DealRollup
        got = {
            (
                r.workspace_id,
                r.owner_id,
                r.stage,
                r.status,
                r.currency,
                r.probability,
                r.period_month,
            ): (
                r.n,
                r.amount_sum,
                r.entered_sum,
                r.cycle_sum,
                r.cycle_n,
            )
            for r in s.scalars(select(R).where(R.n != 0))
        }
        zero = s.scalar(
            select(func.count()).where(
                R.n == 0,
                (R.amount_sum != 0) | (R.entered_sum != 0) | (R.cycle_sum != 0) | (R.cycle_n != 0),
            )
        )
    assert got == want
    assert zero == 0  # rows that netted to no deal hold no sums either
    return sum(v[0] for v in want.values())


FILTER_TEXTS = (
    None,
    "this quarter",
    "last month",
    "next quarter",
    "2026",
    "2027-01-01..2027-06-30",
)


def compare_everything(sessions, ws_id: int, names: list[str]) -> int:
    """Every eligible grouping x filter x reader: rollup == scan. Returns summaries compared."""
    compared = 0
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        for name in names:
            user = find_user(s, ws, name)
            assert user is not None, name
            ctx = Ctx(session=s, workspace=ws, user=user, now=NOW + timedelta(days=3))
            scope = scope_for(s, user)
            owner_sets = [None, scope.owner_ids or frozenset({user.id})]
            for period_text in FILTER_TEXTS:
                period = parse_period(period_text, NOW.date()) if period_text else None
                for owners in owner_sets:
                    for stages in (None, ("closing", "won"), ("prospecting",)):
                        f = Filters(period=period, owner_ids=owners, stages=stages)
                        for group in GROUPS:
                            sql_group = "month" if group == "quarter" else group
                            assert use_rollup(sql_group, f)
                            # (converted when the workspace has rates: seed 2)
                            fast = reports.summarize(ctx, scope, group, f)
                            raw = reports.summarize(ctx, scope, group, f, rollup=False)
                            assert_same(
                                fast, raw, f"{name} {group} {period_text} {owners} {stages}"
                            )
                            compared += 1
    return compared


# ---- building the data through every write path -------------------------------------------


def _csv(rnd: random.Random, n: int, prefix: str, owners: list[str]) -> bytes:
    lines = ["external_id,title,account,amount,currency,stage,close_date,owner,probability,created"]
    for i in range(n):
        close = (
            ""
            if rnd.random() < 0.1
            else (date(2026, 6, 1) + timedelta(rnd.randrange(400))).isoformat()
        )
        created = (date(2026, 1, 1) + timedelta(rnd.randrange(300))).isoformat()
        prob = "" if rnd.random() < 0.7 else str(rnd.randrange(0, 101, 5))
        amount = "" if rnd.random() < 0.05 else str(rnd.randrange(100, 90000))
        lines.append(
            f"{prefix}{i},Imported {prefix}{i},Acc {rnd.randrange(8)},{amount},"
            f"{rnd.choice(CURRENCIES)},{rnd.choice(STAGES)},{close},{rnd.choice(owners)},{prob},"
            f"{created}"
        )
    return ("\n".join(lines) + "\n").encode()


def _import(sessions, ws_id: int, data: bytes) -> None:
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        admin = find_user(s, ws, "ana")
        res = import_csv(
            Ctx(session=s, workspace=ws, user=admin, now=NOW), ImportOptions("deals"), data
        )
        assert res.applied, res.rejected


def _deal_ids(sessions, ws_id: int, live: bool = True) -> list[int]:
    with transaction(sessions) as s:
        q = select(Opportunity.id).where(Opportunity.workspace_id == ws_id)
        if live:
            q = q.where(Opportunity.deleted_at.is_(None))
        return list(s.scalars(q.order_by(Opportunity.id)))


def _owner_name(sessions, deal_id: int) -> str | None:
    with transaction(sessions) as s:
        return s.scalar(
            select(User.display_name)
            .join(Opportunity, Opportunity.owner_id == User.id)
            .where(Opportunity.id == deal_id)
        )


def _undo_action(reply) -> str | None:
    return next((b.action for b in reply.buttons if b.action.startswith("undo ")), None)


def chat_session(
    rnd: random.Random, people: dict[str, ConsoleAdapter], sessions, ws_id, clock, steps: int
) -> None:
    """Random chat commands from random people; about one in five is undone at once."""
    names = list(people)
    for _ in range(steps):
        who = people[rnd.choice(names)]
        ids = _deal_ids(sessions, ws_id)
        roll = rnd.random()
        if roll < 0.3 or not ids:
            amount = f"{rnd.randrange(1, 500) * 100} {rnd.choice(CURRENCIES)}"
            extra = ""
            if rnd.random() < 0.7:
                extra += f" close={(date(2026, 9, 1) + timedelta(rnd.randrange(300))).isoformat()}"
            if rnd.random() < 0.3:
                extra += f" probability={rnd.randrange(0, 101, 10)}"
            if rnd.random() < 0.3:
                extra += f" stage={rnd.choice(STAGES)}"
            text_ = f"deal add Chat deal {rnd.randrange(10**6)} {amount}{extra}"
        else:
            d = rnd.choice(ids)
            owner = _owner_name(sessions, d)
            # Reps only see their own deals: the owner acts on it, or an admin.
            who = people[owner] if owner in people and rnd.random() < 0.5 else people["ana"]
            kind = rnd.choice(("edit", "edit", "move", "move", "won", "lost", "delete", "owner"))
            if kind == "edit":
                field = rnd.choice(
                    (
                        f"amount={rnd.randrange(1, 900) * 50} {rnd.choice(CURRENCIES)}",
                        f"close={(date(2026, 7, 1) + timedelta(rnd.randrange(500))).isoformat()}",
                        "close=",
                        f"probability={rnd.randrange(0, 101, 5)}",
                    )
                )
                text_ = f"deal edit #d{d} {field}"
            elif kind == "owner":
                text_ = f"deal edit #d{d} owner={rnd.choice(names)}"
            elif kind == "move":
                text_ = f"deal move #d{d} to {rnd.choice(STAGES)}"
            elif kind in ("won", "lost"):
                text_ = f"deal {kind} #d{d}"
            else:
                text_ = f"deal delete #d{d} confirm=yes"
        reply = who.send(text_)
        action = _undo_action(reply)
        if action and rnd.random() < 0.2:
            clock.advance(minutes=rnd.randrange(0, 5))
            out = who.say(action)
            assert "Undone" in out or "only the person" in out, out
        clock.advance(minutes=rnd.randrange(1, 90))


def raw_writes(rnd: random.Random, sessions, ws_id: int) -> None:
    """Writes no command makes: restores, NULL owners, won without a close time, hard
    deletes, and Core bulk updates of many deals at once."""
    ids = _deal_ids(sessions, ws_id, live=False)
    with transaction(sessions) as s:
        for d in s.scalars(
            select(Opportunity).where(Opportunity.id.in_(rnd.sample(ids, min(12, len(ids)))))
        ):
            change = rnd.randrange(6)
            if change == 0:
                d.deleted_at = None if d.deleted_at else NOW
            elif change == 1:
                d.owner_id = None
            elif change == 2 and d.status == "won":
                d.closed_at = None
            elif change == 3:
                d.amount_minor = None
            elif change == 4:
                d.currency, d.amount_minor = "JPY", rnd.randrange(1, 10**6)
            else:
                d.stage_entered_at = NOW - timedelta(days=rnd.randrange(200), seconds=rnd.random())
        s.flush()
        gone = rnd.sample(ids, min(3, len(ids)))
        s.execute(delete(StageChange).where(StageChange.opportunity_id.in_(gone)))
        s.execute(
            update(Activity).where(Activity.opportunity_id.in_(gone)).values(opportunity_id=None)
        )
        s.execute(delete(Opportunity).where(Opportunity.id.in_(gone)))
        s.execute(
            update(Opportunity)
            .where(Opportunity.workspace_id == ws_id, Opportunity.stage == "presentation")
            .values(close_date=date(2027, 2, 14), probability=None)
        )


@pytest.fixture
def people(bot, ws_id, console):
    """ana (admin), mia manages North (bob, carl), zoe manages South (dan), eve no team."""
    out = {"ana": console}
    console.say("me")
    for name in ("mia", "zoe", "bob", "carl", "dan", "eve"):
        out[name] = ConsoleAdapter(bot, ws_id, name, "Europe/Madrid")
        out[name].say("me")
    console.say("team add North manager=mia region=Nordics")
    console.say("team add South manager=zoe")  # no region
    for rep, team in (("bob", "North"), ("carl", "North"), ("dan", "South")):
        console.say(f"team assign {rep} to {team}")
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rollup_equals_scan_after_every_write_path(sessions, ws_id, people, clock, seed):
    rnd = random.Random(seed)
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        if seed == 2:  # custom stage probabilities and rates: applied at read time
            update_settings(ws, {"stage_probabilities": {"closing": 60, "prospecting": 5}})
            update_settings(ws, {"fx_rates": {"USD": "0.9"}})
        demo.generate(s, ws, contacts=40, activities_per_contact=0, seed=seed, now=NOW)
    rollup_matches_recompute(sessions)
    names = list(people)
    _import(sessions, ws_id, _csv(rnd, 120, "X", [*names, "Nora New", ""]))
    _import(sessions, ws_id, _csv(random.Random(seed + 100), 80, "X", names))  # re-import: updates
    rollup_matches_recompute(sessions)
    chat_session(rnd, people, sessions, ws_id, clock, 60)
    # merges and reassignment through the bot
    with transaction(sessions) as s:
        cids = list(
            s.scalars(
                select(Contact.id).where(
                    Contact.workspace_id == ws_id, Contact.deleted_at.is_(None)
                )
            )
        )
    if len(cids) >= 4:
        merge = f"contact merge #c{cids[0]} into #c{cids[1]} confirm=yes"
        assert "Merged" in people["ana"].say(merge)
    people["ana"].say("account merge Acc 1 into Acc 2 confirm=yes")
    assert "Reassigned" in people["ana"].say("settings reassign carl to bob confirm=yes")
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        c = s.get(Contact, cids[2])
        erase_contact(Ctx(session=s, workspace=ws, user=find_user(s, ws, "ana"), now=clock.now), c)
    raw_writes(rnd, sessions, ws_id)
    chat_session(rnd, people, sessions, ws_id, clock, 20)
    live = rollup_matches_recompute(sessions)
    assert live > 100
    compared = compare_everything(sessions, ws_id, ["ana", "mia", "zoe", "bob", "eve"])
    assert compared > 1000  # ~1400


def test_ineligible_requests_scan_the_deals():
    week = Period(date(2026, 11, 23), date(2026, 11, 30), "week")
    assert not use_rollup("industry", Filters())
    assert not use_rollup("source", Filters())
    assert not use_rollup("stage", Filters(period=week))
    assert not use_rollup(
        "stage", Filters(period=parse_period("2026-01-01..2026-01-15", NOW.date()))
    )
    assert use_rollup("stage", Filters(period=parse_period("2026-01-01..2026-03-31", NOW.date())))
    assert use_rollup("month", Filters(period=parse_period("this year", NOW.date())))


def test_ineligible_summaries_still_right(sessions, ws_id, people, clock):
    """Day ranges and industry grouping go to the scan; same answer either way."""
    rnd = random.Random(5)
    with transaction(sessions) as s:
        demo.generate(s, s.get(Workspace, ws_id), contacts=30, activities_per_contact=0, now=NOW)
    chat_session(rnd, people, sessions, ws_id, clock, 10)
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        ana = find_user(s, ws, "ana")
        ctx, scope = Ctx(session=s, workspace=ws, user=ana, now=NOW), scope_for(s, ana)
        for group, f in (
            ("industry", Filters()),
            ("stage", Filters(period=parse_period("2026-12-01..2026-12-20", NOW.date()))),
            ("source", Filters(period=parse_period("this week", NOW.date()))),
        ):
            a = reports.summarize(ctx, scope, group, f)
            b = reports.summarize(ctx, scope, group, f, rollup=False)
            assert_same(a, b, group)


def test_rep_sees_the_same_through_the_chat(people):
    people["bob"].say("deal add Bob one 1000 EUR close=2026-12-10")
    people["carl"].say("deal add Carl two 5000 EUR close=2026-12-11 stage=closing")
    out = people["bob"].say("pipeline")
    assert "EUR 1,000" in out and "Team total EUR: 2 open · EUR 6,000" in out
    assert "Carl two" not in out


# ---- the migration's backfill and downgrade ---------------------------------------------


def _migrate_with_existing_deals(url: str, connect_args: dict | None = None) -> None:
    engine = make_engine(url, **({"connect_args": connect_args} if connect_args else {}))
    try:
        upgrade(engine, "0006_core_indexes")
        rnd = random.Random(9)
        rows = []
        for i in range(300):
            stage = rnd.choice(STAGES)
            status = stage if stage in ("won", "lost") else "open"
            created = NOW - timedelta(days=rnd.randrange(300), seconds=rnd.randrange(86400))
            rows.append(
                {
                    "workspace_id": 1, "title": f"d{i}", "title_key": f"d{i}",
                    "amount_minor": rnd.choice([None, rnd.randrange(10**7)]),
                    "currency": rnd.choice(CURRENCIES), "stage": stage, "status": status,
                    "probability": rnd.choice([None, None, 30]),
                    "close_date": rnd.choice([None, DAY0 + timedelta(rnd.randrange(500))]),
                    "stage_entered_at": created, "created_at": created, "updated_at": created,
                    "closed_at": created + timedelta(days=5) if status != "open" else None,
                    "deleted_at": NOW if rnd.random() < 0.1 else None,
                }
            )  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(Workspace.__table__).values(id=1, name="w", settings={}))
            conn.execute(insert(Opportunity.__table__), rows)
        upgrade(engine)
        factory = make_sessionmaker(engine)
        assert rollup_matches_recompute(factory) > 200
        from alembic import command

        from storage.db import alembic_config

        command.downgrade(alembic_config(engine), "0006_core_indexes")
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE opportunities SET stage = 'won', status = 'won'")
            )  # no trigger left
        upgrade(engine)
        assert rollup_matches_recompute(factory) > 200
    finally:
        engine.dispose()


def test_migration_backfills_existing_deals_sqlite(tmp_path):
    _migrate_with_existing_deals(f"sqlite:///{tmp_path}/m.db")


def test_migration_backfills_existing_deals_postgresql():
    url = os.environ.get("CRMBOT_TEST_DATABASE_URL")
    if not url:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    schema = f"crmbot_rollup_{os.getpid()}"
    admin = make_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"PostgreSQL did not answer: {exc}")
    try:
        _migrate_with_existing_deals(url, {"options": f"-csearch_path={schema}"})
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()
