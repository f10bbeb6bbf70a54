"""`bench.bench_floor` runs on both databases: its figures go in docs/performance.md beside
the unit's, so a rerun by anyone must work (it times nothing here: -n 3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_floor", "-n", "3", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CRMBOT_DATABASE_URL": ""},
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_floor_on_sqlite(tmp_path: Path) -> None:
    out = _run("--dir", str(tmp_path))
    assert "WAL, synchronous=NORMAL" in out
    assert "5 inserts + commit" in out and "p50" in out
    assert list(tmp_path.iterdir()) == []  # its file is gone


def test_floor_on_postgres() -> None:
    url = os.environ.get("CRMBOT_TEST_DATABASE_URL")
    if not url:
        pytest.skip("PostgreSQL not configured: set CRMBOT_TEST_DATABASE_URL to run this")
    out = _run("--database-url", url)
    for line in ("SELECT 1 round trip", "5 inserts pipelined + commit", "synchronous_commit=off"):
        assert line in out
