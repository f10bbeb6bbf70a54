"""A campaign from Slack, with its buttons: the real bolt app behind the real aiohttp server,
the fake Web API (no adapter code of its own: a button is a command string)."""

from __future__ import annotations

import pytest
from slack_harness import Harness, blocks_text, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select

from storage.db import transaction
from storage.models_campaigns import Campaign

pytestmark = pytest.mark.slow


async def test_segment_and_campaign_with_a_button_in_slack(slack: Harness, sessions) -> None:
    for text in (
        "account add Nordfrakt industry=logistics region=Nordics",
        "contact add Maria Lopez email=maria@nordfrakt.no account=Nordfrakt",
        "segment save Nordic logistics industry=logistics region=Nordics",
        'campaign new "Q1 webinar" type=webinar segment=Nordic logistics budget=2k EUR',
    ):
        n = len(slack.fake.of("response_url"))
        await slack.command(text)
        await slack.fake.wait_for("response_url", n + 1)  # one at a time, in order
    posts = await slack.fake.wait_for("response_url", 4)
    texts = [blocks_text(p.params["blocks"]) for p in posts]  # workers may answer out of order
    assert any("Segment saved" in t and "1 contact." in t for t in texts)
    created = next(
        p.params["blocks"] for p in posts if "Campaign created" in blocks_text(p.params["blocks"])
    )
    values = [e.get("value") for b in created if b["type"] == "actions" for e in b["elements"]]
    assert "campaign start Q1 webinar" in values  # the Start button
    await slack.click("campaign start Q1 webinar", ephemeral=True)
    posts = await slack.fake.wait_for("response_url", 5)
    assert any("Started: Q1 webinar" in blocks_text(p.params["blocks"]) for p in posts)
    with transaction(sessions) as s:
        camp = s.scalar(select(Campaign).where(Campaign.name == "Q1 webinar"))
        assert camp is not None and camp.status == "running"
