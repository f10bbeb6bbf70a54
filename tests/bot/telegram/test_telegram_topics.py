"""A question asked in a Telegram forum topic waits for its answer in that topic, and the
bot answers in the topic it was asked in (every message of the reply, not the General).

Was: the open question was kept per group, so "garcia" said in another topic, about
something else, was taken for the answer to "which Maria?" and logged a call."""

from __future__ import annotations

import re
from typing import Any

from telegram_fakeapi import text_update
from test_telegram_bot import ANA, BOB, GROUP, TG, count, fake, tg  # noqa: F401 (fixtures)

from storage.models import Activity


async def say_in_topic(tg: TG, text: str, topic: int, reply_to_bot: bool = False) -> dict[str, Any]:  # noqa: F811
    """Ana's message in forum topic ``topic`` of the team group; the reply's parameters."""
    update = text_update(
        text, from_id=ANA, chat_id=GROUP, chat_type="supergroup", reply_to_bot=reply_to_bot
    )
    update["message"].update(message_thread_id=topic, is_topic_message=True)
    update["message"]["chat"]["is_forum"] = True
    before = len(tg.fake.sent("sendMessage"))
    tg.fake.push(update)
    return (await tg.fake.wait_for("sendMessage", before + 1))[-1].params


async def test_a_topics_question_is_answered_in_that_topic_only(tg: TG) -> None:  # noqa: F811
    await tg.join()
    code = re.search(r"invite code: (\S+)", await tg.say("/invite"))
    assert code is not None
    await tg.say(f"/start {code.group(1)}", who=BOB, first="Bob")
    await tg.say("/contact add Maria Lopez")
    await tg.say("/contact add Maria Garcia")
    assert "connected" in await tg.say("/link", chat_id=GROUP, chat_type="supergroup")
    asked = await say_in_topic(tg, "/log call Maria: asked for a quote", 7)
    assert "Which one?" in asked["text"] and asked["message_thread_id"] == 7
    other = await say_in_topic(tg, "garcia", 9, reply_to_bot=True)  # another topic
    assert other["message_thread_id"] == 9
    assert count(tg.sessions, Activity) == 0
    answered = await say_in_topic(tg, "garcia", 7, reply_to_bot=True)
    assert "Logged call" in answered["text"] and answered["message_thread_id"] == 7
    assert count(tg.sessions, Activity) == 1
