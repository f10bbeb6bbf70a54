"""The one pipeline between a platform adapter and the core, the same for every platform.

An adapter translates: its platform's payload into an :class:`~handlers.types.Incoming`,
and the :class:`~handlers.types.Reply` into its platform's calls. Everything in between
lives here once (as bolt's middleware chain does for its listeners):

- claim a delivery once (:func:`storage.events.claim_event`), so a retry never runs twice;
- run the synchronous core on the one bounded worker pool the app owns (shared with the
  reminder dispatcher), so the event loop keeps serving other chats;
- the one file gate: whether a shared file may be fetched, and up to what size
  (:meth:`Edge.file_limit`: an import's CSV for admins, an attachment for members);
- split long text at line and word boundaries under a platform's limit;
- what to say to a message the core never sees (an edit, a voice note), so nothing a
  member sends to the bot is met with silence.

Who may talk is not here: that is core policy (handlers/access.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine

from handlers import access, registry
from handlers.commands.imports import MAX_IMPORT_BYTES
from handlers.types import Incoming, Reply
from storage.events import claim_event
from storage.filestore import MAX_FILE_BYTES

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_WORKERS = 8


def worker_count(engine: Engine, configured: int | None = None) -> int:
    """The one sizing rule: one thread on SQLite, ``configured`` (default 8) otherwise.

    SQLite has a single writer: in-process writers queued on the pool are far cheaper
    than threads racing for the file lock (its busy handler sleeps up to 100 ms a try).
    PostgreSQL overlaps commits, so several threads pay off there.
    """
    if engine.dialect.name == "sqlite":
        return 1
    return max(1, configured or DEFAULT_WORKERS)


def make_pool(engine: Engine, configured: int | None = None) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(worker_count(engine, configured), thread_name_prefix="crmbot-core")


class Edge:
    """What an adapter calls between translating in and translating out."""

    def __init__(self, app: App, platform: str) -> None:
        self.app = app
        self.platform = platform

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Blocking work (the database, the core) on the app's bounded pool."""
        return await asyncio.get_running_loop().run_in_executor(self.app.pool, fn, *args)

    async def claim(self, source: str, key: str) -> bool:
        """True the first time a delivery is seen; a redelivery is logged and dropped."""
        first = await self.run(claim_event, self.app.sessions, source, key)
        if not first:
            log.info("%s delivery %s seen before; ignored", self.platform, key[:40])
        return first

    async def handle(self, inc: Incoming) -> Reply:
        """The core, on the pool: one message in, one reply out (one transaction)."""
        return await self.run(self.app.bot.handle, inc)

    async def file_limit(
        self,
        text: str,
        platform_user_id: str,
        workspace_id: int | None = None,
        *,
        card: bool = False,
    ) -> int:
        """How many bytes of a file sent with ``text`` to download; 0: do not download.

        An 'import TABLE' message: admins only, up to the import limit (10 MB), unless the
        file is a contact card (``card``: a .vcf, by name or type), which any member may
        send, as any member may add contacts. Any other words (a record's name, a business
        card): members only, up to the document limit (20 MB, what Telegram lets bots
        download). Strangers never make the bot fetch a file; the core decides again in
        the chat's own workspace.
        """
        importing = wants_import(text) and not card
        if not await self._may_fetch(platform_user_id, workspace_id, importing):
            return 0
        return MAX_IMPORT_BYTES if importing else MAX_FILE_BYTES

    async def is_member(self, platform_user_id: str, workspace_id: int | None = None) -> bool:
        """Whether the sender is an active member (the edge's own notices go to members
        only; the gate answers strangers when they type)."""
        return await self._may_fetch(platform_user_id, workspace_id, False)

    async def _may_fetch(
        self, platform_user_id: str, workspace_id: int | None, importing: bool
    ) -> bool:
        """The access rule's answer (``access.may_fetch_files``) for this platform."""
        allowed: bool = await self.run(
            access.may_fetch_files,
            self.app.sessions,
            self.app.bot.policy(self.platform),
            self.platform,
            platform_user_id,
            workspace_id,
            importing,
        )
        return allowed

    async def may_fetch_files(
        self,
        text: str,
        platform_user_id: str,
        workspace_id: int | None = None,
        *,
        card: bool = False,
    ) -> bool:
        return await self.file_limit(text, platform_user_id, workspace_id, card=card) > 0


# An edit reaches the bot as its own event, long after the message was read (and maybe
# saved): reading it again would write twice, ignoring it silently let a rep believe the
# correction was made. So the edit is answered with this, and nothing else happens.
EDITED = (
    "✏️ I read a message once, when it is sent: your edit changed nothing here. If what I "
    "did with it was wrong, press its Undo (10 minutes) and send the message again."
)

# A deleted message (Slack tells the bot) undoes nothing either: said, so nobody deletes
# a message believing the call or the deal it made is gone with it.
DELETED = (
    "🗑 Deleting your message changed nothing here: what I did with it stays. To revert it, "
    "press its Undo (10 minutes) or type 'undo'."
)


def unreadable(kind: str) -> str:
    """The answer to a message of a kind the core cannot read (``kind``: "voice message",
    "sticker", ...), instead of silence."""
    return f"I can't read a {kind} yet: please type what you want me to do. Nothing was saved."


def wants_import(text: str) -> bool:
    """An 'import TABLE ...' message: its file is a CSV to import (admins only)."""
    cmd, rest = registry.lookup(text)
    return cmd is not None and cmd.name == "import" and bool(rest.strip())


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut between lines, else between words,
    else anywhere (a line with no space in its second half)."""
    out: list[str] = []
    cur = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if cur:
                out.append(cur)
                cur = ""
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            out.append(line[:cut])
            line = line[cut:].lstrip(" ") if cut < limit else line[cut:]
        candidate = f"{cur}\n{line}" if cur else line
        if len(candidate) > limit:
            out.append(cur)
            cur = line
        else:
            cur = candidate
    if cur:
        out.append(cur)
    return out


def pack(parts: list[str], sep: str, limit: int) -> list[str]:
    """Join ``parts`` greedily with ``sep`` into pieces of at most ``limit`` characters."""
    out: list[str] = []
    cur = ""
    for part in parts:
        candidate = f"{cur}{sep}{part}" if cur else part
        if len(candidate) <= limit:
            cur = candidate
        else:
            if cur:
                out.append(cur)
            cur = part
    if cur:
        out.append(cur)
    return out
