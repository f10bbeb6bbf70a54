"""`cases report` (working-hour medians, p90, breaches, chart), cases in `crmbot export`,
and cases in a person's GDPR export and erasure."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Text, cast, select

from bot.cli import main as cli
from bot.console import ConsoleAdapter
from storage.case_reports import p90
from storage.models import AuditLog
from storage.models_cases import Case, CaseEvent


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo("Europe/Madrid")).astimezone(UTC)  # type: ignore[misc]


def test_p90_is_nearest_rank() -> None:
    assert p90([]) is None
    assert p90([5.0]) == 5.0
    assert p90([float(i) for i in range(1, 11)]) == 9.0
    assert p90([float(i) for i in range(1, 12)]) == 10.0


def test_cases_report_in_working_hours(console: ConsoleAdapter, bot, ws_id, clock) -> None:  # type: ignore[no-untyped-def]
    sam = ConsoleAdapter(bot, ws_id, "sam", "Europe/Madrid")
    console.say("me")
    sam.say("me")
    console.say("account add Acme")
    console.say("account add Globex")
    clock.now = local(2026, 11, 27, 18, 30)  # Friday evening
    console.say("case new Acme: export fails p1 assignee=sam")
    clock.now = local(2026, 11, 30, 8, 30)  # Monday: 30 + 30 working minutes later
    sam.say("case note #1 looking")
    clock.now = local(2026, 11, 30, 10, 0)
    sam.say("case solve #1 patched")  # resolution: 30 + 120 = 150 working minutes
    console.say("case new Globex: slow p3")  # Monday 10:00, answered 10:20, solved 12:00
    clock.now = local(2026, 11, 30, 10, 20)
    console.say("case note #2 checking")
    clock.now = local(2026, 11, 30, 12, 0)
    console.say("case solve #2 added an index")
    console.say("case new Globex: login loop p1")  # open, not answered
    clock.now = local(2026, 11, 30, 15, 0)  # #3: 3 working hours unanswered
    out = console.say("cases report this month by account")
    assert "🎫 Cases · 2026-11 · by account · times in working hours" in out
    acme = next(x for x in out.splitlines() if x.startswith("Acme:"))
    assert "1 opened · 1 solved · 0 open" in acme
    assert "first response median 1h, p90 1h" in acme
    assert "resolution median 2h30, p90 2h30" in acme
    assert "breaches 0 (0 response, 0 resolution)" in acme  # answered on the dot (Mon 08:30)
    globex = next(x for x in out.splitlines() if x.startswith("Globex:"))
    assert "2 opened · 1 solved · 1 open" in globex
    assert "first response median 20m" in globex
    assert "breaches 1 (1 response, 0 resolution)" in globex  # #3: 1 h target, 3 h unanswered
    total = next(x for x in out.splitlines() if x.startswith("total:"))
    assert "3 opened · 2 solved" in total
    assert "(chart saved to" in out
    out = console.say("cases report this month by priority")
    assert out.index("P1:") < out.index("P3:")
    assert "group cases by one of" in console.say("cases report by colour")
    assert "don't understand" in console.say("cases report someday")
    assert "No cases opened" in console.say("cases report 2026-01")


def test_cases_in_crmbot_export(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from handlers.core import Bot
    from storage.db import make_engine, make_sessionmaker, transaction
    from storage.workspaces import get_or_create_workspace

    url = f"sqlite:///{tmp_path}/crm.db"
    monkeypatch.setenv("CRMBOT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    assert cli(["db", "upgrade"]) == 0
    sessions = make_sessionmaker(make_engine(url))
    with transaction(sessions) as s:
        ws_id = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id
    con = ConsoleAdapter(Bot(sessions), ws_id, "ana", "Europe/Madrid")
    con.say("account add Acme")
    con.say("case new Acme: export fails p2")
    con.say("case note #1 on it")
    assert cli(["export", "cases", "--out", str(tmp_path / "c.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "c.csv").open()))
    assert [(r["number"], r["title"], r["priority"], r["status"]) for r in rows] == [
        ("1", "export fails", "2", "open")
    ]
    assert cli(["export", "case_events", "--out", str(tmp_path / "e.csv")]) == 0
    kinds = [r["kind"] for r in csv.DictReader((tmp_path / "e.csv").open())]
    assert kinds == ["created", "note"]


def test_gdpr_export_and_erase_cover_cases(console: ConsoleAdapter, sessions) -> None:  # type: ignore[no-untyped-def]
    console.say("contact add Maria Lopez email=maria@acme.com account=Acme")
    console.say(
        "case new Acme: Maria Lopez cannot export p2 contact=Maria "
        "description=her invoices of march"
    )
    console.say("case note #1 Maria Lopez called back, maria@acme.com")
    console.say("case new Acme: server down p1")
    console.say("case note #2 Maria Lopez says it is slow too")
    out = console.say("contact export Maria Lopez")
    data = json.loads(out[out.index("{") :].rsplit("\n  [", 1)[0])
    (case,) = data["cases"]
    assert case["number"] == 1 and case["description"] == "her invoices of march"
    assert [e["kind"] for e in case["timeline"]] == ["created", "note"]
    out = console.say("contact erase Maria Lopez confirm=yes")
    assert "Erased" in out
    with sessions() as s:
        c1, c2 = s.scalars(select(Case).order_by(Case.number)).all()
        assert "Maria" not in c1.title and c1.description == "[erased]"
        texts = [e.body for e in s.scalars(select(CaseEvent).order_by(CaseEvent.id))]
        assert not any("Maria" in t or "maria@" in t for t in texts), texts
        assert "Maria Lopez" not in c2.title
        leaks = s.scalars(
            select(AuditLog.id).where(
                cast(AuditLog.after, Text).like("%Maria Lopez%")
                | cast(AuditLog.after, Text).like("%invoices of march%")
            )
        ).all()
        assert leaks == []
