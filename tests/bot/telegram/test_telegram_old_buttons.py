"""A Telegram button pressed a day after its question reads the words as of then.

Was: "Yes" under "Shall I …?" (or "Yes, remind me"), pressed the next morning, read
"tomorrow" again at the press: the reminder was set a day late (handlers/press_time.py).
The bot's own "Tomorrow 9:00" under a reminder still means the day after the press.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from telegram_fakeapi import callback_update
from test_telegram_bot import ANA, TG, fake, tg  # noqa: F401 (fixtures)

from handlers.buttons import reminder_buttons
from handlers.types import Reply
from storage.db import transaction
from storage.models import Reminder


def _buttons(params: dict[str, Any]) -> dict[str, str]:
    rows = params["reply_markup"]["inline_keyboard"]
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def _press(tg: TG, data: str, posted: datetime) -> None:  # noqa: F811
    n = len(tg.fake.sent("answerCallbackQuery"))
    tg.fake.push(
        callback_update(
            data,
            from_id=ANA,
            chat_id=ANA,
            message_id=int(tg.fake.message_id),
            date=int(posted.timestamp()),
        )
    )
    await tg.fake.wait_for("answerCallbackQuery", n + 1)


def _due(tg: TG) -> datetime:  # noqa: F811
    with transaction(tg.sessions) as s:
        return s.scalars(select(Reminder.due_at)).one().replace(tzinfo=UTC)


async def test_yes_pressed_next_day_keeps_the_day_said(tg: TG, clock):  # noqa: F811
    await tg.join()
    asked_at = clock.now  # Thu 26 Nov 11:00 in Madrid
    asked = await tg.say("remind the team to send their expenses tomorrow 3pm")
    assert "Shall I remind you" in asked
    yes = _buttons(tg.last())["Yes, remind me"]
    clock.advance(hours=22)  # Friday morning: "tomorrow" now means Saturday
    n = len(tg.fake.sent("editMessageText"))
    await _press(tg, yes, asked_at)
    shown = (await tg.fake.wait_for("editMessageText", n + 1))[-1].params["text"]
    assert "This button is from Thu 26 Nov 11:00" in shown
    assert _due(tg) == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)  # Fri 15:00, as said


async def test_snooze_tomorrow_from_an_old_reminder_is_the_day_after_the_press(
    tg: TG,  # noqa: F811
    clock,
):
    await tg.join()
    await tg.say("remind me tomorrow 8am: call Jon")
    with transaction(tg.sessions) as s:
        rid = s.scalars(select(Reminder.id)).one()
    delivered = Reply(
        sections=[f"⏰ Reminder #r{rid}", "call Jon"], buttons=reminder_buttons(rid, None, None)
    )
    posted = clock.now
    n = len(tg.fake.sent())
    await tg.service.adapter.send_reply(ANA, tg.ws_id, delivered)  # as the notifier does
    await tg.fake.wait_for("sendMessage", n + 1)
    snooze = _buttons(tg.last())["Tomorrow 9:00"]
    clock.advance(days=2)  # Sat 28 Nov 11:00: the button says the day after the press
    await _press(tg, snooze, posted)
    assert _due(tg) == datetime(2026, 11, 29, 8, 0, tzinfo=UTC)  # Sun 09:00 Madrid
