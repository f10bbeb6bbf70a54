"""getUpdates that survives an update python-telegram-bot cannot parse.

PTB parses a whole getUpdates batch at once; one malformed update (e.g. Telegram's own
pre-3.1 doc examples without ``is_bot``) makes the Updater log "Received data was *not*
processed" and fetch the same batch again, forever, since the offset never moves.
Here each update is checked first and an unparsable one is replaced by its bare
``update_id``: it is skipped (logged), the offset moves on, the rest are handled.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)


def shape(update: Any, size: int | None = None) -> str:
    """An update described for the logs: its id, kind and size, never its content."""
    if size is None:
        try:
            size = len(json.dumps(update, ensure_ascii=False).encode())
        except (TypeError, ValueError):
            size = -1
    if not isinstance(update, dict):
        return f"type={type(update).__name__} bytes={size}"
    uid = update.get("update_id")
    kinds = ",".join(sorted(k for k in update if k != "update_id")) or "none"
    return f"update_id={uid if isinstance(uid, int) else '?'} kind={kinds[:80]} bytes={size}"


def sanitize_updates(payload: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The payload with unparsable updates reduced to their ``update_id``; how many."""
    result = payload.get("result")
    if not payload.get("ok") or not isinstance(result, list):
        return payload, 0
    clean: list[Any] = []
    bad = 0
    for raw in result:
        try:
            Update.de_json(raw, None)
            clean.append(raw)
        except Exception:
            bad += 1
            uid = raw.get("update_id") if isinstance(raw, dict) else None
            log.warning("skipping an update Telegram sent that I cannot parse: %s", shape(raw))
            if isinstance(uid, int):
                clean.append({"update_id": uid})
    return {**payload, "result": clean}, bad


class LenientUpdatesRequest(HTTPXRequest):
    async def do_request(  # type: ignore[override]
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:
        status, body = await super().do_request(url, method, request_data, *args, **kwargs)
        if status != 200 or not url.endswith("/getUpdates"):
            return status, body
        try:
            payload = json.loads(body)
        except ValueError:
            return status, body
        clean, bad = sanitize_updates(payload)
        return (status, json.dumps(clean).encode()) if bad else (status, body)
