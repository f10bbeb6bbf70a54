"""Core benchmark: handlers at 1k and 100k contacts, and the one-commit service unit.

Run by hand:  .venv/bin/python -m bench.bench_core [--sizes 1000 100000] [--unit-only]
              [--database-url postgresql://…]  (default CRMBOT_DATABASE_URL, else SQLite)
Prints p50/p99 per operation and the 100k/1k ratio (every lookup is indexed, so the
ratio of the per-record operations should stay near 1).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from bench.common import (
    add_database_arg,
    bench_db,
    is_postgres,
    kind,
    pct,
    seeded,
    summary,
    timed,
)
from handlers.core import Bot
from handlers.types import Incoming, Sender
from storage import crm
from storage import reminders as rem
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.lookup import find_by_phone
from storage.models import Contact, Opportunity, User, Workspace
from storage.schema import Base
from storage.workspaces import ensure_user, get_or_create_workspace

OPS = ("log a call", "move a deal", "pipeline")


def handler_bench(url: str, contacts: int, n: int) -> dict[str, list[float]]:
    engine, factory, ws_id = seeded(url, contacts)
    bot = Bot(factory)
    rnd = random.Random(1)
    with transaction(factory) as s:
        emails = s.scalars(
            select(Contact.email).where(Contact.workspace_id == ws_id).limit(5000)
        ).all()
        deals = [
            tuple(r)
            for r in s.execute(
                select(Opportunity.title, Opportunity.stage)
                .where(Opportunity.workspace_id == ws_id, Opportunity.status == "open")
                .limit(5000)
            )
        ]
        # An admin sees the whole workspace (a manager only their team).
        ensure_user(s, s.get(Workspace, ws_id), "bench", "admin", "Bench Admin", role="admin")
    sender = Sender("bench", "admin", "Bench Admin")
    stages = ("pre-approach", "presentation", "closing", "prospecting")

    def say(text: str) -> None:
        reply = bot.handle(Incoming(workspace_id=ws_id, sender=sender, text=text, channel="b"))
        if not reply.ok:
            raise RuntimeError(f"{text!r} -> {reply.text}")

    results: dict[str, list[float]] = {}
    say("pipeline")  # warm caches
    results["log a call"] = timed(lambda: say(f"log call {rnd.choice(emails)}: bench call"), n)
    current = dict(deals)
    counter = iter(range(10**9))

    def move() -> None:
        title = deals[next(counter) % len(deals)][0]
        target = stages[(stages.index(current[title]) + 1) % 4]
        say(f"deal move {title} to {target}")
        current[title] = target

    results["move a deal"] = timed(move, n)
    results["pipeline"] = timed(lambda: say("pipeline"), n)
    engine.dispose()
    return results


WARM_UP = 50  # untimed units first: statements compiled, caches filled, tables not empty


def unit_runner(url: str) -> tuple[Engine, Callable[[int], None], int, int]:
    """A migrated database at ``url`` with one workspace and rep, and the unit to run there
    (``unit(i)`` writes contact ``+34 600 <i>``), the workspace's and the rep's ids; shared
    with ``bench.profile_unit``."""
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with transaction(factory) as s:
        ws = get_or_create_workspace(s, "unit", "Europe/Madrid", "EUR")
        user = User(workspace_id=ws.id, display_name="rep", name_key="rep", role="rep")
        s.add(user)
        s.flush()
        ws_id, user_id = ws.id, user.id

    def unit(i: int) -> None:
        with transaction(factory) as s:
            ctx = Ctx.load(s, ws_id, user_id)
            c = crm.upsert_contact_by_phone(ctx, f"+34 600 {i:06d}", f"Client {i}", {})
            d = crm.create_deal(ctx, f"Deal {i}", {"amount": "1200"}, contact=c)
            crm.log_activity(ctx, "call", "first call", contact=c, deal=d)
            rem.create(ctx, "follow up", ctx.now + timedelta(days=2), linked=("contact", c.id))

    return engine, unit, ws_id, user_id


def analyze_tables(engine: Engine) -> None:
    """PostgreSQL: ANALYZE this schema's tables (what autovacuum would have done by now)."""
    if engine.dialect.name == "postgresql":
        # This schema's tables only (unqualified names: the bench schema is the search path).
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"ANALYZE {names}")


def service_unit_bench(
    url: str, units: int = 500, *, analyze: bool = True
) -> tuple[list[float], list[float]]:
    """Upsert a contact by phone + create a deal + log an activity + a reminder: one commit.

    ``analyze``: on PostgreSQL, ANALYZE the fresh tables after the warm-up units. Without
    statistics the planner takes a table for empty and may pick a (workspace_id, country)
    index to find a phone number, filtering every contact of the workspace: a lookup that
    grows with each unit written (1.1 ms at 100 contacts, 7.3 ms at 300 on this machine).
    A running server's autovacuum analyzes a table after 50 rows + 10% (within its 1-minute
    naptime, so never inside one benchmark run); this does what it would have done.
    """
    engine, unit, ws_id, user_id = unit_runner(url)
    factory = make_sessionmaker(engine)
    for i in range(units, units + (WARM_UP if units else 0)):
        unit(i)
    if analyze:
        analyze_tables(engine)
    writes: list[float] = []
    for i in range(units):
        t0 = time.perf_counter()
        unit(i)
        writes.append((time.perf_counter() - t0) * 1000)
    lookups: list[float] = []
    for i in range(units):
        t0 = time.perf_counter()
        with transaction(factory) as s:
            ctx = Ctx.load(s, ws_id, user_id)
            found = find_by_phone(ctx, f"{i:06d}"[-6:])
            assert found, i
        lookups.append((time.perf_counter() - t0) * 1000)
    engine.dispose()
    return writes, lookups


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    ap.add_argument("-n", type=int, default=300, help="operations per measurement")
    ap.add_argument("--dir", default=None, help="keep the generated databases here")
    ap.add_argument(
        "--unit-only", action="store_true", help="run only the service unit and phone lookups"
    )
    ap.add_argument(
        "--units",
        type=int,
        default=500,
        help="service units (and lookups) to time; under callgrind, run 0 and N and subtract "
        f"to count the instructions of N + {WARM_UP} units (the warm-up ones too)",
    )
    ap.add_argument(
        "--no-analyze",
        action="store_true",
        help="PostgreSQL: time the unit on tables never analyzed (see service_unit_bench)",
    )
    ap.add_argument(
        "--name",
        default="unit",
        help="the unit's database file / PostgreSQL schema (bench_<name>): another name lets "
        "two runs share a server",
    )
    add_database_arg(ap)
    args = ap.parse_args()
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    by_size: dict[int, dict[str, list[float]]] = {}
    for size in [] if args.unit_only else args.sizes:
        print(f"== handlers at {size:,} contacts (10 activities each), {kind(args.database_url)}")
        url = bench_db(args.database_url, base, f"core-{size}")
        by_size[size] = handler_bench(url, size, args.n)
        for op in OPS:
            print(f"  {op:12s} {summary(by_size[size][op])}")
    if len(args.sizes) >= 2 and not args.unit_only:
        lo, hi = min(args.sizes), max(args.sizes)
        print(f"== ratio {hi:,}/{lo:,} (p50)")
        for op in OPS:
            print(f"  {op:12s} {pct(by_size[hi][op], 50) / pct(by_size[lo][op], 50):5.2f}x")
    print(
        "== service unit: upsert contact by phone + deal + activity + reminder, one commit, "
        f"{kind(args.database_url)}, after {WARM_UP} untimed units"
        + ("" if args.no_analyze or not is_postgres(args.database_url) else " and ANALYZE")
    )
    # A fresh database on every run: the unit measures creates, not updates.
    writes, lookups = service_unit_bench(
        bench_db(args.database_url, base, args.name, reset=True),
        args.units,
        analyze=not args.no_analyze,
    )
    if writes:
        print(f"  unit         {summary(writes)}")
        print(f"  phone suffix {summary(lookups)}")


if __name__ == "__main__":
    main()
