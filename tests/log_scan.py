"""Capture every log record (DEBUG included) during a test and prove no secret is in it.

Import the fixtures (``from log_scan import capture_all_logs, no_secrets_in_logs``) and mark a
module with ``pytest.mark.usefixtures("no_secrets_in_logs")``: the test fails when any
record, its message or its traceback, holds one of the test secrets below.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from slack_harness import SECRET as SLACK_SIGNING_SECRET
from telegram_fakeapi import TOKEN as TELEGRAM_TOKEN

# Every secret the end-to-end tests configure (Slack, Telegram, OAuth, webhook).
SECRETS = (
    TELEGRAM_TOKEN,
    SLACK_SIGNING_SECRET,
    "xoxb-single",
    "oauth-client-secret",
    "state-secret",
    "s3cret_token-1",
    "xapp-1-A111-socket-test",
)


class Capture(logging.Handler):
    """Keeps each record as the text a handler would print (message and traceback)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception as exc:  # a broken record is a finding too, not a crash
            self.lines.append(f"unformattable record from {record.name}: {exc!r}")


def leaks(lines: list[str], secrets: tuple[str, ...] = SECRETS) -> list[str]:
    return [line for line in lines if any(s in line for s in secrets)]


@pytest.fixture(name="log_capture")
def capture_all_logs() -> Iterator[Capture]:
    """Every record of every logger at DEBUG while the test runs."""
    root = logging.getLogger()
    handler = Capture()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


@pytest.fixture
def no_secrets_in_logs(log_capture: Capture) -> Iterator[Capture]:
    yield log_capture
    found = leaks(log_capture.lines)
    assert not found, f"{len(found)} log line(s) hold a secret, e.g. {found[0][:300]}"
