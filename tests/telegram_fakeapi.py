"""A small local fake of the Telegram Bot API, for tests and the benchmark.

Serves ``<base>/bot<token>/<method>`` the way PTB calls it (form fields, JSON-encoded
values), answers like Telegram (``{"ok": true, "result": ...}``, errors with
``error_code``/``description``/``parameters.retry_after``), and records what was sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz"
BOT_ID = 123456
BOT_USERNAME = "crm_test_bot"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # field -> (name, data)


class FakeBotAPI:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.new_update = asyncio.Event()
        self.message_id = 1000
        self.failures: dict[str, list[tuple[int, str, dict[str, Any] | None]]] = {}
        self.changed = asyncio.Condition()
        self.runner: web.AppRunner | None = None
        self.port = 0
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, data)

    # -- control ----------------------------------------------------------------------------
    def fail_next(
        self, method: str, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        self.failures.setdefault(method, []).append((code, description, parameters))

    def push(self, update: dict[str, Any]) -> None:
        self.updates.append(update)
        self.new_update.set()

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method == method
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    async def wait_for(self, method: str, count: int, timeout: float = 10.0) -> list[Call]:
        """Wait (bounded) until ``count`` calls of ``method`` were made."""

        async def _until() -> None:
            async with self.changed:
                await self.changed.wait_for(lambda: len(self.sent(method)) >= count)

        await asyncio.wait_for(_until(), timeout)
        return self.sent(method)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self.download)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    # -- the API ----------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return _error(401, "Unauthorized")
        params, files = await _params(request)
        if method != "getUpdates":
            self.calls.append(Call(method, params, files=files))
            async with self.changed:
                self.changed.notify_all()
        pending = self.failures.get(method)
        if pending:
            code, description, parameters = pending.pop(0)
            return _error(code, description, parameters)
        if method == "sendPhoto":
            return self._send_photo(params, files)
        handler = getattr(self, f"api_{method}", None)
        result = await handler(params) if handler else self._message(params)
        return web.json_response({"ok": True, "result": result})

    def _send_photo(self, p: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> web.Response:
        """sendPhoto as a multipart upload (PTB sends bytes as the ``photo`` part)."""
        ref = p.get("photo")
        if isinstance(ref, str) and ref.startswith("attach://"):  # the part is named elsewhere
            name = ref[len("attach://") :]
            files = {"photo": files[name]} if name in files else {}
        if "photo" not in files:
            return _error(400, "Bad Request: there is no photo in the request")
        _name, data = files["photo"]
        if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            return _error(400, "Bad Request: IMAGE_PROCESS_FAILED")
        msg = self._message(p)
        del msg["text"]
        n = self.message_id
        msg["photo"] = [
            {
                "file_id": f"AgACAgIAAxkBAAI{n:04d}",
                "file_unique_id": f"AQAD{n:04d}",
                "file_size": len(data),
                "width": 800,
                "height": 600,
            }
        ]
        if p.get("caption"):
            msg["caption"] = p["caption"]
        return web.json_response({"ok": True, "result": msg})

    def add_file(self, data: bytes, name: str, mime: str = "text/csv") -> dict[str, Any]:
        """Store a file; returns the Document object a message would carry."""
        n = len(self.files) + 1
        file_id = f"BQACAgIAAxkBAAI{n:04d}"
        self.files[file_id] = (f"documents/file_{n}.csv", data)
        return {
            "file_id": file_id,
            "file_unique_id": f"AgAD{n:04d}",
            "file_name": name,
            "mime_type": mime,
            "file_size": len(data),
        }

    async def api_getFile(self, p: dict[str, Any]) -> dict[str, Any]:
        file_id = str(p.get("file_id"))
        path, data = self.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": "u" + file_id[-4:],
            "file_size": len(data),
            "file_path": path,
        }

    async def download(self, request: web.Request) -> web.Response:
        """GET /file/bot<token>/<file_path>, as PTB's File.download_* fetch it."""
        if request.match_info["token"] != TOKEN:
            return web.Response(status=401)
        path = request.match_info["path"]
        self.calls.append(Call("file.download", {"path": path}))
        for stored, data in self.files.values():
            if stored == path:
                return web.Response(body=data, content_type="application/octet-stream")
        return web.Response(status=404)

    async def api_getMe(self, _p: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "CRM",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def api_getUpdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(p.get("offset") or 0)
        timeout = min(float(p.get("timeout") or 0), 1.0)
        # Confirming by offset: everything below it is forgotten, as Telegram does.
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout:
            self.new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.new_update.wait(), timeout)
        limit = int(p.get("limit") or 100)
        return [u for u in self.updates if u["update_id"] >= offset][:limit]

    async def api_answerCallbackQuery(self, _p: dict[str, Any]) -> bool:
        return True

    async def api_setMyCommands(self, _p: dict[str, Any]) -> bool:
        return True

    async def api_setWebhook(self, _p: dict[str, Any]) -> bool:
        return True

    async def api_deleteWebhook(self, _p: dict[str, Any]) -> bool:
        return True

    async def api_editMessageText(self, p: dict[str, Any]) -> dict[str, Any]:
        return self._message(p, message_id=int(p.get("message_id") or 0))

    def _message(self, p: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        if message_id is None:
            self.message_id += 1
            message_id = self.message_id
        chat_id = int(p.get("chat_id") or 0)
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "CRM", "username": BOT_USERNAME},
            "text": p.get("text", ""),
        }


async def _params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Form fields (JSON-decoded where they are JSON) and file parts (name, bytes)."""
    if request.content_type == "application/json":
        return dict(await request.json()), {}
    form = await request.post()
    out: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for key, value in form.items():
        if isinstance(value, web.FileField):
            files[key] = (value.filename, value.file.read())
            continue
        if not isinstance(value, str):
            continue
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out, files


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


# -- update builders (ours, shaped like the captured fixtures) ---------------------------------

_next_update = [5000]


def _uid() -> int:
    _next_update[0] += 1
    return _next_update[0]


def user(uid: int, first: str = "Ana", last: str | None = "Ruiz") -> dict[str, Any]:
    u: dict[str, Any] = {"id": uid, "is_bot": False, "first_name": first, "language_code": "en"}
    if last:
        u["last_name"] = last
    return u


def text_update(
    text: str,
    *,
    from_id: int,
    chat_id: int | None = None,
    chat_type: str = "private",
    first: str = "Ana",
    update_id: int | None = None,
    reply_to_bot: bool = False,
) -> dict[str, Any]:
    chat_id = chat_id if chat_id is not None else from_id
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = first
    else:
        chat["title"] = "Sales team"
    msg: dict[str, Any] = {
        "message_id": _uid(),
        "from": user(from_id, first),
        "chat": chat,
        "date": int(time.time()),
        "text": text,
    }
    if text.startswith("/"):
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if reply_to_bot:
        msg["reply_to_message"] = {
            "message_id": 1,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "CRM", "username": BOT_USERNAME},
            "chat": chat,
            "date": int(time.time()),
            "text": "earlier",
        }
    return {"update_id": update_id or _uid(), "message": msg}


def callback_update(
    data: str,
    *,
    from_id: int,
    chat_id: int,
    message_id: int,
    first: str = "Ana",
    date: int | None = None,
) -> dict[str, Any]:
    """A press of ``data`` on message ``message_id``, posted at ``date`` (default: now)."""
    chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    return {
        "update_id": _uid(),
        "callback_query": {
            "id": str(_uid()),
            "from": user(from_id, first),
            "chat_instance": "-1234",
            "data": data,
            "message": {
                "message_id": message_id,
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "CRM"},
                "chat": chat,
                "date": int(time.time()) if date is None else date,
                "text": "card",
            },
        },
    }
