"""A nurturing sequence from Slack, with its buttons: the real bolt app behind the real
aiohttp server, the fake Web API (a button is a command string)."""

from __future__ import annotations

import pytest
from slack_harness import Harness, blocks_text, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select

from storage.db import transaction
from storage.models_sequences import Sequence, SequenceEnrollment

pytestmark = pytest.mark.slow


async def test_sequence_built_enrolled_and_paused_with_a_button(slack: Harness, sessions) -> None:
    for text in (
        "contact add Maria Lopez email=maria@nordfrakt.no lifecycle=lead",
        'sequence new "Trial follow-up"',
        'sequence step add "Trial follow-up" call "check in on the trial"',
        "enroll Maria Lopez in Trial follow-up",
        "sequence show Trial follow-up",
    ):
        n = len(slack.fake.of("response_url"))
        await slack.command(text)
        await slack.fake.wait_for("response_url", n + 1)  # one at a time, in order
    posts = await slack.fake.wait_for("response_url", 5)
    texts = [blocks_text(p.params["blocks"]) for p in posts]
    assert any("Enrolled Maria Lopez in Trial follow-up" in t for t in texts)
    shown = next(
        p.params["blocks"] for p in posts if "0 active of" not in blocks_text(p.params["blocks"])
        and "1 active of 1 enrolled" in blocks_text(p.params["blocks"])
    )  # fmt: skip
    values = [e.get("value") for b in shown if b["type"] == "actions" for e in b["elements"]]
    assert "sequence pause Trial follow-up" in values  # the Pause button
    await slack.click("sequence pause Trial follow-up", ephemeral=True)
    posts = await slack.fake.wait_for("response_url", 6)
    assert any("Trial follow-up paused" in blocks_text(p.params["blocks"]) for p in posts)
    with transaction(sessions) as s:
        seq = s.scalar(select(Sequence))
        e = s.scalar(select(SequenceEnrollment))
        assert seq is not None and seq.status == "paused"
        assert e is not None and e.run_status == "paused"
