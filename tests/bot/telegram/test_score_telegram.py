"""Lead scores from Telegram: `hot` with its Why? buttons, pressed, through the real PTB
adapter against the fake Bot API (no adapter code of its own: a button is a command)."""

from __future__ import annotations

import asyncio

from telegram_fakeapi import callback_update
from test_telegram_bot import TG, fake, tg  # noqa: F401 (fixtures)

ANA = 1001


async def test_hot_and_why_button(tg: TG) -> None:  # noqa: F811
    await tg.join()
    await tg.say("/contact add Maria Lopez title=CEO source=referral email=m@x.no lifecycle=lead")
    out = await tg.say("/hot")
    assert "Hot leads for the workspace" in out and "33 #c1 Maria Lopez" in out
    keyboard = tg.last()["reply_markup"]["inline_keyboard"]
    why = next(b for row in keyboard for b in row if b["text"] == "Why Maria Lopez?")
    n = len(tg.fake.calls)
    tg.fake.push(
        callback_update(
            why["callback_data"], from_id=ANA, chat_id=ANA, message_id=int(tg.fake.message_id)
        )
    )
    texts: list[str] = []
    for _ in range(200):  # the answer: a new message or the pressed one edited
        texts = [
            c.params.get("text", "")
            for c in tg.fake.calls[n:]
            if c.method in ("sendMessage", "editMessageText")
        ]
        if texts:
            break
        await asyncio.sleep(0.05)
    text = "\n".join(texts)
    assert "33: fit 33 (CEO title +20, source referral +10, has email +3)" in text
    card = await tg.say("/contact show Maria Lopez")
    assert "score 33 (fit 33 · engagement 0)" in card
