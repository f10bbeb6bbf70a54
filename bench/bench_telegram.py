"""Telegram benchmark: updates per second through the webhook endpoint, and time to reply.

This process runs the crmbot web server with the Telegram service in webhook mode
(mounted as `crmbot run` mounts it) and a fake Bot API on loopback; a load generator
in a second process POSTs a bounded number of updates (right secret header) with a
fixed concurrency, each from one of many member chats. The webhook handler answers
only after the reply was accepted by the (fake) Bot API (``process_update``, not the
queue), so the POST round trip is the time to the reply.

    .venv/bin/python -m bench.bench_telegram --contacts 100000 --requests 2000 --concurrency 16
    .venv/bin/python -m bench.bench_telegram ... --overall-rate 10000   # limiter opened up

By default the real limits apply: AIORateLimiter's 30 messages/s overall (Telegram's
broadcast limit) and our 1 message/s per chat, so throughput is capped near 30/s by
design; ``--overall-rate`` lifts the overall cap to measure the bot itself.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.common import add_database_arg, bench_db, kind, pct, seeded

SECRET = "bench-webhook-secret"
COMMANDS = (  # (weight, template): reads dominate, as in daily use
    (30, "/contact show {name}"),
    (20, "/contact show #c{cid}"),
    (15, "/deal list mine"),
    (10, "/pipeline"),
    (15, "/log note #c{cid}: bench call {i}"),
    (10, "/contact add Bench Person {i} email=bench{i}@example.com"),
)
NAMES = ("maria", "john", "lopez", "anna", "smith", "garcia", "müller", "kim")
MEMBER_BASE = 900_000_000


def _update(i: int, members: int, max_contact: int, run: int) -> dict[str, Any]:
    rnd = random.Random(i)
    template = rnd.choices([t for _, t in COMMANDS], [w for w, _ in COMMANDS])[0]
    text = template.format(name=rnd.choice(NAMES), cid=rnd.randint(1, max_contact), i=i)
    uid = MEMBER_BASE + i % members
    return {
        "update_id": run + i,  # new ids per run: the database remembers processed ones
        "message": {
            "message_id": i + 1,
            "from": {"id": uid, "is_bot": False, "first_name": f"Rep{i % members}"},
            "chat": {"id": uid, "type": "private", "first_name": f"Rep{i % members}"},
            "date": int(time.time()),
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }


def load_generator(
    url: str, n: int, conc: int, members: int, max_c: int, first_id: int, out: Any
) -> None:
    """Second process: POST ``n`` updates, ``conc`` at a time; report start/end/status."""
    import aiohttp

    results: dict[int, tuple[float, float, int]] = {}

    async def run() -> None:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(n):
            queue.put_nowait(i)
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conc)) as http:

            async def worker() -> None:
                while not queue.empty():
                    i = queue.get_nowait()
                    body = _update(i, members, max_c, first_id)
                    t0 = time.monotonic()
                    async with http.post(url, json=body, headers=headers) as resp:
                        await resp.read()
                        results[i] = (t0, time.monotonic(), resp.status)

            await asyncio.gather(*(worker() for _ in range(conc)))

    asyncio.run(run())
    out.send(results)
    out.close()


def add_members(sessions: Any, ws_id: int, count: int) -> None:
    """Telegram members with their private chats bound (as if each had joined by invite)."""
    from sqlalchemy import func, select

    from storage.db import transaction
    from storage.models import Identity, User
    from storage.models_members import ChatBinding

    with transaction(sessions) as s:
        have = s.scalar(
            select(func.count()).select_from(Identity).where(Identity.platform == "telegram")
        )
        if have:
            return
        for k in range(count):
            uid = str(MEMBER_BASE + k)
            u = User(
                workspace_id=ws_id,
                display_name=f"Rep{k}",
                name_key=f"rep{k}",
                role="rep",
                timezone="Europe/Madrid",
            )
            s.add(u)
            s.flush()
            s.add(
                Identity(
                    workspace_id=ws_id, user_id=u.id, platform="telegram", platform_user_id=uid
                )
            )
            s.add(ChatBinding(platform="telegram", chat_id=uid, workspace_id=ws_id))


async def serve_and_measure(args: argparse.Namespace, db: str) -> None:
    from aiohttp import web
    from sqlalchemy import func, select
    from telegram_fakeapi import TOKEN, FakeBotAPI

    from bot.app import App
    from bot.config import load_config
    from bot.run import healthz
    from bot.telegram.service import WEBHOOK_PATH, TelegramService
    from bot.telegram.settings import TelegramSettings
    from handlers.core import Bot
    from storage.db import transaction
    from storage.models import Contact

    engine, sessions, ws_id = seeded(db, args.contacts, activities_per_contact=args.activities)
    add_members(sessions, ws_id, args.members)
    with transaction(sessions) as s:
        max_contact = s.scalar(select(func.max(Contact.id))) or 1
    fake = FakeBotAPI()
    await fake.start()
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": fake.base_url,
        "TELEGRAM_WEBHOOK_URL": "https://bench.example.com/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
    }
    config = load_config(env, dotenv=False)
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    settings.overall_max_rate = args.overall_rate
    app = App(config, engine, sessions, Bot(sessions))
    service = TelegramService(app, settings)
    web_app = web.Application()
    web_app.router.add_get("/healthz", healthz)
    web_app.add_routes(service.routes())
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}{WEBHOOK_PATH}"
    await service.start()

    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=load_generator,
        args=(
            url,
            args.requests,
            args.concurrency,
            args.members,
            max_contact,
            int(time.time()) * 1000,
            send,
        ),
    )
    t_start = time.monotonic()
    proc.start()
    loop = asyncio.get_running_loop()
    results: dict[int, tuple[float, float, int]] = await loop.run_in_executor(None, recv.recv)
    await loop.run_in_executor(None, proc.join)
    sends = fake.sent("sendMessage")
    await service.stop()
    await runner.cleanup()
    await fake.stop()

    statuses = statistics.multimode([r[2] for r in results.values()])
    reply_ms = [(r[1] - r[0]) * 1000 for r in results.values()]
    first = min(r[0] for r in results.values())
    last = max(r[1] for r in results.values())
    print(
        f"== Telegram webhook, {args.contacts:,} contacts, {args.members} member chats, "
        f"{kind(args.database_url)}, 2 cores"
    )
    print(
        f"  updates {len(results)}  concurrency {args.concurrency}  HTTP status {statuses}"
        f"  sendMessage calls {len(sends)}  overall limit {args.overall_rate:g}/s"
    )
    print(f"  throughput  {len(results) / (last - first):7.1f} updates/s (POST -> reply sent)")
    print(f"  reply time  p50 {pct(reply_ms, 50):7.1f} ms   p99 {pct(reply_ms, 99):7.1f} ms")
    print(f"  wall        {time.monotonic() - t_start:7.1f} s (incl. spawning the load process)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--activities", type=int, default=2, help="activities per contact")
    ap.add_argument("--members", type=int, default=1000, help="Telegram member chats")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--overall-rate", type=float, default=30, help="AIORateLimiter msgs/s")
    ap.add_argument("--dir", default=None, help="keep the generated database here")
    add_database_arg(ap)
    args = ap.parse_args()
    logging.basicConfig(
        level=logging.WARNING,
        filename=str(Path(tempfile.gettempdir()) / "crmbot-bench-telegram.log"),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"== database: {kind(args.database_url)}")
    asyncio.run(
        serve_and_measure(args, bench_db(args.database_url, base, f"telegram-{args.contacts}"))
    )


if __name__ == "__main__":
    main()
