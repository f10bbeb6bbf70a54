"""A sequence runner process for the several-process test: runs the due steps once.

Usage: python sequence_worker.py DB_URL SCHEMA|- START_AT_EPOCH
SMTP settings come from the environment, as in production.
"""

from __future__ import annotations

import os
import sys
import time

from sequence_env import mail_settings

from scheduler.campaign_mail import send_messages
from scheduler.sequence_runner import SequenceRunner
from storage.db import make_engine, make_sessionmaker


def slow_send(settings: object, messages: list[object]) -> None:
    time.sleep(0.01)  # a real relay takes a while: lets the other process claim meanwhile
    send_messages(settings, messages)  # type: ignore[arg-type]


def main() -> None:
    url, schema, start_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
    kw = {} if schema == "-" else {"connect_args": {"options": f"-csearch_path={schema}"}}
    sessions = make_sessionmaker(make_engine(url, **kw))
    runner = SequenceRunner(
        sessions, mail_settings(), worker=f"proc-{os.getpid()}", batch=4, send=slow_send
    )
    time.sleep(max(0.0, start_at - time.time()))
    stats = runner.run_once()
    print(f"emails={stats.emails} calls={stats.calls} lost={stats.lost}")


if __name__ == "__main__":
    main()
