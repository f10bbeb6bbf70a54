"""Issue 12, items 5 and 6: hostile requests against the real bolt app behind aiohttp.

Requests are shaped from the shared Slack fixtures and signed the way Slack signs them
(tests/slack_harness.py); every log record is captured at DEBUG while they run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from log_scan import Capture, capture_all_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, count, fake_slack_server, single_workspace_slack  # noqa: F401 (fixture)
from sqlalchemy.orm import Session, sessionmaker

from handlers.core import Bot
from storage.models import Reminder

pytestmark = pytest.mark.slow

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


# Bodies an attacker (or a broken proxy) may send: none of them is a Slack request.
HOSTILE: list[tuple[str, bytes, str]] = [
    ("malformed json", b'{"type": "event_callback", ', JSON),
    ("json null", b"null", JSON),
    ("json list", b"[1, 2, 3]", JSON),
    ("json string", b'"hello"', JSON),
    ("bad payload form", b"payload=%7Bnot-json", FORM),
    ("payload list", b"payload=%5B1%5D", FORM),
    ("invalid utf-8", b"\xff\xfe\xfa{}", JSON),
    ("invalid utf-8 form", b"text=\xff\xfe&command=%2Fcrm", FORM),
    ("deep json", b"[" * 50_000 + b"]" * 50_000, JSON),
]


def _problems(capture: Capture, since: int) -> list[str]:
    return [line for line in capture.lines[since:] if line.startswith(("ERROR", "CRITICAL"))]


async def _raw(h: Harness, body: bytes, headers: dict[str, str]) -> int:
    assert h.http is not None
    async with h.http.post(h.url + "/slack/events", data=body, headers=headers) as resp:
        await resp.read()
        return resp.status


async def test_item5_unsigned_hostile_bodies_get_401_and_one_log_line(
    slack: Harness, log_capture: Capture
) -> None:
    now = str(int(time.time()))
    crmbot_log = logging.getLogger("crmbot")
    crmbot_log.setLevel(logging.INFO)  # what an operator sees
    try:
        for label, body, ctype in HOSTILE:
            forged = {
                "Content-Type": ctype,
                "X-Slack-Request-Timestamp": now,
                "X-Slack-Signature": "v0=" + "0" * 64,
            }
            before = len(log_capture.lines)
            status = await _raw(slack, body, forged)
            assert status in (400, 401), label
            ours = [line for line in log_capture.lines[before:] if " crmbot." in line]
            assert len(ours) == 1, (label, ours)
            assert _problems(log_capture, before) == [], label
            assert "Traceback" not in "\n".join(log_capture.lines[before:]), label
    finally:
        crmbot_log.setLevel(logging.NOTSET)


async def test_item5_non_numeric_or_missing_timestamp_is_401(
    slack: Harness, log_capture: Capture
) -> None:
    body = slack.command_body("contact add Mallory")
    for ts in ("abc", "", "1e9", "99999999999999999999999", "-1"):
        headers = slack.headers(body, FORM)
        headers["X-Slack-Request-Timestamp"] = ts
        before = len(log_capture.lines)
        assert await _raw(slack, body.encode(), headers) == 401, ts
        assert _problems(log_capture, before) == [], ts
    assert not slack.fake.of("response_url")


async def test_item5_signed_but_malformed_bodies_get_400_not_500(
    slack: Harness, log_capture: Capture
) -> None:
    """Only Slack (or whoever holds the secret) can sign: still never a 500 or a traceback."""
    for label, body, ctype in HOSTILE:
        if label.startswith("invalid utf-8"):
            continue  # SignatureVerifier signs text: an invalid body is refused unsigned
        ts = str(int(time.time()))
        headers = {
            "Content-Type": ctype,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": slack.verifier.generate_signature(
                timestamp=ts, body=body.decode()
            ),
        }
        before = len(log_capture.lines)
        assert await _raw(slack, body, headers) == 400, label
        assert _problems(log_capture, before) == [], label
        assert "Traceback" not in "\n".join(log_capture.lines[before:]), label


async def test_item5_valid_requests_still_work(slack: Harness) -> None:
    status, _ = await slack.command("help")
    assert status == 200
    await slack.fake.wait_for("response_url")


# ---- item 6: replay ---------------------------------------------------------------------------


async def test_item6_replayed_slash_command_runs_once(
    slack: Harness, sessions: sessionmaker[Session]
) -> None:
    body = slack.command_body("remind me in 2 hours: call Bob")
    headers = slack.headers(body, FORM)
    for _ in range(3):  # the same signed request, within its 5-minute window
        status, _ = await slack.post(body, FORM, headers)
        assert status == 200
    await slack.fake.wait_for("response_url")
    await asyncio.sleep(0.3)
    assert count(sessions, Reminder) == 1
    assert len(slack.fake.of("response_url")) == 1
    # The same words sent again by the person (a new request, newly signed) still run.
    await slack.command("remind me in 2 hours: call Bob")
    await slack.fake.wait_for("response_url", 2)
    assert count(sessions, Reminder) == 2


async def test_item6_replayed_button_click_runs_once(
    slack: Harness, sessions: sessionmaker[Session]
) -> None:
    await slack.command("help")  # the user and workspace exist
    await slack.fake.wait_for("response_url")
    payload = slack.click_payload("remind me in 3 hours: call Eve", ephemeral=True)
    body = urlencode({"payload": json.dumps(payload)})
    headers = slack.headers(body, FORM)
    for _ in range(2):
        assert (await slack.post(body, FORM, headers))[0] == 200
    # Re-signed with a fresh timestamp but the same action and trigger: still one.
    assert (await slack.post(body, FORM))[0] == 200
    await slack.fake.wait_for("response_url", 2)
    await asyncio.sleep(0.3)
    assert count(sessions, Reminder) == 1
    # Another click (Slack gives each interaction its own trigger_id) runs.
    await slack.click("remind me in 4 hours: call Eve", ephemeral=True)
    await slack.fake.wait_for("response_url", 3)
    assert count(sessions, Reminder) == 2


async def test_item6_replay_to_another_process_is_refused_too(
    engine: Any, sessions: sessionmaker[Session], bot: Bot, fake: FakeSlack
) -> None:
    """Two servers on one database (two processes behind a load balancer)."""
    first = await Harness.start((engine, sessions, bot), fake, SLACK_BOT_TOKEN="xoxb-single")
    second = await Harness.start((engine, sessions, bot), fake, SLACK_BOT_TOKEN="xoxb-single")
    try:
        body = first.command_body("remind me in 2 hours: call Ann")
        headers = first.headers(body, FORM)
        assert (await first.post(body, FORM, headers))[0] == 200
        assert (await second.post(body, FORM, headers))[0] == 200
        await fake.wait_for("response_url")
        await asyncio.sleep(0.3)
        assert count(sessions, Reminder) == 1
    finally:
        await first.stop()
        await second.stop()
