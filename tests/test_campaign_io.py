"""Campaign imports and exports on the command line: a campaign column in `crmbot import
contacts`, `crmbot export campaign NAME`, and the segment filters in `crmbot export`."""

from __future__ import annotations

import csv
import io

import pytest

from bot.app import build_app
from bot.cli import main as cli
from bot.config import load_config
from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.workspaces import get_or_create_workspace


@pytest.fixture
def chat(tmp_path, monkeypatch) -> ConsoleAdapter:
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.chdir(tmp_path)
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR")
    console = ConsoleAdapter(app.bot, ws.id, "ana", "Europe/Madrid")
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    console.say("account add Fjord Soft industry=software region=Nordics")
    console.say("contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt")
    console.say("contact add Ole Hansen email=ole@nordfrakt.no account=Nordfrakt")
    console.say("contact add Sven Soft email=sven@fjord.no account=Fjord Soft")
    console.say("segment save Nordic logistics industry=logistics region=Nordics")
    console.say('campaign new "Q1 webinar" type=webinar segment=Nordic logistics')
    console.say("campaign start Q1 webinar")
    return console


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_import_contacts_with_a_campaign_column(chat, tmp_path, capsys) -> None:
    f = tmp_path / "leads.csv"
    f.write_text(
        "Name,Email,Company,Campaign\n"
        "Nina Newlead,nina@x.no,Nordfrakt,Q1 webinar\n"
        "Per Plain,per@x.no,Nordfrakt,\n"
        "Bad Campaign,bad@x.no,Nordfrakt,Nope campaign\n"
    )
    assert cli(["import", "contacts", str(f), "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "no campaign named 'Nope campaign'" in out and "line 4" in out
    shown = chat.say("campaign show Q1 webinar")
    assert "new leads: 1" in shown
    assert "Nina Newlead" in chat.say("contact list source=campaign:Q1 webinar")


def test_export_campaign_members_with_statuses(chat, tmp_path, capsys) -> None:
    chat.say("campaign member Q1 webinar: Maria Lopez status=responded")
    out_file = tmp_path / "members.csv"
    assert cli(["export", "campaign", "Q1", "webinar", "--out", str(out_file)]) == 0
    rows = _rows(out_file.read_text())
    assert {r["name"]: r["status"] for r in rows} == {
        "Maria Lopez": "responded",
        "Ole Hansen": "planned",
    }
    assert rows[0]["email"] and rows[0]["account"] == "Nordfrakt"


def test_export_with_segment_filters(chat, capsys) -> None:
    capsys.readouterr()
    assert cli(["export", "contacts", "--where", "industry=logistics region=Nordics"]) == 0
    names = {r["name"] for r in _rows(capsys.readouterr().out)}
    assert names == {"Maria Lopez", "Ole Hansen"}
    assert cli(["export", "accounts", "--segment", "Nordic logistics"]) == 0
    assert {r["name"] for r in _rows(capsys.readouterr().out)} == {"Nordfrakt"}
