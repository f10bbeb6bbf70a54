"""Point 10 of issue 11: long command-line work (import, demo-data, export) shows a progress
bar with counts and an estimate on a terminal, and nothing when its output is not one."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

CRMBOT = str(Path(sys.executable).parent / "crmbot")


def _run_on_a_terminal(args: list[str], env: dict[str, str], cwd: Path) -> str:
    """Run crmbot with its stderr (and stdout) on a pseudo-terminal; what it showed there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([CRMBOT, *args], stdout=slave, stderr=slave, env=env, cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0, b"".join(chunks)
    return b"".join(chunks).decode("utf-8", "replace")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CRMBOT_DATABASE_URL": f"sqlite:///{tmp_path}/p.db", "COLUMNS": "120"}


def test_progress_bars_on_a_terminal_for_import_demo_data_and_export(tmp_path):
    env = _env(tmp_path)
    f = tmp_path / "contacts.csv"
    f.write_text("Name,Email\n" + "".join(f"P{i} Person,p{i}@x.org\n" for i in range(3000)))
    out = _run_on_a_terminal(["import", "contacts", str(f)], env, tmp_path)
    assert "3000/3000" in out and "rows" in out, out
    out = _run_on_a_terminal(["demo-data", "--contacts", "400"], env, tmp_path)
    assert "100%" in out and "contacts" in out, out
    out = _run_on_a_terminal(
        ["export", "contacts", "--out", str(tmp_path / "c.csv")], env, tmp_path
    )
    assert "3400/3400" in out, out
    assert "<" in out  # tqdm's elapsed<remaining estimate


def test_no_progress_bar_when_the_output_is_not_a_terminal(tmp_path):
    env = _env(tmp_path)
    f = tmp_path / "contacts.csv"
    f.write_text("Name,Email\n" + "".join(f"P{i} Person,p{i}@x.org\n" for i in range(3000)))
    for args in (
        ["import", "contacts", str(f)],
        ["export", "contacts", "--out", str(tmp_path / "c.csv")],
    ):
        done = subprocess.run([CRMBOT, *args], env=env, cwd=tmp_path, capture_output=True)
        assert done.returncode == 0, done.stderr
        assert b"%|" not in done.stderr and b"\r" not in done.stderr, done.stderr
