"""A campaign sender process for the several-process test: drains due campaign messages.

Usage: python campaign_mail_worker.py DB_URL SCHEMA|- START_AT_EPOCH
SMTP settings come from the environment, read once at the entry point as in production.
"""

from __future__ import annotations

import os
import sys
import time

from bot.settings import settings_from
from scheduler.campaign_mail import CampaignMailer, send_messages
from storage.db import make_engine, make_sessionmaker


def slow_send(settings: object, messages: list[object]) -> None:
    time.sleep(0.01)  # a real relay takes a while: lets the other process claim meanwhile
    send_messages(settings, messages)  # type: ignore[arg-type]


def main() -> None:
    url, schema, start_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
    kw = {} if schema == "-" else {"connect_args": {"options": f"-csearch_path={schema}"}}
    sessions = make_sessionmaker(make_engine(url, **kw))
    mailer = CampaignMailer(
        sessions,
        settings_from(os.environ).mail(),
        worker=f"proc-{os.getpid()}",
        batch=4,
        send=slow_send,
    )
    time.sleep(max(0.0, start_at - time.time()))
    stats = mailer.run_once()
    print(f"sent={stats.sent} lost={stats.lost}")


if __name__ == "__main__":
    main()
