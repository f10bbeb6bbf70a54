"""Capture benchmark: the calendar feed and contact-card imports (issue 17).

Run by hand:  .venv/bin/python -m bench.bench_capture [--reminders 2000] [--cards 2000]
              [--database-url postgresql://…]  (default CRMBOT_DATABASE_URL, else SQLite)

Prints: the time to build one user's feed (the HTTP route's work: look up the address,
query, build the iCalendar with its VTIMEZONE, serialise) with that many reminders, its
size; and contact cards imported a second (read with vobject, duplicate-checked, written
with their extra emails and phones and audit rows), plus the same file again (all
duplicates).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import add_database_arg, bench_db, kind, pct
from storage import calendar_feed, vcards
from storage import reminders as rem
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.models import Workspace
from storage.types import utcnow
from storage.workspaces import ensure_user, get_or_create_workspace


def _ctx(s, ws_id: int, name: str) -> Ctx:  # type: ignore[no-untyped-def]
    ws = s.get(Workspace, ws_id)
    user = ensure_user(s, ws, "bench", name, name.title(), role="admin")
    return Ctx(session=s, workspace=ws, user=user, now=utcnow())


def feed_bench(url: str, reminders: int, runs: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with transaction(factory) as s:
        ws_id = get_or_create_workspace(s, "bench-feed", "Europe/Madrid", "EUR").id
        ctx = _ctx(s, ws_id, "ana")
        ctx.user.timezone = "Europe/Madrid"
        for i in range(reminders):
            due = ctx.now + timedelta(hours=3 + i * 5)
            rem.create(ctx, f"Call customer {i}: renewal, quote and the next steps", due)
        feed = calendar_feed.feed_of(ctx)
        feed_id, secret = feed.id, feed.secret
    times: list[float] = []
    size = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        body = calendar_feed.render_feed(factory, feed_id, secret, utcnow())
        times.append(time.perf_counter() - t0)
        assert body is not None
        size = len(body)
    print(
        f"feed with {reminders} reminders: p50 {pct(times, 50) * 1000:.0f} ms, "
        f"p99 {pct(times, 99) * 1000:.0f} ms, {size / 1024:.0f} KiB ({runs} runs)"
    )
    engine.dispose()


def _cards(n: int) -> bytes:
    out = []
    for i in range(n):
        out.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:Persona Número {i}\r\nN:Número {i};Persona;;;\r\n"
            f"ORG:Empresa {i % 50}\r\nTITLE:Compras\r\n"
            f"EMAIL;TYPE=WORK:p{i}@empresa{i % 50}.es\r\nEMAIL;TYPE=HOME:p{i}@casa.es\r\n"
            f"TEL;TYPE=CELL:+34 6{i:08d}\r\nTEL;TYPE=WORK:+34 9{i:08d}\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode("utf-8")


def import_bench(url: str, n: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    data = _cards(n)
    with transaction(factory) as s:
        ws_id = get_or_create_workspace(s, "bench-cards", "UTC", "EUR").id
    for label in ("new", "again (all duplicates)"):
        t0 = time.perf_counter()
        cards, problems = vcards.read_cards(data)
        t_read = time.perf_counter() - t0
        with transaction(factory) as s:
            result = vcards.import_cards(_ctx(s, ws_id, "ana"), cards, problems=problems)
        total = time.perf_counter() - t0
        print(
            f"{n} cards {label}: {n / total:,.0f} cards/s (reading {n / t_read:,.0f}/s); "
            f"created {len(result.created)}, duplicates {len(result.duplicates)}, "
            f"refused {len(result.rejected)}"
        )
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reminders", type=int, default=2000)
    ap.add_argument("--cards", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "crmbot-bench")
    add_database_arg(ap)
    ns = ap.parse_args()
    ns.dir.mkdir(parents=True, exist_ok=True)
    print(f"database: {kind(ns.database_url)}")
    feed_bench(bench_db(ns.database_url, ns.dir, "capture_feed", reset=True), ns.reminders, ns.runs)
    import_bench(bench_db(ns.database_url, ns.dir, "capture_cards", reset=True), ns.cards)


if __name__ == "__main__":
    main()
