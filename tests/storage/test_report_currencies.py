"""Point 7 of issue 11: with several currencies and no exchange rates, a chart shows every
currency (a panel each), the text says how to set rates, and demo data sets rates and
gives won deals real close dates and cycle lengths."""

from __future__ import annotations

from sqlalchemy import select

from bot.cli import main as cli
from handlers import charts
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction
from storage.models import Opportunity, User, Workspace
from storage.reports import summarize
from storage.teams import scope_for


def _summary(sessions, ws_id, group_by):
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        ana = s.scalar(select(User).where(User.workspace_id == ws_id, User.role == "admin"))
        ctx = Ctx(session=s, workspace=ws, user=ana)
        return summarize(ctx, scope_for(s, ana), group_by)


def _panel_titles(fig):
    return " | ".join(ax.get_title() for ax in fig.axes)


def test_chart_shows_every_currency_without_exchange_rates(console, sessions, ws_id):
    console.say("deal add Acme renewal 12k EUR stage=closing close=2026-12-20")
    console.say("deal add Globex pilot 90k USD stage=prospecting close=2026-12-21")
    console.say("deal add Initech 5k GBP stage=presentation close=2027-01-10")
    s = _summary(sessions, ws_id, "stage")
    fig = charts.funnel_figure(s, {}, "Pipeline")
    titles = _panel_titles(fig)
    assert all(c in titles for c in ("EUR", "USD", "GBP")), titles
    fig = charts.forecast_figure(_summary(sessions, ws_id, "month"), "Forecast")
    titles = _panel_titles(fig)
    assert all(c in titles for c in ("EUR", "USD", "GBP")), titles
    assert console.send("pipeline").image is not None
    out = console.say("pipeline")
    assert "settings fx GBP=" in out and "USD=" in out, out
    # with rates set, one converted panel
    console.say("settings fx USD=0.9 GBP=1.2")
    fig = charts.funnel_figure(_summary(sessions, ws_id, "stage"), {}, "Pipeline")
    assert len(fig.axes) == 1 and "EUR" in _panel_titles(fig)
    assert "settings fx" not in console.say("pipeline")


def test_demo_data_sets_rates_and_real_won_dates_and_cycles(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path}/demo.db"
    monkeypatch.setenv("CRMBOT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    assert cli(["demo-data", "--contacts", "300"]) == 0
    engine = make_engine(url)
    with make_sessionmaker(engine)() as s:
        ws = s.scalar(select(Workspace))
        assert set(ws.settings.get("fx_rates", {})) >= {"USD", "GBP"}
        won = list(s.scalars(select(Opportunity).where(Opportunity.status == "won")))
        assert won
        cycles = set()
        for d in won:
            assert d.closed_at is not None and d.closed_at > d.created_at
            assert d.close_date == d.closed_at.date()  # the won date, in the past
            assert d.closed_at <= ws.created_at or d.close_date <= ws.created_at.date()
            cycles.add((d.closed_at - d.created_at).days)
        assert len(cycles) > 5, cycles
    engine.dispose()
    capsys.readouterr()
    assert cli(["report", "pipeline", "--by", "stage"]) == 0
    out = capsys.readouterr().out
    assert "converted to EUR" in out, out
