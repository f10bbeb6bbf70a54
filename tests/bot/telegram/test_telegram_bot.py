"""The Telegram adapter end to end: the real PTB Application against a local fake Bot API."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import (
    BOT_USERNAME,
    TOKEN,
    FakeBotAPI,
    callback_update,
    text_update,
)

from bot.app import App
from bot.config import Config
from bot.telegram.service import SECRET_HEADER, WEBHOOK_PATH, TelegramService, build_service
from bot.telegram.settings import TelegramSettings
from handlers import access
from handlers.core import Bot
from handlers.types import Reply
from scheduler.delivery import PermanentError, Target, TransientError
from storage.db import transaction
from storage.members import create_invite
from storage.models import Activity, Contact, Identity, Opportunity, User, Workspace

# Every test also proves no secret reached the logs (captured at DEBUG).
pytestmark = pytest.mark.usefixtures("no_secrets_in_logs")
FIXTURES = Path("/work/shared/fixtures/telegram")
ANA, BOB, EVE = 1001, 1002, 6666
GROUP = -100777

SLASH = access.Policy(command_prefix="/")  # how the Telegram adapter words its gate
REFUSAL, GROUP_UNLINKED = SLASH.say(access.REFUSAL), SLASH.say(access.GROUP_UNLINKED)
GROUP_REFUSAL = access.GROUP_REFUSAL


@dataclass
class TG:
    fake: FakeBotAPI
    service: TelegramService
    sessions: sessionmaker[Session]
    ws_id: int

    async def say(self, text: str, who: int = ANA, **kw: Any) -> str:
        """Push one update (polling) and return the text of the reply it produced."""
        before = len(self.fake.sent())
        self.fake.push(text_update(text, from_id=who, **kw))
        sent = await self.fake.wait_for("sendMessage", before + 1)
        return str(sent[-1].params["text"])

    def last(self, method: str = "sendMessage") -> dict[str, Any]:
        return self.fake.sent(method)[-1].params

    async def join(self, who: int = ANA, role: str = "admin", first: str = "Ana") -> str:
        with transaction(self.sessions) as s:
            ws = s.get(Workspace, self.ws_id)
            assert ws is not None
            code = create_invite(s, ws, role).code
        return await self.say(f"/start {code}", who, first=first)


def settings_for(fake: FakeBotAPI, **env: str) -> TelegramSettings:
    config = Config(env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.base_url, **env})
    settings = TelegramSettings.from_env(config)
    assert settings is not None
    settings.per_chat_interval = 0  # tests do not wait a second per message
    settings.poll_timeout = 1
    return settings


async def _start(
    fake: FakeBotAPI, engine: Any, sessions: Any, bot: Bot, **env: str
) -> TelegramService:
    settings = settings_for(fake, **env)
    config = Config(env={"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.base_url, **env})
    service = TelegramService(App(config, engine, sessions, bot), settings)
    await service.start()
    return service


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def tg(
    fake: FakeBotAPI, engine: Any, sessions: sessionmaker[Session], bot: Bot, ws_id: int
) -> AsyncIterator[TG]:
    service = await _start(fake, engine, sessions, bot, TELEGRAM_ADMIN_IDS="4242")
    yield TG(fake, service, sessions, ws_id)
    await service.stop()


def count(sessions: sessionmaker[Session], model: Any, *where: Any) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


# ---- startup -------------------------------------------------------------------------------


async def test_start_registers_commands_and_polls(tg: TG) -> None:
    commands = tg.last("setMyCommands")["commands"]
    names = {c["command"] for c in commands}
    assert {"start", "help", "contact", "deal", "log", "remind", "reminders", "pipeline", "me"} <= (
        names
    )
    assert tg.fake.sent("deleteWebhook")  # polling bootstrap clears any webhook
    assert tg.service.adapter.username == BOT_USERNAME


def test_build_service_needs_a_token(engine: Any, sessions: Any, bot: Bot) -> None:
    assert build_service(App(Config(env={}), engine, sessions, bot)) is None


# ---- access control and joining -------------------------------------------------------------


async def test_stranger_is_refused_and_gets_no_data(tg: TG) -> None:
    await tg.join()
    await tg.say("/contact add Maria Lopez email=maria@acme.com")
    reply = await tg.say("/contact list", who=EVE, first="Eve")
    assert reply == REFUSAL
    reply = await tg.say("contact show Maria", who=EVE, first="Eve")
    assert "maria" not in reply.lower()
    assert count(tg.sessions, Identity, Identity.platform_user_id == str(EVE)) == 0


async def test_admin_invite_then_member_invite_join(tg: TG) -> None:
    welcome = await tg.join()
    assert "Welcome" in welcome and "admin" in welcome
    # the first use asks for the time zone, with choices as inline buttons
    assert "time zone" in welcome
    labels = [b["text"] for row in tg.last()["reply_markup"]["inline_keyboard"] for b in row]
    assert "Europe/Madrid" in labels

    reply = await tg.say("/invite")
    code = re.search(r"invite code: ([A-Za-z0-9_-]+)", reply)
    assert code and len(code.group(1)) <= 64
    # the bot learnt its username from getMe: the invite carries a link to tap
    username = tg.service.application.bot.username
    assert f"https://t.me/{username}?start={code.group(1)}" in reply
    joined = await tg.say(f"/start {code.group(1)}", who=BOB, first="Bob")
    assert "joined as rep" in joined
    with tg.sessions() as s:
        bob = s.scalar(select(User).join(Identity).where(Identity.platform_user_id == str(BOB)))
        assert bob is not None and bob.role == "rep"
    # single use: a third person is refused
    again = await tg.say(f"/start {code.group(1)}", who=EVE, first="Eve")
    assert "already used" in again
    assert await tg.say("/pipeline", who=EVE, first="Eve") == REFUSAL
    # a rep cannot invite
    assert "admins" in await tg.say("/invite", who=BOB, first="Bob")


async def test_removed_member_loses_access(tg: TG) -> None:
    await tg.join()
    reply = await tg.say("/invite")
    code = re.search(r"invite code: (\S+)", reply).group(1)  # type: ignore[union-attr]
    await tg.say(f"/start {code}", who=BOB, first="Bob")
    assert "removed" in await tg.say("remove member Bob Ruiz")
    assert await tg.say("/pipeline", who=BOB, first="Bob") == REFUSAL


async def test_admin_ids_become_admins_of_default_workspace(tg: TG) -> None:
    reply = await tg.say("/me", who=4242, first="Root")
    assert "admin" in reply and "workspace: default" in reply
    assert "time zone" in reply


# ---- commands, free text, buttons ------------------------------------------------------------


async def test_command_creates_record_and_replies_in_html(tg: TG) -> None:
    await tg.join()
    reply = await tg.say("/contact add Maria <Lopez> email=maria@acme.com")
    assert "Maria &lt;Lopez&gt;" in reply  # user text escaped for HTML
    assert tg.last()["parse_mode"] == "HTML"
    assert count(tg.sessions, Contact, Contact.name == "Maria <Lopez>") == 1


async def test_private_plain_text_goes_to_the_core(tg: TG) -> None:
    await tg.join()
    await tg.say("contact add Bob Smith")
    assert count(tg.sessions, Contact, Contact.name == "Bob Smith") == 1


async def test_button_moves_the_stage_and_edits_in_place(tg: TG) -> None:
    await tg.join()
    await tg.say("/deal add Acme renewal 12k EUR")
    sent = tg.fake.sent()[-1]
    keyboard = sent.params["reply_markup"]["inline_keyboard"]
    button = next(b for row in keyboard for b in row if "Closing" in b["text"])
    assert len(button["callback_data"].encode()) <= 64
    message_id = int(tg.fake.message_id)
    tg.fake.push(
        callback_update(button["callback_data"], from_id=ANA, chat_id=ANA, message_id=message_id)
    )
    edits = await tg.fake.wait_for("editMessageText", 1)
    await tg.fake.wait_for("answerCallbackQuery", 1)
    assert int(edits[-1].params["message_id"]) == message_id
    assert "closing" in edits[-1].params["text"].lower()
    with tg.sessions() as s:
        deal = s.scalar(select(Opportunity).where(Opportunity.title == "Acme renewal"))
        assert deal is not None and deal.stage == "closing"


async def test_a_choice_replaying_a_long_note_is_pressed(tg: TG) -> None:
    """The core keeps a long choice server-side and Telegram stores that reference again
    (every callback is a token): pressing it resolves both and logs the whole note."""
    await tg.join()
    await tg.say("/contact add Maria Lopez")
    await tg.say("/contact add Maria Garcia")
    note = " ".join(f"point {i}: pricing, rollout and the legal review." for i in range(15))
    assert len(note) > 500
    assert "matches several contacts" in await tg.say(f"/log call Maria: {note}")
    keyboard = tg.fake.sent()[-1].params["reply_markup"]["inline_keyboard"]
    pick = next(b for row in keyboard for b in row if "Maria Garcia" in b["text"])
    message_id = int(tg.fake.message_id)
    tg.fake.push(
        callback_update(pick["callback_data"], from_id=ANA, chat_id=ANA, message_id=message_id)
    )
    edits = await tg.fake.wait_for("editMessageText", 1)
    assert "Logged call" in edits[-1].params["text"]
    with tg.sessions() as s:
        act = s.scalar(select(Activity))
        assert act is not None and act.body == note
        assert s.get(Contact, act.contact_id).name == "Maria Garcia"


async def test_a_strangers_button_press_does_nothing(tg: TG) -> None:
    await tg.join()
    await tg.say("/deal add Acme renewal 12k EUR")
    keyboard = tg.last()["reply_markup"]["inline_keyboard"]
    data = next(b for row in keyboard for b in row if "Closing" in b["text"])["callback_data"]
    tg.fake.push(callback_update(data, from_id=EVE, chat_id=EVE, message_id=1))
    answers = await tg.fake.wait_for("answerCallbackQuery", 1)
    assert "members" in answers[-1].params["text"]
    with tg.sessions() as s:
        assert s.scalar(select(Opportunity.stage)) == "prospecting"


async def test_time_zone_button_sets_the_zone(tg: TG) -> None:
    await tg.join()
    keyboard = tg.last()["reply_markup"]["inline_keyboard"]
    data = next(b for row in keyboard for b in row if b["text"] == "Europe/Berlin")
    tg.fake.push(callback_update(data["callback_data"], from_id=ANA, chat_id=ANA, message_id=7))
    await tg.fake.wait_for("editMessageText", 1)
    with tg.sessions() as s:
        tz = s.scalar(select(User.timezone).join(Identity).where(Identity.platform == "telegram"))
    assert tz == "Europe/Berlin"


# ---- groups ----------------------------------------------------------------------------------


async def test_group_is_bound_to_the_admins_workspace(tg: TG) -> None:
    await tg.join()
    g = {"chat_id": GROUP, "chat_type": "supergroup"}
    assert await tg.say("/pipeline", **g) == GROUP_UNLINKED
    assert "connected to the workspace default" in await tg.say("/link", **g)
    await tg.say(f"/contact@{BOT_USERNAME} add Gina Group", **g)
    with tg.sessions() as s:
        c = s.scalar(select(Contact).where(Contact.name == "Gina Group"))
        assert c is not None and c.workspace_id == tg.ws_id
    # a reply to the bot and an @mention reach the core; other chatter does not
    await tg.say("contact add Rita Reply", reply_to_bot=True, **g)
    await tg.say(f"@{BOT_USERNAME} contact add Mia Mention", **g)
    assert count(tg.sessions, Contact, Contact.name.in_(["Rita Reply", "Mia Mention"])) == 2
    before = len(tg.fake.sent())
    tg.fake.push(text_update("contact add Not For Bot", from_id=ANA, **g))
    tg.fake.push(text_update("/help@other_bot", from_id=ANA, **g))
    await tg.say("/help", **g)  # processed after the two above (updates are in order)
    assert len(tg.fake.sent()) == before + 1
    assert count(tg.sessions, Contact, Contact.name == "Not For Bot") == 0
    # in a bound group, a non-member is still refused
    assert await tg.say("/pipeline", who=EVE, first="Eve", **g) == GROUP_REFUSAL


# ---- cross-platform ----------------------------------------------------------------------------


async def test_link_code_from_console_links_identities(tg: TG, bot: Bot) -> None:
    from bot.console import ConsoleAdapter

    ana_console = ConsoleAdapter(bot, tg.ws_id, "ana", "Europe/Madrid")
    out = ana_console.say("link")
    code = re.search(r"link code \(single use, valid 1 hour\): (\S+)", out).group(1)  # type: ignore[union-attr]
    reply = await tg.say(f"/start {code}")
    assert "Linked" in reply and "ana" in reply
    with tg.sessions() as s:
        users = s.scalars(select(User).where(User.workspace_id == tg.ws_id)).all()
        assert len(users) == 1  # one CRM user, two identities
        assert {i.platform for i in users[0].identities} == {"console", "telegram"}
    assert "ana" in await tg.say("/me")
    # one time only
    assert "already used" in await tg.say(f"/start {code}", who=BOB, first="Bob")


async def test_admin_link_code_connects_a_group(tg: TG, bot: Bot) -> None:
    from bot.console import ConsoleAdapter

    out = ConsoleAdapter(bot, tg.ws_id, "ana", "Europe/Madrid").say("link")
    code = re.search(r"valid 1 hour\): (\S+)", out).group(1)  # type: ignore[union-attr]
    reply = await tg.say(f"/link {code}", chat_id=GROUP, chat_type="group")
    assert "connected" in reply


# ---- delivery: idempotency, webhook, limits ----------------------------------------------------


async def test_polling_skips_malformed_updates_and_carries_on(tg: TG) -> None:
    await tg.join()
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text())
        if "update_id" in data:
            tg.fake.push(data)
    reply = await tg.say("/reminders")
    assert reply  # the bot is alive and the offset moved past the bad ones


async def test_429_retry_after_is_honoured(tg: TG) -> None:
    await tg.join()
    tg.fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", {"retry_after": 1})
    before = len(tg.fake.sent())
    tg.fake.push(text_update("/pipeline", from_id=ANA))
    sent = await tg.fake.wait_for("sendMessage", before + 2)
    assert sent[-1].at - sent[-2].at >= 1.0  # waited retry_after before trying again
    assert sent[-1].params["text"] == sent[-2].params["text"]


async def test_long_reply_is_split_between_sections(tg: TG) -> None:
    sections = [f"record {i}: " + "x" * 90 for i in range(50)]  # ~5,000 characters
    reply = Reply(sections=sections)
    await tg.service.notifier.send(Target("telegram", str(ANA), tg.ws_id), reply)
    texts = [c.params["text"] for c in tg.fake.sent()]
    assert len(texts) == 2
    assert all(len(t) <= 4096 for t in texts)
    assert "\n\n".join(texts) == "\n\n".join(sections)


async def test_notifier_classifies_telegram_errors(tg: TG) -> None:
    target = Target("telegram", str(ANA), tg.ws_id)
    notifier = tg.service.notifier
    tg.fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(PermanentError):
        await notifier.send(target, Reply.say("hi"))
    tg.fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    with pytest.raises(PermanentError):
        await notifier.send(target, Reply.say("hi"))
    tg.fake.fail_next("sendMessage", 403, "Forbidden: user is deactivated")
    with pytest.raises(PermanentError):
        await notifier.send(target, Reply.say("hi"))
    tg.fake.fail_next("sendMessage", 502, "Bad Gateway")
    with pytest.raises(TransientError):
        await notifier.send(target, Reply.say("hi"))
    for _ in range(4):  # more 429s than the limiter retries (3): about 3 s of waiting
        tg.fake.fail_next("sendMessage", 429, "Too Many Requests", {"retry_after": 1})
    with pytest.raises(TransientError) as info:
        await notifier.send(target, Reply.say("hi"))
    assert info.value.retry_after == 1


@pytest.fixture
async def hook(
    fake: FakeBotAPI, engine: Any, sessions: sessionmaker[Session], bot: Bot, ws_id: int
) -> AsyncIterator[tuple[TG, TestClient]]:
    service = await _start(
        fake,
        engine,
        sessions,
        bot,
        TELEGRAM_WEBHOOK_URL="https://crm.example.com/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET="s3cret_token-1",
    )
    from aiohttp import web

    web_app = web.Application()
    web_app.add_routes(service.routes())
    client = TestClient(TestServer(web_app))
    await client.start_server()
    yield TG(fake, service, sessions, ws_id), client
    await client.close()
    await service.stop()


async def test_webhook_mode_sets_the_webhook_with_its_secret(hook: tuple[TG, TestClient]) -> None:
    tg, _client = hook
    params = tg.last("setWebhook")
    assert params["url"] == "https://crm.example.com/telegram/webhook"
    assert params["secret_token"] == "s3cret_token-1"


async def test_webhook_rejects_a_wrong_secret(hook: tuple[TG, TestClient]) -> None:
    tg, client = hook
    update = text_update("/help", from_id=ANA)
    for headers in ({}, {SECRET_HEADER: "wrong"}):
        resp = await client.post(WEBHOOK_PATH, json=update, headers=headers)
        assert resp.status == 403
    assert tg.fake.sent() == []


async def test_webhook_redelivery_logs_once(hook: tuple[TG, TestClient]) -> None:
    tg, client = hook
    headers = {SECRET_HEADER: "s3cret_token-1"}
    with transaction(tg.sessions) as s:
        ws = s.get(Workspace, tg.ws_id)
        code = create_invite(s, ws, "admin").code  # type: ignore[arg-type]
    for text in (f"/start {code}", "/contact add Maria Lopez"):
        resp = await client.post(WEBHOOK_PATH, json=text_update(text, from_id=ANA), headers=headers)
        assert resp.status == 200
    update = text_update("/log call Maria Lopez: wants a quote", from_id=ANA)
    for _ in range(2):  # Telegram retried: same update_id
        resp = await client.post(WEBHOOK_PATH, json=update, headers=headers)
        assert resp.status == 200
    assert count(tg.sessions, Activity) == 1
    assert len(tg.fake.sent()) == 3  # the welcome, the contact and one reply to the log


async def test_webhook_survives_malformed_fixtures(hook: tuple[TG, TestClient]) -> None:
    _tg, client = hook
    headers = {SECRET_HEADER: "s3cret_token-1"}
    for path in sorted(FIXTURES.glob("*.json")):
        resp = await client.post(WEBHOOK_PATH, data=path.read_bytes(), headers=headers)
        assert resp.status == 200, path.name
    resp = await client.post(WEBHOOK_PATH, data=b"not json", headers=headers)
    assert resp.status == 400
