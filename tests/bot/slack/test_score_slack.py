"""Lead scores from Slack: `hot` as Block Kit with its Why? buttons, and a press showing
the explanation (the real bolt app, the fake Web API; no adapter code of its own)."""

from __future__ import annotations

import pytest
from slack_harness import Harness, blocks_text, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)

pytestmark = pytest.mark.slow


async def test_hot_and_why_in_slack(slack: Harness) -> None:
    await slack.command("contact add Maria Lopez title=CEO source=referral email=m@x.no")
    await slack.fake.wait_for("response_url", 1)
    await slack.command("hot")
    posts = await slack.fake.wait_for("response_url", 2)
    hot = next(p.params["blocks"] for p in posts if "Hot leads" in blocks_text(p.params["blocks"]))
    assert "33 #c1 Maria Lopez" in blocks_text(hot)
    values = [e.get("value") for b in hot if b["type"] == "actions" for e in b["elements"]]
    assert "score #c1" in values  # the Why? button
    await slack.click("score #c1", ephemeral=True)
    posts = await slack.fake.wait_for("response_url", 3)
    assert any(
        "33: fit 33 (CEO title +20, source referral +10, has email +3)"
        in blocks_text(p.params["blocks"])
        for p in posts
    )
