"""What a Slack HTTP request must pass before bolt sees it: signature, body shape, replay.

bolt parses the body before it checks the signature, so a malformed body from anyone
on the internet (bad JSON, ``null``, a list, a bad ``payload=``, invalid UTF-8, a
non-numeric timestamp) used to end as a 500 with a long traceback. Here the signature
is checked first, on the raw body, with slack_sdk's SignatureVerifier (which also
refuses a timestamp older than five minutes); then the body is parsed with bolt's own
parser and must be an object.

A signed request can still be replayed by whoever captured it, within those five
minutes. Slash commands and interactive payloads are therefore remembered in the
``processed_events`` table, which every process shares (see
:func:`storage.events.claim_event`; housekeeping prunes it): a slash command by a
digest of its signed timestamp and body, an interactive payload by its type, trigger id
and action ids (Slack gives each click or submission its own trigger id).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

TIMESTAMP = "X-Slack-Request-Timestamp"
SIGNATURE = "X-Slack-Signature"


class Refused(Exception):
    """The request is answered ``status`` and logged in one line with ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


@dataclass(frozen=True)
class Checked:
    body: dict[str, Any]
    replay_key: str | None  # None: nothing to remember (Events API has its event_id)


def check(
    raw: bytes, headers: Mapping[str, str], verifier: SignatureVerifier, content_type: str | None
) -> Checked:
    """The parsed body of a correctly signed, well-formed request; else raise Refused."""
    ts = headers.get(TIMESTAMP) or ""
    signature = headers.get(SIGNATURE) or ""
    if not signature or not ts.isascii() or not ts.isdigit() or len(ts) > 12:
        raise Refused(401, "missing or malformed signature headers")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "body is not UTF-8") from None
    if not verifier.is_valid(body=text, timestamp=ts, signature=signature):
        raise Refused(401, "bad signature or stale timestamp")
    try:
        body = parse_body(text, content_type)
    except (ValueError, RecursionError):
        raise Refused(400, "signed body is not valid JSON") from None
    if not isinstance(body, dict):
        raise Refused(400, f"signed body is a {type(body).__name__}, not an object")
    return Checked(body, replay_key(body, ts, text))


def replay_key(body: dict[str, Any], ts: str, text: str) -> str | None:
    """The key that identifies this request among replays of it (≤ 120 characters)."""
    if "command" in body and "type" not in body:  # a slash command (form fields)
        kind, ident = "cmd", f"{ts}:{text}"
    elif body.get("type") in ("block_actions", "view_submission", "shortcut", "message_action"):
        trigger = body.get("trigger_id")
        actions = [
            (a.get("action_id"), a.get("block_id"), a.get("action_ts"))
            for a in body.get("actions") or []
            if isinstance(a, dict)
        ]
        view = body.get("view")
        view = view if isinstance(view, dict) else {}
        if not trigger:  # no trigger id to go by: the signed request itself
            kind, ident = "ia", f"{ts}:{text}"
        else:
            kind = "ia"
            ident = json.dumps([body.get("type"), trigger, actions, view.get("id")], default=str)
    else:
        return None
    return f"replay:{kind}:" + hashlib.sha256(ident.encode()).hexdigest()


class PerClientLimit:
    """At most ``limit`` requests per ``window`` seconds from one client address.

    For unauthenticated routes that write (GET /slack/install issues an OAuth state row
    per request). In memory, per process: a bound on what one address can make one
    process write, not a global quota. The table of addresses is itself bounded.
    """

    MAX_CLIENTS = 10_000

    def __init__(self, limit: int, window: float, clock: Any = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: dict[str, tuple[float, int]] = {}

    def allow(self, client: str) -> bool:
        now = self.clock()
        start, n = self._seen.get(client, (now, 0))
        if now - start >= self.window:
            start, n = now, 0
        if n >= self.limit:
            return False
        if client not in self._seen and len(self._seen) >= self.MAX_CLIENTS:
            self._forget_stale(now)
        self._seen[client] = (start, n + 1)
        return True

    def _forget_stale(self, now: float) -> None:
        stale = [c for c, (start, _n) in self._seen.items() if now - start >= self.window]
        for c in stale:
            del self._seen[c]
        if len(self._seen) >= self.MAX_CLIENTS:  # a flood of fresh addresses: start over
            self._seen.clear()
