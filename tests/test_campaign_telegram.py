"""A campaign from Telegram, with its buttons: the real PTB adapter against the fake Bot API
(no adapter code of its own: a button is a command string)."""

from __future__ import annotations

from sqlalchemy import select
from telegram_fakeapi import callback_update
from test_telegram_bot import TG, fake, tg  # noqa: F401 (fixtures)

from storage.models_campaigns import Campaign, CampaignMember

ANA = 1001


async def test_campaign_created_and_started_with_a_button(tg: TG) -> None:  # noqa: F811
    await tg.join()
    await tg.say("/account add Nordfrakt industry=logistics region=Nordics")
    await tg.say("/contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt")
    await tg.say("/contact add Ole Hansen account=Nordfrakt")
    out = await tg.say("/segment save Nordic logistics industry=logistics region=Nordics")
    assert "2 contacts" in out
    out = await tg.say("new campaign Q1 call push for Nordic logistics, budget 2k EUR")
    assert "Campaign created" in out and "EUR 2,000" in out
    keyboard = tg.last()["reply_markup"]["inline_keyboard"]
    start = next(b for row in keyboard for b in row if b["text"] == "Start")
    tg.fake.push(
        callback_update(
            start["callback_data"], from_id=ANA, chat_id=ANA, message_id=int(tg.fake.message_id)
        )
    )
    edits = await tg.fake.wait_for("editMessageText", 1)
    assert "Started: Q1 call push" in edits[-1].params["text"]
    with tg.sessions() as s:
        camp = s.scalar(select(Campaign).where(Campaign.name == "Q1 call push"))
        assert camp is not None and camp.status == "running" and camp.type == "call"
        assert len(list(s.scalars(select(CampaignMember)))) == 2
    out = await tg.say("/campaign show Q1 call push")
    assert "members: 2 · reached: 0" in out
    assert await tg.fake.wait_for("sendPhoto", 1)  # the results chart
