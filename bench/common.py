"""Helpers shared by the benchmarks: a database on SQLite or PostgreSQL, seeded, and
percentile figures.

Every benchmark takes ``--database-url`` (default ``CRMBOT_DATABASE_URL``; unset means an
SQLite file under ``--dir``), so the same run gives SQLite and PostgreSQL figures side by side.
On PostgreSQL each benchmark database is a schema of its own (``bench_<name>``), so benchmarks
never touch the application's tables and a seeded schema is reused like a kept SQLite file.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from storage.db import is_empty, make_engine, make_sessionmaker, normalize_url, transaction, upgrade
from storage.demo import generate
from storage.workspaces import get_or_create_workspace


def add_database_arg(ap: argparse.ArgumentParser) -> None:
    ap.add_argument(
        "--database-url",
        default=os.environ.get("CRMBOT_DATABASE_URL") or None,
        help="sqlite:///… or postgresql://… (default: CRMBOT_DATABASE_URL, else SQLite files "
        "under --dir)",
    )


def is_postgres(url: str | None) -> bool:
    return bool(url) and make_url(normalize_url(str(url))).get_backend_name() == "postgresql"


def kind(url: str | None) -> str:
    return "PostgreSQL" if is_postgres(url) else "SQLite file"


def bench_db(url: str | None, base: Path, name: str, *, reset: bool = False) -> str:
    """The URL of benchmark database ``name``: a file under ``base``, or a PostgreSQL schema.

    ``reset`` starts it empty (a benchmark that measures creates, not updates).
    """
    if not is_postgres(url):
        path = base / f"{name}.db"
        if reset:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    schema = "bench_" + re.sub(r"\W", "_", name).lower()
    admin = make_engine(str(url))
    with admin.begin() as conn:
        if reset:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    admin.dispose()
    parsed = make_url(normalize_url(str(url)))
    query = dict(parsed.query) | {"options": f"-csearch_path={schema}"}
    return parsed.set(query=query).render_as_string(hide_password=False)


def seeded(
    url: str | Path, contacts: int, activities_per_contact: int = 10
) -> tuple[Engine, sessionmaker[Session], int]:
    """A database with a generated team (reused when it already has one).

    ``url`` is a database URL from :func:`bench_db` (a bare path means an SQLite file).
    """
    if isinstance(url, Path):
        url = f"sqlite:///{url}"
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    fresh = is_empty(engine)
    # A kept database (a file under --dir, a PostgreSQL schema) may predate the last
    # migration: bring it up to date, or the code under test meets columns it lacks.
    upgrade(engine)
    if fresh:
        t0 = time.perf_counter()
        with transaction(factory) as s:
            ws = get_or_create_workspace(s, "bench", "Europe/Madrid", "EUR")
            generate(s, ws, contacts=contacts, activities_per_contact=activities_per_contact)
        print(
            f"  generated {contacts:,} contacts x{activities_per_contact} activities in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        with engine.begin() as conn:  # committed, so PostgreSQL keeps the statistics
            conn.exec_driver_sql("ANALYZE")
    with transaction(factory) as s:
        ws_id = get_or_create_workspace(s, "bench").id
    return engine, factory, ws_id


def timed(fn: Callable[[], object], n: int, warmup: int = 20) -> list[float]:
    """Per-call milliseconds of ``fn`` after ``warmup`` untimed calls (caches, pages)."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary(values: list[float]) -> str:
    return (
        f"p50 {pct(values, 50):7.2f} ms   p99 {pct(values, 99):7.2f} ms   "
        f"mean {statistics.fmean(values):7.2f} ms   n={len(values)}"
    )
