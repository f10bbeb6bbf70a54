"""Documents and business cards through the real Slack adapter (bolt behind aiohttp)
against tests/slack_fake.py: files are downloaded from url_private_download with the bot
token, and sent back with files_upload_v2."""

from __future__ import annotations

import json
from typing import Any

import pytest
from card_images import FONT, render
from handlers_docs import docx_with, pdf_with
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from handlers import cards_ocr
from storage.models import Contact
from storage.models_documents import Document

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]


async def say(h: Harness, text: str, **extra: Any) -> str:
    before = len(h.fake.of("chat.postMessage"))
    h._n += 1
    status, _ = await h.dm(text, event_id=f"EvDoc{h._n}", **extra)
    assert status == 200
    posts = await h.fake.wait_for("chat.postMessage", before + 1)
    return str(posts[-1].params["text"])


async def upload(h: Harness, text: str, name: str, data: bytes, mime: str, **extra: Any) -> str:
    return await say(
        h, text, subtype="file_share", files=[h.fake.add_file(name, data, mime)], **extra
    )


def documents(sessions: sessionmaker[Session]) -> list[Document]:
    with sessions() as s:
        rows = list(s.scalars(select(Document).order_by(Document.id)))
        for r in rows:
            s.expunge(r)
        return rows


async def test_slack_dm_file_with_a_caption_is_attached_and_sent_back(
    slack: Harness, sessions: sessionmaker[Session]
) -> None:
    await say(slack, "account add Acme")
    await say(slack, "deal add Acme renewal 12k EUR account=Acme")
    pdf = pdf_with("Proposal for Acme: 40 seats, wombat discount")
    answer = await upload(
        slack, "Acme renewal proposal v2", "proposal_v2.pdf", pdf, "application/pdf"
    )
    assert "Attached to 💼 Acme renewal #d1" in answer, answer
    download = slack.fake.of("file.download")[-1]
    assert download.token == "xoxb-single"
    (d,) = documents(sessions)
    assert (d.record_kind, d.name, d.kind) == ("deal", "proposal_v2.pdf", "pdf")
    # find searches inside; the card lists it
    assert "proposal_v2.pdf" in await say(slack, "find wombat")
    assert "📄 proposal_v2.pdf" in await say(slack, "deal show Acme renewal")
    # file send: the bytes go back up with files_upload_v2
    before = len(slack.fake.shared)
    await say(slack, "file send proposal")
    for _ in range(50):
        if len(slack.fake.shared) > before:
            break
        await __import__("asyncio").sleep(0.1)
    shared = slack.fake.shared[-1]
    assert shared["name"] == "proposal_v2.pdf" and shared["data"] == pdf
    assert shared["channel_id"] == "D111"


async def test_slack_unclear_record_asks_and_a_thread_reply_to_a_card_attaches(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await say(slack, "contact add Maria Lopez email=maria@acme.com")
    asked = await upload(slack, "", "notes.txt", b"call notes about pricing", "text/plain")
    assert "Which record should I attach notes.txt to?" in asked
    assert "Attached to 👤 Maria Lopez #c1" in await say(slack, "Maria Lopez")
    # a file sent in the thread of the bot's contact card goes to that contact
    card = await say(slack, "contact show Maria Lopez")
    ts = fake.of("chat.postMessage")[-1].params.get("ts") or "1700000500.000100"
    fake.messages[("D111", ts)] = card
    answer = await upload(
        slack, "", "signed.docx", docx_with("Signed by Maria"), "application/msword", thread_ts=ts
    )
    assert "Attached to 👤 Maria Lopez #c1" in answer, answer
    assert [d.name for d in documents(sessions)] == ["notes.txt", "signed.docx"]


async def test_slack_mention_in_a_channel_with_a_file(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await say(slack, "account add Initech")
    f = fake.add_file("nda.txt", b"mutual nda text", "text/plain")
    at = "1700000600.000100"
    event = {"type": "app_mention", "user": "W111", "text": "<@UBOT> Initech NDA", "ts": at,
             "channel": "C111", "event_ts": at, "files": [f]}  # fmt: skip
    body = json.loads(slack.event_body("x", event_id="EvMentionFile"))
    body["event"] = event
    before = len(fake.of("chat.postMessage")) + len(fake.of("chat.postEphemeral"))
    await slack.event(body)
    for _ in range(100):
        if len(fake.of("chat.postMessage")) + len(fake.of("chat.postEphemeral")) > before:
            break
        await __import__("asyncio").sleep(0.05)
    (d,) = documents(sessions)
    assert (d.record_kind, d.name) == ("account", "nda.txt")


@pytest.mark.skipif(FONT is None, reason="no TrueType font on this system to draw cards")
async def test_slack_business_card_photo_is_proposed_then_saved_on_save(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    if not cards_ocr.available():
        pytest.skip("Tesseract is not installed (apt-get install tesseract-ocr)")
    png = render(
        [
            ("Priya Sharma", 52, True),
            ("Head of Procurement", 34, False),
            ("Stark Industries Inc.", 40, True),
            ("priya.sharma@stark.com", 32, False),
            ("Mobile: +1 212 555 0199", 32, False),
        ]
    )
    answer = await upload(slack, "", "IMG_0042.png", png, "image/png")
    assert "Priya Sharma" in answer and "priya.sharma@stark.com" in answer, answer
    assert documents(sessions) == []
    with sessions() as s:
        assert s.scalar(select(Contact).where(Contact.name == "Priya Sharma")) is None
    blocks = fake.of("chat.postMessage")[-1].params["blocks"]
    save = next(
        e["value"]
        for b in blocks
        if b.get("type") == "actions"
        for e in b["elements"]
        if e.get("text", {}).get("text") == "Save"
    )
    await slack.click(save, channel="D111", ephemeral=True)
    await fake.wait_for("response_url", 1)
    with sessions() as s:
        c = s.scalar(select(Contact).where(Contact.name == "Priya Sharma"))
        assert c is not None and c.email == "priya.sharma@stark.com"
        assert c.title == "Head of Procurement" and c.account is not None
        assert c.account.name == "Stark Industries Inc."
