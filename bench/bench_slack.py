"""Slack benchmark: signed /crm slash commands per second through the HTTP endpoint.

The crmbot web server (Slack service mounted as `crmbot run` mounts it) and the fake
Slack Web API run in this process on loopback; a load generator in a second process
sends a bounded number of correctly signed slash-command requests with a fixed
concurrency. Per request we measure the time to the ack (HTTP 200 from /slack/events)
and the time until the reply reached the fake's response_url. Both processes read
CLOCK_MONOTONIC, so the two clocks agree.

    .venv/bin/python -m bench.bench_slack --contacts 100000 --requests 2000 --concurrency 16

With ``--processes N`` the server is N real ``crmbot run`` processes (each its own port,
the same database) instead of the in-process one, and the load generator sends request i
to process i mod N (a round-robin proxy). Meant for PostgreSQL (``--database-url``); on
SQLite the processes queue on the one file lock.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench.common import add_database_arg, bench_db, kind, pct, seeded

SECRET = "bench-signing-secret"
COMMANDS = (  # (weight, template): reads dominate, as in daily use
    (30, "find {name}"),
    (20, "contact show #c{cid}"),
    (15, "deal list mine"),
    (10, "pipeline"),
    (15, "log note #c{cid}: bench call {i}"),
    (10, "contact add Bench Person {i} email=bench{i}@example.com"),
)
NAMES = ("maria", "john", "lopez", "anna", "smith", "garcia", "müller", "kim")


def _body(i: int, base: str, max_contact: int) -> str:
    rnd = random.Random(i)
    weights = [w for w, _ in COMMANDS]
    template = rnd.choices([t for _, t in COMMANDS], weights)[0]
    text = template.format(name=rnd.choice(NAMES), cid=rnd.randint(1, max_contact), i=i)
    return urlencode(
        {
            "token": "x",
            "team_id": "T111",
            "team_domain": "bench",
            "channel_id": "C111",
            "channel_name": "sales",
            "user_id": f"U{i % 20:03d}",
            "user_name": "bench",
            "command": "/crm",
            "text": text,
            "response_url": f"{base}/response/{i}",
            "trigger_id": f"t{i}",
        }
    )


def load_generator(
    urls: list[str], fake_base: str, n: int, conc: int, max_c: int, rate: float, out: Any
) -> None:
    """Second process: send ``n`` signed commands, ``conc`` at a time (paced to ``rate``/s
    when given, else as fast as acks come back); report send and ack times."""
    import aiohttp
    from slack_sdk.signature import SignatureVerifier

    verifier = SignatureVerifier(SECRET)
    results: dict[int, tuple[float, float, int]] = {}

    async def run() -> None:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(n):
            queue.put_nowait(i)
        connector = aiohttp.TCPConnector(limit=conc)
        start = time.monotonic()
        async with aiohttp.ClientSession(connector=connector) as http:

            async def worker() -> None:
                while not queue.empty():
                    i = queue.get_nowait()
                    if rate:
                        await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                    body = _body(i, fake_base, max_c)
                    ts = str(int(time.time()))
                    headers = {
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": ts,
                        "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body),
                    }
                    t0 = time.monotonic()
                    url = urls[i % len(urls)]
                    async with http.post(url, data=body.encode(), headers=headers) as resp:
                        await resp.read()
                        results[i] = (t0, time.monotonic(), resp.status)

            await asyncio.gather(*(worker() for _ in range(conc)))

    cpu0 = time.process_time()
    asyncio.run(run())
    out.send((results, time.process_time() - cpu0))
    out.close()


async def serve_and_measure(args: argparse.Namespace, db: str) -> None:
    from aiohttp import web
    from slack_fake import FakeSlack

    from bot.app import App
    from bot.config import load_config
    from bot.run import healthz
    from bot.slack.service import build_service
    from handlers.core import Bot
    from storage.db import transaction
    from storage.models import Contact

    engine, sessions, _ws = seeded(db, args.contacts, activities_per_contact=args.activities)
    with transaction(sessions) as s:
        from sqlalchemy import func, select

        max_contact = s.scalar(select(func.max(Contact.id))) or 1
    fake = FakeSlack()
    await fake.start()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
        "CRMBOT_SLACK_WORKSPACE": "bench",  # team T111 adopts the seeded workspace
        "CRMBOT_WORKERS": str(args.workers),
    }
    procs: list[Any] = []
    if args.processes:
        urls, procs = await start_processes(args.processes, db, env)
        engine.dispose()  # the processes have their own pools
    else:
        app = App(load_config(env, dotenv=False), engine, sessions, Bot(sessions))
        service = build_service(app)
        assert service is not None
        web_app = web.Application()
        web_app.router.add_get("/healthz", healthz)
        web_app.add_routes(service.routes())
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        urls = [f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"]
        await service.start()

    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=load_generator,
        args=(urls, fake.base, args.requests, args.concurrency, max_contact, args.rate, send),
    )
    t_start = time.monotonic()
    proc.start()
    loop = asyncio.get_running_loop()
    cpu = CpuMeter([p.pid for p in procs] or [os.getpid()])
    got: tuple[dict[int, tuple[float, float, int]], float] = await loop.run_in_executor(
        None, recv.recv
    )
    results, generator_cpu = got
    await loop.run_in_executor(None, proc.join)
    await fake.wait_for("response_url", args.requests, timeout=600)
    t_end = max(c.at for c in fake.of("response_url"))
    replies = {int(c.params.get("_rid", -1)): c.at for c in fake.of("response_url")}
    used = cpu.used()
    if procs:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:  # a loaded machine: do not lose the figures
                p.kill()
    else:
        await service.stop()
        await runner.cleanup()
    await fake.stop()

    statuses = statistics.multimode([r[2] for r in results.values()])
    acks = [(r[1] - r[0]) * 1000 for r in results.values()]
    reply_ms = [(replies[i] - results[i][0]) * 1000 for i in results if i in replies]
    first = min(r[0] for r in results.values())
    print(
        f"== Slack /crm over HTTP, {args.contacts:,} contacts, {kind(args.database_url)}, 2 cores"
    )
    print(
        f"  processes {args.processes or '1 (in-process)'}"
        f"  requests {len(results)}  concurrency {args.concurrency}  workers {args.workers}"
        f"  offered rate {args.rate or 'max'}/s  HTTP status {statuses}"
    )
    print(f"  throughput  {len(results) / (t_end - first):7.1f} commands/s (ack -> reply posted)")
    print(f"  ack time    p50 {pct(acks, 50):7.1f} ms   p99 {pct(acks, 99):7.1f} ms")
    print(f"  reply time  p50 {pct(reply_ms, 50):7.1f} ms   p99 {pct(reply_ms, 99):7.1f} ms")
    print(f"  wall        {t_end - t_start:7.1f} s (incl. spawning the load process)")
    n = len(results)
    crmbot = used["crmbot"] / n * 1000
    harness = (used["harness"] if procs else 0.0) / n * 1000
    pg = used["postgres"] / n * 1000
    generator = generator_cpu / n * 1000
    total = crmbot + harness + pg + generator
    cores = os.cpu_count() or 1
    print(
        f"  CPU per command  crmbot {crmbot:5.2f} ms"
        + (f" (+ fake Slack and harness {harness:4.2f} ms)" if procs else " (incl. fake Slack)")
        + f"   PostgreSQL {pg:5.2f} ms   load generator {generator:5.2f} ms"
        + f"   total {total:5.2f} ms: {cores} cores carry at most {cores * 1000 / total:5.1f}/s"
    )


class CpuMeter:
    """CPU seconds used (user + system, from /proc) by the crmbot processes, by this harness
    process (the fake Slack API), and by every PostgreSQL server process, since creation.

    What limits a saturating run on a small machine is the sum per command: with every
    core busy, throughput is cores / (CPU seconds per command), however many processes
    share the work. PostgreSQL's figure counts the whole server (other clients included).
    """

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.start = self._now()

    @staticmethod
    def _proc(pid: int | str) -> float:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return 0.0
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _now(self) -> dict[str, float]:
        pg = 0.0
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if (entry / "comm").read_text().strip() in ("postgres", "postmaster"):
                        pg += self._proc(entry.name)
                except OSError:
                    continue
        return {
            "crmbot": sum(self._proc(pid) for pid in self.pids),
            "harness": self._proc(os.getpid()),
            "postgres": pg,
        }

    def used(self) -> dict[str, float]:
        now = self._now()
        return {k: now[k] - self.start[k] for k in now}


async def start_processes(n: int, db: str, env: dict[str, str]) -> tuple[list[str], list[Any]]:
    """``n`` ``crmbot run --slack --no-scheduler`` processes on free ports; their event URLs."""
    import os
    import socket
    import subprocess

    import aiohttp

    root = Path(__file__).resolve().parents[1]
    urls, procs = [], []
    for k in range(n):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        full = {k: v for k, v in os.environ.items() if not k.startswith(("CRMBOT_", "SLACK_"))}
        full |= env | {
            "CRMBOT_DATABASE_URL": db,
            "CRMBOT_HOST": "127.0.0.1",
            "CRMBOT_PORT": str(port),
            "CRMBOT_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(root),
        }
        log = open(Path(tempfile.gettempdir()) / f"crmbot-bench-slack-p{k}.log", "w")  # noqa: SIM115
        cmd = "from bot.cli import main; raise SystemExit(main())"
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", cmd, "run", "--slack", "--no-scheduler"],
                env=full,
                cwd=tempfile.gettempdir(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        urls.append(f"http://127.0.0.1:{port}/slack/events")
    async with aiohttp.ClientSession() as http:
        for url in urls:
            for _ in range(3000):  # up to 150 s: a loaded machine imports slowly
                try:
                    async with http.get(url.replace("/slack/events", "/readyz")) as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
            else:
                raise RuntimeError(f"{url} did not become ready")
    return urls, procs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--activities", type=int, default=2, help="activities per contact")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--rate", type=float, default=0, help="paced requests/s (0: saturate)")
    ap.add_argument("--workers", type=int, default=8, help="CRMBOT_WORKERS")
    ap.add_argument("--dir", default=None, help="keep the generated database here")
    ap.add_argument(
        "--processes", type=int, default=0, help="N separate `crmbot run` processes (0: in-process)"
    )
    add_database_arg(ap)
    args = ap.parse_args()
    logging.basicConfig(
        level=logging.INFO,
        filename=str(Path(tempfile.gettempdir()) / "crmbot-bench-slack.log"),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"== database: {kind(args.database_url)}")
    asyncio.run(
        serve_and_measure(args, bench_db(args.database_url, base, f"slack-{args.contacts}"))
    )


if __name__ == "__main__":
    main()
