"""Segments and campaigns at scale: building a 50,000-member segment, queuing its email
campaign, planning a call campaign, and draining the send queue (no network).

Run by hand: .venv/bin/python -m bench.bench_campaigns [--members 50000] [--database-url URL]

Contacts and accounts are bulk-inserted (the generator is not what we measure); the
segment, the campaign start and the queue go through the same storage code as the chat
commands (``segment save``, ``campaign start``) and the sender (``CampaignMailer``) with a
send function that does nothing, so the figures are the database's share only.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from bench.common import add_database_arg, bench_db, kind
from scheduler.campaign_mail import CampaignMailer, MailStats
from storage import campaigns as cs
from storage import segments
from storage.campaign_email import MailSettings
from storage.campaign_work import plan_reminders
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.models import Account, Contact, User
from storage.workspaces import ensure_user, get_or_create_workspace

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
INDUSTRIES = ["logistics", "software", "retail", "energy", "finance"]
REGIONS = ["Nordics", "Baltics", "DACH", "Iberia", "Benelux"]


def seed(url: str, members: int) -> tuple[object, int, int]:
    """``members`` reachable logistics/Nordics contacts (one account in five, 10 contacts
    each) among 5x as many in all, 2% of the cell do-not-contact: the segment is a real
    filter over a larger table."""
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with transaction(factory) as s:
        ws = get_or_create_workspace(s, "bench", "Europe/Madrid", "EUR")
        reps = [ensure_user(s, ws, "console", f"rep{i}", f"Rep {i}", role="rep") for i in range(20)]
        admin = ensure_user(s, ws, "console", "admin", "Admin", role="admin")
        cell = -(-round(members / 0.98) // 10)  # accounts in the segment's cell
        n_accounts = cell * 5
        s.execute(
            insert(Account),
            [
                {"workspace_id": ws.id, "name": f"Acc {i}", "name_key": f"acc {i}",
                 "industry": "logistics" if i % 5 == 0 else INDUSTRIES[(i // 5) % 5],
                 "region": "Nordics" if i % 5 == 0 else REGIONS[1 + (i // 25) % 4], "tags": [],
                 "owner_id": reps[i % 20].id, "created_at": NOW, "updated_at": NOW}
                for i in range(n_accounts)
            ],
        )  # fmt: skip
        acc_ids = list(
            s.scalars(select(Account.id).where(Account.workspace_id == ws.id).order_by(Account.id))
        )
        rows = []
        for i in range(len(acc_ids) * 10):
            acc = acc_ids[i // 10]
            rows.append(
                {"workspace_id": ws.id, "name": f"Person {i}", "name_key": f"person {i}",
                 "first_key": "person", "last_key": str(i), "email": f"p{i}@example.com",
                 "email_key": f"p{i}@example.com", "account_id": acc, "lifecycle": "lead",
                 "do_not_contact": i % 49 == 0, "tags": [], "owner_id": reps[i % 20].id,
                 "created_at": NOW, "updated_at": NOW}
            )  # fmt: skip
            if len(rows) == 10000:
                s.execute(insert(Contact), rows)
                rows = []
        if rows:
            s.execute(insert(Contact), rows)
        return factory, ws.id, admin.id


def ctx_for(s: object, ws_id: int, user_id: int) -> Ctx:
    from storage.models import Workspace

    ws = s.get(Workspace, ws_id)  # type: ignore[attr-defined]
    user = s.get(User, user_id)  # type: ignore[attr-defined]
    return Ctx(session=s, workspace=ws, user=user, now=NOW)  # type: ignore[arg-type]


def run(url: str, members: int, drain: int) -> None:
    t = time.perf_counter()
    factory, ws_id, admin_id = seed(url, members)
    print(f"seeded in {time.perf_counter() - t:.1f} s")
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        t = time.perf_counter()
        seg, _ = segments.save_segment(
            ctx, "Nordic logistics", {"industry": "logistics", "region": "Nordics"}
        )
        reach = segments.reachable(ctx, seg.filters, channel="email")
        seg_s = time.perf_counter() - t
        print(
            f"segment: {len(reach.member_ids):,} members, {reach.left_out:,} left out "
            f"({reach.excluded}) in {seg_s * 1000:.0f} ms"
        )
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        camp = cs.create_campaign(
            ctx,
            "Winter mail",
            {
                "type": "email",
                "segment": "Nordic logistics",
                "subject": "Hi {first_name}",
                "body": "Hello",
            },
        )
        cs.approve(ctx, camp)
        t = time.perf_counter()
        r = cs.freeze_members(ctx, camp, send_every=timedelta(seconds=0.1))
        s.commit()
        q_s = time.perf_counter() - t
        print(f"email campaign start (freeze + queue {len(r.member_ids):,} messages): {q_s:.2f} s")
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        camp2 = cs.create_campaign(
            ctx, "Call push", {"type": "call", "segment": "Nordic logistics", "cap": "20"}
        )
        t = time.perf_counter()
        cs.freeze_members(ctx, camp2)
        summary = plan_reminders(ctx, camp2)
        s.commit()
        took = time.perf_counter() - t
        print(f"call campaign start (freeze + plan reminders): {took:.2f} s; {summary}")
    settings = MailSettings("localhost", 25, "off", None, None, "bench@example.com", "k",
                            "http://x", 600)  # fmt: skip
    clock = [NOW + timedelta(days=1)]
    mailer = CampaignMailer(factory, settings, clock=lambda: clock[0], worker="bench",  # type: ignore[arg-type]
                            batch=500, send=lambda _s, _m: None)  # fmt: skip
    mailer_limit = drain
    t = time.perf_counter()
    sent = 0
    # drain in slices so the figure covers ``drain`` messages (the rest stay queued)
    from storage import campaign_queue as cq

    while sent < mailer_limit:
        with transaction(factory) as s:  # type: ignore[arg-type]
            claimed = cq.claim_due(s, mailer.worker, clock[0], mailer.lease, 500)
        if not claimed:
            break
        stats = MailStats()
        for c in claimed:
            mailer._one(c, stats)
        sent += len(claimed)
    dt = time.perf_counter() - t
    rate = sent / dt
    print(f"send queue (claim, build, settle; no network): {sent:,} in {dt:.1f} s = {rate:,.0f}/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--members", type=int, default=50000)
    ap.add_argument("--drain", type=int, default=5000, help="messages to push through the queue")
    ap.add_argument("--dir", default=None)
    add_database_arg(ap)
    ns = ap.parse_args()
    base = Path(ns.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    url = bench_db(ns.database_url, base, f"campaigns_{ns.members}", reset=True)
    print(f"{kind(ns.database_url)} · target {ns.members:,} members")
    run(url, ns.members, ns.drain)


if __name__ == "__main__":
    main()
