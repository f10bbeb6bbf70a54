"""CSV import edge cases, export, erase, and the maven-crm data set checked against the CSV."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Text, cast, func, select

from bot.cli import main as cli
from storage import reports
from storage.context import Ctx
from storage.db import transaction
from storage.importer import ImportOptions, import_csv
from storage.models import (
    Account,
    Activity,
    AuditLog,
    Contact,
    Opportunity,
    Reminder,
    Team,
    User,
    Workspace,
)
from storage.privacy import export_contact
from storage.teams import scope_for
from storage.text import name_key

MAVEN = Path("/work/shared/data/maven-crm")
SF = Path("/work/shared/data/salesforce-sample/Accounts-Contacts.csv")


def imp(sessions, ws_id, table, data, **kw):
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        admin = s.scalar(select(User).where(User.workspace_id == ws_id, User.role == "admin"))
        if admin is None:
            admin = User(workspace_id=ws_id, display_name="ana", name_key="ana", role="admin")
            s.add(admin)
            s.flush()
        res = import_csv(Ctx(session=s, workspace=ws, user=admin), ImportOptions(table, **kw), data)
        if not res.applied:
            s.rollback()
        return res


def count(sessions, model):
    with transaction(sessions) as s:
        return s.scalar(select(func.count()).select_from(model))


DEALS = (
    b"Opportunity ID,Deal Name,Account,Amount,Stage,Close Date,Owner\n"
    b"X1,Alpha,Acme,1000,Prospecting,2026-12-01,Bob Smith\n"
    b"X2,Beta,Acme,2500.50,Closed Won,2026-11-02,Bob Smith\n"
    b"X3,Gamma,Globex,300,Negotiation/Review,2027-01-05,Carla Diaz\n"
)


def test_deals_import_guesses_columns_creates_owners_and_reimport_changes_nothing(sessions, ws_id):
    res = imp(sessions, ws_id, "deals", DEALS)
    assert res.applied and res.created == 3 and not res.rejected
    assert res.mapping["external_id"] == "Opportunity ID" and res.mapping["title"] == "Deal Name"
    assert res.users_created == ["Bob Smith", "Carla Diaz"] and res.accounts_created == 2
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity).where(Opportunity.external_id == "X2"))
        assert (d.stage, d.status, d.amount_minor, d.currency) == ("won", "won", 250050, "EUR")
        assert str(d.closed_at.date()) == "2026-11-02"
        x3 = s.scalar(select(Opportunity).where(Opportunity.external_id == "X3"))
        assert x3.stage == "closing"  # Salesforce's Negotiation/Review
    audits = count(sessions, AuditLog)
    again = imp(sessions, ws_id, "deals", DEALS)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert count(sessions, Opportunity) == 3 and count(sessions, User) == 3
    assert count(sessions, AuditLog) == audits + 1  # only the import summary
    changed = DEALS.replace(b"X1,Alpha,Acme,1000", b"X1,Alpha,Acme,1200")
    assert imp(sessions, ws_id, "deals", changed).updated == 1


def test_bad_dates_and_unknown_stage_reject_the_whole_file_with_line_numbers(sessions, ws_id):
    data = (
        b"external_id,title,amount,stage,close_date\n"
        b"A,ok,10,prospecting,2026-12-01\n"
        b"B,bad date,10,prospecting,2026-13-45\n"
        b"C,bad stage,10,Engaging,2026-12-01\n"
        b"D,ambiguous,10,prospecting,03/04/2026\n"
    )
    res = imp(sessions, ws_id, "deals", data)
    assert not res.applied and count(sessions, Opportunity) == 0
    reasons = dict(res.rejected)
    assert set(reasons) == {3, 4, 5}
    assert "not a real date" in reasons[3] and "--stage-map" in reasons[4]
    assert "day/month" in reasons[5]
    assert "NOTHING IMPORTED" in res.text() and "line 4:" in res.text()
    res = imp(sessions, ws_id, "deals", data, skip_bad=True)
    assert res.applied and res.created == 1 and count(sessions, Opportunity) == 1
    res = imp(sessions, ws_id, "deals", data, stage_map={"Engaging": "presentation"},
              date_format=None, skip_bad=True)  # fmt: skip
    assert res.created == 1  # C now imports; A unchanged


def test_dry_run_writes_nothing(sessions, ws_id):
    res = imp(sessions, ws_id, "deals", DEALS, dry_run=True)
    assert res.created == 3 and not res.applied and "DRY RUN" in res.text()
    assert count(sessions, Opportunity) == 0 and count(sessions, User) == 0  # all rolled back


def test_duplicate_rows_are_skipped_and_conflicting_ones_rejected(sessions, ws_id):
    data = DEALS + b"X1,Alpha,Acme,1000,Prospecting,2026-12-01,Bob Smith\n"
    res = imp(sessions, ws_id, "deals", data)
    assert res.applied and res.created == 3 and res.duplicates == 1
    clash = DEALS + b"X1,Alpha,Acme,999,Prospecting,2026-12-01,Bob Smith\n"
    res = imp(sessions, ws_id, "deals", clash)
    assert not res.applied and res.rejected[0][0] == 5 and "line 2" in res.rejected[0][1]


def _amounts(sessions):
    with transaction(sessions) as s:
        return {d.external_id: (d.amount_minor, d.currency) for d in s.scalars(select(Opportunity))}


def test_amounts_read_with_the_chat_rules_and_their_currency(sessions, ws_id):
    data = (
        "id,title,amount\n"
        "A,k,45k\nB,euro k,€ 45k\nC,euro k tight,€45k\nD,decimal k,12.5k\n"
        'E,dollars,"$1,200"\nF,code first,USD 5k\nG,space thousands,15 000 NOK\n'
        'H,german,"1.234,56"\nI,lowercase code,12000 eur\nJ,plain,8500\n'
    )
    res = imp(sessions, ws_id, "deals", data.encode())
    assert res.applied and not res.rejected, res.text()
    assert _amounts(sessions) == {
        "A": (4500000, "EUR"), "B": (4500000, "EUR"), "C": (4500000, "EUR"),
        "D": (1250000, "EUR"), "E": (120000, "USD"), "F": (500000, "USD"),
        "G": (1500000, "NOK"), "H": (123456, "EUR"), "I": (1200000, "EUR"),
        "J": (850000, "EUR"),
    }  # fmt: skip


def test_amount_currency_against_the_currency_column(sessions, ws_id):
    data = (
        b"id,title,amount,currency\n"
        b"A,agree,$1200,USD\n"
        b"B,column only,1200,GBP\n"
        b"C,cell only,\xe2\x82\xac900,\n"
        b"D,contradiction,$1200,EUR\n"
    )
    res = imp(sessions, ws_id, "deals", data)
    assert not res.applied and res.rejected == [
        (5, "the amount '$1200' is in USD but the currency column says EUR")
    ]
    res = imp(sessions, ws_id, "deals", data, skip_bad=True)
    assert res.applied and res.created == 3
    assert _amounts(sessions) == {
        "A": (120000, "USD"), "B": (120000, "GBP"), "C": (90000, "EUR")
    }  # fmt: skip


def test_unreadable_amounts_are_rejected_not_misstored(sessions, ws_id):
    data = (
        b"id,title,amount\n"
        b"A,words,about 5k\n"
        b"B,accounting negative,(1200)\n"
        b"C,negative,-5\n"
        b"D,too precise,0.001\n"
        b"E,huge,999999999999999999999\n"
        b"F,unknown code,12 XYZ\n"
        b"G,two currencies,$5 EUR\n"
        b"H,fine,5\n"
    )
    res = imp(sessions, ws_id, "deals", data)
    assert not res.applied and count(sessions, Opportunity) == 0
    reasons = dict(res.rejected)
    assert set(reasons) == {2, 3, 4, 5, 6, 7, 8}
    assert "'about 5k' is not an amount" in reasons[2]
    assert "'(1200)' is not an amount" in reasons[3]
    assert "cannot be negative" in reasons[4]
    assert "more decimals than EUR allows" in reasons[5]  # a thousandth, not 1
    assert "too large to store" in reasons[6]
    assert "'XYZ' is not a currency code" in reasons[7]
    assert "two currencies" in reasons[8]
    assert "line 6:" in res.text()


def test_an_account_keeps_its_first_or_existing_spelling(sessions, ws_id):
    data = b"id,title,account\nA,one,Acme Corp\nB,two,ACME CORP\nC,three,acme corp\n"
    res = imp(sessions, ws_id, "deals", data)
    assert res.applied and res.accounts_created == 1
    with transaction(sessions) as s:
        assert list(s.scalars(select(Account.name))) == ["Acme Corp"]
    people = b"name,account\nAna,\xc3\x98RSTED A/S\nBo,\xc3\x98rsted A/S\nCy,ACME corp\n"
    res = imp(sessions, ws_id, "contacts", people)
    assert res.applied and res.accounts_created == 1
    with transaction(sessions) as s:
        assert sorted(s.scalars(select(Account.name))) == ["Acme Corp", "ØRSTED A/S"]
    res = imp(sessions, ws_id, "accounts", b"name,industry\nGlobex,tech\nGLOBEX,tech\n")
    assert res.applied and res.created == 1 and res.duplicates == 1
    with transaction(sessions) as s:
        assert s.scalar(select(Account.name).where(Account.name_key == "globex")) == "Globex"


def test_won_deals_closed_before_their_creation_never_give_a_negative_cycle(sessions, ws_id):
    data = (
        b"id,title,stage,close_date,created\n"
        b"W1,no created column value,won,2026-10-01,\n"  # created would be the import time
        b"W2,created after close,won,2026-09-01,2026-09-30\n"
        b"W3,a real cycle,won,2026-09-21,2026-09-01\n"
    )
    res = imp(sessions, ws_id, "deals", data)
    assert res.applied, res.text()
    with transaction(sessions) as s:
        for d in s.scalars(select(Opportunity)):
            assert d.closed_at >= d.created_at, d.external_id
        ws = s.get(Workspace, ws_id)
        admin = s.scalar(select(User).where(User.role == "admin"))
        ctx = Ctx(session=s, workspace=ws, user=admin)
        for rollup in (True, False):
            total = reports.summarize(ctx, scope_for(s, admin), "total", rollup=rollup).totals[0]
            assert total.won_count == 3
            assert total.avg_cycle_days == pytest.approx(20 / 3), rollup  # 0, 0 and 20 days


def test_semicolon_file_with_decimal_commas_and_bom(sessions, ws_id):
    data = "\ufeffID;Name;Amount;Currency;Stage\nS1;Ørsted deal;1.234,56;EUR;Proposal\n"
    res = imp(sessions, ws_id, "deals", data.encode("utf-8"))
    assert res.applied and res.delimiter == ";" and res.mapping["external_id"] == "ID"
    with transaction(sessions) as s:
        d = s.scalar(select(Opportunity))
        assert (d.title, d.amount_minor, d.stage) == ("Ørsted deal", 123456, "presentation")


def test_salesforce_report_export_with_bom(sessions, ws_id):
    res = imp(sessions, ws_id, "contacts", SF.read_bytes())
    assert not res.applied and len(res.rejected) == 8  # account-only rows: no person
    assert res.rejected[0] == (8, "no name and no email")
    res = imp(sessions, ws_id, "contacts", SF.read_bytes(), skip_bad=True)
    assert res.applied and res.created == 6, res.text()
    assert res.mapping["first_name"] == "Contact: First Name"
    assert res.mapping["phone"] == "Contact: Phone"  # not the account's phone
    assert res.mapping["account"] == "Account: Account Name"
    with transaction(sessions) as s:
        amy = s.scalar(select(Contact).where(Contact.email_key == "amy@demo.net"))
        assert amy.name == "Amy Taylor" and amy.account.name == "Alpha Dynamics"
    assert imp(sessions, ws_id, "contacts", SF.read_bytes(), skip_bad=True).unchanged == 6


def test_fifty_thousand_rows(sessions, ws_id, tmp_path):
    lines = ["external_id,title,amount,currency,stage,close_date,owner"]
    stages = ["prospecting", "qualified", "proposal", "negotiation", "closed won", "closed lost"]
    for i in range(50_000):
        lines.append(
            f"G{i},Deal {i},{1000 + i % 977},{'USD' if i % 10 == 0 else 'EUR'},"
            f"{stages[i % 6]},2027-{1 + i % 12:02d}-15,Rep {i % 40}"
        )
    res = imp(sessions, ws_id, "deals", ("\n".join(lines) + "\n").encode())
    assert res.applied and res.created == 50_000 and len(res.users_created) == 40
    assert count(sessions, Opportunity) == 50_000


def test_users_import_builds_teams_and_owner_names_become_users(sessions, ws_id):
    data = b"name,email,manager,region\nBob,bob@x.io,Mia,North\nCarl,,Mia,North\nDan,,Zoe,South\n"
    res = imp(sessions, ws_id, "users", data)
    assert (
        res.applied and res.created == 3 and sorted(res.teams_created) == ["Mia team", "Zoe team"]
    )
    with transaction(sessions) as s:
        mia = s.scalar(select(User).where(User.name_key == "mia"))
        team = s.scalar(select(Team).where(Team.manager_id == mia.id))
        assert mia.role == "manager" and team.region == "North"
        bob = s.scalar(select(User).where(User.name_key == "bob"))
        assert bob.team_id == team.id and bob.email == "bob@x.io"


def test_export_and_erase(sessions, ws_id, console):
    console.say("contact add Maria Lopez email=maria@acme.com phone=+34 600 123 456 account=Acme")
    console.say("log call maria: Maria Lopez wants a quote for maria@acme.com")
    console.say("deal add Acme renewal 12k EUR contact=Maria Lopez")
    console.say("contact edit Maria title=CFO")
    # Mentions in records that are about something else
    console.say("contact add Jon Snow account=Acme")
    console.say("deal add Maria Lopez expansion 5k EUR account=Acme")
    console.say("log note Jon Snow: replaces MARIA LOPEZ as buyer, cc maria@acme.com")
    console.say("remind me tomorrow to ask Jon about Maria Lopez")
    console.say("log note Jon Snow: talked to Mariana about the budget")
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.email_key == "maria@acme.com"))
        ws = s.get(Workspace, ws_id)
        ana = s.scalar(select(User).where(User.role == "admin"))
        data = export_contact(Ctx(session=s, workspace=ws, user=ana), c)
        assert data["contact"]["email"] == "maria@acme.com" and data["activities"]
        assert data["deals"][0]["title"] == "Acme renewal"
        cid = c.id
    assert "Yes, erase" in console.say("contact erase Maria")
    out = console.say(f"contact erase #c{cid} confirm=yes")
    assert "Erased" in out
    with transaction(sessions) as s:
        c = s.get(Contact, cid)
        assert (
            c.email is None and c.phone is None and c.name == "Erased person" and c.do_not_contact
        )
        act = s.scalar(select(Activity).where(Activity.contact_id == cid))
        assert act.body == "[erased]" and act.contact_id == cid  # kept, without personal data
        titles = set(s.scalars(select(Opportunity.title)))
        assert titles == {"Acme renewal", "[erased] expansion"}
        bodies = set(s.scalars(select(Activity.body).where(Activity.contact_id != cid)))
        assert bodies == {
            "replaces [erased] as buyer, cc [erased]",
            "talked to Mariana about the budget",  # another person, kept
        }
        assert "ask Jon about [erased]" in set(s.scalars(select(Reminder.text)))
        for needle in ("maria@acme.com", "Maria Lopez", "MARIA LOPEZ", "600 123 456"):
            hits = s.scalar(
                select(func.count()).where(
                    cast(AuditLog.before, Text).like(f"%{needle}%")
                    | cast(AuditLog.after, Text).like(f"%{needle}%")
                )
            )
            assert hits == 0, needle
        assert s.scalar(select(func.count()).where(AuditLog.action == "erase")) == 1
        assert s.scalar(select(Opportunity).where(Opportunity.contact_id == cid)).title == (
            "Acme renewal"
        )
    res = imp(
        sessions, ws_id, "contacts", b"name,email\nMaria Lopez,Maria@Acme.com\nNew One,n@x.io\n"
    )
    assert res.suppressed == 1 and res.created == 1
    assert "Nothing matches" in console.say("contact find maria")


def _maven_expected():
    teams = {
        r["sales_agent"]: r
        for r in csv.DictReader((MAVEN / "sales_teams.csv").read_text().splitlines())
    }
    stage_key = {"Prospecting": "prospecting", "Engaging": "presentation", "Won": "won",
                 "Lost": "lost"}  # fmt: skip
    out = {g: defaultdict(lambda: [0, 0, Decimal(0), 0]) for g in ("stage", "owner", "manager",
                                                                    "region")}  # fmt: skip
    for r in csv.DictReader((MAVEN / "sales_pipeline.csv").read_text().splitlines()):
        keys = {
            "stage": stage_key[r["deal_stage"]],
            "owner": r["sales_agent"],
            "manager": teams[r["sales_agent"]]["manager"],
            "region": teams[r["sales_agent"]]["regional_office"],
        }
        for g, k in keys.items():
            acc = out[g][k]
            acc[0] += 1
            if r["deal_stage"] == "Won":
                acc[1] += 1
                acc[2] += Decimal(r["close_value"] or 0)
            elif r["deal_stage"] == "Lost":
                acc[3] += 1
    return out


@pytest.mark.slow
def test_maven_crm_through_the_cli_matches_the_csv(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/maven.db")
    monkeypatch.chdir(tmp_path)
    ws = ["--workspace", "maven"]
    assert cli(["import", "users", str(MAVEN / "sales_teams.csv"), *ws]) == 0
    assert cli(["import", "accounts", str(MAVEN / "accounts.csv"), *ws]) == 0
    deals = ["import", "deals", str(MAVEN / "sales_pipeline.csv"), *ws, "--currency", "USD",
             "--map", "title=product+account", "--stage-map", "Engaging=presentation"]  # fmt: skip
    assert cli(deals) == 0
    assert "8800 were created" in capsys.readouterr().out
    assert cli(deals) == 0
    assert "8800 unchanged" in capsys.readouterr().out
    expected = _maven_expected()
    for group in ("stage", "owner", "manager", "region"):
        capsys.readouterr()
        assert cli(["report", "pipeline", "--by", group, "--format", "json", *ws]) == 0
        got = json.loads(capsys.readouterr().out)
        assert got["group_by"] == group and len(got["totals"]) == 1
        rows = {r["key"]: r for r in got["rows"]}
        assert set(rows) == set(expected[group]), group
        for key, (n, won, won_amount, lost) in expected[group].items():
            r = rows[key]
            assert r["currency"] == "USD"
            assert r["open_count"] + r["won_count"] + r["lost_count"] == n, (group, key)
            assert (r["won_count"], Decimal(r["won_amount"]), r["lost_count"]) == (
                won, won_amount, lost
            ), (group, key)  # fmt: skip
            rate = None if won + lost == 0 else round(won / (won + lost), 4)
            assert r["win_rate"] == rate
    t = got["totals"][0]
    assert (t["won_count"], t["lost_count"], t["open_count"]) == (4238, 2473, 2089)
    assert cli(["report", "pipeline", "--by", "stage", "--format", "png", *ws]) == 0
    assert (tmp_path / "pipeline-stage.png").read_bytes()[:4] == b"\x89PNG"
    assert cli(["export", "deals", *ws, "--out", str(tmp_path / "d.csv")]) == 0
    assert len((tmp_path / "d.csv").read_text().splitlines()) == 8801
    assert name_key("Ørsted") == "orsted"
