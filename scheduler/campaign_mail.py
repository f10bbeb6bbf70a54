"""Email campaigns: the SMTP settings, one message per member, and the paced sender.

Configuration (environment, read when used):
  CRMBOT_SMTP_HOST, CRMBOT_SMTP_PORT (587)   the SMTP server
  CRMBOT_SMTP_TLS                            starttls (default), ssl, or off
  CRMBOT_SMTP_USER, CRMBOT_SMTP_PASSWORD     login (optional)
  CRMBOT_SMTP_FROM                           the envelope and From address
  CRMBOT_SECRET_KEY                          signs the unsubscribe links (required)
  CRMBOT_PUBLIC_URL                          where the bot's web server is reached
  CRMBOT_CAMPAIGN_RATE                       messages a minute (default 30)

Sending uses the standard library's smtplib in a worker thread (one short connection per
batch); the queue is :mod:`storage.campaign_queue`, so each message goes out once across
restarts and several processes. Every message carries ``List-Unsubscribe`` and
``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058) and the same link in its
body; it goes out in the owner's name, from the configured address, replying to the owner.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import smtplib
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storage import campaign_queue as cq
from storage.db import transaction
from storage.models import Account, AuditLog, Contact, User
from storage.models_campaigns import Campaign, CampaignMember
from storage.types import utcnow
from storage.unsubscribe import make_token

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailSettings:
    host: str | None
    port: int
    tls: str
    user: str | None
    password: str | None
    from_addr: str | None
    secret: str | None
    public_url: str
    rate_per_minute: float

    def problems(self) -> list[str]:
        """What is missing before an email campaign may go out (empty: ready)."""
        out = []
        if not self.host:
            out.append("no SMTP server is configured (CRMBOT_SMTP_HOST)")
        if not self.from_addr:
            out.append("no sender address is configured (CRMBOT_SMTP_FROM)")
        if not self.secret:
            out.append("no secret key signs the unsubscribe links (CRMBOT_SECRET_KEY)")
        return out


def mail_settings(env: Mapping[str, str] | None = None) -> MailSettings:
    env = os.environ if env is None else env
    try:
        rate = float(env.get("CRMBOT_CAMPAIGN_RATE") or 30)
    except ValueError:
        rate = 30.0
    return MailSettings(
        host=env.get("CRMBOT_SMTP_HOST") or None,
        port=int(env.get("CRMBOT_SMTP_PORT") or 587),
        tls=(env.get("CRMBOT_SMTP_TLS") or "starttls").lower(),
        user=env.get("CRMBOT_SMTP_USER") or None,
        password=env.get("CRMBOT_SMTP_PASSWORD") or None,
        from_addr=env.get("CRMBOT_SMTP_FROM") or None,
        secret=env.get("CRMBOT_SECRET_KEY") or None,
        public_url=(env.get("CRMBOT_PUBLIC_URL") or "http://localhost:3000").rstrip("/"),
        rate_per_minute=max(rate, 0.1),
    )


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an unknown {placeholder} stays as typed
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, str]) -> str:
    try:
        return template.format_map(_Values(values))
    except (ValueError, IndexError):  # a stray brace: send the words as typed
        return template


def values_for(
    contact: Contact, account: str | None, owner: User | None, camp: Campaign
) -> dict[str, str]:
    owner_name = owner.display_name if owner else "The team"
    signature = owner_name + (f"\n{owner.email}" if owner and owner.email else "")
    return {
        "first_name": contact.name.split()[0] if contact.name else "",
        "name": contact.name,
        "account": account or "",
        "owner": owner_name,
        "signature": signature,
        "campaign": camp.name,
    }


def unsubscribe_url(settings: MailSettings, ws_id: int, camp_id: int, contact_id: int) -> str:
    assert settings.secret
    token = make_token(settings.secret, ws_id, camp_id, contact_id)
    return f"{settings.public_url}/unsubscribe/{token}"


def build_message(
    settings: MailSettings,
    camp: Campaign,
    contact: Contact,
    account: str | None,
    owner: User | None,
    *,
    to: str | None = None,
    test: bool = False,
) -> EmailMessage:
    values = values_for(contact, account, owner, camp)
    url = unsubscribe_url(settings, camp.workspace_id, camp.id, contact.id)
    msg = EmailMessage()
    msg["Subject"] = ("[TEST] " if test else "") + fill(camp.subject or camp.name, values)
    msg["From"] = formataddr((values["owner"], settings.from_addr or ""))
    msg["To"] = formataddr((contact.name, to or contact.email or ""))
    if owner is not None and owner.email:
        msg["Reply-To"] = owner.email
    msg["Message-ID"] = make_msgid(domain=(settings.from_addr or "crmbot").split("@")[-1])
    msg["List-Unsubscribe"] = f"<{url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-Crmbot-Campaign"] = str(camp.id)
    body = fill(camp.body or "", values).rstrip()
    msg.set_content(f"{body}\n\n--\nTo stop receiving these emails: {url}\n")
    return msg


def send_messages(settings: MailSettings, messages: list[EmailMessage]) -> None:
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


def message_for(
    session: Session,
    settings: MailSettings,
    member_id: int,
    owners: dict[int, User | None] | None = None,
) -> tuple[EmailMessage | None, str, str | None]:
    """The message of a queued member, why it must not go out, and the member's status.

    Checked at send time, in one query: someone may have unsubscribed, been erased or
    marked do-not-contact since the campaign started. ``owners`` caches the senders.
    """
    row = session.execute(
        select(CampaignMember, Contact, Campaign, Account.name)
        .join(Contact, Contact.id == CampaignMember.contact_id)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .where(CampaignMember.id == member_id)
    ).first()
    if row is None:
        return None, "contact or campaign gone", None
    member, contact, camp, account = row
    why = ""
    if camp.status != "running":
        why = f"campaign {camp.status}"
    elif contact.deleted_at is not None:
        why = "contact deleted or erased"
    elif contact.do_not_contact:
        why = "do-not-contact"
    elif contact.email_opt_out_at is not None:
        why = "unsubscribed"
    elif not contact.email:
        why = "no email address"
    if why:
        return None, why, member.status
    owners = {} if owners is None else owners
    owner_id = member.owner_id or camp.owner_id
    if owner_id is not None and owner_id not in owners:
        owners[owner_id] = session.get(User, owner_id)
    owner = owners.get(owner_id) if owner_id is not None else None
    return build_message(settings, camp, contact, account, owner), "", member.status


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
    send: Callable[[MailSettings, list[EmailMessage]], None] = send_messages
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


def build_mail_service(sessions: sessionmaker[Session]) -> CampaignMailService | None:
    settings = mail_settings()
    if settings.problems():
        return None
    return CampaignMailService(CampaignMailer(sessions, settings))
