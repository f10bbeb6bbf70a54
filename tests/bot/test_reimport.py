"""Point 3 of issue 11: importing the same file again updates what matches on a natural
key (deal: title + account; contact: email, else name + account; account: name; case and
accents ignored) instead of creating everything twice; a dry run says how many rows match."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_db import cli_database_url
from sqlalchemy import func, select

from bot.cli import main as cli
from storage.db import make_engine
from storage.models import Account, Contact, Opportunity

MAVEN = Path("/work/shared/data/maven-crm")
SF = Path("/work/shared/data/salesforce-sample")


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path, monkeypatch):
    """The CLI's database: a SQLite file, or a private schema on the test PostgreSQL."""
    url = cli_database_url(request, tmp_path)
    monkeypatch.setenv("CRMBOT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    return url


def _count(url, model):
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
    finally:
        engine.dispose()


def test_reimport_of_deals_without_an_id_column_does_not_double_them(db, tmp_path, capsys):
    f = tmp_path / "deals.csv"
    f.write_text(
        "Deal Name,Account,Amount,Stage\n"
        "Renewal,Acme,12000,Prospecting\n"
        "Renewal,Acme,3000,Prospecting\n"  # the same title twice at one account: two deals
        "Pilot,Globex,5000,Negotiation/Review\n"
        "Pilot,Initech,7000,Prospecting\n"
    )
    assert cli(["import", "deals", str(f)]) == 0
    assert "4 were created" in capsys.readouterr().out
    assert cli(["import", "deals", str(f)]) == 0
    out = capsys.readouterr().out
    assert "0 were created" in out and "4 unchanged" in out, out
    assert _count(db, Opportunity) == 4
    # another spelling of the same names, a changed amount: an update, found by a dry run
    f.write_text("deal name,account,amount,stage\nPILOT,globex,6000,Negotiation/Review\n")
    assert cli(["import", "deals", str(f), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 row matches an existing record" in out and "0 would be created" in out, out
    assert cli(["import", "deals", str(f)]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert _count(db, Opportunity) == 4


def test_reimport_of_contacts_and_accounts_matches_case_and_accent_insensitively(
    db, tmp_path, capsys
):
    f = tmp_path / "c.csv"
    f.write_text("Name,Company,Title\nJosé Ruiz,Ørsted,CFO\nAna Gil,Acme,\n")
    assert cli(["import", "contacts", str(f)]) == 0
    f.write_text("Name,Company,Title\nJOSE RUIZ,orsted,CFO\nana gil,ACME,\n")
    assert cli(["import", "contacts", str(f), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 rows match existing records" in out, out
    assert cli(["import", "contacts", str(f)]) == 0
    assert (_count(db, Contact), _count(db, Account)) == (2, 2)


def _sf_opportunities_csv() -> str:
    """The Salesforce sample's opportunities as a report would export them: no ids."""
    accounts = {
        a["attributes"]["referenceId"]: a["Name"]
        for a in json.loads((SF / "Accounts.json").read_text())["records"]
    }
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage"])
    for o in json.loads((SF / "Opportunities.json").read_text())["records"]:
        w.writerow(
            [o["Name"], accounts[o["AccountId"].lstrip("@")], o["Amount"], o["CloseDate"],
             o["StageName"]]
        )  # fmt: skip
    return out.getvalue()


def test_reimport_of_the_salesforce_sample_does_not_double(db, tmp_path, capsys):
    (tmp_path / "opps.csv").write_text(_sf_opportunities_csv())
    contacts = str(SF / "Accounts-Contacts.csv")
    args = ["import", "deals", str(tmp_path / "opps.csv"), "--stage-map",
            "Qualification=pre-approach"]  # fmt: skip
    for _ in range(2):  # (8 of its 14 rows are accounts without a contact)
        assert cli(["import", "contacts", contacts, "--skip-bad"]) == 0
        assert cli(args) == 0
    out = capsys.readouterr().out
    assert "20 unchanged" in out and "6 unchanged" in out, out
    assert _count(db, Opportunity) == 20
    assert _count(db, Contact) == 6


@pytest.mark.slow
def test_reimport_of_maven_deals_without_their_ids_does_not_double(db, tmp_path, capsys):
    rows = list(csv.reader((MAVEN / "sales_pipeline.csv").read_text().splitlines()))
    f = tmp_path / "pipeline.csv"
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows(r[1:] for r in rows)  # drop opportunity_id
    args = ["import", "deals", str(f), "--workspace", "maven", "--currency", "USD",
            "--map", "title=product+account", "--stage-map", "Engaging=presentation"]  # fmt: skip
    assert cli(["import", "accounts", str(MAVEN / "accounts.csv"), "--workspace", "maven"]) == 0
    assert cli(args) == 0
    assert "8800 were created" in capsys.readouterr().out
    assert cli([*args, "--dry-run"]) == 0
    assert "8800 rows match existing records" in capsys.readouterr().out
    assert cli(args) == 0
    assert "8800 unchanged" in capsys.readouterr().out
    assert _count(db, Opportunity) == 8800


def test_reimport_of_contacts_finds_a_merged_duplicates_address(console, sessions, bot, ws_id):
    """A merge keeps the duplicate's address as a second one; importing the duplicate's row
    again finds the kept contact instead of bringing the duplicate back."""
    from handlers.types import Attachment, Incoming, Sender

    console.say("contact add Maria Lopez email=maria@acme.com")
    console.say("contact add Maria L email=m.lopez@gmail.com")
    console.say("contact merge #c2 into #c1 confirm=yes")
    data = b"Name,Email,Title\nMaria L,m.lopez@gmail.com,CFO\n"
    reply = bot.handle(
        Incoming(ws_id, Sender("console", "ana", "ana"), text="import contacts",
                 files=(Attachment("c.csv", data, "text/csv"),))
    )  # fmt: skip
    assert reply.ok and "1 row matches an existing record" in reply.text, reply.text
    with sessions() as s:
        live = list(s.scalars(select(Contact).where(Contact.deleted_at.is_(None))))
        assert [(c.name, c.email, c.title) for c in live] == [
            ("Maria Lopez", "maria@acme.com", "CFO")
        ]
