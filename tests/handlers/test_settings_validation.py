"""settings refuses values that break the reports (won/lost probabilities, two stages with
one label, zero-day thresholds), and exchange rates are set from chat."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import transaction
from storage.models import Workspace


def _settings(sessions, ws_id):
    with transaction(sessions) as s:
        return dict(s.get(Workspace, ws_id).settings or {})


def test_stage_probabilities_and_labels(console, sessions, ws_id):
    assert "won is always 100%" in console.say("settings stage won probability=50")
    assert "lost is always 0%" in console.say("settings stage lost probability=10")
    assert "Saved" in console.say("settings stage won probability=100")
    assert "Saved" in console.say("settings stage presentation label=Showcase")
    out = console.say("settings stage closing label=showcase")
    assert "'Showcase' is already the label of presentation" in out
    for label, stage in (("Demo", "presentation"), ("New", "prospecting")):
        out = console.say(f"settings stage closing label={label}")
        assert f"already means the {stage} stage" in out
    assert "already the label of won" in console.say("settings stage closing label=WON")
    assert "Saved" in console.say("settings stage closing label=Negotiation")  # its own synonym
    assert "Saved" in console.say("settings stage presentation label=Showcase probability=40")
    s = _settings(sessions, ws_id)
    assert s["stage_labels"] == {"presentation": "Showcase", "closing": "Negotiation"}
    assert s["stage_probabilities"] == {"won": 100, "presentation": 40}


def test_numeric_thresholds(console, sessions, ws_id):
    for bad in ("0", "-3", "99999", "x"):
        out = console.say(f"settings followup stale_days={bad}")
        assert "from 1 to 3650" in out, bad
    assert "Saved" in console.say("settings followup stale_days=1")
    assert "example: settings hours" in console.say("settings hours 08:75-18:00")
    assert _settings(sessions, ws_id)["followups"]["stale_deal"]["days"] == 1


def test_fx_rates_are_set_shown_removed_and_convert_the_pipeline(console, sessions, ws_id):
    console.say("deal add Euro deal 1000 EUR")
    console.say("deal add Dollar deal 1000 USD")
    console.say("deal add Pound deal 100 GBP")
    out = console.say("settings fx USD=0.92 GBP=1,17")
    assert "exchange rates: 1 GBP = 1.17 EUR, 1 USD = 0.92 EUR" in out
    assert _settings(sessions, ws_id)["fx_rates"] == {"USD": "0.92", "GBP": "1.17"}
    out = console.say("pipeline")
    assert "EUR 2,037" in out and "converted to EUR" in out  # 1000 + 920 + 117
    assert "exchange rates: 1 USD = 0.92 EUR" in console.say("settings fx_rates GBP=")
    assert "no rate for GBP" in console.say("pipeline")
    for bad, why in (
        ("USD=0", "not a rate"),
        ("USD=-1", "not a rate"),
        ("USD=abc", "not a rate"),
        ("XYZ=1", "not a currency code"),
        ("EUR=1", "EUR is the workspace currency"),
        ("USD", "example: settings fx USD=0.92"),
        ("", "example: settings fx USD=0.92"),
    ):
        assert why in console.say(f"settings fx {bad}"), bad
    assert "exchange rates: none" in console.say("settings fx clear")
    with transaction(sessions) as s:
        assert s.scalar(select(Workspace.settings))["fx_rates"] == {}
    assert "settings fx USD=0.92" in console.say("help settings")
