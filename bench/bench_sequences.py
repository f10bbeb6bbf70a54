"""Nurturing sequences at scale: enrolling a 10,000-member segment, then step ticks over
all of them (an email step, then a call-reminder step), the exit sweep and an
auto-enrollment pass (no network).

Run by hand: .venv/bin/python -m bench.bench_sequences [--members 10000] [--database-url URL]

Contacts are bulk-inserted by the campaigns benchmark's seeder (the generator is not what
we measure); the enrollment goes through the same storage code as ``enroll segment``, the
ticks through ``SequenceRunner.run_once`` (claim, exit check, build, send, settle, one row
at a time) with a send function that does nothing, so the figures are the database's share
and the message building only.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.bench_campaigns import NOW, ctx_for, seed
from bench.common import add_database_arg, bench_db, kind
from scheduler.campaign_mail import MailSettings
from scheduler.sequence_runner import SequenceRunner
from storage import segments
from storage import sequences as sqs
from storage.db import transaction
from storage.models_sequences import Sequence
from storage.sequence_auto import evaluate


def run(url: str, members: int) -> None:
    t = time.perf_counter()
    factory, ws_id, admin_id = seed(url, members)
    print(f"seeded in {time.perf_counter() - t:.1f} s")
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        seq = sqs.create_sequence(ctx, "Trial follow-up")
        sqs.add_step(ctx, seq, {"kind": "email", "subject": "Hi {first_name}", "body": "Hello"})
        sqs.add_step(ctx, seq, {"kind": "wait", "days": 3})
        sqs.add_step(ctx, seq, {"kind": "call", "text": "check in"})
        segments.save_segment(
            ctx, "Nordic logistics", {"industry": "logistics", "region": "Nordics"}
        )
        seq_id = seq.id
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        seq = s.get(Sequence, seq_id)  # type: ignore[attr-defined]
        t = time.perf_counter()
        reach = segments.reachable(ctx, {"industry": "logistics", "region": "Nordics"},
                                   channel="email")  # fmt: skip
        res = sqs.enroll(ctx, seq, reach.member_ids, source="segment:Nordic logistics",
                         send_every=timedelta(seconds=0.1))  # fmt: skip
        s.commit()  # type: ignore[attr-defined]
        took = time.perf_counter() - t
        print(f"enroll segment: {res.enrolled:,} enrolled, {sum(reach.excluded.values()):,} "
              f"left out ({reach.excluded}) in {took:.2f} s")  # fmt: skip
    settings = MailSettings("localhost", 25, "off", None, None, "bench@example.com", "k",
                            "http://x", 600)  # fmt: skip
    clock = [NOW + timedelta(days=1)]
    runner = SequenceRunner(factory, settings, clock=lambda: clock[0], worker="bench",  # type: ignore[arg-type]
                            batch=500, send=lambda _s, _m: None)  # fmt: skip
    t, cpu = time.perf_counter(), time.process_time()
    st = runner.run_once()
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"tick 1, email step (claim, exit check, build, settle; no network): "
          f"{st.emails:,} in {dt:.1f} s = {st.emails / dt:,.0f}/s "
          f"(this process's CPU {dcpu:.1f} s = {st.emails / dcpu:,.0f}/s of CPU)")  # fmt: skip
    t = time.perf_counter()
    st = runner.run_once()
    print(f"tick with nothing due: {(time.perf_counter() - t) * 1000:.1f} ms")
    clock[0] += timedelta(days=3)
    t, cpu = time.perf_counter(), time.process_time()
    st = runner.run_once()
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"tick 2, call step (reminder + settle in one transaction): "
          f"{st.calls:,} in {dt:.1f} s = {st.calls / dt:,.0f}/s "
          f"(this process's CPU {dcpu:.1f} s = {st.calls / dcpu:,.0f}/s of CPU)")  # fmt: skip
    # Exit sweep over active enrollments: a second sequence keeps everyone active.
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        seq2 = sqs.create_sequence(ctx, "Long nurture")
        sqs.add_step(ctx, seq2, {"kind": "wait", "days": 30})
        sqs.add_step(ctx, seq2, {"kind": "call", "text": "still there?"})
        sqs.enroll(ctx, seq2, reach.member_ids)
    t = time.perf_counter()
    gone = runner.sweep_exits()
    dt = time.perf_counter() - t
    print(f"exit sweep over {res.enrolled:,} active enrollments: {dt * 1000:.0f} ms "
          f"({sum(gone.values())} left)")  # fmt: skip
    with transaction(factory) as s:  # type: ignore[arg-type]
        ctx = ctx_for(s, ws_id, admin_id)
        seq3 = sqs.create_sequence(ctx, "Cold leads")
        sqs.add_step(ctx, seq3, {"kind": "call", "text": "warm up"})
        seq3.auto_below, seq3.auto_days = 30, 14
        t = time.perf_counter()
        ar = evaluate(ctx, seq3, lambda _c, cid: cid % 100)
        dt = time.perf_counter() - t
    print(f"auto rule pass over {ar.checked:,} leads (a trivial score lookup): "
          f"{dt:.2f} s, {ar.watching:,} now watched")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--members", type=int, default=10000)
    ap.add_argument("--dir", default=None)
    add_database_arg(ap)
    ns = ap.parse_args()
    base = Path(ns.dir or tempfile.mkdtemp(prefix="crmbot-bench-"))
    url = bench_db(ns.database_url, base, f"sequences_{ns.members}", reset=True)
    print(f"{kind(ns.database_url)} · target {ns.members:,} members")
    run(url, ns.members)


if __name__ == "__main__":
    main()
