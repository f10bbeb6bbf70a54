"""Reports on hand-made data with known answers: every summary, currencies, drill, JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from storage import crm, reports
from storage.context import Ctx
from storage.db import transaction
from storage.models import Opportunity, Team, User, Workspace
from storage.reports import Filters, parse_period
from storage.teams import scope_for
from storage.text import name_key
from storage.workspaces import update_settings

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def _user(s, ws_id, name, role="rep", team=None):
    u = User(workspace_id=ws_id, display_name=name, name_key=name_key(name), role=role,
             team_id=team.id if team else None)  # fmt: skip
    s.add(u)
    s.flush()
    return u


def _deal(ctx, title, amount, stage="prospecting", owner=None, close=None, **extra):
    fields = {"amount": amount, "stage": stage}
    if close:
        fields["close"] = close
    if "probability" in extra:
        fields["probability"] = str(extra.pop("probability"))
    d = crm.create_deal(ctx, title, fields)
    d.owner_id = owner.id
    for k, v in extra.items():
        setattr(d, k, v)
    ctx.session.flush()
    return d


@pytest.fixture
def data(sessions, ws_id):
    """ana admin; mia manages North (Nordics: bob); zoe manages South (Iberia: carl)."""
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        ana = _user(s, ws_id, "ana", "admin")
        north = Team(workspace_id=ws_id, name="North", region="Nordics")
        south = Team(workspace_id=ws_id, name="South", region="Iberia")
        s.add_all([north, south])
        s.flush()
        mia = _user(s, ws_id, "mia", "manager", north)
        zoe = _user(s, ws_id, "zoe", "manager", south)
        north.manager_id, south.manager_id = mia.id, zoe.id
        bob = _user(s, ws_id, "bob", "rep", north)
        carl = _user(s, ws_id, "carl", "rep", south)
        ctx = Ctx(session=s, workspace=ws, user=ana, now=NOW - timedelta(days=30))
        _deal(ctx, "A", "10000 EUR", owner=bob, close="2026-12-10",
              stage_entered_at=NOW - timedelta(days=10))  # fmt: skip
        _deal(ctx, "B", "20000 EUR", "closing", bob, "2026-12-20", probability=50,
              stage_entered_at=NOW, last_activity_at=NOW)  # fmt: skip
        _deal(ctx, "C", "5000 EUR", "presentation", carl, "2027-01-15",
              stage_entered_at=NOW - timedelta(days=4), last_activity_at=NOW)  # fmt: skip
        _deal(ctx, "D", "3000 USD", "presentation", carl, "2026-12-01",
              stage_entered_at=NOW - timedelta(days=2), last_activity_at=NOW)  # fmt: skip
        _deal(ctx, "E", "8000 EUR", "won", bob, created_at=datetime(2026, 11, 10, tzinfo=UTC),
              closed_at=datetime(2026, 11, 20, tzinfo=UTC))  # fmt: skip
        _deal(ctx, "F", "4000 EUR", "lost", carl, created_at=datetime(2026, 11, 1, tzinfo=UTC),
              closed_at=datetime(2026, 11, 21, tzinfo=UTC))  # fmt: skip
        _deal(ctx, "G", "2000 EUR", "won", bob, created_at=datetime(2026, 9, 25, tzinfo=UTC),
              closed_at=datetime(2026, 10, 5, tzinfo=UTC))  # fmt: skip
        return {u.display_name: u.id for u in (ana, mia, zoe, bob, carl)}


def run(sessions, ws_id, who, fn):
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        user = s.get(User, who)
        ctx = Ctx(session=s, workspace=ws, user=user, now=NOW)
        return fn(ctx, scope_for(s, user))


def by(summary, key, cur="EUR"):
    return next(r for r in summary.rows if r.key == key and r.currency == cur)


def test_pipeline_by_stage_counts_totals_weighted_age(sessions, ws_id, data):
    s = run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "stage"))
    p = by(s, "prospecting")
    assert (p.open_count, p.open_amount, p.weighted_amount) == (1, 10000, 1000)
    assert p.avg_age_days == pytest.approx(10.0)
    closing = by(s, "closing")  # 50 % override instead of the stage's 75 %
    assert (closing.open_amount, closing.weighted_amount) == (20000, 10000)
    assert by(s, "presentation").weighted_amount == 2500
    assert by(s, "presentation", "USD").weighted_amount == 1500
    assert (by(s, "won").won_count, by(s, "won").won_amount) == (2, 8000 + 2000)
    eur = next(t for t in s.totals if t.currency == "EUR")
    assert (eur.open_count, eur.open_amount, eur.weighted_amount) == (3, 35000, 13500)
    assert (eur.won_count, eur.lost_count) == (2, 1)
    assert eur.win_rate == pytest.approx(2 / 3)
    assert [t.currency for t in s.totals] == ["EUR", "USD"]  # never summed across
    assert "per currency" in s.currency_note


def test_converted_with_workspace_rates_and_says_so(sessions, ws_id, data):
    with transaction(sessions) as s:
        update_settings(s.get(Workspace, ws_id), {"fx_rates": {"USD": "0.5"}})
    s = run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "stage"))
    assert [t.currency for t in s.totals] == ["EUR"]
    t = s.totals[0]
    assert (t.open_count, t.open_amount, t.weighted_amount) == (4, 36500, 14250)
    assert "converted to EUR" in s.currency_note and "1 USD = 0.5 EUR" in s.currency_note
    raw = run(
        sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "stage", convert=False)
    )
    assert len(raw.totals) == 2


def test_by_owner_manager_region(sessions, ws_id, data):
    def go(group):
        return run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, group))

    o = go("owner")
    bob, carl = by(o, "bob"), by(o, "carl")
    assert (bob.open_count, bob.open_amount, bob.weighted_amount) == (2, 30000, 11000)
    assert (bob.won_count, bob.won_amount, bob.lost_count, bob.win_rate) == (2, 10000, 0, 1.0)
    assert (carl.open_count, carl.lost_count, carl.win_rate) == (1, 1, 0.0)
    assert by(o, "carl", "USD").open_amount == 3000
    m = go("manager")
    assert by(m, "mia").open_amount == 30000 and by(m, "zoe").lost_count == 1
    r = go("region")
    assert by(r, "Nordics").won_amount == 10000 and by(r, "Iberia").open_amount == 5000


def test_forecast_by_month_and_quarter_with_won_so_far(sessions, ws_id, data):
    q4 = parse_period("this quarter", NOW.date())
    assert (q4.start, q4.end, q4.label) == (date(2026, 10, 1), date(2027, 1, 1), "2026-Q4")
    f = run(
        sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "month", Filters(q4))
    )
    assert {(r.key, r.currency) for r in f.rows} == {
        ("2026-10", "EUR"), ("2026-11", "EUR"), ("2026-12", "EUR"), ("2026-12", "USD")
    }  # fmt: skip
    dec = by(f, "2026-12")
    assert (dec.open_amount, dec.weighted_amount) == (30000, 11000)  # best case, weighted
    assert by(f, "2026-11").won_amount == 8000 and by(f, "2026-10").won_amount == 2000
    q = run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "quarter"))
    assert by(q, "2026-Q4").open_amount == 30000 and by(q, "2027-Q1").open_amount == 5000


def test_win_rate_average_deal_and_cycle(sessions, ws_id, data):
    q4 = parse_period("2026-Q4", NOW.date())
    s = run(
        sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "total", Filters(q4))
    )
    eur = s.totals[0]
    assert eur.win_rate == pytest.approx(2 / 3)
    assert eur.avg_won_amount == Decimal(5000)
    assert eur.avg_cycle_days == pytest.approx(10.0)
    nov = run(
        sessions,
        ws_id,
        data["ana"],
        lambda c, sc: reports.summarize(c, sc, "total", Filters(parse_period("2026-11", NOW))),
    )
    assert nov.totals[0].win_rate == pytest.approx(0.5)  # E won, F lost


def test_filters_owner_and_stage(sessions, ws_id, data):
    f = Filters(owner_ids=frozenset({data["bob"]}), stages=("closing",))
    s = run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "stage", f))
    assert [(r.key, r.open_amount) for r in s.rows] == [("closing", 20000)]


def test_drill_lists_the_deals_behind_a_row(sessions, ws_id, data):
    def titles(group, key, **kw):
        deals, total = run(
            sessions, ws_id, data["ana"], lambda c, sc: reports.drill(c, sc, group, key, **kw)
        )
        assert total == len(deals)
        return sorted(d.title for d in deals)

    assert titles("stage", "presentation") == ["C", "D"]
    assert titles("owner", "bob") == ["A", "B"]
    assert titles("owner", "bob", status="won") == ["E", "G"]
    assert titles("region", "Iberia", status=None) == ["C", "D", "F"]
    assert titles("month", "2026-12") == ["A", "B", "D"]
    assert titles("quarter", "2027-Q1") == ["C"]


def test_stale_deals(sessions, ws_id, data):
    deals, total, days = run(
        sessions, ws_id, data["ana"], lambda c, sc: reports.stale_deals(c, sc, 7)
    )
    assert [d.title for d in deals] == ["A"] and total == 1 and days == 7


def test_changes_since_last_week(sessions, ws_id, clock):
    def step(when, fn):  # one message = one transaction, as in chat
        with transaction(sessions) as s:
            ws = s.get(Workspace, ws_id)
            ana = s.scalar(select(User).where(User.workspace_id == ws_id))
            fn(Ctx(session=s, workspace=ws, user=ana, now=when), s)

    def deal(s, title):
        return s.scalar(select(Opportunity).where(Opportunity.title == title))

    with transaction(sessions) as s:
        ids = _user(s, ws_id, "ana", "admin").id
    old, recent = NOW - timedelta(days=30), NOW - timedelta(days=2)
    step(old, lambda c, s: crm.create_deal(c, "X", {"amount": "1000", "close": "2026-12-01"}))
    step(old, lambda c, s: crm.create_deal(c, "Y", {"amount": "2000", "stage": "closing"}))
    step(old, lambda c, s: crm.create_deal(c, "Z", {"amount": "3000"}))
    step(recent, lambda c, s: crm.move_deal(c, deal(s, "X"), "closing"))
    step(recent, lambda c, s: crm.move_deal(c, deal(s, "Y"), "presentation"))
    step(recent, lambda c, s: crm.move_deal(c, deal(s, "Z"), "won"))
    step(recent, lambda c, s: crm.update_deal(c, deal(s, "X"), {"close": "2027-02-01"}))
    step(recent, lambda c, s: crm.create_deal(c, "N", {"amount": "500"}))
    found = run(
        sessions, ws_id, ids, lambda c, sc: reports.changes_since(c, sc, NOW - timedelta(7))
    )
    kinds = sorted((c.kind, c.title) for c in found)
    assert kinds == [
        ("back", "Y"), ("created", "N"), ("forward", "X"), ("slipped", "X"), ("won", "Z")
    ]  # fmt: skip
    slipped = next(c for c in found if c.kind == "slipped")
    assert "2026-12-01 → 2027-02-01" in slipped.detail


def test_json_contract(sessions, ws_id, data):
    s = run(sessions, ws_id, data["ana"], lambda c, sc: reports.summarize(c, sc, "owner"))
    j = reports.summary_json(s)
    assert j["group_by"] == "owner"
    row = next(r for r in j["rows"] if r["key"] == "bob")
    assert row == {
        "key": "bob", "currency": "EUR", "open_count": 2, "open_amount": "30000.00",
        "weighted_amount": "11000.00", "won_count": 2, "won_amount": "10000.00",
        "lost_count": 0, "win_rate": 1.0,
    }  # fmt: skip
    usd = next(r for r in j["rows"] if r["currency"] == "USD")
    assert usd["win_rate"] is None
    assert {t["currency"] for t in j["totals"]} == {"EUR", "USD"}
    assert all("key" not in t for t in j["totals"])


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last month", date(2026, 10, 1), date(2026, 11, 1)),
        ("next quarter", date(2027, 1, 1), date(2027, 4, 1)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 10, 1)),
        ("q1", date(2026, 1, 1), date(2026, 4, 1)),
        ("2026", date(2026, 1, 1), date(2027, 1, 1)),
        ("2026-01-01..2026-01-31", date(2026, 1, 1), date(2026, 2, 1)),
    ],
)
def test_periods(text, start, end):
    p = parse_period(text, date(2026, 11, 26))
    assert (p.start, p.end) == (start, end)


def test_not_a_period():
    assert parse_period("banana", date(2026, 11, 26)) is None
