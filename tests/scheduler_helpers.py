"""Helpers shared by the scheduler tests: a recording notifier and reminder factories."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from handlers.types import Reply
from scheduler.delivery import Target
from scheduler.dispatcher import Dispatcher
from storage import reminders as rem
from storage.context import Ctx
from storage.db import make_engine, transaction, upgrade
from storage.models import Reminder, User, Workspace
from storage.workspaces import ensure_user


@dataclass
class FakeNotifier:
    """Records deliveries; ``fail`` holds exceptions to raise on the next sends."""

    platform: str = "console"
    sent: list[tuple[Target, Reply]] = field(default_factory=list)
    fail: list[Exception] = field(default_factory=list)

    async def send(self, target: Target, reply: Reply) -> None:
        if self.fail:
            raise self.fail.pop(0)
        self.sent.append((target, reply))

    def texts(self) -> list[str]:
        return [r.text for _, r in self.sent]


def user(sessions: sessionmaker[Session], ws_id: int, name: str = "ana", tz: str = "Europe/Madrid",
         role: str | None = None) -> int:  # fmt: skip
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        assert ws is not None
        return ensure_user(s, ws, "console", name, name, timezone=tz, role=role).id


def add_reminder(
    sessions: sessionmaker[Session],
    ws_id: int,
    user_id: int,
    due: datetime,
    text: str = "call Maria",
    *,
    now: datetime,
    **kw: object,
) -> int:
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        u = s.get(User, user_id)
        assert ws is not None and u is not None
        ctx = Ctx(session=s, workspace=ws, user=u, now=now)
        r = rem.create(ctx, text, due, allow_past=True, **kw)  # type: ignore[arg-type]
        s.flush()
        return r.id


def row(sessions: sessionmaker[Session], rid: int) -> Reminder:
    with sessions() as s:
        r = s.get(Reminder, rid)
        assert r is not None
        s.expunge(r)
        return r


def all_rows(sessions: sessionmaker[Session]) -> list[Reminder]:
    with sessions() as s:
        rows = list(s.scalars(select(Reminder).order_by(Reminder.id)))
        for r in rows:
            s.expunge(r)
        return rows


def dispatcher(sessions: sessionmaker[Session], notifier: FakeNotifier, clock, **kw) -> Dispatcher:  # type: ignore[no-untyped-def]
    return Dispatcher(sessions, {notifier.platform: notifier}, clock=clock, **kw)


PG_ADMIN = os.environ.get("CRMBOT_SCHED_PG_ADMIN", "postgresql://root@127.0.0.1:5432/postgres")


def fresh_pg_database(name: str) -> str:
    """The URL of database ``name`` on the local PostgreSQL, emptied and migrated.

    The multi-process tests use databases of their own (their worker processes cannot share
    the per-run schema of the ``engine`` fixture); skips with the reason when PostgreSQL is
    not reachable.
    """
    base = PG_ADMIN.rsplit("/", 1)[0]
    try:
        admin = make_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": name})
            if not exists:
                conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
    except Exception as exc:
        pytest.skip(f"PostgreSQL not available for the multi-process test: {exc}")
    url = f"{base}/{name}"
    eng = make_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    upgrade(eng)
    eng.dispose()
    return url
