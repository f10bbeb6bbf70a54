"""Helpers shared by the benchmarks: a seeded database and percentile figures."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.demo import generate
from storage.workspaces import get_or_create_workspace


def seeded(
    path: Path, contacts: int, activities_per_contact: int = 10
) -> tuple[Engine, sessionmaker[Session], int]:
    """A file SQLite database with a generated team (reused when it already exists)."""
    fresh = not path.exists()
    engine = make_engine(f"sqlite:///{path}")
    factory = make_sessionmaker(engine)
    if fresh:
        upgrade(engine)
        t0 = time.perf_counter()
        with transaction(factory) as s:
            ws = get_or_create_workspace(s, "bench", "Europe/Madrid", "EUR")
            generate(s, ws, contacts=contacts, activities_per_contact=activities_per_contact)
        print(
            f"  generated {contacts:,} contacts x{activities_per_contact} activities in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        with engine.connect() as conn:
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
