"""Messages parsed per second, single process, over the table of tests/data/parse_cases.json.

Why: issue 3 asks for parse throughput on the test table, and the free-text
write (parse + resolve + store + reply) has a p50 budget of 5 ms, so the parse
step must stay far below that.  Run: ``.venv/bin/python -m bench.bench_parse``.

Reported: cold start (import + first message), steady-state messages/s for
``parse_message`` and for the date layer alone, per-message p50/p99/max, the
slowest cases, and how many messages needed the dateparser fallback. Then the
learned parser (issue 10): the time and resident memory to load its model files,
and p50/p99 over realistic messages (the development sets), split into the ones
the rules read and the ones the classifier and tagger read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CASES_PATH = DATA / "parse_cases.json"
REALISTIC = (DATA / "nlu_eval" / "dev.jsonl", DATA / "nlu_train" / "parser_dev.jsonl")


def _rss_kib() -> int:
    """Resident memory of this process now (Linux /proc), in KiB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20, help="passes over the table (default 20)")
    ap.add_argument(
        "--known",
        type=int,
        default=100_000,
        metavar="N",
        help="also parse with a workspace's known names: N contacts, N/5 accounts and N/5 "
        "deals (default 100000; 0 skips)",
    )
    ap.add_argument("--learned-only", action="store_true", help="skip the table's figures")
    args = ap.parse_args()
    if args.learned_only:
        _learned(args.rounds, *_fresh_load(), known_n=args.known)
        return

    cases = json.loads(CASES_PATH.read_text("utf-8"))
    rows = [(c["message"], datetime.fromisoformat(c["now"]), c["tz"], c["lang"]) for c in cases]

    t0 = time.perf_counter()
    from handlers.language import date_fallback, dates
    from handlers.language.nlu import parse_message

    parse_message(*rows[0])
    cold = time.perf_counter() - t0
    load_ms, load_rss = _fresh_load()
    t1 = time.perf_counter()
    dates.warm_up({r[3] for r in rows})
    warm = time.perf_counter() - t1

    calls = {"n": 0}
    real = date_fallback._dateparser_parse

    def counting(*a: object, **k: object) -> object:
        calls["n"] += 1
        return real(*a, **k)  # type: ignore[arg-type]

    date_fallback._dateparser_parse = counting  # type: ignore[assignment]
    for row in rows:
        parse_message(*row)
    fallback_msgs = calls["n"]
    date_fallback._dateparser_parse = real

    per_msg: dict[int, list[float]] = {i: [] for i in range(len(rows))}
    start = time.perf_counter()
    for _ in range(args.rounds):
        for i, row in enumerate(rows):
            t = time.perf_counter()
            parse_message(*row)
            per_msg[i].append(time.perf_counter() - t)
    total = time.perf_counter() - start
    n = args.rounds * len(rows)

    start = time.perf_counter()
    for _ in range(args.rounds):
        for text, now, tz, lang in rows:
            dates.find_whens(text, now, tz, lang)
    dates_total = time.perf_counter() - start

    lat = [v for vs in per_msg.values() for v in vs]
    medians = {i: statistics.median(vs) for i, vs in per_msg.items()}
    slow = sorted(medians, key=medians.__getitem__, reverse=True)[:5]

    print(f"parse bench: {len(rows)} table messages x {args.rounds} rounds = {n:,} parses")
    print(f"  cold start (import + first message): {cold * 1000:.0f} ms")
    print(f"  warm_up (tables + dateparser languages): {warm * 1000:.0f} ms")
    print(f"  parse_message: {n / total:,.0f} msg/s  ({total / n * 1e6:.0f} us/msg mean)")
    print(f"  date layer alone (find_whens): {n / dates_total:,.0f} msg/s")
    print(
        f"  per message: p50 {_pct(lat, 0.5) * 1e6:.0f} us, p99 {_pct(lat, 0.99) * 1e6:.0f} us, "
        f"max {max(lat) * 1e3:.2f} ms"
    )
    print(f"  messages that called the dateparser fallback: {fallback_msgs} of {len(rows)}")
    print("  slowest (median):")
    for i in slow:
        print(f"    {medians[i] * 1e6:7.0f} us  [{rows[i][3]}] {rows[i][0][:60]}")
    _learned(args.rounds, load_ms, load_rss, known_n=args.known)


_LOAD_SCRIPT = """
import json, time
from bench.bench_parse import _rss_kib
import handlers.language.nlu  # the parser itself, loaded by the bot anyway
steps = []
rss0 = _rss_kib()
t0, c0 = time.perf_counter(), time.process_time()
def step(name):
    global t0, c0
    t, c = time.perf_counter(), time.process_time()
    steps.append((name, (t - t0) * 1000, (c - c0) * 1000, _rss_kib()))
    t0, c0 = t, c
import numpy
step("import numpy")
import pycrfsuite
step("import pycrfsuite")
from handlers.language import model
intent = model.load_intent()
step("intent files")
model.open_tagger()
step("tagger open")
from handlers.language.features import first_names
first_names()
step("first names")
print(json.dumps([steps, rss0]))
"""


def _fresh_load() -> tuple[float, float]:
    """Model load time and resident memory it adds, in a fresh interpreter (numpy and
    pycrfsuite imports included), median of 5; per step, wall and CPU time (the CPU time
    is what a loaded machine does not inflate)."""
    import subprocess
    import sys

    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _LOAD_SCRIPT],
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).resolve().parent.parent,
            ).stdout
        )
        for _ in range(5)
    ]
    names = [s[0] for s in runs[0][0]]
    print("model load, fresh process, median of 5 (wall / CPU ms, resident added MiB):")
    for i, name in enumerate(names):
        wall = statistics.median(r[0][i][1] for r in runs)
        cpu = statistics.median(r[0][i][2] for r in runs)
        rss = statistics.median((r[0][i][3] - (r[0][i - 1][3] if i else r[1])) / 1024 for r in runs)
        print(f"  {name:18} {wall:6.1f} / {cpu:6.1f} ms  +{rss:5.1f} MiB")
    total_wall = statistics.median(sum(s[1] for s in r[0]) for r in runs)
    total_cpu = statistics.median(sum(s[2] for s in r[0]) for r in runs)
    total_rss = statistics.median((r[0][-1][3] - r[1]) / 1024 for r in runs)
    print(f"  {'total':18} {total_wall:6.1f} / {total_cpu:6.1f} ms  +{total_rss:5.1f} MiB")
    return total_wall, total_rss


def fake_names(n: int, seed: int = 7) -> tuple[list[str], list[str], list[str]]:
    """``n`` contacts, ``n // 5`` accounts and ``n // 5`` deals, names of many origins."""
    from faker import Faker

    fake = Faker(["en_US", "es_ES", "de_DE", "fr_FR", "no_NO", "el_GR", "en_IN", "tr_TR"])
    fake.seed_instance(seed)
    contacts = [f"{fake.first_name()} {fake.last_name()}" for _ in range(n)]
    accounts = [fake.company() for _ in range(n // 5)]
    kinds = ("renewal", "pilot", "expansion", "upsell", "rollout")
    deals = (
        [f"{accounts[i % len(accounts)]} {kinds[i % 5]}" for i in range(n // 5)] if accounts else []
    )
    return contacts, accounts, deals


def _known(n: int) -> object:
    """A ``n``-contact gazetteer: its build time and the memory it holds."""
    import gc

    from storage.known_names import KnownNames

    contacts, accounts, deals = fake_names(n)
    gc.collect()
    rss0 = _rss_kib()
    t = time.perf_counter()
    names = KnownNames.build(contacts, accounts, deals)
    took = time.perf_counter() - t
    del contacts, accounts, deals
    gc.collect()
    print(
        f"known names: {n:,} contacts, {n // 5:,} accounts, {n // 5:,} deals -> {len(names):,} "
        f"keys, {names.nbytes / 2**20:.1f} MiB of arrays (+{(_rss_kib() - rss0) / 1024:.1f} MiB "
        f"resident after the names were dropped), built in {took * 1000:.0f} ms"
    )
    return names


def _learned(rounds: int, load_ms: float, load_rss: float, known_n: int = 0) -> None:
    """The learned path: model load, and latency over realistic messages."""
    from handlers.language import nlu, other_languages

    msgs = []
    for path in REALISTIC:
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                r = json.loads(line)
                msgs.append((r["message"], datetime.fromisoformat(r["now"]), r["tz"], r["lang"]))
    lat_rules: list[float] = []
    lat_model: list[float] = []
    calls = {"n": 0}
    real = nlu._parse_learned

    def counting(*a: object, **k: object) -> object:
        calls["n"] += 1
        return real(*a, **k)  # type: ignore[arg-type]

    # the learned parser is called from nlu and, for another language's cue, other_languages
    nlu._parse_learned = counting  # type: ignore[assignment]
    other_languages._parse_learned = counting  # type: ignore[assignment]
    for _ in range(rounds):
        for row in msgs:
            before = calls["n"]
            t = time.perf_counter()
            nlu.parse_message(*row)
            dt = time.perf_counter() - t
            (lat_model if calls["n"] > before else lat_rules).append(dt)
    nlu._parse_learned = real
    other_languages._parse_learned = real
    every = lat_rules + lat_model
    with_known: list[float] = []
    if known_n:
        known = _known(known_n)
        for _ in range(rounds):
            for row in msgs:
                t = time.perf_counter()
                nlu.parse_message(*row, known=known)  # type: ignore[arg-type]
                with_known.append(time.perf_counter() - t)
    print(
        f"learned parser: model load {load_ms:.0f} ms, +{load_rss:.1f} MiB resident "
        "(fresh process, numpy and pycrfsuite imports and first names included, median of 5)"
    )
    print(f"  {len(msgs)} realistic messages x {rounds} rounds (dev sets):")
    for name, lat in (
        ("all", every),
        ("rules", lat_rules),
        ("model", lat_model),
        ("known", with_known),
    ):
        if lat:
            print(
                f"    {name:5} n={len(lat) // rounds:4}  p50 {_pct(lat, 0.5) * 1e3:.2f} ms  "
                f"p99 {_pct(lat, 0.99) * 1e3:.2f} ms  max {max(lat) * 1e3:.2f} ms"
            )


if __name__ == "__main__":
    main()
