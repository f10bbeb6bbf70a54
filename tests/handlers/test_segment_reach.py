"""A contact's country, time zone and Telegram username (issue 14): set by contact add/edit
and import, shown on the card, and filtered by the same words in segment save/show,
contact list, account list and `crmbot export`."""

from __future__ import annotations

import csv
import io

import pytest

from bot.app import build_app
from bot.cli import main as cli
from bot.config import load_config
from bot.console import ConsoleAdapter
from storage.db import transaction
from storage.workspaces import get_or_create_workspace


def _seed(chat: ConsoleAdapter) -> None:
    chat.say("account add Berliner Bau industry=construction region=DACH")
    chat.say("account add Wiener Werk industry=construction region=DACH")
    chat.say("account add Lyon Logis industry=logistics region=France")
    chat.say(
        "contact add Greta Graf email=greta@bau.de account=Berliner Bau country=Germany "
        "tz=europe/berlin telegram=@greta_graf"
    )
    chat.say("contact add Hans Huber email=hans@bau.de account=Berliner Bau country=de")
    chat.say("contact add Anna Auer account=Wiener Werk country=AT tz=Europe/Vienna")
    chat.say("contact add Paul Petit account=Lyon Logis country=France telegram=t.me/paul_petit")
    chat.say("contact add Dora Dnc account=Berliner Bau country=DE telegram=dora_dnc dnc=yes")
    chat.say("contact add Nobody Known account=Lyon Logis")


def test_contact_fields_are_read_checked_and_shown(console: ConsoleAdapter) -> None:
    _seed(console)
    card = console.say("contact show Greta Graf")
    assert "Germany · Europe/Berlin · telegram: @greta_graf" in card
    assert "telegram: @paul_petit" in console.say("contact show Paul Petit")
    bad = console.say("contact edit Hans Huber country=Germny")
    assert "not a country I know" in bad and "Germany" in bad
    assert "not a time zone" in console.say("contact edit Hans Huber tz=Berlin")
    assert "not a Telegram username" in console.say("contact edit Hans Huber telegram=@ab")
    console.say("contact edit Hans Huber tz=Europe/Berlin telegram=@hans_huber")
    assert "Germany · Europe/Berlin · telegram: @hans_huber" in console.say("contact show Hans")
    console.say("contact edit Hans Huber telegram=")
    assert "telegram:" not in console.say("contact show Hans Huber")


def test_segment_filters_country_tz_and_has_telegram(console: ConsoleAdapter) -> None:
    _seed(console)
    out = console.say("segment save German speakers country=Germany,Austria")
    # Greta, Hans, Anna; Dora is do-not-contact: left out and counted
    assert "3 contacts" in out and "1 do-not-contact" in out
    assert "country=DE,AT" in out  # saved as codes: one meaning everywhere
    out = console.say("segment save Berlin time tz=Europe/Berlin")
    assert "1 contact. Left out: nobody." in out
    out = console.say("segment save On Telegram has=telegram")
    assert "2 contacts" in out and "1 do-not-contact" in out  # Greta, Paul; Dora left out
    shown = console.say("segment show On Telegram")
    assert "Greta Graf" in shown and "Paul Petit" in shown and "Hans" not in shown
    assert "has= takes email, phone or telegram" in console.say("segment save X has=fax")
    assert "not a time zone" in console.say("segment save X tz=Mars/Base")
    # region= is still the account's region, country= the contact's own
    listed = console.say("contact list region=DACH country=AT")
    assert "Anna Auer" in listed and "Greta" not in listed
    listed = console.say("contact list has=telegram country=FR")
    assert "Paul Petit" in listed and "Greta" not in listed
    listed = console.say("contact list tz=europe/vienna,Europe/Berlin")
    assert "Anna Auer" in listed and "Greta Graf" in listed and "Hans" not in listed
    accounts = console.say("account list country=France")
    assert "Lyon Logis" in accounts and "Berliner" not in accounts
    accounts = console.say("account list has=telegram")
    assert "Lyon Logis" in accounts and "Berliner Bau" in accounts and "Wiener" not in accounts
    assert "Greta Graf" in console.say("contact list segment=Berlin time")


@pytest.fixture
def chat(tmp_path, monkeypatch) -> ConsoleAdapter:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.chdir(tmp_path)
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR")
    return ConsoleAdapter(app.bot, ws.id, "ana", "Europe/Madrid")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_import_and_export_carry_country_tz_and_telegram(chat, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _seed(chat)
    f = tmp_path / "people.csv"
    f.write_text(
        "Name,Email,Company,Country,Time zone,Telegram\n"
        "Ida Import,ida@bau.de,Berliner Bau,Germany,Europe/Berlin,@ida_import\n"
        "Bad Land,bad@x.de,Berliner Bau,Atlantis,,\n"
    )
    assert cli(["import", "contacts", str(f), "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "'Atlantis' is not a country" in out and "line 3" in out
    assert "Germany · Europe/Berlin · telegram: @ida_import" in chat.say("contact show Ida")
    assert cli(["export", "contacts", "--where", "country=Germany has=telegram"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert {r["name"] for r in rows} == {"Greta Graf", "Ida Import", "Dora Dnc"}
    greta = next(r for r in rows if r["name"] == "Greta Graf")
    assert (greta["country"], greta["timezone"], greta["telegram"]) == (
        "DE",
        "Europe/Berlin",
        "greta_graf",
    )
    assert cli(["export", "contacts", "--where", "tz=Europe/Vienna"]) == 0
    assert [r["name"] for r in _rows(capsys.readouterr().out)] == ["Anna Auer"]
    # the full export has the columns too, and reads back in
    assert cli(["export", "contacts"]) == 0
    full = _rows(capsys.readouterr().out)
    ida = next(r for r in full if r["name"] == "Ida Import")
    assert (ida["country"], ida["time zone"], ida["telegram"]) == (
        "DE",
        "Europe/Berlin",
        "ida_import",
    )
