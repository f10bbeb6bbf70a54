"""Documents and business cards through the real Telegram adapter (PTB) against
tests/telegram_fakeapi.py: getFile then /file/bot<token>/<path>, sendDocument back."""

from __future__ import annotations

import time
from typing import Any

import pytest
from card_images import FONT, render
from handlers_docs import pdf_with
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import BOT_ID, BOT_USERNAME, FakeBotAPI, text_update, user

from bot.telegram.service import TelegramService
from handlers import cards_ocr
from storage.db import transaction
from storage.members import create_invite
from storage.models import Contact, Workspace
from storage.models_documents import Document
from storage.text import name_key

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]

ANA, BOB, EVE = 2001, 2002, 6666
GROUP = -100777


def _next() -> int:
    """Ids from the fake's own counter: update ids must keep growing across helpers
    (getUpdates' offset drops anything older)."""
    from telegram_fakeapi import _uid

    return _uid()


def file_update(
    caption: str,
    *,
    from_id: int,
    document: dict[str, Any] | None = None,
    photo: list[dict[str, Any]] | None = None,
    chat_id: int | None = None,
    reply_to_text: str | None = None,
) -> dict[str, Any]:
    chat_id = chat_id if chat_id is not None else from_id
    chat: dict[str, Any] = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    if chat_id < 0:
        chat["title"] = "Sales team"
    msg: dict[str, Any] = {
        "message_id": _next(),
        "from": user(from_id),
        "chat": chat,
        "date": int(time.time()),
    }
    if document is not None:
        msg["document"] = document
    if photo is not None:
        msg["photo"] = photo
    if caption:
        msg["caption"] = caption
        if caption.startswith("/"):
            n = len(caption.split()[0])
            msg["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": n}]
    if reply_to_text is not None:
        msg["reply_to_message"] = {
            "message_id": 7,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "CRM", "username": BOT_USERNAME},
            "chat": chat,
            "date": int(time.time()),
            "text": reply_to_text,
        }
    return {"update_id": _next(), "message": msg}


def photo_sizes(fake: FakeBotAPI, data: bytes) -> list[dict[str, Any]]:
    """A photo as Telegram sends it: several sizes (here a thumbnail and the full one)."""
    thumb = fake.add_file(b"\xff\xd8\xff tiny", "thumb.jpg", "image/jpeg")
    full = fake.add_file(data, "photo.jpg", "image/jpeg")
    return [
        {"file_id": thumb["file_id"], "file_unique_id": "t1", "width": 90, "height": 51,
         "file_size": thumb["file_size"]},
        {"file_id": full["file_id"], "file_unique_id": "f1", "width": 1050, "height": 600,
         "file_size": full["file_size"]},
    ]  # fmt: skip


async def send(fake: FakeBotAPI, update: dict[str, Any]) -> str:
    before = len(fake.sent())
    fake.push(update)
    sent = await fake.wait_for("sendMessage", before + 1)
    return "\n".join(str(c.params["text"]) for c in sent[before:])


async def join(fake: FakeBotAPI, sessions: Any, ws_id: int, who: int, role: str) -> None:
    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        code = create_invite(s, ws, role).code
    await send(fake, text_update(f"/start {code}", from_id=who))


def documents(sessions: sessionmaker[Session]) -> list[Document]:
    with sessions() as s:
        rows = list(s.scalars(select(Document).order_by(Document.id)))
        for r in rows:
            s.expunge(r)
        return rows


async def test_telegram_document_with_caption_is_attached_and_sent_back(
    tg: TelegramService, tgfake: FakeBotAPI, sessions: sessionmaker[Session], ws_id: int
) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await join(tgfake, sessions, ws_id, BOB, "rep")
    await send(tgfake, text_update("/deal add Acme renewal 12k EUR", from_id=BOB))
    pdf = pdf_with("Renewal quote with platypus pricing")
    doc = tgfake.add_file(pdf, "quote.pdf", "application/pdf")
    answer = await send(tgfake, file_update("Acme renewal quote", from_id=BOB, document=doc))
    assert "Attached to 💼 Acme renewal #d1" in answer, answer
    assert tgfake.sent("getFile")[-1].params["file_id"] == doc["file_id"]
    assert tgfake.sent("file.download")
    (d,) = documents(sessions)
    assert (d.record_kind, d.kind) == ("deal", "pdf") and "platypus" in d.search_key
    # file send: sendDocument with the very bytes
    await send(tgfake, text_update("/file send quote", from_id=BOB))
    sent = await tgfake.wait_for("sendDocument", 1)
    (_name, data) = next(iter(sent[-1].files.values()))
    assert data == pdf
    # a stranger's file is never fetched
    before = len(tgfake.sent("getFile"))
    other = tgfake.add_file(pdf, "x.pdf", "application/pdf")
    tgfake.push(file_update("Acme renewal", from_id=EVE, document=other))
    await tgfake.wait_for("sendMessage", len(tgfake.sent()) + 1)
    assert len(tgfake.sent("getFile")) == before and len(documents(sessions)) == 1


async def test_telegram_group_reply_to_a_card_and_unaddressed_files(
    tg: TelegramService, tgfake: FakeBotAPI, sessions: sessionmaker[Session], ws_id: int
) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await send(tgfake, text_update("/account add Globex", from_id=ANA))
    linked = await send(
        tgfake, text_update("/link", from_id=ANA, chat_id=GROUP, chat_type="supergroup")
    )
    assert "connected" in linked
    # a group file that is not for the bot: ignored, not downloaded
    chatter = tgfake.add_file(b"holiday photos list", "list.txt", "text/plain")
    tgfake.push(file_update("look at this", from_id=ANA, document=chatter, chat_id=GROUP))
    # a reply to the bot's account card in the group: attached to that account
    card = "🏢 Globex  #a1\nowner: Ana Ruiz"
    nda = tgfake.add_file(b"NDA between Globex and us", "nda.txt", "text/plain")
    answer = await send(
        tgfake, file_update("", from_id=ANA, document=nda, chat_id=GROUP, reply_to_text=card)
    )
    assert "Attached to 🏢 Globex #a1" in answer, answer
    assert [d.name for d in documents(sessions)] == ["nda.txt"]
    downloaded = [c.params["path"] for c in tgfake.sent("file.download")]
    assert len(downloaded) == 1  # the chatter was never fetched
    # a mention in the caption addresses the bot in a group
    memo = tgfake.add_file(b"memo text", "memo.txt", "text/plain")
    answer = await send(
        tgfake,
        file_update(f"@{BOT_USERNAME} Globex memo", from_id=ANA, document=memo, chat_id=GROUP),
    )
    assert "Attached to 🏢 Globex #a1" in answer


@pytest.mark.skipif(FONT is None, reason="no TrueType font on this system to draw cards")
async def test_telegram_card_photo_proposes_a_contact_saved_only_on_save(
    tg: TelegramService, tgfake: FakeBotAPI, sessions: sessionmaker[Session], ws_id: int
) -> None:
    if not cards_ocr.available():
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)")
    await join(tgfake, sessions, ws_id, ANA, "admin")
    jpeg = render(
        [
            ("Jürgen Weiß", 52, True),
            ("Geschäftsführer", 34, False),
            ("Müller & Söhne GmbH", 40, True),
            ("Telefon: +49 30 1234 5678", 32, False),
            ("j.weiss@mueller-soehne.de", 32, False),
        ],
        layout="center",
        fmt="JPEG",
    )
    answer = await send(tgfake, file_update("", from_id=ANA, photo=photo_sizes(tgfake, jpeg)))
    assert "j.weiss@mueller-soehne.de" in answer and "+49 30 1234 5678" in answer, answer
    assert tgfake.sent("getFile")[-1].params["file_id"].endswith(("0002", "0004"))  # the big one
    with sessions() as s:
        assert s.scalar(select(Contact)) is None  # nothing saved yet
    markup = tgfake.sent()[-1].params["reply_markup"]
    rows = (
        markup["inline_keyboard"]
        if isinstance(markup, dict)
        else __import__("json").loads(markup)["inline_keyboard"]
    )
    save = next(b for row in rows for b in row if "Save" in b["text"])
    from telegram_fakeapi import callback_update

    before = len(tgfake.sent("editMessageText")) + len(tgfake.sent())
    tgfake.push(callback_update(save["callback_data"], from_id=ANA, chat_id=ANA, message_id=99))
    for _ in range(100):
        if len(tgfake.sent("editMessageText")) + len(tgfake.sent()) > before:
            break
        await __import__("asyncio").sleep(0.05)
    with sessions() as s:
        c = s.scalar(select(Contact))
        assert c is not None and c.email == "j.weiss@mueller-soehne.de"
        # OCR may drop an umlaut (the user can Edit before Save): compared accent-free
        assert c.phone and "30 1234 5678" in c.phone
        assert name_key(c.title or "") == name_key("Geschäftsführer")


async def test_telegram_card_photo_without_tesseract_says_how_to_enable_it(
    tg: TelegramService, tgfake: FakeBotAPI, sessions: sessionmaker[Session], ws_id: int
) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    old = cards_ocr.config().command
    cards_ocr.configure(command="/nonexistent/tesseract")
    try:
        jpeg = b"\xff\xd8\xff\xe0" + b"\x00" * 64
        answer = await send(tgfake, file_update("", from_id=ANA, photo=photo_sizes(tgfake, jpeg)))
    finally:
        cards_ocr.configure(command=old)
    assert "Tesseract OCR program is not installed" in answer and "apt-get install" in answer
    with sessions() as s:
        assert s.scalar(select(Contact)) is None
