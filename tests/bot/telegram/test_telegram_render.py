"""Splitting and escaping of Telegram replies, and the create-workspace CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.telegram.render import LIMIT, messages
from bot.telegram.request import sanitize_updates
from handlers.types import Reply


def test_5000_characters_split_between_records() -> None:
    records = [f"• Deal {i:03d} · " + "y" * 80 for i in range(55)]  # ~5,300 characters
    texts = messages(Reply(sections=["Open deals", *records]))
    assert len(texts) == 2
    assert all(len(t) <= LIMIT for t in texts)
    # every record is whole in exactly one message
    for record in records:
        assert sum(record in t for t in texts) == 1


def test_a_single_oversized_section_is_split_on_lines() -> None:
    lines = [f"line {i} " + "z" * 40 for i in range(120)]  # one 5,800-character section
    texts = messages(Reply(sections=["head", "\n".join(lines), "tail"]))
    assert all(len(t) <= LIMIT for t in texts)
    joined = "\n".join(texts)
    assert all(line in joined for line in lines)
    assert texts[0] == "head" and texts[-1] == "tail"


def test_escaping_counts_toward_the_limit() -> None:
    texts = messages(Reply(sections=["<&>" * 2000]))  # 6,000 raw, 24,000 escaped
    assert all(len(t) <= LIMIT for t in texts)
    assert "".join(texts).replace("\n", "") == "&lt;&amp;&gt;" * 2000
    assert "<" not in "".join(texts)


def test_unparsable_updates_are_reduced_to_their_id() -> None:
    payload = {
        "ok": True,
        "result": [
            {"update_id": 1, "message": {"from": {"id": 1, "first_name": "x"}}},  # no is_bot
            {"update_id": 2},
        ],
    }
    clean, bad = sanitize_updates(payload)
    assert bad == 1
    assert clean["result"] == [{"update_id": 1}, {"update_id": 2}]


def test_create_workspace_prints_code_and_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'crm.db'}")
    monkeypatch.setenv("TELEGRAM_BOT_USERNAME", "acme_crm_bot")
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["telegram", "create-workspace", "--name", "Acme"]) == 0
    out = capsys.readouterr().out
    code = re.search(r"^invite code: ([A-Za-z0-9_-]{1,64})$", out, re.M)
    assert code is not None
    assert f"https://t.me/acme_crm_bot?start={code.group(1)}" in out
    # the named workspace is reused, with a new invite
    assert main(["telegram", "create-workspace", "--name", "Acme"]) == 0
    assert code.group(1) not in capsys.readouterr().out
