"""A nurturing sequence from Telegram, with its buttons: the real PTB adapter against the
fake Bot API (a button is a command string)."""

from __future__ import annotations

from sqlalchemy import select
from telegram_fakeapi import callback_update
from test_telegram_bot import TG, fake, tg  # noqa: F401 (fixtures)

from storage.models_sequences import SequenceEnrollment

ANA = 1001


async def test_sequence_enroll_and_stats_with_a_button(tg: TG) -> None:  # noqa: F811
    await tg.join()
    await tg.say("/contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead")
    out = await tg.say('/sequence new "Trial follow-up"')
    assert "Sequence created: Trial follow-up" in out
    out = await tg.say('/sequence step add "Trial follow-up" wait 2d')
    out = await tg.say('/sequence step add "Trial follow-up" call "check in on the trial"')
    assert "Step 2 of Trial follow-up" in out
    out = await tg.say("enroll Maria Lopez in Trial follow-up")  # plain words work too
    assert "Enrolled Maria Lopez in Trial follow-up" in out
    keyboard = tg.last()["reply_markup"]["inline_keyboard"]
    stats = next(b for row in keyboard for b in row if b["text"] == "Stats")
    tg.fake.push(
        callback_update(
            stats["callback_data"], from_id=ANA, chat_id=ANA, message_id=int(tg.fake.message_id)
        )
    )
    edits = await tg.fake.wait_for("editMessageText", 1)
    assert "enrolled 1 · active 1 · finished 0" in edits[-1].params["text"]
    with tg.sessions() as s:
        e = s.scalar(select(SequenceEnrollment))
        assert e is not None and e.status == "active" and e.step == 1
