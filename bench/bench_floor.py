"""The database's own floor for a write like the service unit's, with no crmbot code at all.

Why: issue 18 sets absolute targets for the service unit (0.72 ms on SQLite, 1.65 ms on
PostgreSQL). What part of a unit's time no client change can remove depends on the machine:
the SQLite commit, PostgreSQL's round trips on loopback and its commit (a WAL flush, an
``fdatasync`` on the server's disk). This benchmark measures those pieces with the bare
drivers (stdlib ``sqlite3``, ``psycopg``), the same shape as a unit (a transaction of five
inserts and a commit), so a unit's figure can be read against what the machine allows.

    python -m bench.bench_floor                                  # SQLite file under --dir
    python -m bench.bench_floor --database-url postgresql://root@127.0.0.1/test

On PostgreSQL it works in a schema of its own (``bench_floor_<pid>``) and drops it at the end.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from bench.common import add_database_arg, is_postgres, summary, timed
from storage.db import normalize_url

ROWS = 5  # a unit writes five rows besides its audit rows (contact, deal, activity, ...)


def _sqlite(path: Path, n: int) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, ws INT, body TEXT)")

    def unit() -> None:
        con.execute("BEGIN IMMEDIATE")
        for i in range(ROWS):
            con.execute("INSERT INTO t (ws, body) VALUES (?, ?)", (1, f"row {i}"))
        con.execute("COMMIT")

    def commit_only() -> None:
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (ws, body) VALUES (?, ?)", (1, "one"))
        con.execute("COMMIT")

    print(f"SQLite {sqlite3.sqlite_version} file, WAL, synchronous=NORMAL")
    print(f"  {ROWS} inserts + commit          {summary(timed(unit, n))}")
    print(f"  1 insert + commit           {summary(timed(commit_only, n))}")
    con.close()


def _postgres(url: str, n: int) -> None:
    import psycopg

    parsed = make_url(normalize_url(url))
    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    con = psycopg.connect(conninfo)
    schema = f"bench_floor_{os.getpid()}"
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    con.execute(f"SET search_path = {schema}")
    con.execute("CREATE TABLE IF NOT EXISTS t (id bigserial PRIMARY KEY, ws int, body text)")
    con.commit()
    cur = con.cursor()
    insert = "INSERT INTO t (ws, body) VALUES (%s, %s) RETURNING id"

    def round_trip() -> None:
        cur.execute("SELECT 1")
        cur.fetchone()
        con.rollback()

    def unit(sync: bool = True) -> Callable[[], None]:
        def run() -> None:
            if not sync:
                cur.execute("SET LOCAL synchronous_commit = off")
            for i in range(ROWS):
                cur.execute(insert, (1, f"row {i}"), prepare=True)
                cur.fetchone()
            con.commit()

        return run

    def pipelined() -> None:
        with con.pipeline():
            for i in range(ROWS):
                cur.execute(insert, (1, f"row {i}"), prepare=True)
        con.commit()

    def commit_only() -> None:
        cur.execute(insert, (1, "one"), prepare=True)
        con.commit()

    server = (con.execute("SHOW server_version").fetchone() or ("?",))[0]
    flush = (con.execute("SHOW wal_sync_method").fetchone() or ("?",))[0]
    con.rollback()
    print(f"PostgreSQL {server}, wal_sync_method {flush}")
    print(f"  SELECT 1 round trip         {summary(timed(round_trip, n))}")
    print(f"  1 insert + commit           {summary(timed(commit_only, n))}")
    print(f"  {ROWS} inserts + commit, {ROWS + 2} trips {summary(timed(unit(), n))}")
    print(f"  {ROWS} inserts pipelined + commit {summary(timed(pipelined, n))}")
    print(f"  same, synchronous_commit=off {summary(timed(unit(sync=False), n))}  (no flush)")
    con.rollback()
    con.execute(f"DROP SCHEMA {schema} CASCADE")
    con.commit()
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_database_arg(ap)
    ap.add_argument("-n", type=int, default=500, help="transactions per measurement")
    ap.add_argument("--dir", default=None, help="where the SQLite file goes (default: a temp dir)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if is_postgres(args.database_url):
        _postgres(str(args.database_url), args.n)
    else:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            _sqlite(Path(tmp) / "floor.db", args.n)
    print(f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
