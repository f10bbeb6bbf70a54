"""How often the plain-words case pre-parser (handlers/case_words.py) would open a case
for a message that is not one: every labelled message of tests/data/nlu_eval/ (none is a
support case), with every labelled account, and every labelled contact at an account,
present in the CRM so the pre-parser has names to match.

Run by hand:  .venv/bin/python -m bench.bench_case_words
Prints the false-case count per file and the messages concerned. Nothing is written: each
message runs in a transaction that is rolled back.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

from handlers.case_words import read_case
from handlers.registry import Call
from storage import crm
from storage.context import Ctx
from storage.db import make_engine, make_sessionmaker, transaction, upgrade
from storage.models import User, Workspace
from storage.workspaces import ensure_user, get_or_create_workspace

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "nlu_eval"


def main() -> None:
    tmp = tempfile.mkdtemp()
    engine = make_engine(f"sqlite:///{tmp}/words.db")
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    files = sorted(DATA.glob("*.jsonl"))
    rows = [(f.name, json.loads(x)) for f in files for x in f.read_text().splitlines() if x]
    with transaction(sessions) as s:
        ws = get_or_create_workspace(s, "bench", "Europe/Madrid", "EUR")
        ana = ensure_user(s, ws, "console", "ana", "ana")
        ctx = Ctx(session=s, workspace=ws, user=ana)
        accounts = {r["expected"].get("account") for _, r in rows} - {None}
        for name in sorted(accounts):
            with contextlib.suppress(Exception):
                crm.create_account(ctx, name, {})
        for _, r in rows:
            e = r["expected"]
            if e.get("contact") and e.get("account"):
                with contextlib.suppress(Exception):
                    crm.create_contact(ctx, e["contact"], {"account": e["account"]})
        ws_id, user_id = ws.id, ana.id
    controls = [
        {"id": f"ctl{i}", "message": f"{a} {p}", "expected": {}}
        for i, (a, p) in enumerate(
            zip(
                sorted(accounts)[:5],
                (
                    "can't export invoices, urgent",
                    "users cannot log in",
                    "has a problem with the sync",
                    "reports errors on every upload p2",
                    "can't print the reports, low priority",
                ),
                strict=False,
            )
        )
    ]
    rows += [("controls (real cases)", r) for r in controls]
    names = [f.name for f in files] + ["controls (real cases)"]
    found: dict[str, list[str]] = {n: [] for n in names}
    counts = {n: 0 for n in names}
    for name, r in rows:
        counts[name] += 1
        with sessions() as s:
            ws = s.get(Workspace, ws_id)
            user = s.get(User, user_id)
            assert ws is not None and user is not None
            call = Call(Ctx(session=s, workspace=ws, user=user), r["message"], r["message"])
            try:
                reply = read_case(call)
            except Exception as exc:  # an Ask or a refusal still means "read as a case"
                reply = exc  # type: ignore[assignment]
            if reply is not None:
                found[name].append(f"{r['id']}: {r['message']}")
            s.rollback()
    print(f"accounts: {len(accounts)}")
    for name in counts:
        print(f"{name}: {len(found[name])} of {counts[name]} messages read as a case")
        for line in found[name]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
