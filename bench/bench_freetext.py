"""The whole free-text write at 100k contacts: parse, resolve names, store, render.

Run by hand:  .venv/bin/python -m bench.bench_freetext [--contacts 100000] [--database-url URL]
              [--statements]
Message: "Called <name> at <account>, wants a quote, follow up next Tuesday 9am" on a
contact whose name is unique, so every message logs a call and sets a follow-up.
Prints p50/p99 wall time, the CPU time of this process per message (steadier than wall time
on a shared machine; on PostgreSQL the server's share is not in it), and the statements one
message sends (``--statements`` lists them).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, event, insert, select

from bench.common import add_database_arg, bench_db, kind, seeded, summary, timed
from bot.app import _free_text
from handlers.core import Bot
from handlers.language.dates import warm_up
from handlers.types import Incoming, Sender
from storage import scoring
from storage.db import transaction
from storage.models import Account, Contact, User, Workspace
from storage.text import name_key
from storage.types import utcnow


def _letters(i: int) -> str:
    """A unique letters-only suffix (names with digits are not read as names)."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += chr(97 + r)
        if i == 0:
            return out


def prepare(
    url: str, contacts: int, n: int, *, scored: bool = True
) -> tuple[Engine, Callable[[], None]]:
    """A seeded database with ``n`` + 50 fresh uniquely named contacts, and the timed write:
    one free-text message through ``Bot.handle`` (as every adapter calls it) per call.

    The fresh contacts go in by bulk insert, which the lead score's commit hook does not see;
    with ``scored`` they are then scored as the periodic job (scheduler.score_decay) scores
    unscored contacts, so each message meets a contact in its steady state (a stored score
    to add the call's points to). Without it, each message is a contact's first score: the
    full read of its events.
    """
    engine, factory, ws_id = seeded(url, contacts)
    rnd = random.Random(3)
    with transaction(factory) as s:
        acc = s.scalar(select(Account).where(Account.workspace_id == ws_id).limit(1))
        manager = s.scalar(select(User).where(User.workspace_id == ws_id, User.role == "manager"))
        assert acc is not None and manager is not None
        start = s.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0
        names = [f"Zen{_letters(start + i)} Quil{_letters(i)}" for i in range(n + 50)]
        s.execute(
            insert(Contact),
            [
                dict(
                    workspace_id=ws_id,
                    name=nm,
                    name_key=name_key(nm),
                    first_key=name_key(nm).split()[0],
                    last_key=name_key(nm).split()[1],
                    account_id=acc.id,
                    lifecycle="lead",
                    do_not_contact=False,
                    tags=[],
                    owner_id=manager.id,
                )
                for nm in names
            ],
        )
        acc_name, sender = acc.name, Sender("demo", "manager", manager.display_name)
    if scored:
        with transaction(factory) as s:
            ws = s.get(Workspace, ws_id)
            assert ws is not None
            fresh = s.scalars(select(Contact.id).where(Contact.id > start)).all()
            scoring.refresh(s, ws, fresh, utcnow(), alerts=False)
    warm_up()
    bot = Bot(factory, free_text=_free_text())
    rnd.shuffle(names)
    it: Iterator[str] = iter(names)

    def write() -> None:
        text = f"Called {next(it)} at {acc_name}, wants a quote, follow up next Tuesday 9am"
        reply = bot.handle(Incoming(workspace_id=ws_id, sender=sender, text=text, channel="b"))
        assert reply.ok and "Logged call" in reply.text, reply.text

    return engine, write


def statements_of(engine: Engine, fn: Callable[[], None]) -> list[str]:
    """The SQL ``fn`` sends, in order (BEGIN and COMMIT included where the driver sends them
    as statements; SQLite's implicit BEGIN is not one)."""
    sent: list[str] = []

    def seen(_conn, _cur, stmt, *_args):  # type: ignore[no-untyped-def]
        sent.append(" ".join(stmt.split()))

    def begun(_conn):  # type: ignore[no-untyped-def]
        sent.append("BEGIN (implicit)")

    def committed(_conn):  # type: ignore[no-untyped-def]
        sent.append("COMMIT")

    listeners: list[tuple[str, Callable[..., None]]] = [
        ("before_cursor_execute", seen),
        ("begin", begun),
        ("commit", committed),
    ]
    for name, fn_ in listeners:
        event.listen(engine, name, fn_)
    try:
        fn()
    finally:
        for name, fn_ in listeners:
            event.remove(engine, name, fn_)
    return sent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--statements", action="store_true", help="list one message's statements")
    ap.add_argument(
        "--unscored",
        action="store_true",
        help="leave the fresh contacts without a lead score (each message is a first score)",
    )
    add_database_arg(ap)
    args = ap.parse_args()
    base = Path(args.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    url = bench_db(args.database_url, base, f"core-{args.contacts}")
    engine, write = prepare(url, args.contacts, args.n + 1, scored=not args.unscored)
    print(
        f"== free-text log + follow-up at {args.contacts:,} contacts "
        f"({kind(args.database_url)}; contacts {'un' if args.unscored else ''}scored)"
    )
    cpu0 = time.process_time()
    wall = timed(write, args.n)
    cpu = (time.process_time() - cpu0) * 1000 / (args.n + 20)  # the warm-up calls too
    print(f"  write        {summary(wall)}")
    print(f"  CPU of this process per message: {cpu:.2f} ms")
    sent = statements_of(engine, write)
    work = [s for s in sent if not s.startswith(("BEGIN", "COMMIT"))]
    print(
        f"  one message: {len(work)} statements, {sent.count('COMMIT')} commit(s), "
        f"{sent.count('BEGIN (implicit)')} transaction(s)"
    )
    if args.statements:
        for s in sent:
            print("    " + s[:300])
    engine.dispose()


if __name__ == "__main__":
    main()
