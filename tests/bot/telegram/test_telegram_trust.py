"""A sales team on Telegram, through the real PTB application and the fake Bot API: a
question's buttons answer it once, for the person asked, in a DM and in the team group."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from sqlalchemy import select
from telegram_fakeapi import callback_update, text_update
from test_telegram_bot import ANA, BOB, EVE, GROUP, TG, count, fake, tg  # noqa: F401 (fixtures)

from bot.telegram.service import ALLOWED_UPDATES
from handlers.buttons import reminder_buttons
from handlers.types import Reply
from storage.models import Activity, Contact, Identity, Opportunity, Reminder, User

pytestmark = pytest.mark.usefixtures("no_secrets_in_logs")


def buttons(params: dict[str, Any]) -> dict[str, str]:
    """label -> callback data of a sent message's inline keyboard."""
    rows = params["reply_markup"]["inline_keyboard"]
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def press(tg: TG, data: str, who: int, chat: int, first: str = "Ana") -> dict[str, Any]:  # noqa: F811
    """Press a button; the answerCallbackQuery it produced."""
    n = len(tg.fake.sent("answerCallbackQuery"))
    mid = int(tg.fake.message_id)
    tg.fake.push(callback_update(data, from_id=who, chat_id=chat, message_id=mid, first=first))
    return (await tg.fake.wait_for("answerCallbackQuery", n + 1))[-1].params


async def _team_with_two_marias(tg: TG) -> None:  # noqa: F811
    await tg.join()
    code = re.search(r"invite code: (\S+)", await tg.say("/invite"))
    assert code is not None
    await tg.say(f"/start {code.group(1)}", who=BOB, first="Bob")
    await tg.say("/contact add Maria Lopez")
    await tg.say("/contact add Maria Garcia")


async def test_a_choice_answered_by_typing_is_not_run_again_by_its_button(tg: TG) -> None:  # noqa: F811
    """Was: "1" typed, then the still-visible button pressed: the call logged twice."""
    await _team_with_two_marias(tg)
    assert "Which one?" in await tg.say("log call Maria: asked for a quote")
    lopez = buttons(tg.last())["Maria Lopez"]
    assert "Logged call" in await tg.say("1")
    answer = await press(tg, lopez, ANA, ANA)
    assert "already answered" in answer["text"]
    assert count(tg.sessions, Activity) == 1
    # a second press of a pressed choice does nothing either
    assert "Which one?" in await tg.say("log call Maria: sent the deck")
    garcia = buttons(tg.last())["Maria Garcia"]
    first = await press(tg, garcia, ANA, ANA)
    assert first.get("text") is None  # ran: no notice
    again = await press(tg, garcia, ANA, ANA)  # a double tap on the same message
    assert "pressed that button already" in again["text"]
    assert count(tg.sessions, Activity) == 2


async def test_in_the_group_only_the_person_asked_answers(tg: TG) -> None:  # noqa: F811
    """Was: Bob pressed the "which Maria?" asked of Ana in the team group, and the call
    was logged as his."""
    await _team_with_two_marias(tg)
    g = {"chat_id": GROUP, "chat_type": "supergroup"}
    assert "connected" in await tg.say("/link", **g)
    assert "Which one?" in await tg.say("/log call Maria: asked for a quote", **g)
    lopez = buttons(tg.last())["Maria Lopez"]
    refused = await press(tg, lopez, BOB, GROUP, first="Bob")
    assert "Ana Ruiz's to answer" in refused["text"]
    assert count(tg.sessions, Activity) == 0
    await press(tg, lopez, ANA, GROUP)
    with tg.sessions() as s:
        act = s.scalar(select(Activity))
        assert act is not None and s.get(Contact, act.contact_id).name == "Maria Lopez"
        ana = s.scalar(select(User).join(Identity).where(Identity.platform_user_id == str(ANA)))
        assert ana is not None and act.user_id == ana.id
    # answered: Bob's late press is still refused, and nothing is written again
    late = (await press(tg, lopez, BOB, GROUP, first="Bob"))["text"]
    assert "pressed that button already; nothing more was done" in late
    assert count(tg.sessions, Activity) == 1


def _voice(who: int, **kw: Any) -> dict[str, Any]:
    up = text_update("x", from_id=who, **kw)
    del up["message"]["text"]
    up["message"]["voice"] = {
        "file_id": "AwACAgIAAxkBAAIB",
        "file_unique_id": "AgADv",
        "duration": 3,
        "mime_type": "audio/ogg",
        "file_size": 5000,
    }
    return up


async def test_a_voice_note_is_answered_not_met_with_silence(tg: TG) -> None:  # noqa: F811
    """Was: a rep's voice note "called Maria…" in the DM got no answer at all."""
    await tg.join()
    n = len(tg.fake.sent())
    tg.fake.push(_voice(EVE, first="Eve"))  # a stranger: nothing (the gate answers text)
    tg.fake.push(text_update("chatter", from_id=ANA, chat_id=GROUP, chat_type="supergroup"))
    tg.fake.push(_voice(ANA))
    sent = await tg.fake.wait_for("sendMessage", n + 1)
    assert "can't read a voice message" in sent[-1].params["text"]
    assert "Nothing was saved" in sent[-1].params["text"]
    await asyncio.sleep(0.3)
    assert len(tg.fake.sent()) == n + 1


async def test_an_edit_is_answered_once_and_changes_nothing(tg: TG) -> None:  # noqa: F811
    """Was: editing "50k" into "5k" after the bot logged it: silence, and the log kept 50k
    while the rep believed it corrected."""
    await tg.join()
    await tg.say("/contact add Bob Stone")
    assert "Logged" in await tg.say("log call Bob Stone: quote 50k")
    assert "edited_message" in ALLOWED_UPDATES  # else Telegram never sends edits
    up = text_update("log call Bob Stone: quote 5k", from_id=ANA)
    up["edited_message"] = {**up.pop("message"), "edit_date": int(time.time())}
    n = len(tg.fake.sent())
    tg.fake.push(up)
    tg.fake.push(up)  # delivered again: answered once
    sent = await tg.fake.wait_for("sendMessage", n + 1)
    assert "your edit changed nothing" in sent[-1].params["text"]
    await asyncio.sleep(0.3)
    assert len(tg.fake.sent()) == n + 1
    with tg.sessions() as s:
        (act,) = s.scalars(select(Activity)).all()
        assert act.body is not None and "50k" in act.body


async def test_a_refused_press_in_the_group_is_a_popup_for_the_presser(tg: TG) -> None:  # noqa: F811
    """Was: Bob pressed Undo under Ana's new deal in the group, and the refusal replaced
    Ana's card in the group for everyone."""
    await _team_with_two_marias(tg)
    g = {"chat_id": GROUP, "chat_type": "supergroup"}
    assert "connected" in await tg.say("/link", **g)
    assert "Deal created" in await tg.say("/deal add Acme renewal 12k EUR", **g)
    undo = buttons(tg.last())["Undo"]
    refused = await press(tg, undo, BOB, GROUP, first="Bob")
    assert "only the person who made a change" in refused["text"]
    await asyncio.sleep(0.3)
    assert not tg.fake.sent("editMessageText")
    assert count(tg.sessions, Opportunity) == 1


async def test_a_typed_number_never_presses_an_unnumbered_card_button(tg: TG) -> None:  # noqa: F811
    """Was: Ana's "which Maria?" was dropped by her next message (a new contact); her "1",
    meant for Maria Lopez, pressed the first button of the last reply: Undo, and the new
    contact was gone. Telegram shows no numbers on buttons; a number answers questions."""
    await _team_with_two_marias(tg)
    assert "Which one?" in await tg.say("log call Maria: asked for a quote")
    assert "Contact created" in await tg.say("/contact add Jon Snow")
    answer = await tg.say("1")
    assert "no question open" in answer and "Undone" not in answer
    assert count(tg.sessions, Contact, Contact.name == "Jon Snow") == 1
    # a question's choices still take their number
    assert "Which one?" in await tg.say("log call Maria: sent the deck")
    assert "Logged call" in await tg.say("2")


async def test_a_double_tap_on_snooze_snoozes_once(tg: TG) -> None:  # noqa: F811
    """Was: "Tomorrow 9:00" tapped twice (the second tap raced the message's edit) ran
    twice, and the second counted from the first: snoozed to the day after tomorrow."""
    await tg.join()
    await tg.say("/me tz Europe/Madrid")
    assert "Reminder set" in await tg.say("remind me in 2 hours to call Bob")
    with tg.sessions() as s:
        rid = s.scalar(select(Reminder.id))
    assert rid is not None
    n = len(tg.fake.sent())
    delivered = Reply(
        sections=[f"⏰ Reminder #r{rid}", "call Bob"], buttons=reminder_buttons(rid, None, None)
    )
    await tg.service.adapter.send_reply(ANA, tg.ws_id, delivered)  # as the notifier does
    await tg.fake.wait_for("sendMessage", n + 1)
    tomorrow = buttons(tg.last())["Tomorrow 9:00"]
    assert (await press(tg, tomorrow, ANA, ANA)).get("text") is None
    again = await press(tg, tomorrow, ANA, ANA)
    assert "pressed that button already" in again["text"]
    with tg.sessions() as s:
        due = s.scalar(select(Reminder.due_at))
        assert due is not None and due.day == 27 and due.hour == 8  # 9:00 Madrid, Friday 27
