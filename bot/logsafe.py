"""Keep secrets out of every log line, whoever writes it and whichever handler prints it.

Libraries log what they see: httpx logs each Bot API URL (the Telegram token is part of
it) at INFO, slack_sdk logs response bodies (an ``oauth.v2.access`` answer holds a new
bot token) at DEBUG. Two defences, both installed by :func:`protect`:

* httpx and httpcore are quieted below WARNING (their INFO/DEBUG lines are request URLs);
* a log record factory redacts, when each record is made, the secrets the running bot
  knows (its tokens, signing and client secrets, the webhook secret) and anything shaped
  like a Slack or Telegram token. A record factory rather than a handler filter: it also
  covers handlers added later (pytest's capture, an embedding application's own
  handlers), since every record passes through it before any handler sees it.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

REDACTED = "[redacted]"
# Slack tokens (bot, user, app-level, config, refresh) and Telegram bot tokens, wherever
# they come from (an OAuth install stores one per team; none of those is in the config).
TOKEN_SHAPES = re.compile(
    r"xox[abposer]-[A-Za-z0-9-]{8,}"
    r"|xapp-[A-Za-z0-9-]{8,}"
    r"|\b\d{5,16}:[A-Za-z0-9_-]{30,}"
)
QUIET = ("httpx", "httpcore")
# Environment variables whose values are secrets (bot/config reads them).
SECRET_SETTINGS = (
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_CLIENT_SECRET",
    "SLACK_STATE_SECRET",
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_SECRET",
)
MIN_SECRET = 8  # shorter values would redact ordinary words ("secret")

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()
_installed = False


def redact(text: str) -> str:
    """``text`` with every known secret and token-shaped string replaced."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return TOKEN_SHAPES.sub(REDACTED, text)


def protect(secrets: Iterable[str | None] = ()) -> None:
    """Register secrets to keep out of the logs; install the redaction once per process."""
    global _secrets, _installed
    with _lock:
        known = set(_secrets) | {s for s in secrets if s and len(s) >= MIN_SECRET}
        # Longest first: a secret that contains another is replaced whole.
        _secrets = tuple(sorted(known, key=len, reverse=True))
        if not _installed:
            _install_factory()
            _installed = True
    for name in QUIET:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def protect_config(config: Any) -> None:
    """Every secret a :class:`bot.config.Config` holds (``.get`` on the settings above)."""
    protect(getattr(config.settings, name.lower()) for name in SECRET_SETTINGS)


def _install_factory() -> None:
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _scrub(record)
        return record

    logging.setLogRecordFactory(factory)


def _scrub(record: logging.LogRecord) -> None:
    """Format the message now (redacted) and pre-render the traceback (redacted)."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: leave it to logging's own error report
        return
    clean = redact(message)
    if clean != message or record.args:
        record.msg, record.args = clean, None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


class JsonLines(logging.Formatter):
    """One JSON object a line (``CRMBOT_LOG_FORMAT=json``), for log shippers.

    The message is the record as :func:`protect` already redacted it; crmbot's own log
    lines carry ids and counts, never what a user typed.
    """

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exception"] = redact(record.exc_text)
        return json.dumps(out, ensure_ascii=False)


def configure_logging(level: str, fmt: str | None = None) -> None:
    """The root handler of a command-line run: plain text, or JSON lines (``fmt='json'``)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if (fmt or "").strip().lower() == "json":
        import time

        formatter = JsonLines()
        formatter.converter = time.gmtime  # UTC timestamps, like the database
        for handler in logging.getLogger().handlers:
            handler.setFormatter(formatter)
