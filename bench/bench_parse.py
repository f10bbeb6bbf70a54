"""Messages parsed per second, single process, over the table of tests/data/parse_cases.json.

Why: issue 3 asks for parse throughput on the test table, and the free-text
write (parse + resolve + store + reply) has a p50 budget of 5 ms, so the parse
step must stay far below that.  Run: ``.venv/bin/python -m bench.bench_parse``.

Reported: cold start (import + first message), steady-state messages/s for
``parse_message`` and for the date layer alone, per-message p50/p99/max, the
slowest cases, and how many messages needed the dateparser fallback.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime
from pathlib import Path

CASES_PATH = Path(__file__).resolve().parent.parent / "tests" / "data" / "parse_cases.json"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20, help="passes over the table (default 20)")
    args = ap.parse_args()

    cases = json.loads(CASES_PATH.read_text("utf-8"))
    rows = [(c["message"], datetime.fromisoformat(c["now"]), c["tz"], c["lang"]) for c in cases]

    t0 = time.perf_counter()
    from handlers.language import dates
    from handlers.language.nlu import parse_message

    parse_message(*rows[0])
    cold = time.perf_counter() - t0
    t1 = time.perf_counter()
    dates.warm_up({r[3] for r in rows})
    warm = time.perf_counter() - t1

    calls = {"n": 0}
    real = dates._dateparser_parse

    def counting(*a: object, **k: object) -> object:
        calls["n"] += 1
        return real(*a, **k)  # type: ignore[arg-type]

    dates._dateparser_parse = counting  # type: ignore[assignment]
    for row in rows:
        parse_message(*row)
    fallback_msgs = calls["n"]
    dates._dateparser_parse = real

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


if __name__ == "__main__":
    main()
