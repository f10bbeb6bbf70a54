"""Two scheduler processes on one PostgreSQL: every SLA warning and escalation of 150
support cases is delivered exactly once (the reminder loop's claim machinery).

Uses its own database (crmbot_cases_sched), so it never collides with the reminder test's.
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
from sqlalchemy import select, text

from storage import cases as cs
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction
from storage.models import Account, Reminder, Team, User
from storage.types import utcnow
from storage.workspaces import ensure_user, get_or_create_workspace

DB = "crmbot_cases_sched"
N = 150


@pytest.fixture
def pg_url() -> str:
    return fresh_pg_database(DB)


def test_two_processes_deliver_each_sla_warning_and_escalation_once(
    pg_url: str, tmp_path: Path
) -> None:
    engine = make_engine(pg_url)
    sessions = make_sessionmaker(engine)
    opened = utcnow() - timedelta(days=30)  # long ago: every clock has run out
    with transaction(sessions) as s:
        ws = get_or_create_workspace(s, "multi", "Europe/Madrid")
        ana = ensure_user(s, ws, "console", "ana", "ana")
        sam = ensure_user(s, ws, "console", "sam", "sam", role="support")
        mia = ensure_user(s, ws, "console", "mia", "mia", role="manager")
        s.flush()
        team = Team(workspace_id=ws.id, name="Support", manager_id=mia.id)
        s.add(team)
        s.flush()
        sam.team_id = team.id
        ctx = Ctx(session=s, workspace=ws, user=ana, now=opened)
        acc = Account(workspace_id=ws.id, name="Acme", name_key="acme", owner_id=ana.id,
                      tags=[], created_at=opened, updated_at=opened)  # fmt: skip
        s.add(acc)
        s.flush()
        for i in range(N):
            cs.open_case(ctx, f"problem {i}", account=acc, priority=1 + i % 4, assignee=sam)
    with sessions() as s:
        expected = {
            r.id: (r.linked_id, r.kind, r.user_id)
            for r in s.scalars(select(Reminder).where(Reminder.linked_type == "case"))
        }
        sam_id, mia_id = (
            s.scalar(select(User.id).where(User.display_name == "sam")),
            s.scalar(select(User.id).where(User.display_name == "mia")),
        )
    assert len(expected) == 4 * N  # a warning and an escalation per clock, two clocks a case
    assert {k for _, k, _ in expected.values()} == set(cs.SLA_KINDS)
    assert {u for _, k, u in expected.values() if k.endswith("_warn")} == {sam_id}
    assert {u for _, k, u in expected.values() if k.endswith("_breach")} == {mia_id}

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
    ids = Counter(int(rid) for rid, _ in sent)
    per_process = Counter(pid for _, pid in sent)
    assert set(ids) == set(expected), "every warning and escalation delivered"
    assert max(ids.values()) == 1, "none delivered twice"
    assert len(per_process) == 2, f"both processes took part: {per_process}"
    per_case = Counter((expected[rid][0], expected[rid][1]) for rid in ids)
    assert len(per_case) == 4 * N and set(per_case.values()) == {1}
    with sessions() as s:
        statuses = Counter(s.scalars(text("SELECT status FROM reminders")).all())
    assert statuses == {"sent": 4 * N}
    engine.dispose()
