"""Two scheduler processes on one PostgreSQL: 1,000 due reminders, each delivered once.

Uses its own database (crmbot_sched) because the shared fixture owns ``test``.
Skips with the reason when PostgreSQL is not reachable.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from scheduler_helpers import fresh_pg_database
from sqlalchemy import insert, text

from storage.db import make_engine, make_sessionmaker, transaction
from storage.models import Reminder
from storage.types import utcnow
from storage.workspaces import ensure_user, get_or_create_workspace

DB = "crmbot_sched"
N = 1000


@pytest.fixture
def pg_url() -> str:
    return fresh_pg_database(DB)


def test_two_processes_deliver_each_reminder_exactly_once(pg_url: str, tmp_path: Path) -> None:
    engine = make_engine(pg_url)
    sessions = make_sessionmaker(engine)
    now = utcnow()
    with transaction(sessions) as s:
        ws = get_or_create_workspace(s, "multi", "Europe/Madrid")
        u = ensure_user(s, ws, "console", "ana", "ana")
        s.execute(
            insert(Reminder),
            [
                {
                    "workspace_id": ws.id,
                    "user_id": u.id,
                    "text": f"r{i}",
                    "due_at": now - timedelta(seconds=i % 60),
                    "kind": "manual",
                    "status": "pending",
                    "attempts": 0,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(N)
            ],
        )
    log = tmp_path / "sent.log"
    worker = Path(__file__).parents[1] / "scheduler_pg_worker.py"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    start_at = time.time() + 4
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), pg_url, str(log), str(start_at)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    sent = [line.split() for line in log.read_text().splitlines()]
    ids = Counter(rid for rid, _ in sent)
    per_process = Counter(pid for _, pid in sent)
    assert len(ids) == N, "every reminder delivered"
    assert max(ids.values()) == 1, "no reminder delivered twice"
    assert len(per_process) == 2, f"both processes took part: {per_process}"
    with sessions() as s:
        statuses = Counter(s.scalars(text("SELECT status FROM reminders")).all())
    assert statuses == {"sent": N}
    engine.dispose()
