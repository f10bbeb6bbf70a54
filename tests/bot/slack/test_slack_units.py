"""Slack adapter pieces without a server: Block Kit limits, the manifest, form parsing."""

from __future__ import annotations

import re
from pathlib import Path

from bot.slack import blocks as bk
from bot.slack import modals
from bot.slack.adapter import foreign_user, form_for, split_share
from bot.slack.settings import BOT_SCOPES
from handlers.types import Button, Reply

ROOT = Path(__file__).resolve().parents[3]


def test_long_sections_split_under_slack_limits_and_escape():
    reply = Reply(sections=["<b>&" + "x" * 10 + "\n" + "line\n" * 2000])
    out = bk.render(reply)
    texts = [b["text"]["text"] for b in out if b["type"] == "section"]
    assert all(len(t) <= bk.SECTION_LIMIT for t in texts) and len(out) <= bk.MAX_BLOCKS
    assert texts[0].startswith("&lt;b&gt;&amp;")


def test_buttons_carry_the_command_and_respect_limits():
    many = [Button(f"Choice number {i} " + "y" * 80, f"contact show #c{i}") for i in range(30)]
    too_long = Button("Huge", "x" * 2001)
    out = bk.render(Reply(sections=["pick"], choices=many, buttons=[too_long]))
    actions = [b for b in out if b["type"] == "actions"]
    elements = [e for b in actions for e in b["elements"]]
    assert all(len(b["elements"]) <= 25 for b in actions)
    assert len(elements) == 30  # the 2001-char action was dropped, not truncated
    assert len({e["action_id"] for e in elements}) == 30
    assert all(len(e["text"]["text"]) <= 75 for e in elements)
    assert elements[3]["value"] == "contact show #c3"


def test_manifest_declares_what_the_code_needs():
    text = (ROOT / "bot" / "slack" / "manifest.yaml").read_text()
    scopes = set(re.findall(r"^\s+- ([a-z_]+:[a-z_]+|commands)$", text, re.MULTILINE))
    assert set(BOT_SCOPES) <= scopes
    for event in ("app_mention", "message.im", "app_home_opened"):
        assert f"- {event}" in text
    assert "command: /crm" in text and "home_tab_enabled: true" in text
    assert "messages_tab_enabled: true" in text and "is_enabled: true" in text


def test_share_forms_and_foreign_users():
    assert split_share("share deal show Acme") == ("deal show Acme", True)
    assert split_share("deal show Acme share") == ("deal show Acme", True)
    assert split_share("deal show Acme") == ("deal show Acme", False)
    assert form_for("contact add") == modals.CONTACT
    assert form_for("deal new") == modals.DEAL
    assert form_for("contact add Maria") is None
    assert foreign_user({"team": {"id": "T1"}, "user": {"team_id": "T2"}})
    assert not foreign_user({"team": {"id": "T1"}, "user": {"team_id": "T1"}})


def test_form_rejects_field_injection_and_builds_the_command():
    state = {
        "values": {
            "name": {"v": {"type": "plain_text_input", "value": "Eve owner=boss"}},
            "email": {"v": {"type": "email_text_input", "value": "eve@x.io"}},
        }
    }
    errors, cmd = modals.submission(modals.CONTACT, {"state": state})
    assert "name" in errors and cmd == ""
    state["values"]["name"]["v"]["value"] = "Eve  Moneypenny"
    errors, cmd = modals.submission(modals.CONTACT, {"state": state})
    assert not errors and cmd == "contact add Eve Moneypenny email=eve@x.io"
