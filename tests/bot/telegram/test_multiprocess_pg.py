"""Two `crmbot run` processes on one PostgreSQL database, Slack and Telegram through both.

Real processes (``crmbot run``, the same entry point as production) on free ports, the fake
Slack Web API and fake Telegram Bot API of tests/ in this process, and a client that
alternates between the two processes the way a round-robin proxy would. Every Slack event
and Telegram update is delivered twice, once to each process (a platform retry landing on
the other process); slash commands and button clicks once each. Then reminders fall due
and one process is killed with SIGKILL while it holds claimed reminders: the other takes
them over when their lease runs out. Checked: every message answered once, every record
written once, every reminder delivered, none lost.

Skips cleanly without PostgreSQL (CRMBOT_TEST_DATABASE_URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from slack_fake import FakeSlack
from slack_harness import Harness, free_port
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url
from telegram_fakeapi import TOKEN, FakeBotAPI, text_update

from bot.telegram.service import SECRET_HEADER, WEBHOOK_PATH
from storage.db import make_engine, make_sessionmaker, normalize_url, transaction, upgrade
from storage.models import Contact, Identity, Reminder
from storage.types import utcnow

URL = os.environ.get("CRMBOT_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,
    pytest.mark.skipif(not URL, reason="PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL"),
]
ROOT = Path(__file__).resolve().parents[3]
TG_SECRET = "mp_webhook_secret"
SLACK_USERS = [f"WMP{i}" for i in range(4)]
TG_USERS = [7001 + i for i in range(4)]
PER_CHAT = 5  # reminders per chat: ~5 s of paced sending (1/s per chat)


@pytest.fixture
def db_url() -> Iterator[str]:
    """A private schema of the test database, migrated once before any process starts."""
    assert URL
    schema = f"mp_{uuid.uuid4().hex[:10]}"
    admin = make_engine(URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    parsed = make_url(normalize_url(URL))
    url = parsed.set(
        query=dict(parsed.query) | {"options": f"-csearch_path={schema}"}
    ).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


class Proc:
    def __init__(self, url: str, env: dict[str, str], tmp: Path, name: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / f"{name}.log"
        full = {k: v for k, v in os.environ.items() if not k.startswith(("CRMBOT_", "SLACK_"))}
        full.update(env, CRMBOT_DATABASE_URL=url, CRMBOT_PORT=str(self.port))
        full["PYTHONPATH"] = str(ROOT)
        self.popen = subprocess.Popen(
            [sys.executable, "-c", "from bot.cli import main; raise SystemExit(main())", "run"],
            cwd=tmp,
            env=full,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )

    @property
    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        self.popen.send_signal(signal.SIGKILL)
        self.popen.wait(10)

    def stop(self) -> None:
        if self.alive:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[FakeSlack, FakeBotAPI]]:
    slack, tg = FakeSlack(), FakeBotAPI()
    await slack.start()
    await tg.start()
    yield slack, tg
    await tg.stop()
    await slack.stop()


class Client:
    """Round robin over the live processes; a refused connection goes to the next one (what
    Slack's and Telegram's retries do when a process is gone)."""

    def __init__(self, http: aiohttp.ClientSession, procs: list[Proc], slack: Harness) -> None:
        self.http, self.procs, self.slack = http, procs, slack
        self.turn = 0

    def pick(self, offset: int = 0) -> Proc:
        live = [p for p in self.procs if p.alive]
        self.turn += 1
        return live[(self.turn + offset) % len(live)]

    async def post(
        self, path: str, data: bytes, headers: dict[str, str], proc: Proc | None = None
    ) -> int:
        target = proc or self.pick()
        for _ in range(4):
            try:
                async with self.http.post(target.url + path, data=data, headers=headers) as r:
                    await r.read()
                    return r.status
            except aiohttp.ClientError:
                target = self.pick()
        raise AssertionError(f"no process answered {path}")

    async def slack_form(self, body: str) -> int:
        ctype = "application/x-www-form-urlencoded"
        return await self.post("/slack/events", body.encode(), self.slack.headers(body, ctype))

    async def slack_event_twice(self, body: str) -> None:
        """The event to one process and Slack's retry (same event_id) to the other."""
        first = self.pick()
        second = self.pick()
        h = self.slack.headers(body, "application/json")
        assert await self.post("/slack/events", body.encode(), h, first) == 200
        retry = dict(self.slack.headers(body, "application/json"))
        retry.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
        assert await self.post("/slack/events", body.encode(), retry, second) == 200

    async def telegram_twice(self, update: dict[str, Any]) -> None:
        data = json.dumps(update).encode()
        h = {"Content-Type": "application/json", SECRET_HEADER: TG_SECRET}
        first, second = self.pick(), self.pick()
        assert await self.post(WEBHOOK_PATH, data, h, first) == 200
        assert await self.post(WEBHOOK_PATH, data, h, second) == 200


async def wait_until(cond: Any, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while loop.time() < end:
        if cond():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


async def test_two_processes_answer_once_write_once_and_survive_a_kill(
    db_url: str, fakes: tuple[FakeSlack, FakeBotAPI], tmp_path: Path
) -> None:
    slack_fake, tg_fake = fakes
    env = {
        "CRMBOT_HOST": "127.0.0.1",
        "CRMBOT_SCHEDULER_SWEEP": "0.3",
        "CRMBOT_SCHEDULER_LEASE": "4",
        "CRMBOT_FOLLOWUPS": "off",
        "SLACK_BOT_TOKEN": "xoxb-multiprocess-token",
        "SLACK_SIGNING_SECRET": "test-signing-secret",
        "SLACK_API_URL": slack_fake.api_url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": tg_fake.base_url,
        "TELEGRAM_WEBHOOK_URL": "https://crm.example.com/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": TG_SECRET,
        "TELEGRAM_ADMIN_IDS": ",".join(str(u) for u in TG_USERS),
        "CRMBOT_LOG_LEVEL": "INFO",
    }
    procs = [Proc(db_url, env, tmp_path, f"p{i}") for i in range(2)]
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    try:
        async with aiohttp.ClientSession() as http:
            for p in procs:
                for _ in range(400):
                    with contextlib.suppress(aiohttp.ClientError):
                        async with http.get(p.url + "/readyz") as r:
                            if r.status == 200:
                                break
                    assert p.alive, p.log.read_text()
                    await asyncio.sleep(0.05)
            harness = Harness(None, slack_fake, None)  # type: ignore[arg-type]
            client = Client(http, procs, harness)

            # 1. Each user's first message, one at a time: the workspace and users exist.
            for u in SLACK_USERS:
                assert await client.slack_form(harness.command_body("help", user=u)) == 200
            for uid in TG_USERS:
                await client.telegram_twice(text_update("/help", from_id=uid))
            await slack_fake.wait_for("response_url", len(SLACK_USERS), timeout=30)
            await tg_fake.wait_for("sendMessage", len(TG_USERS), timeout=30)

            # 2. The mix, concurrently: slash commands, events (twice), clicks, updates (twice).
            n = 12
            jobs = []
            for i in range(n):
                u = SLACK_USERS[i % len(SLACK_USERS)]
                jobs.append(
                    client.slack_form(
                        harness.command_body(f"contact add Slash{i} Mp email=s{i}@mp.io", user=u)
                    )
                )
                body = harness.event_body(
                    f"contact add Event{i} Mp email=e{i}@mp.io",
                    event_id=f"EvMP{i}",
                    user=u,
                    channel=f"DMP{i}",
                    ts=f"1700000{i:03d}.000100",
                )
                jobs.append(client.slack_event_twice(body))
                jobs.append(_click(client, harness, u))
                jobs.append(
                    client.telegram_twice(
                        text_update(f"/contact add Tg{i} Mp", from_id=TG_USERS[i % len(TG_USERS)])
                    )
                )
            results = await asyncio.gather(*jobs)
            assert all(r in (None, 200) for r in results)
            # Answers: one per slash command and click (response_url), one per event
            # (chat.postMessage to its channel), one per Telegram update.
            await slack_fake.wait_for("response_url", len(SLACK_USERS) + 2 * n, timeout=60)
            await wait_until(
                lambda: len(tg_fake.sent()) >= len(TG_USERS) + n, 60, "telegram replies"
            )
            await asyncio.sleep(1.0)  # a duplicate answer, if any, would arrive meanwhile
            rids = Counter(c.params["_rid"] for c in slack_fake.of("response_url"))
            assert len(rids) == len(SLACK_USERS) + 2 * n and set(rids.values()) == {1}
            event_posts = Counter(
                c.params.get("channel")
                for c in slack_fake.of("chat.postMessage")
                if str(c.params.get("channel", "")).startswith("DMP")
            )
            assert event_posts == Counter({f"DMP{i}": 1 for i in range(n)})
            assert len(tg_fake.sent()) == len(TG_USERS) + n
            with transaction(sessions) as s:
                names = Counter(s.scalars(select(Contact.name)).all())
                ids = s.scalar(select(func.count()).select_from(Identity))
            expected = {f"{k}{i} Mp" for i in range(n) for k in ("Slash", "Event", "Tg")}
            assert set(names) == expected and set(names.values()) == {1}
            assert ids == len(SLACK_USERS) + len(TG_USERS)

            # 3. Reminders due now for every chat; kill the process that holds some.
            sent_before = len(tg_fake.sent()), len(slack_fake.of("chat.postMessage"))
            now = utcnow()
            with transaction(sessions) as s:
                users = s.execute(select(Identity.user_id, Identity.workspace_id)).all()
                rows = [
                    {
                        "workspace_id": ws,
                        "user_id": uid,
                        "created_by_id": uid,
                        "text": f"mp reminder {uid}-{k}",
                        "due_at": now - timedelta(seconds=1),
                        "kind": "manual",
                        "status": "pending",
                        "attempts": 0,
                        "created_at": now,
                        "updated_at": now,
                    }
                    for uid, ws in users
                    for k in range(PER_CHAT)
                ]
                s.execute(insert(Reminder), rows)
            total = len(rows)

            def holders() -> set[int]:
                with sessions() as s:
                    workers = s.scalars(
                        select(Reminder.claimed_by).where(Reminder.status == "claimed")
                    ).all()
                return {int(w.split(":")[1]) for w in workers if w}

            await wait_until(lambda: bool(holders()), 20, "a claim")
            victim = next(p for p in procs if p.popen.pid in holders())
            await asyncio.sleep(1.0)  # it sends a few first
            victim.kill()
            # Messages keep coming: the client now only reaches the survivor.
            for i in range(n, n + 3):
                assert (
                    await client.slack_form(
                        harness.command_body(f"contact add Late{i} Mp", user=SLACK_USERS[0])
                    )
                    == 200
                )

            def delivered() -> Counter[str]:
                texts = [c.params.get("text", "") for c in tg_fake.sent()[sent_before[0] :]]
                texts += [
                    json.dumps(c.params)
                    for c in slack_fake.of("chat.postMessage")[sent_before[1] :]
                ]
                found: Counter[str] = Counter()
                for t in texts:
                    for m in set(re.findall(r"mp reminder (\d+-\d+)", t)):  # text + blocks
                        found[m] += 1
                return found

            def settled() -> bool:
                # A send in flight at the kill was delivered but never marked sent: its row
                # stays claimed by the dead process until the lease runs out and the
                # survivor takes it over (and may send it again: at-least-once).
                with sessions() as s:
                    return not s.scalar(
                        select(func.count())
                        .select_from(Reminder)
                        .where(Reminder.status.in_(("pending", "claimed")))
                    )

            await wait_until(
                lambda: len(delivered()) == total and settled(), 90, "every reminder settled"
            )
            with sessions() as s:
                statuses = Counter(s.scalars(select(Reminder.status)).all())
                late = s.scalar(
                    select(func.count()).select_from(Contact).where(Contact.name.like("Late%"))
                )
            assert statuses == Counter({"sent": total})
            assert late == 3
            dupes = sum(c - 1 for c in delivered().values())
            # At-least-once: only a send in flight at the kill (one per chat at most) may repeat.
            assert dupes <= len(users)
            # The survivor took the victim's claims over (its /metrics counts them).
            survivor = next(p for p in procs if p.alive)
            async with http.get(survivor.url + "/metrics") as r:
                body = await r.text()
            took = re.search(r'crmbot_reminders_total\{event="takeover"\} (\S+)', body)
            assert took is not None and float(took.group(1)) > 0
    finally:
        for p in procs:
            p.stop()
        engine.dispose()


async def _click(client: Client, harness: Harness, user: str) -> int:
    """A button press ("pipeline"), answered through its own response_url."""
    body = "payload=" + quote(
        json.dumps(harness.click_payload("pipeline", user=user, ephemeral=True))
    )
    return await client.slack_form(body)
