"""Documents: attaching files (type check, text extraction, blob write, row) and `find`
searching inside them, through the core as a chat message would.

Run:  .venv/bin/python -m bench.bench_documents [--documents 2000] [--database-url URL]
Prints attach rates (text files; PDF files with pypdf) and find latency percentiles.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bench.common import add_database_arg, bench_db, kind, summary, timed
from handlers.core import Bot
from handlers.types import Attachment, Incoming, Sender
from storage import filestore
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.workspaces import get_or_create_workspace

WORDS = [
    "renewal",
    "pricing",
    "seats",
    "license",
    "support",
    "contract",
    "term",
    "invoice",
    "discount",
    "quote",
    "volume",
    "annual",
    "monthly",
    "service",
    "level",
    "agreement",
    "onboarding",
    "training",
    "migration",
    "security",
    "audit",
]
ANA = Sender("console", "ana", "ana")


def text_file(rng: random.Random, i: int, words: int) -> bytes:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    return f"Document {i} reference code doc{i:06d}\n{body}\n".encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--documents", type=int, default=2000)
    ap.add_argument("--words", type=int, default=3000, help="words in each text file")
    ap.add_argument("--dir", default=tempfile.mkdtemp(prefix="crmbot-bench-docs-"))
    add_database_arg(ap)
    ns = ap.parse_args()
    base = Path(ns.dir)
    url = bench_db(ns.database_url, base, "documents", reset=True)
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    filestore.configure(filestore.LocalStore(base / "files"))
    with transaction(sessions) as s:
        ws_id = get_or_create_workspace(s, "bench", "Europe/Madrid", "EUR").id
    bot = Bot(sessions)
    say = lambda text, *files: bot.handle(Incoming(ws_id, ANA, text=text, files=files))  # noqa: E731
    deals = 50
    say("account add Acme")
    for d in range(deals):
        say(f"deal add Deal {d:03d} 10k EUR account=Acme")
    rng = random.Random(17)
    print(f"{kind(ns.database_url)}: {ns.documents:,} text files of {ns.words:,} words")
    t0 = time.perf_counter()
    for i in range(ns.documents):
        r = say(
            f"Deal {i % deals:03d} notes", Attachment(f"notes-{i}.txt", text_file(rng, i, ns.words))
        )
        assert r.ok, r.text
    took = time.perf_counter() - t0
    print(f"  attach (text): {ns.documents / took:,.0f} files/s ({took:.1f} s)")
    from tests.handlers_docs import pdf_with  # a one-page PDF, read back with pypdf

    pdfs = [
        pdf_with(f"Proposal {i} with clause {rng.choice(WORDS)} number {i}") for i in range(200)
    ]
    t0 = time.perf_counter()
    for i, data in enumerate(pdfs):
        assert say(f"Deal {i % deals:03d}", Attachment(f"proposal-{i}.pdf", data)).ok
    took = time.perf_counter() - t0
    print(f"  attach (PDF, 1 page): {len(pdfs) / took:,.0f} files/s")
    n = 0

    def find_rare() -> None:
        nonlocal n
        n += 1
        r = say(f"find doc{(n * 7919) % ns.documents:06d}")
        assert "Files" in r.text, r.text

    print(f"  find a code inside one file of {ns.documents:,}: {summary(timed(find_rare, 50, 5))}")
    common_word = summary(timed(lambda: say("find pricing"), 20, 3))
    print(f"  find a word in every file (first 10 shown): {common_word}")
    print(f"  file store: {len(list(filestore.LocalStore(base / 'files').hashes())):,} blobs")
    engine.dispose()


if __name__ == "__main__":
    main()
