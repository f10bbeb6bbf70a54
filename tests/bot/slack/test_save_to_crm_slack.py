"""The "Save to CRM" message shortcut through the real bolt app and the local fake Slack:
signed payloads open the modal prefilled from the message; the submission goes through
the core and logs the message's text, author and permalink at the message's time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_fake import FakeSlack
from slack_harness import Harness, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.slack.shortcuts import SHORTCUT, VIEW
from storage.models import Activity, Contact, Reminder

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]
CHAN, TS = "C222", "1700000100.000100"
TEXT = "Hi Ana — deal=none please: can you send the revised quote? We sign Friday."


def shortcut_payload(h: Harness, text: str = TEXT) -> dict[str, Any]:
    return {
        "type": "message_action",
        "callback_id": SHORTCUT,
        "trigger_id": f"trig-{h.rid()}",
        "response_url": h.fake.response_url(h.rid()),
        "team": {"id": "T111", "domain": "workspace-domain"},
        "user": {"id": "W111", "team_id": "T111", "name": "ana"},
        "channel": {"id": CHAN, "name": "sales"},
        "message_ts": TS,
        "message": {"type": "message", "user": "U999", "ts": TS, "text": text},
        "token": "legacy",
    }


def submit_payload(h: Harness, view: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    p = h.submit_payload(VIEW, {}, metadata=json.loads(view["private_metadata"]))
    state: dict[str, Any] = {}
    for key, value in values.items():
        if key == "kind":
            state[key] = {"v": {"type": "static_select", "selected_option": {"value": value}}}
        else:
            state[key] = {"v": {"type": "plain_text_input", "value": value}}
    p["view"]["state"] = {"values": state}
    return p


async def crm(h: Harness, text: str) -> None:
    before = len(h.fake.of("response_url"))
    await h.command(text)
    await h.fake.wait_for("response_url", before + 1)


async def open_modal(h: Harness, fake: FakeSlack) -> dict[str, Any]:
    before = len(fake.of("views.open"))
    status, _ = await h.interactive(shortcut_payload(h))
    assert status == 200
    opened = await fake.wait_for("views.open", before + 1)
    view = opened[-1].params["view"]
    return view if isinstance(view, dict) else json.loads(view)


def _acts(sessions: sessionmaker[Session]) -> list[Activity]:
    with sessions() as s:
        rows = list(s.scalars(select(Activity).order_by(Activity.id)))
        for r in rows:
            s.expunge(r)
        return rows


async def test_save_to_crm_logs_text_author_and_permalink(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    await crm(slack, "contact add Maria Lopez account=Acme")
    view = await open_modal(slack, fake)
    assert view["callback_id"] == VIEW
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert blocks["note"]["element"]["initial_value"] == TEXT  # prefilled from the message
    assert blocks["kind"]["element"]["initial_option"]["value"] == "note"
    values = {"record": "Maria", "kind": "meeting", "note": TEXT, "follow": "next tuesday 9am"}
    before = len(fake.of("chat.postEphemeral"))
    status, _ = await slack.interactive(submit_payload(slack, view, values))
    assert status == 200
    said = await fake.wait_for("chat.postEphemeral", before + 1)
    assert "Saved the message as a meeting on Maria Lopez" in said[-1].params["text"]
    link = fake.of("chat.getPermalink")[-1].params
    assert (link["channel"], link["message_ts"]) == (CHAN, TS)
    (act,) = _acts(sessions)
    assert act.type == "meeting" and act.body.startswith(TEXT)
    assert "from Person U999" in act.body  # users.info's name of the message's author
    assert f"https://test.slack.com/archives/{CHAN}/p1700000100000100" in act.body
    assert act.occurred_at == datetime.fromtimestamp(float(TS), UTC)
    with sessions() as s:
        r = s.scalar(select(Reminder).where(Reminder.kind == "follow-up"))
        assert r is not None and r.text.startswith("Follow up Maria Lopez")


async def test_unknown_record_offers_to_create_and_empty_fields_are_refused(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    view = await open_modal(slack, fake)
    # Slack shows inline errors from the ack: nothing reaches the core.
    status, body = await slack.interactive(
        submit_payload(slack, view, {"record": "", "kind": "note", "note": " "})
    )
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert set(json.loads(body)["errors"]) == {"record", "note"}
    before = len(fake.of("chat.postEphemeral"))
    values = {"record": "Zed Nobody", "kind": "note", "note": TEXT}
    await slack.interactive(submit_payload(slack, view, values))
    said = await fake.wait_for("chat.postEphemeral", before + 1)
    assert "I found no contact, account or deal matching 'Zed Nobody'" in said[-1].params["text"]
    buttons = [
        e for b in said[-1].params["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    create = next(b for b in buttons if "Create contact" in b["text"]["text"])
    assert not _acts(sessions)  # nothing saved before the person says so
    await slack.click(create["value"], channel=CHAN, ephemeral=True)
    await fake.wait_for("response_url", 1)
    (act,) = _acts(sessions)
    with sessions() as s:
        c = s.get(Contact, act.contact_id)
        assert c is not None and c.name == "Zed Nobody"
    assert act.body.startswith(TEXT)


def test_a_customer_in_a_shared_channel_prefills_the_record() -> None:
    from bot.slack.shortcuts import modal

    body = {
        "team": {"id": "T111"},
        "channel": {"id": CHAN},
        "message": {"user": "U999", "user_team": "T999", "ts": TS, "text": "hi",
                    "user_profile": {"real_name": "Maria Lopez"}},
    }  # fmt: skip
    view = modal(body)
    record = next(b for b in view["blocks"] if b.get("block_id") == "record")
    assert record["element"]["initial_value"] == "Maria Lopez"
    ours = modal({**body, "message": {**body["message"], "user_team": "T111"}})
    mine = next(b for b in ours["blocks"] if b.get("block_id") == "record")
    assert "initial_value" not in mine["element"]  # a teammate wrote it: no guess


def test_manifest_has_the_shortcut() -> None:
    from pathlib import Path

    text = (Path(__file__).parents[3] / "bot" / "slack" / "manifest.yaml").read_text()
    assert f"callback_id: {SHORTCUT}" in text and "Save to CRM" in text


async def test_vcf_shared_in_a_dm_becomes_a_contact_and_exports_back(
    slack: Harness, fake: FakeSlack, sessions: sessionmaker[Session]
) -> None:
    """A rep (not an admin) shares a .vcf with no words: read as contact cards; then
    `contact export NAME vcf` uploads the card back to them."""
    await crm(slack, "me")  # W111 is the first user, the admin; W222 will be a rep
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chlo\xc3\xa9 Dubois\r\nN:Dubois;Chlo\xc3\xa9;;;\r\n"
        b"EMAIL:chloe@acme.fr\r\nEMAIL:chloe.d@gmail.com\r\nTEL:+33 6 12 34 56 78\r\n"
        b"ORG:Acme France\r\nEND:VCARD\r\n"
    )
    before = len(fake.of("chat.postMessage"))
    extra = {"subtype": "file_share", "files": [fake.add_file("chloe.vcf", data, "text/vcard")]}
    status, _ = await slack.dm("", event_id="EvVcf1", user="W222", **extra)
    assert status == 200
    posts = await fake.wait_for("chat.postMessage", before + 1)
    assert "created 1" in posts[-1].params["text"], posts[-1].params["text"]
    with sessions() as s:
        c = s.scalar(select(Contact).where(Contact.email == "chloe@acme.fr"))
        assert c is not None and c.name == "Chloé Dubois"
    uploads = len(fake.of("files.completeUploadExternal"))
    await crm(slack, "contact export Chloé vcf")
    await fake.wait_for("files.completeUploadExternal", uploads + 1)
    sent = [c for c in fake.calls if c.method == "file.upload"][-1].params["data"]
    assert b"FN:Chlo\xc3\xa9 Dubois" in sent and b"chloe.d@gmail.com" in sent
