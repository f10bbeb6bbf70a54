"""``crmbot scheduler --once`` delivers what is due through the console notifier."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.cli import main
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.models import Reminder
from storage.types import utcnow
from storage.workspaces import ensure_user, get_or_create_workspace


def test_scheduler_once_prints_due_reminder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    engine = make_engine(url)
    upgrade(engine)
    now = utcnow()
    with transaction(make_sessionmaker(engine)) as s:
        ws = get_or_create_workspace(s, "default", "Europe/Madrid")
        u = ensure_user(s, ws, "console", "ana", "ana")
        s.add(Reminder(workspace_id=ws.id, user_id=u.id, text="call Maria",
                       due_at=now - timedelta(minutes=1), status="pending", attempts=0,
                       kind="manual", created_at=now, updated_at=now))  # fmt: skip
    engine.dispose()
    monkeypatch.setenv("CRMBOT_DATABASE_URL", url)
    monkeypatch.setenv("CRMBOT_FOLLOWUPS", "off")
    monkeypatch.chdir(tmp_path)
    assert main(["scheduler", "--once", "--console"]) == 0
    out = capsys.readouterr().out
    assert "call Maria" in out and "reminders done 1" in out
    assert "delivered 1" in out
