"""A small local fake of the Slack Web API (and of response_url), for the Slack tests.

Like bolt-python's tests/mock_web_api_server and opsdroid's testing/external_api:
a real aiohttp server on a loopback port that answers the methods crmbot calls,
records every call, and can answer 429 with Retry-After or a Slack error on demand.
Also used by bench/bench_slack.py.

It also plays Slack's Socket Mode server: ``apps.connections.open`` (app token, xapp-)
hands out a ``ws://`` URL; the websocket there says ``hello``, carries the envelopes a
test pushes (``push``) and records the app's acks (``{"envelope_id": ...}``) in order
with the other calls, as Call("socket.ack", ...).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.monotonic)


class FakeSlack:
    """Start with ``await fake.start()``; point SLACK_API_URL at ``fake.api_url``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.rate_limit: dict[str, int] = defaultdict(int)  # method -> how many 429s to give
        self.errors: dict[str, str] = {}  # method -> Slack error code to answer with
        self.tokens: dict[str, str] = {}  # bot token -> team id (auth.test)
        self.timezones: dict[str, str] = {}
        self.oauth_team = ("TINST", "Installed Team")
        self.installer = "UINST"
        self.files: dict[str, tuple[str, bytes, str]] = {}  # id -> (name, data, mimetype)
        # files_upload_v2: file id -> [filename, declared length, uploaded bytes or None]
        self.pending_uploads: dict[str, list[Any]] = {}
        self.shared: list[dict[str, Any]] = []  # one per file shared by completeUploadExternal
        # channel messages conversations.history/replies answer with: (channel, ts) -> text
        self.messages: dict[tuple[str, str], str] = {}
        self._ts = 1_700_000_000
        self.sockets: list[web.WebSocketResponse] = []  # Socket Mode connections, oldest first
        self.tickets: set[str] = set()  # issued by apps.connections.open, used once
        self._runner: web.AppRunner | None = None
        self.base = ""

    # -- lifecycle ----------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{rid}", self._response_url)
        app.router.add_get("/files-pri/{fid}/download/{name}", self._file_download)
        app.router.add_post("/upload/v1/{fid}", self._upload)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for ws in self.sockets:  # else cleanup waits for the open websocket handlers
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, rid: str = "r1") -> str:
        return f"{self.base}/response/{rid}"

    def add_file(self, name: str, data: bytes, mimetype: str = "text/csv") -> dict[str, Any]:
        """Store a file; returns its Slack file object (as in a file_share event)."""
        fid = f"F{len(self.files) + 1:08d}"
        self.files[fid] = (name, data, mimetype)
        return self._file_object(fid)

    def _file_object(self, fid: str) -> dict[str, Any]:
        name, data, mimetype = self.files[fid]
        url = f"{self.base}/files-pri/{fid}/download/{name}"
        return {
            "id": fid,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rsplit(".", 1)[-1],
            "size": len(data),
            "mode": "hosted",
            "url_private": url,
            "url_private_download": url,
        }

    # -- assertions ---------------------------------------------------------------------
    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.of(method)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.01)
        raise AssertionError(f"expected {count} {method} call(s), got {len(self.of(method))}")

    # -- handlers -----------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        raw = await request.read()
        if raw:
            ctype = request.headers.get("Content-Type", "")
            if "json" in ctype:
                params.update(json.loads(raw))
            else:
                params.update(dict(parse_qsl(raw.decode())))
        for key in ("blocks", "view"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        return params

    def _next_ts(self) -> str:
        self._ts += 1
        return f"{self._ts}.000100"

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        params = await self._params(request)
        self.calls.append(Call(method, params, token))
        if self.rate_limit[method] > 0:
            self.rate_limit[method] -= 1
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"}
            )
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        if method == "apps.connections.open":
            return web.json_response(self._connections_open(token))
        if method != "oauth.v2.access" and not (token or "").startswith("xoxb-"):
            return web.json_response({"ok": False, "error": "not_authed"})
        return web.json_response(self._answer(method, params, token))

    def _answer(self, method: str, p: dict[str, Any], token: str | None) -> dict[str, Any]:
        if method == "auth.test":
            team = self.tokens.get(token or "", "T111")
            return {
                "ok": True,
                "url": "https://test.slack.com/",
                "team": "Test",
                "user": "crmbot",
                "team_id": team,
                "user_id": "UBOT",
                "bot_id": "BBOT",
                "is_enterprise_install": False,
            }
        if method == "users.info":
            uid = p.get("user", "U0")
            return {
                "ok": True,
                "user": {
                    "id": uid,
                    "name": uid.lower(),
                    "tz": self.timezones.get(uid, "Europe/Madrid"),
                    "profile": {"display_name": f"Person {uid}", "real_name": f"Person {uid}"},
                },
            }
        if method == "chat.postMessage":
            ts = self._next_ts()
            return {"ok": True, "channel": p.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.getPermalink":
            channel, ts = str(p.get("channel")), str(p.get("message_ts"))
            link = f"https://test.slack.com/archives/{channel}/p{ts.replace('.', '')}"
            return {"ok": True, "channel": channel, "permalink": link}
        if method == "chat.update":
            return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts")}
        if method in ("views.open", "views.publish"):
            return {"ok": True, "view": {"id": "V123", **(p.get("view") or {})}}
        if method == "files.info" and p.get("file") in self.files:
            return {"ok": True, "file": self._file_object(p["file"])}
        if method == "files.getUploadURLExternal":
            return self._upload_url(p)
        if method == "files.completeUploadExternal":
            return self._complete_upload(p)
        if method in ("conversations.history", "conversations.replies"):
            ts = str(p.get("latest") or p.get("ts") or "")
            text = self.messages.get((str(p.get("channel")), ts))
            found = [] if text is None else [{"type": "message", "ts": ts, "text": text}]
            return {"ok": True, "messages": found, "has_more": False}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(p.get("users", "X")).split(",")[0]}}
        if method == "oauth.v2.access":
            team_id, team_name = self.oauth_team
            return {
                "ok": True,
                "app_id": "A111",
                "authed_user": {"id": self.installer},
                "scope": "chat:write,commands",
                "token_type": "bot",
                "access_token": f"xoxb-{team_id}",
                "bot_user_id": "UBOT",
                "team": {"id": team_id, "name": team_name},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        return {"ok": True}

    # -- files_upload_v2: getUploadURLExternal, POST the bytes, completeUploadExternal ----------
    def _upload_url(self, p: dict[str, Any]) -> dict[str, Any]:
        """Step 1: a file id and a one-off URL (files.slack.com/upload/v1/... in real Slack)."""
        if not p.get("filename") or not str(p.get("length", "")).isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        fid = f"F{len(self.files) + len(self.pending_uploads) + 1:08d}"
        self.pending_uploads[fid] = [p["filename"], int(p["length"]), None]
        return {"ok": True, "upload_url": f"{self.base}/upload/v1/{fid}", "file_id": fid}

    async def _upload(self, request: web.Request) -> web.Response:
        """Step 2: the raw bytes (or a multipart form) POSTed to upload_url, no token needed."""
        fid = request.match_info["fid"]
        if request.content_type.startswith("multipart/"):
            form = await request.post()
            part = next(v for v in form.values() if hasattr(v, "file"))
            data = part.file.read()  # type: ignore[union-attr]
        else:
            data = await request.read()
        self.calls.append(Call("file.upload", {"file": fid, "data": data}, None))
        if fid not in self.pending_uploads:
            return web.Response(status=404, text="not found")
        self.pending_uploads[fid][2] = data
        return web.Response(text=f"OK - {len(data)}")

    def _complete_upload(self, p: dict[str, Any]) -> dict[str, Any]:
        """Step 3: the uploaded files become Slack files, shared to channel_id if given."""
        items = json.loads(p["files"]) if isinstance(p.get("files"), str) else p.get("files")
        out = []
        for item in items or []:
            pending = self.pending_uploads.get(item.get("id", ""))
            if pending is None or pending[2] is None:
                return {"ok": False, "error": "file_not_found"}
        for item in items or []:
            name, _length, data = self.pending_uploads.pop(item["id"])
            mimetype = "image/png" if data.startswith(b"\x89PNG") else "application/octet-stream"
            self.files[item["id"]] = (name, data, mimetype)
            self.shared.append(
                {
                    "file": item["id"],
                    "title": item.get("title"),
                    "name": name,
                    "data": data,
                    "channel_id": p.get("channel_id"),
                    "thread_ts": p.get("thread_ts"),
                    "initial_comment": p.get("initial_comment"),
                }
            )
            out.append({**self._file_object(item["id"]), "title": item.get("title") or name})
        return {"ok": True, "files": out}

    async def _file_download(self, request: web.Request) -> web.Response:
        """url_private_download: the bytes with a bot token, else Slack's sign-in page (200)."""
        fid = request.match_info["fid"]
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else None
        self.calls.append(Call("file.download", {"file": fid}, token))
        if fid not in self.files:
            return web.Response(status=404, text="not found")
        if not (token or "").startswith("xoxb-"):
            return web.Response(
                text="<!DOCTYPE html><html>sign in</html>", content_type="text/html"
            )
        _name, data, mimetype = self.files[fid]
        return web.Response(body=data, content_type=mimetype)

    async def _response_url(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read() or b"{}")
        body["_rid"] = request.match_info["rid"]  # which request this answers (bench)
        self.calls.append(Call("response_url", body, None))
        return web.Response(text="ok")

    # -- Socket Mode ------------------------------------------------------------------------
    def _connections_open(self, token: str | None) -> dict[str, Any]:
        """Only an app-level token may open a connection (Slack: not_allowed_token_type)."""
        if not (token or "").startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type" if token else "not_authed"}
        ticket = uuid.uuid4().hex
        self.tickets.add(ticket)
        ws_base = self.base.replace("http://", "ws://", 1)
        return {"ok": True, "url": f"{ws_base}/socket?ticket={ticket}&app_id=A111"}

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        """Slack's end of the websocket: hello, then envelopes out and acks in.

        aiohttp answers the client's pings (slack_sdk pings every ping_interval and
        reconnects when pongs stop), as Slack does.
        """
        ticket = request.query.get("ticket", "")
        if ticket not in self.tickets:
            return web.Response(status=401, text="invalid ticket")
        self.tickets.discard(ticket)
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        self.calls.append(Call("socket.connect", {"ticket": ticket}, None))
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": sum(not w.closed for w in self.sockets),
                "debug_info": {"host": "fake-applink", "approximate_connection_time": 18060},
                "connection_info": {"app_id": "A111"},
            }
        )
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.calls.append(Call("socket.ack", json.loads(msg.data), None))
        self.calls.append(Call("socket.close", {"ticket": ticket}, None))
        return ws

    def open_socket(self) -> web.WebSocketResponse:
        live = [ws for ws in self.sockets if not ws.closed]
        assert live, "no Socket Mode connection is open"
        return live[-1]

    async def wait_for_socket(self, count: int = 1, timeout: float = 10.0) -> None:
        """Until the app has opened ``count`` connections in all, the last still open."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.sockets) >= count and not self.sockets[-1].closed:
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"expected {count} Socket Mode connection(s), got {len(self.sockets)}")

    async def push(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        envelope_id: str | None = None,
        accepts_response_payload: bool | None = None,
        retry_attempt: int | None = None,
        retry_reason: str | None = None,
    ) -> str:
        """Send one envelope (slash_commands, events_api, interactive); returns its id.

        Shaped as Slack sends them: events_api envelopes always carry retry_attempt and
        retry_reason (0 and "" on the first delivery); commands and interactivity accept a
        response payload (the ack can carry the answer, e.g. a modal's field errors).
        """
        envelope_id = envelope_id or str(uuid.uuid4())
        if accepts_response_payload is None:
            accepts_response_payload = kind != "events_api"
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == "events_api":
            envelope["retry_attempt"] = retry_attempt or 0
            envelope["retry_reason"] = retry_reason or ""
        await self.open_socket().send_json(envelope)
        return envelope_id

    async def disconnect(self, reason: str = "refresh_requested") -> None:
        """Slack's warning that it will drop this connection: the client should reconnect."""
        await self.open_socket().send_json(
            {"type": "disconnect", "reason": reason, "debug_info": {"host": "fake-applink"}}
        )

    def acks(self, envelope_id: str) -> list[dict[str, Any]]:
        return [
            c.params for c in self.of("socket.ack") if c.params.get("envelope_id") == envelope_id
        ]

    async def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.acks(envelope_id)
            if found:
                return found[0]
            await asyncio.sleep(0.01)
        raise AssertionError(f"no ack for envelope {envelope_id}")
