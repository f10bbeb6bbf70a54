"""The lead score in `crmbot export contacts` (a column) and as an export filter."""

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
    console.say("contact add Maria Lopez email=maria@x.no title=CEO source=referral")  # 33
    console.say("contact add Ole Hansen title=Sales Manager")  # 8
    return console


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_export_has_a_score_column_and_filter(chat, capsys) -> None:
    capsys.readouterr()
    assert cli(["export", "contacts"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert {r["name"]: r["score"] for r in rows} == {"Maria Lopez": "33", "Ole Hansen": "8"}
    assert cli(["export", "contacts", "--where", "score>=30"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [(r["name"], r["score"]) for r in rows] == [("Maria Lopez", "33")]
    chat.say("segment save Cool score<10")
    assert cli(["export", "contacts", "--segment", "Cool"]) == 0
    assert [r["name"] for r in _rows(capsys.readouterr().out)] == ["Ole Hansen"]
