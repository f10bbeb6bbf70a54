"""Support cases from Telegram: `/case` as a reply opens a case from the message replied to;
a reply to the bot's case card is a timeline entry. The real PTB Application against the
local fake Bot API (tests/telegram_fakeapi.py)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import select
from telegram_fakeapi import BOT_ID, BOT_USERNAME, text_update
from test_telegram_bot import TG, fake, tg  # noqa: F401 (fixtures)

from bot.case_gestures import open_case_command, telegram_text
from storage.models_cases import Case, CaseEvent

GROUP = -100777


def _replying(update: dict[str, Any], message_id: int, text: str, *, by_bot: bool,
              from_id: int = 2002) -> dict[str, Any]:  # fmt: skip
    msg = update["message"]
    who = (
        {"id": BOT_ID, "is_bot": True, "first_name": "CRM", "username": BOT_USERNAME}
        if by_bot
        else {"id": from_id, "is_bot": False, "first_name": "Customer"}
    )
    msg["reply_to_message"] = {
        "message_id": message_id,
        "from": who,
        "chat": msg["chat"],
        "date": int(time.time()),
        "text": text,
    }
    return update


def test_translation_is_an_ordinary_command() -> None:
    assert telegram_text("/case", 5, 9, (7, "Acme can't export invoices\nsince Monday", False)) == (
        "case new Acme can't export invoices description=Acme can't export invoices since "
        "Monday from=telegram:5/7"
    )
    assert telegram_text("/case Acme p1", 5, 9, (7, "exports fail: error 500", False)) == (
        "case new Acme p1: exports fail - error 500 description=exports fail: error 500 "
        "from=telegram:5/7"
    )
    assert telegram_text("/case show #3", 5, 9, None) == "case show #3"
    assert telegram_text("/case", 5, 9, None) == "help case new"
    card = "✅ Case opened\n🎫 Case #12  🔴 P1\nexport fails"
    assert telegram_text("they confirm it works", 5, 9, (8, card, True)) == (
        "case note #12 they confirm it works from=telegram:5/9"
    )
    assert telegram_text("case solve #12 fixed", 5, 9, (8, card, True)) == "case solve #12 fixed"
    assert telegram_text("thanks", 5, 9, (8, "some other reply", True)) == "thanks"
    assert open_case_command("price=10 a=b", "x:y/1") == (
        "case new price =10 a =b description=price =10 a =b from=x:y/1"
    )


@pytest.mark.asyncio
async def test_case_reply_opens_a_case_and_replies_become_notes(tg: TG) -> None:  # noqa: F811
    await tg.join()
    g = {"chat_id": GROUP, "chat_type": "supergroup"}
    await tg.say("/link", **g)
    await tg.say("/account add Acme", **g)
    before = len(tg.fake.sent())
    tg.fake.push(_replying(text_update("/case p1", from_id=1001, **g), 555,
                           "Acme can't export invoices since Monday", by_bot=False))  # fmt: skip
    sent = await tg.fake.wait_for("sendMessage", before + 1)
    card = str(sent[-1].params["text"])
    assert "Case opened" in card and "Case #1" in card
    with tg.sessions() as s:
        c = s.scalars(select(Case)).one()
        assert (c.title, c.priority, c.source) == (
            "can't export invoices since Monday",
            1,
            f"telegram:{GROUP}/555",
        )
        assert c.description == "Acme can't export invoices since Monday"
    before = len(tg.fake.sent())
    plain = card.replace("<b>", "").replace("</b>", "")
    tg.fake.push(_replying(text_update("customer confirms the workaround", from_id=1001, **g),
                           4242, plain, by_bot=True))  # fmt: skip
    sent = await tg.fake.wait_for("sendMessage", before + 1)
    assert "Noted on case #1" in str(sent[-1].params["text"])
    with tg.sessions() as s:
        kinds = [(e.kind, e.body) for e in s.scalars(select(CaseEvent).order_by(CaseEvent.id))]
    assert kinds[-1] == ("reply", "customer confirms the workaround")
