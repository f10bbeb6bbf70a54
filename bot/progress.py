"""Progress bars of long command-line work (import, demo-data, export), drawn by tqdm.

On a terminal: counts, rate and an estimate of the time left, on standard error so a CSV
written to standard output stays clean. When standard error is not a terminal (a pipe, a
log file, cron) nothing is drawn at all.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def progress_bar(total: int | None, desc: str, unit: str) -> Iterator[Callable[[int], None]]:
    """A callable to report ``n`` more units done; a no-op when not on a terminal."""
    stream = sys.stderr
    size = shutil.get_terminal_size()
    on_terminal = bool(getattr(stream, "isatty", lambda: False)())
    with tqdm(
        total=total,
        desc=desc,
        unit=f" {unit}",
        file=stream,
        disable=not on_terminal,
        # shutil: $COLUMNS/$LINES, else the terminal's size, else 80x24 (a new terminal may
        # report 0x0, with which tqdm draws nothing at all)
        ncols=size.columns or 80,
        nrows=size.lines or 24,
        mininterval=0.2,
        leave=True,
    ) as bar:
        yield bar.update
