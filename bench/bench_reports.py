"""Pipeline summary and forecast time at 10k, 100k and 1M deals; import rows per second.

Run by hand: .venv/bin/python -m bench.bench_reports [--sizes 10000,100000,1000000]
                                                    [--database-url URL]
Each size is measured twice: scanning the deals (rollup=False, the old path) and reading
the deal_rollups table. The import is measured without and with the rollup triggers.
Deals are bulk-inserted straight into the database (the generator is not what we measure);
the reports go through storage.reports exactly as the chat command does (admin scope,
so every deal of the workspace is aggregated: the worst case).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench.common import add_database_arg, bench_db, is_postgres, kind
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.importer import ImportOptions, import_csv
from storage.models import Opportunity, Team, User
from storage.reports import Filters, parse_period, summarize
from storage.teams import scope_for
from storage.workspaces import get_or_create_workspace

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
STAGES = ["prospecting", "pre-approach", "presentation", "closing", "won", "lost"]


def seed(url: str, n: int) -> tuple[object, int]:
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    rnd = random.Random(7)
    with transaction(factory) as s:
        ws = get_or_create_workspace(s, "bench", "UTC", "EUR")
        admin = User(workspace_id=ws.id, display_name="admin", name_key="admin", role="admin")
        s.add(admin)
        s.flush()
        owners = []
        for t in range(5):
            team = Team(workspace_id=ws.id, name=f"T{t}", region=f"R{t}")
            s.add(team)
            s.flush()
            for r in range(8):
                u = User(workspace_id=ws.id, display_name=f"rep{t}-{r}", name_key=f"rep{t}-{r}",
                         role="rep", team_id=team.id)  # fmt: skip
                s.add(u)
                s.flush()
                owners.append(u.id)
        ws_id, admin_id = ws.id, admin.id
    t0 = time.perf_counter()
    batch = []
    for i in range(n):
        stage = STAGES[rnd.randrange(6)]
        created = NOW - timedelta(days=rnd.randrange(400))
        closed = created + timedelta(days=rnd.randrange(90)) if stage in ("won", "lost") else None
        batch.append(
            {"workspace_id": ws_id, "title": f"Deal {i}", "title_key": f"deal {i}",
             "amount_minor": rnd.randrange(1000, 5_000_000), "currency": "USD" if i % 10 == 0
             else "EUR", "stage": stage, "status": stage if stage in ("won", "lost") else "open",
             "close_date": date(2026, 1, 1) + timedelta(days=rnd.randrange(540)),
             "owner_id": owners[rnd.randrange(len(owners))], "stage_entered_at": closed or created,
             "closed_at": closed, "created_at": created, "updated_at": created}
        )  # fmt: skip
        if len(batch) == 20_000:
            with transaction(factory) as s:
                s.execute(insert(Opportunity), batch)
            batch = []
    if batch:
        with transaction(factory) as s:
            s.execute(insert(Opportunity), batch)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"  seeded {n:,} deals in {time.perf_counter() - t0:.1f} s")
    return factory, ws_id, admin_id


def p50(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(n: int, tmp: Path, url: str | None) -> tuple[float, float]:
    from storage.models import Workspace

    factory, ws_id, admin_id = seed(bench_db(url, tmp, f"r{n}", reset=True), n)
    with transaction(factory) as s:
        ctx = Ctx(session=s, workspace=s.get(Workspace, ws_id), user=s.get(User, admin_id), now=NOW)
        scope = scope_for(s, ctx.user)
        q = Filters(period=parse_period("this quarter", NOW.date()))
        for rollup in (False, True):  # the scan of the deals, then the rollup
            pipe = p50(lambda r=rollup: summarize(ctx, scope, "stage", rollup=r))
            fc = p50(lambda r=rollup: summarize(ctx, scope, "month", q, rollup=r))
            own = p50(lambda r=rollup: summarize(ctx, scope, "owner", rollup=r))
            print(f"  {n:>9,} deals, {'rollup' if rollup else 'scan  '}: pipeline by stage p50 "
                  f"{pipe:8.2f} ms · forecast by month p50 {fc:8.2f} ms · by owner p50 "
                  f"{own:8.2f} ms")  # fmt: skip
    return pipe, fc


def bench_import(tmp: Path, url: str | None, rows: int = 50_000, triggers: bool = True) -> float:
    engine = make_engine(bench_db(url, tmp, f"imp-{'trg' if triggers else 'none'}", reset=True))
    upgrade(engine)
    if not triggers:  # what the import cost before the rollup triggers existed
        on = " ON opportunities" if is_postgres(url) else ""
        with engine.begin() as conn:
            for name in ("deal_rollups_ins", "deal_rollups_upd", "deal_rollups_del"):
                conn.exec_driver_sql(f"DROP TRIGGER {name}{on}")
    factory = make_sessionmaker(engine)
    lines = ["external_id,title,account,amount,currency,stage,close_date,owner"]
    for i in range(rows):
        lines.append(f"G{i},Deal {i},Acc {i % 500},{1000 + i % 977},EUR,{STAGES[i % 6]},"
                     f"2027-{1 + i % 12:02d}-15,Rep {i % 40}")  # fmt: skip
    data = ("\n".join(lines) + "\n").encode()
    with transaction(factory) as s:
        ws = get_or_create_workspace(s, "imp", "UTC", "EUR")
        admin = User(workspace_id=ws.id, display_name="admin", name_key="admin", role="admin")
        s.add(admin)
        s.flush()
        t0 = time.perf_counter()
        res = import_csv(Ctx(session=s, workspace=ws, user=admin, now=NOW),
                         ImportOptions("deals"), data)  # fmt: skip
        elapsed = time.perf_counter() - t0
    assert res.applied and res.created == rows
    rate = rows / elapsed
    print(f"  import ({'with' if triggers else 'without'} rollup triggers): {rows:,} deal "
          f"rows in {elapsed:.1f} s = {rate:,.0f} rows/s "
          f"(incl. 40 owners, 500 accounts, audit rows, stage history)")  # fmt: skip
    return rate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--dir", default=None)
    add_database_arg(ap)
    ns = ap.parse_args()
    print(f"== reports on {kind(ns.database_url)}")
    tmp = Path(ns.dir or tempfile.mkdtemp(prefix="bench_reports_"))
    results = {}
    for n in (int(x) for x in ns.sizes.split(",")):
        results[n] = measure(n, tmp, ns.database_url)
    if 10_000 in results and 1_000_000 in results:
        a, b = results[10_000], results[1_000_000]
        print(f"  1M/10k ratio (rollup): pipeline {b[0] / a[0]:.2f}x · forecast "
              f"{b[1] / a[1]:.2f}x")  # fmt: skip
    bench_import(tmp, ns.database_url, triggers=False)
    bench_import(tmp, ns.database_url, triggers=True)


if __name__ == "__main__":
    main()
