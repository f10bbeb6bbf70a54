"""Email campaigns: the paced sender, and the SMTP mailer the app gives the core.

The settings are passed down from ``bot/settings.py`` (``Settings.mail()``); nothing here
reads the environment. Sending uses the standard library's smtplib in a worker thread (one
short connection per batch); the queue is :mod:`storage.campaign_queue`, so each message
goes out once across restarts and several processes. The messages themselves are built by
:mod:`storage.campaign_email`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy.orm import Session, sessionmaker

from storage import campaign_queue as cq
from storage.campaign_email import MailSettings, message_for
from storage.db import transaction
from storage.models import AuditLog, User
from storage.types import utcnow

log = logging.getLogger(__name__)


def send_messages(settings: MailSettings, messages: Sequence[EmailMessage]) -> None:
    """Deliver messages over one SMTP connection (blocking: call it from a thread)."""
    assert settings.host
    if settings.tls == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=30, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=30)
    with smtp:
        if settings.tls == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        if settings.user:
            smtp.login(settings.user, settings.password or "")
        for msg in messages:
            smtp.send_message(msg, from_addr=settings.from_addr)


@dataclass(frozen=True)
class SmtpMailer:
    """The mailer port of the core (:class:`handlers.ports.Mailer`) over SMTP: the app
    builds it from its settings and gives it to the bot, so a command never opens a
    connection or reads configuration itself."""

    settings: MailSettings
    send_with: Callable[[MailSettings, Sequence[EmailMessage]], None] = send_messages

    def send(self, messages: Sequence[EmailMessage]) -> None:
        self.send_with(self.settings, messages)


def _audit(session: Session, ws_id: int, mid: int, now: datetime, after: dict[str, object]) -> None:
    """The sender's changes are attributable too: no user, the action says what it was."""
    session.add(
        AuditLog(
            workspace_id=ws_id,
            user_id=None,
            at=now,
            action="send",
            entity_type="campaign_members",
            entity_id=mid,
            before=None,
            after=after,
        )
    )


@dataclass
class MailStats:
    sent: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0
    lost: int = 0


@dataclass
class CampaignMailer:
    """Drains due campaign messages: claim, check, send, settle one by one."""

    sessions: sessionmaker[Session]
    settings: MailSettings
    clock: Callable[[], datetime] = utcnow
    worker: str = field(
        default_factory=lambda: __import__("scheduler.dispatcher").dispatcher.worker_id()
    )
    lease: timedelta = timedelta(seconds=120)
    batch: int = 50
    max_attempts: int = 6
    send: Callable[[MailSettings, Sequence[EmailMessage]], None] = send_messages
    _owners: dict[int, User | None] = field(default_factory=dict, repr=False)

    def run_once(self) -> MailStats:
        """Send everything due now (blocking; the service runs it in a thread)."""
        total = MailStats()
        if self.settings.problems():
            return total
        self._owners.clear()  # senders' names fresh on every run
        while True:
            now = self.clock()
            with transaction(self.sessions) as s:
                claimed = cq.claim_due(s, self.worker, now, self.lease, self.batch)
            if not claimed:
                return total
            for c in claimed:
                self._one(c, total)
            if len(claimed) < self.batch:
                return total

    def _one(self, c: cq.ClaimedMessage, stats: MailStats) -> None:
        with transaction(self.sessions) as s:
            msg, why, status = message_for(s, self.settings, c.id, self._owners)
            if msg is None:
                values: dict[str, object] = {"send_status": "cancelled", "fail_reason": why}
                if why == "unsubscribed" and status not in (None, "opted_out"):
                    values.update(status="opted_out", status_at=self.clock())
                if cq.settle(s, c.id, self.worker, lease_until=None, **values):
                    _audit(s, c.workspace_id, c.id, self.clock(), {"not_sent": why})
                stats.skipped += 1
                return
        try:
            self.send(self.settings, [msg])
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused) as exc:
            self._settle(c, stats, "failed", f"refused: {exc}", status)
            return
        except (OSError, smtplib.SMTPException) as exc:
            if c.attempts + 1 >= self.max_attempts:
                self._settle(c, stats, "failed", f"gave up: {exc}", status)
            else:
                self._settle(c, stats, "retry", f"{type(exc).__name__}: {exc}", status)
            return
        self._settle(c, stats, "sent", "", status)

    def _settle(
        self, c: cq.ClaimedMessage, stats: MailStats, outcome: str, reason: str, status: str | None
    ) -> None:
        now = self.clock()
        with transaction(self.sessions) as s:
            if outcome == "sent":
                reached = status == "planned"  # a sent message reaches a planned member
                extra = {"status": "reached", "status_at": now} if reached else {}
                ok = cq.settle(
                    s,
                    c.id,
                    self.worker,
                    send_status="sent",
                    sent_at=now,
                    lease_until=None,
                    fail_reason=None,
                    **extra,
                )
                if ok:
                    _audit(s, c.workspace_id, c.id, now, {"send_status": "sent", **(
                        {"status": "reached"} if reached else {})})  # fmt: skip
            elif outcome == "failed":
                ok = cq.settle(
                    s,
                    c.id,
                    self.worker,
                    send_status="failed",
                    attempts=c.attempts + 1,
                    lease_until=None,
                    fail_reason=reason[:500],
                )
                if ok:
                    _audit(
                        s,
                        c.workspace_id,
                        c.id,
                        now,
                        {"send_status": "failed", "reason": reason[:200]},
                    )
            else:
                delay = min(15 * 2 ** min(c.attempts, 10), 3600)
                ok = cq.settle(
                    s,
                    c.id,
                    self.worker,
                    send_status="pending",
                    attempts=c.attempts + 1,
                    lease_until=now + timedelta(seconds=delay),
                    fail_reason=reason[:500],
                )
        if not ok:
            stats.lost += 1
        elif outcome == "sent":
            stats.sent += 1
        elif outcome == "failed":
            stats.failed += 1
        else:
            stats.retried += 1


class CampaignMailService:
    """A ``crmbot run`` service: wakes every few seconds and drains due campaign messages."""

    name = "campaign-mail"
    notifier = None

    def __init__(self, mailer: CampaignMailer, every: float = 5.0) -> None:
        self.mailer = mailer
        self.every = every
        self._task: asyncio.Task[None] | None = None

    def routes(self) -> list[object]:
        return []

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.mailer.run_once)
            except Exception:  # a bad batch must not stop the sender
                log.exception("campaign mail batch failed")
            await asyncio.sleep(self.every)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def build_mail_service(
    sessions: sessionmaker[Session], settings: MailSettings
) -> CampaignMailService | None:
    """The sender service, or None when email is not configured (campaigns say so)."""
    if settings.problems():
        return None
    return CampaignMailService(CampaignMailer(sessions, settings))
