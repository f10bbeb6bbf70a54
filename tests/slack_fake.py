"""A small local fake of the Slack Web API (and of response_url), for the Slack tests.

Like bolt-python's tests/mock_web_api_server and opsdroid's testing/external_api:
a real aiohttp server on a loopback port that answers the methods crmbot calls,
records every call, and can answer 429 with Retry-After or a Slack error on demand.
Also used by bench/bench_slack.py.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web


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
        self._ts = 1_700_000_000
        self._runner: web.AppRunner | None = None
        self.base = ""

    # -- lifecycle ----------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{rid}", self._response_url)
        app.router.add_get("/files-pri/{fid}/download/{name}", self._file_download)
        app.router.add_post("/upload/v1/{fid}", self._upload)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
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
