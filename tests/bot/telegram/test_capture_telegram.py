"""Capture in Telegram, through the real adapter against the fake Bot API: a forwarded
message is logged on its author's contact at its original date (or the bot asks which
record), a shared contact and a .vcf document become contacts, and `contact export NAME
vcf` comes back as a document."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
import vobject
from conftest import NOW
from sqlalchemy import select
from telegram_fakeapi import FakeBotAPI, _uid, text_update, user

from storage.db import transaction
from storage.members import create_invite
from storage.models import Activity, Contact, Workspace

pytestmark = pytest.mark.slow
ANA, BOB = 7001, 7002


def _next() -> int:
    return _uid()  # one rising sequence with the fake's own updates (Telegram's offsets)


async def send(fake: FakeBotAPI, update: dict[str, Any]) -> str:
    before = len(fake.sent())
    fake.push(update)
    sent = await fake.wait_for("sendMessage", before + 1)
    return "\n".join(str(c.params["text"]) for c in sent[before:])


async def join(fake: FakeBotAPI, sessions: Any, ws_id: int, who: int, role: str) -> None:
    with transaction(sessions) as s:
        code = create_invite(s, s.get(Workspace, ws_id), role).code
    await send(fake, text_update(f"/start {code}", from_id=who))


def message(from_id: int, **body: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "message_id": _next(),
        "from": user(from_id),
        "chat": {"id": from_id, "type": "private", "first_name": "Ana"},
        "date": int(time.time()),
        **body,
    }
    return {"update_id": _next(), "message": msg}


WHEN = NOW - timedelta(days=2, hours=3)


def forward(from_id: int, text: str, origin: dict[str, Any]) -> dict[str, Any]:
    return message(from_id, text=text, forward_origin={"date": int(WHEN.timestamp()), **origin})


def _acts(sessions: Any) -> list[Activity]:
    with transaction(sessions) as s:
        rows = list(s.scalars(select(Activity).order_by(Activity.id)))
        for r in rows:
            s.expunge(r)
        return rows


async def test_forward_from_a_known_contact_keeps_the_date(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await send(tgfake, text_update("contact add Maria Lopez account=Acme", from_id=ANA))
    origin = {"type": "user", "sender_user": user(5551, "Maria", "Lopez")}
    text = "Hi! deal=none please send the quote: we sign Friday"
    answer = await send(tgfake, forward(ANA, text, origin))
    assert "Saved the message as a note on Maria Lopez" in answer, answer
    (act,) = _acts(sessions)
    assert act.type == "note" and act.occurred_at == WHEN.replace(microsecond=0)
    assert act.body.startswith(text)  # the words as written, "deal=" and all
    assert "from Maria Lopez" in act.body


async def test_forward_by_username_and_unknown_sender_asks(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await send(tgfake, text_update("contact add Pedro Alvarez", from_id=ANA))
    await send(tgfake, text_update("contact add Maria Lopez", from_id=ANA))
    by_name = {"type": "user", "sender_user": {**user(5552, "P."), "username": "pedro_alvarez"}}
    answer = await send(tgfake, forward(ANA, "Budget approved", by_name))
    assert "on Pedro Alvarez" in answer
    # A person who hides their account, unknown to the CRM: the bot asks, keeping the text.
    hidden = {"type": "hidden_user", "sender_user_name": "Zed Unknown"}
    asked = await send(tgfake, forward(ANA, "Can we move the call to 5?", hidden))
    assert "Whose message is this (from Zed Unknown)?" in asked
    assert "Can we move the call to 5?" in asked
    markup = tgfake.sent()[-1].params["reply_markup"]
    labels = [b["text"] for row in markup["inline_keyboard"] for b in row]
    assert any("New contact 'Zed Unknown'" in label for label in labels)
    answer = await send(tgfake, text_update("Maria Lopez", from_id=ANA))
    assert "Saved the message as a note on Maria Lopez" in answer
    acts = _acts(sessions)
    assert acts[-1].body.startswith("Can we move the call to 5?")
    assert acts[-1].occurred_at == WHEN.replace(microsecond=0)
    # A channel post: asked about too (a channel is no contact).
    channel = {
        "type": "channel",
        "chat": {"id": -100123, "type": "channel", "title": "Acme news"},
        "message_id": 7,
    }
    asked = await send(tgfake, forward(ANA, "Acme opens an office in Oslo", channel))
    assert "Whose message is this (from Acme news)?" in asked
    # Nothing forwarded without words: said, not saved.
    photo_only = message(
        ANA,
        photo=[{"file_id": "p1", "file_unique_id": "u1", "width": 1, "height": 1}],
        forward_origin={"date": int(WHEN.timestamp()), **hidden},
    )
    said = await send(tgfake, photo_only)
    assert "no text I can save" in said


async def test_shared_contact_and_vcf_document(tg, tgfake: FakeBotAPI, sessions, ws_id) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await join(tgfake, sessions, ws_id, BOB, "rep")
    vcard = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ingrid Bergström\nN:Bergström;Ingrid;;;\n"
        "ORG:Volvo\nEMAIL:ingrid@volvo.se\nEND:VCARD"
    )
    shared = message(
        BOB,
        contact={
            "phone_number": "+46701234567",
            "first_name": "Ingrid",
            "last_name": "Bergström",
            "user_id": 5599,
            "vcard": vcard,
        },
    )
    answer = await send(tgfake, shared)
    assert "created 1" in answer and "Ingrid Bergström" in answer
    with transaction(sessions) as s:
        c = s.scalar(select(Contact).where(Contact.name == "Ingrid Bergström"))
        assert c is not None and (c.email, c.phone) == ("ingrid@volvo.se", "+46701234567")
    # A bare contact without a vCard field: built from the name and number.
    bare = message(BOB, contact={"phone_number": "+4798765432", "first_name": "Ola"})
    assert "created 1" in await send(tgfake, bare)
    # A .vcf document without a caption, from a rep.
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Nowak\r\nTEL;VALUE=uri:tel:+48-22-123-45-67\r\n"
        b"EMAIL:anna@nowak.pl\r\nEND:VCARD\r\n"
    )
    doc = tgfake.add_file(data, "anna.vcf", mime="text/vcard")
    answer = await send(tgfake, message(BOB, document=doc))
    assert "created 1" in answer and "Anna Nowak" in answer
    # A shared contact again: the same phone is a duplicate, nothing new.
    again = await send(tgfake, message(BOB, contact=shared["message"]["contact"]))
    assert "already in the CRM" in again


async def test_export_vcf_is_sent_as_a_document(tg, tgfake: FakeBotAPI, sessions, ws_id) -> None:
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await send(tgfake, text_update("contact add Maria Lopez email=maria@acme.com", from_id=ANA))
    answer = await send(tgfake, text_update("/contact export Maria vcf", from_id=ANA))
    assert "maria-lopez.vcf" in answer
    (doc,) = await tgfake.wait_for("sendDocument", 1)
    name, data = doc.files["document"]
    assert name == "maria-lopez.vcf"
    card = vobject.readOne(data.decode("utf-8"))
    assert card.fn.value == "Maria Lopez" and card.email.value == "maria@acme.com"


async def test_a_shared_contact_teaches_the_account_of_later_forwards(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    """A contact card shared in Telegram carries the person's Telegram account (the phone
    known to the CRM finds the contact): a forward from that account later finds them,
    whatever name their account shows. Erasing the contact forgets the account."""
    await join(tgfake, sessions, ws_id, ANA, "admin")
    await send(tgfake, text_update("contact add Maria Lopez phone=+34 600 123 456", from_id=ANA))
    card = {"phone_number": "+34600123456", "first_name": "Mari", "user_id": 5601}
    assert "already in the CRM" in await send(tgfake, message(ANA, contact=card))
    origin = {"type": "user", "sender_user": user(5601, "☀️ M.", None)}
    answer = await send(tgfake, forward(ANA, "see you at 10", origin))
    assert "Saved the message as a note on Maria Lopez" in answer
    await send(tgfake, text_update("contact erase Maria Lopez confirm=yes", from_id=ANA))
    from storage.models_capture import ContactHandle

    with transaction(sessions) as s:
        assert s.scalar(select(ContactHandle.id)) is None
    asked = await send(tgfake, forward(ANA, "hello again", origin))
    assert "Whose message is this" in asked
