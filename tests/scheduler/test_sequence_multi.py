"""Two sequence runner processes on one database (PostgreSQL: FOR UPDATE SKIP LOCKED;
SQLite: BEGIN IMMEDIATE), then a third one started after them (a restart): every email
step goes out once through a real SMTP server and every call step makes one reminder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from test_sequence_steps import Inbox, smtp  # noqa: F401  (the SMTP server fixture)

from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.models import Reminder
from storage.models_sequences import SequenceEnrollment, SequenceStepRun

N = 40


def _run_workers(engine, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    url = engine.url.render_as_string(hide_password=False)
    schema = "-" if engine.dialect.name == "sqlite" else f"crmbot_test_{os.getpid()}"
    worker = Path(__file__).parents[1] / "sequence_worker.py"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    start_at = time.time() + 3
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), url, schema, str(start_at)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    return [out for out, _ in outs]


def _figure(out: str, name: str) -> int:
    return int(out.split(f"{name}=")[1].split()[0])


def test_two_runner_processes_and_a_restart_run_each_step_once(
    console: ConsoleAdapter,
    engine,
    sessions,
    smtp: Inbox,  # noqa: F811
) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    for i in range(N):
        console.say(f"contact add Bulk{i} Person email=bulk{i}@nordfrakt.no account=Nordfrakt")
    console.say("segment save Nordic industry=logistics")
    console.say('sequence new "Warm up"')
    console.say('sequence step add "Warm up" email Hello {first_name} | Hi {first_name}')
    console.say('sequence step add "Warm up" call "ask about the trial"')
    assert f"Enrolled {N} of segment Nordic" in console.say("enroll segment Nordic in Warm up")

    outs = _run_workers(engine, 2)
    to = smtp.to()
    assert len(to) == len(set(to)) == N, "every email step once"
    emails = [_figure(o, "emails") for o in outs]
    calls = [_figure(o, "calls") for o in outs]
    assert sum(emails) == N and sum(calls) == N, outs
    assert all(e + c > 0 for e, c in zip(emails, calls, strict=True)), f"both took part: {outs}"

    # A restart: a fresh process finds nothing left to do.
    (again,) = _run_workers(engine, 1)
    assert _figure(again, "emails") == 0 and _figure(again, "calls") == 0
    assert len(smtp.to()) == N
    with transaction(sessions) as s:
        reminders = s.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.kind == "sequence_call")
        )
        runs = s.execute(select(SequenceStepRun.enrollment_id, SequenceStepRun.step)).all()
        finished = s.scalar(
            select(func.count())
            .select_from(SequenceEnrollment)
            .where(SequenceEnrollment.status == "finished")
        )
    assert reminders == N and len(runs) == len(set(runs)) == 2 * N and finished == N
