"""The whole free-text write at 100k contacts: parse, resolve names, store, render.

Run by hand:  .venv/bin/python -m bench.bench_freetext [--contacts 100000] [--database-url URL]
Message: "Called <name> at <account>, wants a quote, follow up next Tuesday 9am" on a
contact whose name is unique, so every message logs a call and sets a follow-up.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from sqlalchemy import insert, select

from bench.common import add_database_arg, bench_db, kind, seeded, summary, timed
from bot.app import _free_text
from handlers.core import Bot
from handlers.language.dates import warm_up
from handlers.types import Incoming, Sender
from storage.db import transaction
from storage.models import Account, Contact, User
from storage.text import name_key


def _letters(i: int) -> str:
    """A unique letters-only suffix (names with digits are not read as names)."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += chr(97 + r)
        if i == 0:
            return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--dir", default=None)
    add_database_arg(ap)
    args = ap.parse_args()
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    url = bench_db(args.database_url, base, f"core-{args.contacts}")
    engine, factory, ws_id = seeded(url, args.contacts)
    rnd = random.Random(3)
    with transaction(factory) as s:
        acc = s.scalar(select(Account).where(Account.workspace_id == ws_id).limit(1))
        manager = s.scalar(select(User).where(User.workspace_id == ws_id, User.role == "manager"))
        start = s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0
        names = [f"Zen{_letters(start + i)} Quil{_letters(i)}" for i in range(args.n + 50)]
        s.execute(
            insert(Contact),
            [
                dict(
                    workspace_id=ws_id,
                    name=n,
                    name_key=name_key(n),
                    first_key=name_key(n).split()[0],
                    last_key=name_key(n).split()[1],
                    account_id=acc.id,
                    lifecycle="lead",
                    do_not_contact=False,
                    tags=[],
                    owner_id=manager.id,
                )
                for n in names
            ],
        )
        acc_name, sender = acc.name, Sender("demo", "manager", manager.display_name)
    warm_up()
    bot = Bot(factory, free_text=_free_text())
    rnd.shuffle(names)
    it = iter(names)

    def write() -> None:
        text = f"Called {next(it)} at {acc_name}, wants a quote, follow up next Tuesday 9am"
        reply = bot.handle(Incoming(workspace_id=ws_id, sender=sender, text=text, channel="b"))
        assert reply.ok and "Logged call" in reply.text, reply.text

    print(f"== free-text log + follow-up at {args.contacts:,} contacts ({kind(args.database_url)})")
    print(f"  write        {summary(timed(write, args.n))}")
    engine.dispose()


if __name__ == "__main__":
    main()
