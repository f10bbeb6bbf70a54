"""Contact cards: .vcf files (vCard 2.1, 3.0, 4.0) sent to the bot become contacts, with
the usual duplicate check; `contact export NAME vcf` gives one back that parses again;
`crmbot import contacts FILE.vcf` reads the same files on the command line."""

from __future__ import annotations

from pathlib import Path

import vobject
from sqlalchemy import select

from bot.console import ConsoleAdapter
from handlers.core import Bot
from handlers.types import Attachment, Incoming, Reply, Sender
from storage.db import transaction
from storage.models import Activity, Contact
from storage.models_channels import ContactChannel

DATA = Path(__file__).parent.parent / "data" / "vcards"


def send_file(
    bot: Bot, ws_id: int, name: str, data: bytes, text: str = "", user: str = "ana"
) -> Reply:
    return bot.handle(
        Incoming(
            workspace_id=ws_id,
            sender=Sender("console", user, user, "Europe/Madrid"),
            text=text,
            channel="console",
            files=(Attachment(name, data, None, len(data)),),
        )
    )


def _contacts(sessions) -> dict[str, Contact]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        rows = s.scalars(select(Contact).where(Contact.deleted_at.is_(None)))
        out = {c.name: c for c in rows}
        for c in out.values():
            s.expunge(c)
        return out


def _channels(sessions, contact_id: int) -> set[str]:  # type: ignore[no-untyped-def]
    with transaction(sessions) as s:
        return set(
            s.scalars(select(ContactChannel.value).where(ContactChannel.contact_id == contact_id))
        )


def test_vcard_30_file_with_two_cards(console: ConsoleAdapter, bot: Bot, ws_id, sessions) -> None:
    console.say("me")
    reply = send_file(bot, ws_id, "contacts.vcf", (DATA / "contacts-3.0.vcf").read_bytes())
    assert reply.ok, reply.text
    assert "Read 2 contact cards: created 2" in reply.text
    assert "not kept" in reply.text.lower() and "address" in reply.text
    people = _contacts(sessions)
    maria = people["María José López"]
    assert (maria.email, maria.phone, maria.title) == (
        "maria@acme.es",
        "+34 600 123 456",
        "Directora financiera",
    )
    assert maria.birthday is not None and maria.birthday.isoformat() == "1985-04-12"
    assert _channels(sessions, maria.id) == {"mjlopez@correo.es", "+34 611 222 333"}
    assert "Acme Ibérica S.L." in console.say("contact show María José")
    assert "王小明" in people and people["王小明"].email == "xiaoming.wang@example.cn"
    with transaction(sessions) as s:
        note = s.scalar(select(Activity.body).where(Activity.contact_id == maria.id))
    assert note == "From the contact card: Met at the Madrid fair, wants a demo"
    # The same file again: every card is a duplicate, nothing is created.
    again = send_file(bot, ws_id, "contacts.vcf", (DATA / "contacts-3.0.vcf").read_bytes())
    assert "created 0, 2 already in the CRM" in again.text
    assert len(_contacts(sessions)) == 2
    # Undo of the first import is possible from its button.
    assert any(b.label == "Undo" for b in reply.buttons)


def test_vcard_40_and_21(console: ConsoleAdapter, bot: Bot, ws_id, sessions) -> None:
    console.say("me")
    r4 = send_file(bot, ws_id, "soren.vcf", (DATA / "soren-4.0.vcf").read_bytes())
    assert "created 1" in r4.text and "Søren Kierkegaard" in r4.text
    soren = _contacts(sessions)["Søren Kierkegaard"]
    assert soren.phone == "+45-1234-5678" and soren.email == "soren@orsted.dk"
    assert _channels(sessions, soren.id) == {
        "+45-8765-4321",
        "soren.k@mail.dk",
        "sk@philosophy.dk",
    }
    assert "birthday --0505" in r4.text  # a birthday without a year is said, not dropped
    # vCard 2.1 (Android), sent with no name on the file: recognised by its first line.
    r21 = send_file(bot, ws_id, "export", (DATA / "android-2.1.vcf").read_bytes())
    assert "created 1" in r21.text
    assert _contacts(sessions)["Jürgen Müller"].phone == "+49 151 2345 6789"


def test_single_duplicate_offers_show_and_create_anyway(
    console: ConsoleAdapter, bot: Bot, ws_id, sessions
) -> None:
    console.say("contact add Søren K email=soren@orsted.dk")
    reply = send_file(bot, ws_id, "soren.vcf", (DATA / "soren-4.0.vcf").read_bytes())
    assert "1 already in the CRM" in reply.text and "Søren K" in reply.text
    labels = [b.label for b in reply.buttons]
    assert "Show Søren K" in labels and "Create anyway" in labels
    anyway = next(b for b in reply.buttons if b.label == "Create anyway").action
    assert anyway.startswith("contact add Søren Kierkegaard") and "force=yes" in anyway


def test_phone_duplicate_and_broken_card_and_caption(
    console: ConsoleAdapter, bot: Bot, ws_id, sessions
) -> None:
    console.say("contact add Jurgen Mueller phone=+49 151 2345 6789")
    data = (DATA / "android-2.1.vcf").read_bytes() + (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Mail\r\nEMAIL:not-an-email\r\nEND:VCARD\r\n"
    )
    reply = send_file(bot, ws_id, "two.vcf", data, text="from the fair")
    assert "1 already in the CRM" in reply.text  # the same phone number
    assert "card 2 (Bad Mail)" in reply.text and "refused" in reply.text.lower()
    assert "“from the fair” were not used" in reply.text
    assert "Bad Mail" not in _contacts(sessions)


def test_not_a_vcard_and_csv_untouched(console: ConsoleAdapter, bot: Bot, ws_id) -> None:
    console.say("me")
    bad = send_file(bot, ws_id, "broken.vcf", b"hello there")
    assert not bad.ok and "not a contact card" in bad.text
    # A CSV with a non-import message is not a card: the message is read as usual.
    csv = send_file(bot, ws_id, "people.csv", b"name\nAna\n", text="find Ana")
    assert "contact card" not in csv.text


def test_import_contacts_caption_with_dry_run(console: ConsoleAdapter, bot: Bot, ws_id, sessions):
    console.say("me")
    dry = send_file(
        bot, ws_id, "c.vcf", (DATA / "contacts-3.0.vcf").read_bytes(), "import contacts dry"
    )
    assert "would create 2" in dry.text and not _contacts(sessions)
    wrong = send_file(bot, ws_id, "c.vcf", (DATA / "contacts-3.0.vcf").read_bytes(), "import deals")
    assert not wrong.ok and "imports as contacts" in wrong.text
    done = send_file(
        bot, ws_id, "c.vcf", (DATA / "contacts-3.0.vcf").read_bytes(), "import contacts"
    )
    assert "created 2" in done.text and len(_contacts(sessions)) == 2


def test_a_rep_may_send_cards(console_bob: ConsoleAdapter, bot: Bot, ws_id, sessions) -> None:
    console_bob.say("me")
    reply = send_file(bot, ws_id, "s.vcf", (DATA / "soren-4.0.vcf").read_bytes(), user="bob")
    assert reply.ok and "created 1" in reply.text


def test_export_vcf_round_trip(console: ConsoleAdapter, console_bob: ConsoleAdapter) -> None:
    console.say(
        "contact add Zoë Ångström email=zoe@fjord.no phone=+47 912 34 567 account=Fjord "
        "title=CTO birthday=1990-02-03"
    )
    console.say("contact edit Zoë email+=zoe.private@mail.no")
    console.say("contact edit Zoë phone+=+47 22 33 44 55")
    reply = console_bob.send("contact export Zoë vcf")  # a rep too: it is a card, not GDPR data
    assert reply.ok, reply.text
    (f,) = reply.files
    assert f.name == "zoë-ångström.vcf" and f.mime == "text/vcard"
    text = f.data.decode("utf-8")
    assert "\r\n" in text and "VERSION:3.0" in text
    card = vobject.readOne(text)
    assert card.fn.value == "Zoë Ångström"
    assert {e.value for e in card.contents["email"]} == {"zoe@fjord.no", "zoe.private@mail.no"}
    assert {t.value for t in card.contents["tel"]} == {"+47 912 34 567", "+47 22 33 44 55"}
    assert card.org.value == ["Fjord"] and card.title.value == "CTO"
    assert card.bday.value == "1990-02-03"
    # GDPR exports stay for admins.
    assert "for admins" in console_bob.say("contact export Zoë")
    assert "zoe@fjord.no" in console.say("contact export Zoë")
    assert "Which contact?" in console.say("contact export vcf")


def test_cli_import_vcf(tmp_path, monkeypatch, capsys) -> None:
    from bot.app import build_app
    from bot.cli import main as cli
    from bot.config import load_config

    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.chdir(tmp_path)
    src = DATA / "contacts-3.0.vcf"
    assert cli(["import", "contacts", str(src), "--dry-run"]) == 0
    assert "would create 2" in capsys.readouterr().out
    assert cli(["import", "contacts", str(src)]) == 0
    assert "created 2" in capsys.readouterr().out
    assert cli(["import", "contacts", str(src)]) == 0
    assert "already there" in capsys.readouterr().out
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        assert s.scalar(select(Contact.name).where(Contact.email == "maria@acme.es")) == (
            "María José López"
        )


def test_company_matches_its_account_exactly(console: ConsoleAdapter, bot: Bot, ws_id, sessions):
    """ORG names an account by its exact name (like the CSV importer), never a near one:
    "Empresa 1" is not "Empresa 11"; a new company becomes an account."""
    console.say("account add Empresa 11")
    console.say("account add Empresa 1")
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Persona {i}\r\nORG:{org}\r\nEND:VCARD\r\n"
        for i, org in enumerate(["Empresa 1", "empresa 11", "Empresa 2", "Empresa 2"])
    ).encode()
    reply = send_file(bot, ws_id, "e.vcf", cards)
    assert "created 4" in reply.text, reply.text
    people = _contacts(sessions)
    with transaction(sessions) as s:
        from storage.models import Account

        names = {a.id: a.name for a in s.scalars(select(Account))}
    assert [names[people[f"Persona {i}"].account_id] for i in range(4)] == [
        "Empresa 1",
        "Empresa 11",
        "Empresa 2",
        "Empresa 2",
    ]
    assert sorted(names.values()) == ["Empresa 1", "Empresa 11", "Empresa 2"]
