"""The one pipeline every adapter uses (bot/edge.py): one pool, one claim, one splitter."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.app import App
from bot.config import Config
from bot.console import ConsoleAdapter
from bot.edge import Edge, split_text, wants_import, worker_count
from bot.reminder_service import build_service
from handlers.core import Bot
from handlers.types import Incoming


def _app(engine: Engine, sessions: sessionmaker[Session], bot: Bot, **env: str) -> App:
    return App(Config(env=env), engine, sessions, bot)


def test_one_pool_sized_by_one_rule_and_shared_with_the_dispatcher(
    engine: Engine, sessions: sessionmaker[Session], bot: Bot
) -> None:
    app = _app(engine, sessions, bot, CRMBOT_WORKERS="3")
    expected = 1 if engine.dialect.name == "sqlite" else 3
    assert worker_count(engine, 3) == expected
    assert app.pool._max_workers == expected  # type: ignore[attr-defined]
    service = build_service(app, {})
    assert service.loop.dispatcher.pool is app.pool  # reminders wait in the same queue
    app.pool.shutdown()


async def test_a_delivery_is_claimed_once_and_the_core_runs_on_the_pool(
    engine: Engine, sessions: sessionmaker[Session], bot: Bot, console: ConsoleAdapter
) -> None:
    app = _app(engine, sessions, bot)
    edge = Edge(app, "console")
    assert await edge.claim("test", "event-1") is True
    assert await edge.claim("test", "event-1") is False  # a redelivery
    assert await edge.claim("other", "event-1") is True  # keys are per source
    reply = await edge.handle(_incoming(console, "me"))
    assert reply.ok and "ana" in reply.text
    app.pool.shutdown()


def _incoming(console: ConsoleAdapter, text: str) -> Incoming:
    return Incoming(workspace_id=console.workspace_id, sender=console.sender, text=text)


async def test_the_file_gate_imports_for_admins_attachments_for_members(
    engine: Engine, sessions: sessionmaker[Session], bot: Bot, console: ConsoleAdapter
) -> None:
    from handlers.commands.imports import MAX_IMPORT_BYTES
    from storage.filestore import MAX_FILE_BYTES

    console.say("me")  # ana: the first user, admin
    bob = ConsoleAdapter(bot, console.workspace_id, "bob")
    bob.say("me")  # a rep
    edge = Edge(_app(engine, sessions, bot), "console")
    assert not wants_import("contact add Maria") and wants_import("import contacts")
    ws = console.workspace_id
    assert await edge.file_limit("import contacts", "ana", ws) == MAX_IMPORT_BYTES
    assert await edge.file_limit("import contacts", "bob", ws) == 0  # a rep never imports
    # any other words: an attachment (or a business card), for any member, up to 20 MB
    assert await edge.file_limit("Acme renewal proposal", "bob", ws) == MAX_FILE_BYTES
    assert await edge.file_limit("", "ana", ws) == MAX_FILE_BYTES
    console.say("remove member bob")
    assert await edge.file_limit("Acme renewal proposal", "bob", ws) == 0  # removed: nothing
    edge.app.pool.shutdown()


def test_text_is_split_between_lines_then_words_under_the_limit() -> None:
    text = "\n".join(["short line"] * 3 + ["word " * 30])
    pieces = split_text(text, 40)
    assert all(len(p) <= 40 for p in pieces)
    assert pieces[0] == "short line\nshort line\nshort line"
    assert all(not p.startswith(" ") for p in pieces)  # cut at a space, not inside a word
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())  # nothing lost
