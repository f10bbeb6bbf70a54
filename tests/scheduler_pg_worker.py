"""A scheduler process for the multi-process test: drains due reminders, logs each send.

Usage: python scheduler_pg_worker.py DB_URL LOG_PATH START_AT_EPOCH
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from handlers.types import Reply
from scheduler.delivery import Target
from scheduler.dispatcher import Dispatcher
from storage.db import make_engine, make_sessionmaker


class FileNotifier:
    platform = "console"

    def __init__(self, path: Path) -> None:
        self.fh = path.open("a", buffering=1)

    async def send(self, target: Target, reply: Reply) -> None:
        rid = reply.buttons[0].action.rsplit(" ", 1)[1]  # "reminders done N"
        await asyncio.sleep(0.002)
        self.fh.write(f"{rid} {os.getpid()}\n")


async def main() -> None:
    url, log, start_at = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
    sessions = make_sessionmaker(make_engine(url, pool_size=8))
    d = Dispatcher(sessions, {"console": FileNotifier(log)}, batch=50, concurrency=8)
    time.sleep(max(0.0, start_at - time.time()))
    stats = await d.run_once()
    print(f"delivered={stats.delivered} lost={stats.lost}")


if __name__ == "__main__":
    asyncio.run(main())
