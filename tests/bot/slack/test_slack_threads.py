"""A question asked in a Slack thread waits for its answer in that thread.

Was: the open question was kept per channel, so "@crm garcia" said at the top of #sales
(or in another thread, about something else) was swallowed as the answer to "which
Maria?" asked in a thread: a call was logged from a message that never meant it.
"""

from __future__ import annotations

import json

import pytest
from slack_harness import Harness, blocks_text, count, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)

from storage.models import Activity

pytestmark = [pytest.mark.slow]


async def _mention(slack: Harness, text: str, n: int, thread: str | None = None) -> str:
    """Ana's ``@crm text`` in #sales (in ``thread`` if given); the bot's answer's text."""
    payload = json.loads(slack.event_body("x", event_id=f"EvTh{n}", channel="C111"))
    ts = f"1700000{n:03d}.000100"
    payload["event"] = {
        "type": "app_mention",
        "user": "W111",
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "channel": "C111",
        "event_ts": ts,
        **({"thread_ts": thread} if thread else {}),
    }
    before = len(slack.fake.of("chat.postMessage"))
    await slack.event(payload)
    posts = await slack.fake.wait_for("chat.postMessage", before + 1)
    assert posts[-1].params.get("thread_ts") == thread  # answered where it was said
    return blocks_text(posts[-1].params["blocks"])


async def _two_marias(slack: Harness) -> None:
    for n, name in enumerate(("Maria Lopez", "Maria Garcia"), start=1):
        await slack.command(f"contact add {name} account={name.split()[1]}")
        await slack.fake.wait_for("response_url", n)


async def test_a_thread_question_is_not_answered_from_the_channel(slack, sessions):
    await _two_marias(slack)
    asked = await _mention(slack, "log call Maria: asked for a quote", 1, thread="1600.1")
    assert "Which one?" in asked
    await _mention(slack, "garcia", 2)  # the channel itself: a message of its own
    await _mention(slack, "1", 3, thread="1650.1")  # another thread: no question there
    assert count(sessions, Activity) == 0
    out = await _mention(slack, "garcia", 4, thread="1600.1")
    assert "Logged call" in out and count(sessions, Activity) == 1


async def test_a_thread_questions_button_answers_it_once(slack, sessions):
    await _two_marias(slack)
    await _mention(slack, "log call Maria: asked for a quote", 1, thread="1600.1")
    question = slack.fake.of("chat.postMessage")[-1]
    lopez = next(
        e["value"]
        for b in question.params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["text"]["text"].startswith("Maria Lopez")
    )

    def press() -> dict:
        p = slack.click_payload(lopez, channel="C111", ts="1600.2")
        p["container"]["thread_ts"] = "1600.1"
        return p

    await slack.interactive(press())
    await slack.fake.wait_for("chat.update")
    assert count(sessions, Activity) == 1
    n = len(slack.fake.of("response_url"))
    await slack.interactive(press())  # the same button, a second time
    posts = await slack.fake.wait_for("response_url", n + 1)
    assert "already answered" in posts[-1].params["text"]
    assert count(sessions, Activity) == 1
