"""Profile the service unit of ``bench_core --unit-only``: load-independent measures.

Run by hand:
  .venv/bin/python -m bench.profile_unit [--database-url …] [--units 200] --cpu
  .venv/bin/python -m bench.profile_unit --cprofile [--top 40]
  .venv/bin/python -m bench.profile_unit --statements
  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/unit.cg \
      .venv/bin/python -m bench.profile_unit --callgrind
  callgrind_annotate --inclusive=yes /tmp/unit.cg | head -80
  … --freetext --dir DIR [--contacts 100000]   the same measures for bench_freetext's write

``--freetext`` profiles the free-text write of ``bench_freetext`` (parse, names, store,
reply) instead: the seeded database is made once under ``--dir`` (``pristine.db``) and
copied fresh for each run, so every run meets the same contacts.

Why a tool of its own: wall-clock times move 2x with the shared machine's load, while the
instructions the unit executes (callgrind), the client CPU (process time) and the statements
it sends do not. The same unit as ``bench_core`` (a fresh schema, ``WARM_UP`` untimed units,
ANALYZE on PostgreSQL), then ``--units`` measured ones. ``--callgrind`` switches callgrind's
instrumentation on (``callgrind_control -i on``) only around the measured units, so start-up,
migrations and the warm-up are not counted; it prints the count per unit.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event

from bench.bench_core import WARM_UP, analyze_tables, unit_runner
from bench.common import add_database_arg, bench_db, is_postgres, kind
from storage.db import make_engine


def _callgrind(on: bool) -> None:
    subprocess.run(
        ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
        check=True,
        capture_output=True,
    )


def _freetext(base: Path, args: argparse.Namespace) -> tuple[Engine, Callable[[int], None], str]:
    """bench_freetext's write on a fresh copy of the seeded database, after the warm-up."""
    from bench.bench_freetext import prepare

    pristine = base / "pristine.db"
    if not pristine.exists():
        eng, _write = prepare(f"sqlite:///{pristine}", args.contacts, 0)
        eng.dispose()
    db = base / f"{args.name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, db)
    engine, write = prepare(f"sqlite:///{db}", args.contacts, args.units + WARM_UP + 1)
    for _ in range(WARM_UP):
        write()
    return engine, lambda _i: write(), f"free-text write at {args.contacts:,} contacts, SQLite"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--units", type=int, default=200)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--cpu", action="store_true", help="client CPU (process time) per unit")
    mode.add_argument("--cprofile", action="store_true", help="cProfile of the measured units")
    mode.add_argument("--callgrind", action="store_true", help="under valgrind: Ir per unit")
    mode.add_argument("--statements", action="store_true", help="the SQL of one unit")
    ap.add_argument(
        "--name",
        default=f"unit_profile_{os.getpid()}",
        help="the database file or PostgreSQL schema (bench_<name>), fresh, dropped at the end",
    )
    ap.add_argument("--freetext", action="store_true", help="the free-text write (SQLite)")
    ap.add_argument("--dir", default=None, help="--freetext: where the seeded database is kept")
    ap.add_argument("--contacts", type=int, default=100_000, help="--freetext: contacts")
    ap.add_argument("--top", type=int, default=45, help="cProfile: rows to print")
    ap.add_argument("--sort", default="tottime", help="cProfile: sort key")
    add_database_arg(ap)
    args = ap.parse_args()
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-profile-"))
    unit: Callable[[int], None]
    if args.freetext:
        engine, unit, what = _freetext(base, args)
    else:
        url = bench_db(args.database_url, base, args.name, reset=True)
        engine, unit, _ws, _user = unit_runner(url)
        for i in range(10**6, 10**6 + WARM_UP):
            unit(i)
        analyze_tables(engine)
        what = f"service unit, {kind(args.database_url)}"
    run: Callable[[], None]

    def run() -> None:
        for i in range(args.units):
            unit(i)

    print(f"== {what}, {args.units} units after {WARM_UP}")
    if args.cpu:
        t0 = time.process_time()
        run()
        print(f"  CPU per unit (client) {(time.process_time() - t0) * 1000 / args.units:.3f} ms")
    elif args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        run()
        prof.disable()
        pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    elif args.callgrind:
        _callgrind(True)
        run()
        _callgrind(False)
        print(f"  instrumented {args.units} units: Ir per unit = callgrind's 'Collected' / units")
    else:
        seen: list[str] = []

        def note(_c, _cur, stmt, *_a):  # type: ignore[no-untyped-def]
            seen.append(" ".join(stmt.split()))

        def begun(_conn):  # type: ignore[no-untyped-def]
            # SQLite's BEGIN IMMEDIATE is sent by the dialect's do_begin (storage.db), which
            # cursor events do not see; PostgreSQL's BEGIN rides with the first statement.
            seen.append("BEGIN")

        event.listen(engine, "begin", begun)
        event.listen(engine, "before_cursor_execute", note)
        unit(0)
        event.remove(engine, "before_cursor_execute", note)
        event.remove(engine, "begin", begun)
        for s in seen:
            print("  " + (s if len(s) < 200 else s[:197] + "..."))
        print(f"  {len(seen)} statements: {dict(Counter(s.split()[0] for s in seen))}")
    engine.dispose()
    if args.freetext:  # the run's copy (350 MB at 100k contacts); pristine.db stays
        for suffix in ("", "-wal", "-shm"):
            Path(f"{base / args.name}.db{suffix}").unlink(missing_ok=True)
    if is_postgres(args.database_url) and not args.freetext:
        admin = make_engine(str(args.database_url))
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS bench_{args.name.lower()} CASCADE")
        admin.dispose()


if __name__ == "__main__":
    main()
