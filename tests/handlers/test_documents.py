"""Documents through the core: attach by caption, ask when unclear, list, send back,
versions, search inside PDF and Word files, visibility, deletion of unused blobs."""

from __future__ import annotations

import io
from typing import Any

import pytest
from handlers_docs import docx_with, pdf_with
from sqlalchemy import select

from handlers.core import Bot
from handlers.types import Attachment, Incoming, Reply, Sender
from storage import filestore
from storage.db import transaction
from storage.models_documents import Document

ANA = Sender("console", "ana", "ana")
BOB = Sender("console", "bob", "bob")


def send(bot: Bot, ws_id: int, text: str, *files: Attachment, who: Sender = ANA) -> Reply:
    return bot.handle(Incoming(ws_id, who, text=text, files=tuple(files), channel="c1"))


def docs(sessions: Any) -> list[Document]:
    with transaction(sessions) as s:
        return list(s.scalars(select(Document).order_by(Document.id)))


@pytest.fixture
def crm(console: Any) -> Any:
    console.say("account add Acme")
    console.say("deal add Acme renewal 12k EUR account=Acme")
    console.say("contact add Maria Lopez email=maria@acme.com account=Acme")
    return console


def test_caption_names_the_deal_longest_name_first(
    crm: Any, bot: Bot, ws_id: int, sessions, _file_store
) -> None:
    pdf = pdf_with("Renewal terms: 40 seats, Zanzibar clause")
    r = send(bot, ws_id, "Acme renewal proposal v2", Attachment("proposal_v2.pdf", pdf))
    assert r.ok, r.text
    assert "Attached to 💼 Acme renewal #d1" in r.text and "proposal_v2.pdf" in r.text
    assert "words read" in r.text
    (d,) = docs(sessions)
    assert (d.record_kind, d.record_id, d.kind, d.version) == ("deal", 1, "pdf", 1)
    assert "zanzibar" in d.search_key
    assert (_file_store / d.sha256[:2] / d.sha256).read_bytes() == pdf
    # the card shows it; find searches inside it
    assert "Files\n📄 proposal_v2.pdf" in crm.say("deal show Acme renewal")
    found = crm.say("find zanzibar")
    assert "proposal_v2.pdf" in found and "Acme renewal" in found


def test_same_file_twice_is_stored_once_and_versions_group(
    crm: Any, bot: Bot, ws_id: int, sessions, _file_store
) -> None:
    one = pdf_with("version one")
    two = pdf_with("version two")
    send(bot, ws_id, "Acme renewal", Attachment("proposal.pdf", one))
    again = send(bot, ws_id, "Acme renewal", Attachment("proposal.pdf", one))
    assert "already attached" in again.text
    send(bot, ws_id, "#d1", Attachment("proposal v2.pdf", two))
    rows = docs(sessions)
    assert [(d.name, d.version) for d in rows] == [("proposal.pdf", 1), ("proposal v2.pdf", 2)]
    assert len(list(filestore.LocalStore(_file_store).hashes())) == 2
    # the same bytes on another record: a new row, the same blob
    send(bot, ws_id, "Maria Lopez", Attachment("proposal.pdf", one))
    assert len(docs(sessions)) == 3 and len(list(filestore.LocalStore(_file_store).hashes())) == 2
    listing = crm.say("files Acme renewal")
    assert "📄 proposal v2.pdf · v2 of 2" in listing and "↳ v1 proposal.pdf" in listing
    sent = send(bot, ws_id, "file send proposal v1")
    # two records hold a 'proposal' v1: the bot asks which
    assert sent.choices and not sent.files
    picked = send(bot, ws_id, "1")
    assert picked.files and picked.files[0].data in (one,)
    assert "(file proposal v2.pdf, " in crm.say("file send #f2")  # the console says so
    latest = send(bot, ws_id, "file send #f2")
    assert (
        latest.files and latest.files[0].data == two and latest.files[0].name == "proposal v2.pdf"
    )


def test_no_clear_record_asks_with_choices_and_keeps_the_file(
    crm: Any, bot: Bot, ws_id: int, sessions
) -> None:
    r = send(
        bot,
        ws_id,
        "signed NDA",
        Attachment("nda.docx", docx_with("Mutual NDA between Acme and us")),
    )
    assert "Which record should I attach nda.docx to?" in r.text
    (d,) = docs(sessions)
    assert d.record_kind is None
    # typing the name answers the question
    done = send(bot, ws_id, "Acme")
    assert "Attached to 🏢 Acme #a1" in done.text, done.text
    (d,) = docs(sessions)
    assert (d.record_kind, d.record_id) == ("account", 1) and "mutual nda" in d.search_key
    # a typo in the caption: a choice offered, never attached without asking
    r = send(bot, ws_id, "Acme renewl contract", Attachment("c.txt", b"contract text here"))
    assert r.choices and any("Acme renewal" in b.label for b in r.choices)
    assert send(bot, ws_id, "1").ok
    assert [d.record_kind for d in docs(sessions)] == ["account", "deal"]


def test_type_is_read_from_content_and_size_is_limited(
    crm: Any, bot: Bot, ws_id: int, sessions
) -> None:
    exe = send(bot, ws_id, "Acme", Attachment("invoice.pdf", b"MZ\x90\x00" + b"\x00" * 100))
    assert not exe.ok and "I don't keep files like invoice.pdf" in exe.text
    big = send(
        bot, ws_id, "Acme", Attachment("huge.pdf", b"", None, size=filestore.MAX_FILE_BYTES + 1)
    )
    assert not big.ok and "20 MB" in big.text
    assert docs(sessions) == []
    assert filestore.sniff(docx_with("x")).name == "docx"  # type: ignore[union-attr]
    assert filestore.sniff(pdf_with("x"), "a.txt").name == "pdf"  # type: ignore[union-attr]
    assert filestore.sniff(b"a,b\n1,2\n", "x.csv").name == "csv"  # type: ignore[union-attr]


def test_csv_import_still_works_beside_attachments(
    console: Any, bot: Bot, ws_id: int, sessions
) -> None:
    console.say("me")
    csv = b"Full Name,Email\nJon Snow,jon@north.org\n"
    r = send(bot, ws_id, "import contacts", Attachment("people.csv", csv))
    assert "1 were created" in r.text and docs(sessions) == []
    # a CSV sent with a record's name is a document
    r = send(bot, ws_id, "Jon Snow", Attachment("people.csv", csv))
    assert "Attached to 👤 Jon Snow" in r.text


def test_visibility_follows_the_record(
    crm: Any, console_bob: Any, bot: Bot, ws_id: int, sessions
) -> None:
    crm.say("settings role bob rep")
    crm.say("deal add Secret pilot 5k EUR")  # Ana's deal: a rep does not see it
    send(bot, ws_id, "Secret pilot", Attachment("pilot.txt", b"pilot pricing quokka"))
    assert "Secret pilot" not in console_bob.say("find quokka")
    r = send(bot, ws_id, "file send pilot", who=BOB)
    assert not r.ok and not r.files
    r = send(bot, ws_id, "file send #f1", who=BOB)
    assert not r.ok and not r.files
    # an account's file is the workspace's
    send(bot, ws_id, "Acme", Attachment("brochure.txt", b"brochure of acme"))
    assert send(bot, ws_id, "file send brochure", who=BOB).files


def test_delete_removes_the_blob_when_unused(
    crm: Any, bot: Bot, ws_id: int, sessions, _file_store
) -> None:
    data = b"shared text file"
    send(bot, ws_id, "Acme", Attachment("a.txt", data))
    send(bot, ws_id, "Maria Lopez", Attachment("a.txt", data))
    store = filestore.LocalStore(_file_store)
    sha = filestore.digest(data)
    ask = send(bot, ws_id, "file delete #f1")
    assert "cannot be undone" in ask.text and store.exists(sha)
    send(bot, ws_id, "file delete #f1 confirm=yes")
    assert store.exists(sha)  # #f2 still uses it
    send(bot, ws_id, "file delete #f2 confirm=yes")
    assert not store.exists(sha) and docs(sessions) == []


def test_gdpr_export_includes_and_erase_deletes_a_persons_files(
    crm: Any, bot: Bot, ws_id: int, sessions, _file_store
) -> None:
    import json
    import zipfile

    mine = b"Maria's signed consent form"
    shared = b"price list for everyone"
    send(bot, ws_id, "Maria Lopez consent", Attachment("consent.txt", mine))
    send(bot, ws_id, "Maria Lopez", Attachment("prices.txt", shared))
    send(bot, ws_id, "Acme", Attachment("prices.txt", shared))  # the account keeps its copy
    r = send(bot, ws_id, "contact export Maria Lopez")
    data = json.loads(r.sections[1])
    assert [f["name"] for f in data["files"]] == ["consent.txt", "prices.txt"]
    assert r.files and r.files[0].name == "export-c1.zip"
    with zipfile.ZipFile(io.BytesIO(r.files[0].data)) as z:
        assert z.read("files/1-consent.txt") == mine
        assert json.loads(z.read("data.json"))["contact"]["name"] == "Maria Lopez"
    store = filestore.LocalStore(_file_store)
    send(bot, ws_id, "contact erase Maria Lopez")
    done = send(bot, ws_id, "contact erase #c1 confirm=yes")
    assert done.ok, done.text
    left = docs(sessions)
    assert [(d.name, d.record_kind) for d in left] == [("prices.txt", "account")]
    assert not store.exists(filestore.digest(mine))  # her own file: gone
    assert store.exists(filestore.digest(shared))  # still used by the account's copy


def test_unanswered_files_are_forgotten_a_day_later(
    crm: Any, bot: Bot, ws_id: int, sessions, clock, _file_store
) -> None:
    from datetime import timedelta

    from storage.housekeeping import prune

    data = b"nobody said where this goes"
    r = send(bot, ws_id, "", Attachment("stray.txt", data))
    assert "Which record" in r.text
    with transaction(sessions) as s:
        assert prune(s, clock() + timedelta(hours=2))["unfiled_documents"] == 0
    with transaction(sessions) as s:
        assert prune(s, clock() + timedelta(days=2))["unfiled_documents"] == 1
    assert docs(sessions) == []
    assert not filestore.LocalStore(_file_store).exists(filestore.digest(data))


def test_find_reaches_words_deep_inside_a_long_document(crm: Any, bot: Bot, ws_id: int) -> None:
    filler = " ".join(f"word{i}" for i in range(20_000))
    body = f"{filler} the Ærøskøbing warehouse clause {filler}".encode()
    send(bot, ws_id, "Acme renewal", Attachment("contract.txt", body))
    found = crm.say("find aeroskobing warehouse")
    assert "contract.txt" in found and "aeroskobing warehouse" in found.lower()


def test_files_lists_by_name_or_reference_and_says_when_empty(
    crm: Any, bot: Bot, ws_id: int
) -> None:
    assert "has no files yet" in crm.say("files Maria Lopez")
    send(bot, ws_id, "#c1", Attachment("cv.txt", b"curriculum"))
    for words in ("files Maria Lopez", "files of Maria Lopez", "files #c1", "docs Maria"):
        assert "📄 cv.txt · v1" in crm.say(words), words
    assert "📄 cv.txt" in crm.say("contact show Maria")  # the card's Files section
    help_text = crm.say("help files")
    assert "versions of one name together" in help_text


def test_file_attach_with_an_unclear_name_keeps_the_file_and_asks(
    crm: Any, bot: Bot, ws_id: int, sessions
) -> None:
    crm.say("deal add Acme pilot 3k EUR account=Acme")
    r = send(bot, ws_id, "file attach Acme p", Attachment("scope.txt", b"pilot scope"))
    assert "Which record should I attach scope.txt to?" in r.text, r.text
    (d,) = docs(sessions)
    assert d.record_kind is None
    pick = next(b for b in r.choices if "Acme pilot" in b.label)
    assert "Attached to 💼 Acme pilot" in send(bot, ws_id, pick.action).text
    # an explicit reference attaches at once
    ok = send(
        bot, ws_id, "file attach #a1", Attachment("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 40)
    )
    assert "Attached to 🏢 Acme #a1" in ok.text


def test_references_in_captions(crm: Any, bot: Bot, ws_id: int, sessions) -> None:
    crm.say("case new Acme: export broken")
    r = send(bot, ws_id, "#1 screenshot", Attachment("shot.txt", b"error 500"))
    assert "Attached to 🎫 export broken #1" in r.text, r.text
    r = send(bot, ws_id, "case 1 logs", Attachment("log.txt", b"trace"))
    assert "Attached to 🎫 export broken #1" in r.text
    # an invoice number is not a case reference: the name decides
    r = send(bot, ws_id, "Acme invoice #1", Attachment("inv.txt", b"invoice"))
    assert "Attached to 🏢 Acme #a1" in r.text, r.text
    assert "📄 shot.txt" in crm.say("case show #1")
