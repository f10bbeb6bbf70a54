"""Files shared with the bot (a CSV to import, a document, a card): Slack files -> Attachments.

Slack serves ``url_private_download`` only with the bot token as ``Authorization: Bearer``
(scope ``files:read``). Without the scope, or with a wrong token, it answers HTTP 200 with
its HTML sign-in page instead of the file, so an HTML answer is an error here, not data.
The token goes only to Slack's own hosts (or the configured SLACK_API_URL host, which is
the fake in tests), redirects are not followed (they would carry the token elsewhere),
and neither the token nor the content is ever logged.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from handlers.commands.imports import MAX_IMPORT_BYTES
from handlers.types import Attachment

log = logging.getLogger("crmbot.slack.files")

SLACK_FILE_DOMAINS = ("slack.com", "slack-gov.com", "slack-edge.com")
DOWNLOAD_TIMEOUT = aiohttp.ClientTimeout(total=120, sock_connect=15)
SCOPE_HINT = (
    "Slack sent me its sign-in page instead of the file: the app probably lacks the "
    "files:read scope. An admin of the Slack workspace must add it (bot/slack/manifest.yaml) "
    "and reinstall the app."
)

MAX_FILES = 10  # files of one message downloaded; more are passed on empty (the core says)


class DownloadError(Exception):
    """The file could not be fetched; the message is shown to the person who sent it."""


def trusted(url: str, api_url: str) -> bool:
    """May the bot token be sent to this URL? Slack's hosts over HTTPS, or the API host."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    api = urlsplit(api_url)
    if host and host == (api.hostname or "").lower() and parts.port == api.port:
        return parts.scheme in ("https", api.scheme)
    if parts.scheme != "https":
        return False
    return any(host == d or host.endswith("." + d) for d in SLACK_FILE_DOMAINS)


async def fetch_files(
    client: AsyncWebClient,
    files: list[dict[str, Any]],
    api_url: str,
    limit: int = MAX_IMPORT_BYTES,
    *,
    several: bool = False,
) -> tuple[Attachment, ...]:
    """Download the shared file (``several``: up to MAX_FILES of them, for attachments);
    otherwise several come back empty and the core asks for one. ``limit``: the edge's
    size limit for this message (bot/edge.py)."""
    if len(files) != 1 and not several:
        return tuple(_placeholder(f) for f in files)
    return tuple(
        [await fetch_file(client, f, api_url, limit) for f in files[:MAX_FILES]]
        + [_placeholder(f) for f in files[MAX_FILES:]]
    )


def _placeholder(f: dict[str, Any]) -> Attachment:
    return Attachment(_name(f), b"", f.get("mimetype"), int(f.get("size") or 0))


def _name(f: dict[str, Any]) -> str:
    return str(f.get("name") or f.get("title") or f.get("id") or "file")


async def fetch_file(
    client: AsyncWebClient, f: dict[str, Any], api_url: str, limit: int = MAX_IMPORT_BYTES
) -> Attachment:
    size = int(f.get("size") or 0)
    if size > limit:
        return _placeholder(f)  # the core explains the limit; no point downloading
    url = f.get("url_private_download") or f.get("url_private")
    if not url and f.get("id"):
        # Some shares (e.g. file_access=check_file_info) carry only the id.
        info = await client.files_info(file=f["id"])
        f = {**f, **(info.get("file") or {})}
        url = f.get("url_private_download") or f.get("url_private")
        size = int(f.get("size") or 0)
        if size > limit:
            return _placeholder(f)
    if not url:
        raise DownloadError("Slack did not give me a way to download that file; try again.")
    if not trusted(str(url), api_url):
        log.warning("slack file url on an unexpected host; not sending the token")
        raise DownloadError("That file is not stored on Slack, so I can't fetch it.")
    if not client.token:
        raise DownloadError("I have no Slack token for this workspace; reinstall the app.")
    data = await _download(str(url), client.token, limit)
    return Attachment(_name(f), data, f.get("mimetype"), size or len(data))


async def _download(url: str, token: str, limit: int = MAX_IMPORT_BYTES) -> bytes:
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        aiohttp.ClientSession(timeout=DOWNLOAD_TIMEOUT) as http,
        http.get(url, headers=headers, allow_redirects=False) as resp,
    ):
        if 300 <= resp.status < 400:
            raise DownloadError(SCOPE_HINT)  # Slack redirects to sign-in without access
        if resp.status != 200:
            log.warning("slack file download failed status=%s", resp.status)
            raise DownloadError(f"Slack answered {resp.status} when I fetched the file.")
        if "text/html" in resp.headers.get("Content-Type", "").lower():
            raise DownloadError(SCOPE_HINT)
        chunks: list[bytes] = []
        total = 0
        async for chunk in resp.content.iter_chunked(1 << 16):
            total += len(chunk)
            if total > limit:
                raise DownloadError(f"The file is over {limit >> 20} MB, the limit in chat.")
            chunks.append(chunk)
    data = b"".join(chunks)
    head = data[:64].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise DownloadError(SCOPE_HINT)
    log.info("slack file downloaded bytes=%d", len(data))
    return data
