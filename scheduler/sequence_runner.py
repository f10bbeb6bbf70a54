"""Run due sequence steps: claim, check exits, act, settle (one row at a time).

A step is one of:

* ``email``: the campaigns' sending path (``scheduler/campaign_mail.py``: the same SMTP
  settings, template placeholders, ``List-Unsubscribe`` headers and link; pacing comes
  from the due times written at enrollment). A crash after the server accepted a
  message and before its settle commit can repeat that one message, as for campaigns.
* ``call``: a reminder for the contact's owner ("call Maria Lopez: check in on the
  trial"), delivered by the reminder loop (working hours and do-not-contact checked
  again there). Created in the transaction that settles the claim: exactly once.
* ``wait``: never queued; the next step's due time includes it.

Each run writes a ``sequence_step_runs`` row (unique per enrollment and step). Before a
step, the enrollment's exits are checked (:mod:`storage.sequence_exits`): nothing goes
out to someone who replied, was marked do-not-contact, unsubscribed or was erased.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from scheduler.campaign_mail import MailSettings, send_messages
from storage import reminders as reminder_store
from storage import sequence_exits
from storage import sequence_queue as sq
from storage.campaign_email import fill, template_values
from storage.db import transaction
from storage.models import Account, Contact, Reminder, User, Workspace
from storage.models_sequences import Sequence, SequenceEnrollment, SequenceStepRun
from storage.sequence_auto import ScoreLookup
from storage.sequences import next_action
from storage.types import utcnow
from storage.unsubscribe import make_token

log = logging.getLogger(__name__)
NOT_A_CAMPAIGN = 0  # unsubscribe tokens of sequence email carry campaign id 0


def values_for(
    contact: Contact, account: str | None, owner: User | None, seq: Sequence
) -> dict[str, str]:
    """The campaigns' placeholders, with the sequence's name as ``{sequence}`` and as
    ``{campaign}`` (templates written for campaigns read the same)."""
    return template_values(contact, account, owner, seq.name) | {"sequence": seq.name}


def build_email(
    settings: MailSettings,
    seq: Sequence,
    step: dict[str, Any],
    contact: Contact,
    account: str | None,
    owner: User | None,
) -> EmailMessage:
    """One step's message: the campaigns' headers, the owner's name, an unsubscribe link."""
    assert settings.secret
    values = values_for(contact, account, owner, seq)
    token = make_token(settings.secret, seq.workspace_id, NOT_A_CAMPAIGN, contact.id)
    url = f"{settings.public_url}/unsubscribe/{token}"
    msg = EmailMessage()
    msg["Subject"] = fill(str(step.get("subject") or seq.name), values)
    msg["From"] = formataddr((values["owner"], settings.from_addr or ""))
    msg["To"] = formataddr((contact.name, contact.email or ""))
    if owner is not None and owner.email:
        msg["Reply-To"] = owner.email
    msg["Message-ID"] = make_msgid(domain=(settings.from_addr or "crmbot").split("@")[-1])
    msg["List-Unsubscribe"] = f"<{url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-Crmbot-Sequence"] = str(seq.id)
    body = fill(str(step.get("body") or ""), values).replace("\\n", "\n").rstrip()
    msg.set_content(f"{body}\n\n--\nTo stop receiving these emails: {url}\n")
    return msg


@dataclass
class RunStats:
    emails: int = 0
    calls: int = 0
    finished: int = 0
    exited: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0
    lost: int = 0
    paused: int = 0

    @property
    def total(self) -> int:
        return self.emails + self.calls + self.finished + self.exited + self.skipped


@dataclass
class _Prepared:
    """What a claimed step needs once the reading transaction is over."""

    message: EmailMessage | None = None
    done: bool = False  # settled inside the reading transaction (call, exit, finish …)


@dataclass
class SequenceRunner:
    """Drains due sequence steps; also sweeps exits and evaluates the auto rules."""

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
    score_for: ScoreLookup | None = None
    mail_retry: timedelta = timedelta(hours=1)
    _seqs: dict[int, Sequence | None] = field(default_factory=dict, repr=False)
    _owners: dict[int, User | None] = field(default_factory=dict, repr=False)

    # -- the steps ----------------------------------------------------------------------------
    def run_once(self) -> RunStats:
        """Run every step due now (blocking; the service runs it in a thread)."""
        total = RunStats()
        while True:
            now = self.clock()
            with transaction(self.sessions) as s:
                claimed = sq.claim_due(s, self.worker, now, self.lease, self.batch)
            if not claimed:
                return total
            self._seqs.clear()  # sequences and senders fresh on every batch
            self._owners.clear()
            emails: list[tuple[sq.ClaimedStep, EmailMessage]] = []
            # One transaction for the batch: its exits in one pass (a reply, a call, a
            # meeting, a deal …), then every step that sends nothing (a call reminder, a
            # finish, a pause), each in its own savepoint so a bad row spoils only itself.
            with transaction(self.sessions) as s:
                gone = sequence_exits.detect(
                    s, now, enrollment_ids=[c.id for c in claimed], worker=self.worker
                )
                total.exited += sum(gone.values())
                for c in claimed:
                    try:
                        with s.begin_nested():
                            prep = self._prepare(s, c, now, total)
                    except Exception:  # a bad row must not block the queue: its lease runs out
                        log.exception("sequence step %s of enrollment %s failed", c.step, c.id)
                        total.failed += 1
                        continue
                    if prep.message is not None:
                        emails.append((c, prep.message))
            for c, msg in emails:  # each message settled right after its own send
                try:
                    self._one(c, msg, total)
                except Exception:
                    log.exception("sequence email of enrollment %s failed", c.id)
                    total.failed += 1
            if len(claimed) < self.batch:
                return total

    def _still_reachable(self, c: sq.ClaimedStep) -> bool:
        """Checked right before each message (a read, no commit): an opt-out, a
        do-not-contact mark or an erasure since the batch began stops it."""
        with self.sessions() as s:
            row = s.execute(
                select(
                    SequenceEnrollment.status,
                    Contact.deleted_at,
                    Contact.do_not_contact,
                    Contact.email_opt_out_at,
                )
                .join(Contact, Contact.id == SequenceEnrollment.contact_id)
                .where(SequenceEnrollment.id == c.id)
            ).first()
        if row is None:
            return False
        status, deleted, dnc, opt_out = row
        return status == "active" and deleted is None and not dnc and opt_out is None

    def _one(self, c: sq.ClaimedStep, message: EmailMessage, stats: RunStats) -> None:
        if not self._still_reachable(c):
            with transaction(self.sessions) as s:
                if sequence_exits.detect(
                    s, self.clock(), enrollment_ids=[c.id], worker=self.worker
                ):
                    stats.exited += 1
                elif sq.settle(s, c, self.worker, run_status="pending", lease_until=None):
                    stats.retried += 1  # not ours to judge now: the next run looks again
            return
        try:
            self.send(self.settings, [message])
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused) as exc:
            self._after_send(c, stats, "failed", f"refused: {exc}")
            return
        except (OSError, smtplib.SMTPException) as exc:
            if c.attempts + 1 >= self.max_attempts:
                self._after_send(c, stats, "failed", f"gave up: {exc}")
            else:
                self._retry(c, stats, f"{type(exc).__name__}: {exc}")
            return
        self._after_send(c, stats, "sent", "")

    def _sequence(self, s: Session, seq_id: int) -> Sequence | None:
        if seq_id not in self._seqs:
            seq = s.get(Sequence, seq_id)
            if seq is not None:
                s.expunge(seq)
            self._seqs[seq_id] = seq
        return self._seqs[seq_id]

    def _owner(self, s: Session, user_id: int | None) -> User | None:
        if user_id is None:
            return None
        if user_id not in self._owners:
            u = s.get(User, user_id)
            if u is not None:
                s.expunge(u)
            self._owners[user_id] = u
        return self._owners[user_id]

    def _prepare(self, s: Session, c: sq.ClaimedStep, now: datetime, stats: RunStats) -> _Prepared:
        row = s.execute(
            select(SequenceEnrollment.status, SequenceEnrollment.owner_id, Contact, Account.name)
            .join(Contact, Contact.id == SequenceEnrollment.contact_id)
            .outerjoin(Account, Account.id == Contact.account_id)
            .where(SequenceEnrollment.id == c.id)
        ).first()
        seq = self._sequence(s, c.sequence_id)
        if row is None or seq is None:
            stats.lost += 1
            return _Prepared(done=True)
        status, owner_id, contact, account = row
        if status != "active":  # left in the batch's exit pass
            return _Prepared(done=True)
        unreachable = contact.deleted_at is not None or contact.do_not_contact
        if (unreachable or contact.email_opt_out_at is not None) and sequence_exits.detect(
            s, now, enrollment_ids=[c.id], worker=self.worker
        ):
            stats.exited += 1
            return _Prepared(done=True)
        if seq.status != "active":
            if sq.settle(s, c, self.worker, run_status="paused", lease_until=None):
                stats.paused += 1
            return _Prepared(done=True)
        steps = list(seq.steps or [])
        if c.step >= len(steps):  # the last wait is over
            if sq.settle(
                s, c, self.worker, run_status=None, lease_until=None, status="finished",
                ended_at=now,
            ):  # fmt: skip
                stats.finished += 1
            return _Prepared(done=True)
        step = steps[c.step]
        owner = self._owner(s, owner_id)
        if step.get("kind") == "call":
            self._call(s, c, seq, steps, step, contact, owner, now, stats)
            return _Prepared(done=True)
        if step.get("kind") != "email":  # a wait at a queued index: only if steps were edited
            self._advance(s, c, steps, now, stats, outcome="skipped", kind="wait", detail="")
            return _Prepared(done=True)
        if not contact.email:
            if self._advance(s, c, steps, now, stats, "skipped", "email", "no email address"):
                stats.skipped += 1
            return _Prepared(done=True)
        problems = self.settings.problems()
        if problems:  # nothing pretends to send: the step waits for the configuration
            if sq.settle(
                s, c, self.worker, run_status="pending", lease_until=now + self.mail_retry,
                last_error="; ".join(problems),
            ):  # fmt: skip
                stats.retried += 1
            return _Prepared(done=True)
        return _Prepared(build_email(self.settings, seq, step, contact, account, owner))

    def _call(
        self,
        s: Session,
        c: sq.ClaimedStep,
        seq: Sequence,
        steps: list[dict[str, Any]],
        step: dict[str, Any],
        contact: Contact,
        owner: User | None,
        now: datetime,
        stats: RunStats,
    ) -> None:
        """The owner's call reminder and the settle, in one transaction: exactly once."""
        user_id = owner.id if owner is not None else seq.created_by_id
        if user_id is None:
            if self._advance(s, c, steps, now, stats, "skipped", "call", "nobody owns them"):
                stats.skipped += 1
            return
        run = self._advance(s, c, steps, now, stats, "reminder", "call", "")
        if run is None:
            return  # the claim was lost: another worker has this step
        r = Reminder(
            workspace_id=c.workspace_id,
            user_id=user_id,
            created_by_id=None,
            text=f"call {contact.name}: {step.get('text') or 'check in'} ({seq.name})",
            due_at=now,
            linked_type="contact",
            linked_id=contact.id,
            kind="sequence_call",
            status="pending",
            attempts=0,
            created_at=now,
            updated_at=now,
        )
        s.add(r)
        s.flush()
        run.reminder_id = r.id
        stats.calls += 1
        hooks = list(reminder_store._wake_hooks)  # a running loop wakes once this commits
        if hooks:

            @event.listens_for(s, "after_commit", once=True)
            def _wake(_session: object) -> None:
                for hook in hooks:
                    hook(now)

    def _advance(
        self,
        s: Session,
        c: sq.ClaimedStep,
        steps: list[dict[str, Any]],
        now: datetime,
        stats: RunStats,
        outcome: str,
        kind: str,
        detail: str,
    ) -> SequenceStepRun | None:
        """Settle the claim onto the next step (or finish) and record this step's run."""
        nxt = next_action(steps, c.step + 1, now)
        values: dict[str, Any] = {"lease_until": None, "attempts": 0, "last_error": None}
        if nxt is None:
            values.update(run_status=None, status="finished", ended_at=now, step=c.step + 1)
        else:
            values.update(run_status="pending", step=nxt[0], due_at=nxt[1])
        if not sq.settle(s, c, self.worker, **values):
            stats.lost += 1
            return None
        run = SequenceStepRun(
            workspace_id=c.workspace_id,
            enrollment_id=c.id,
            step=c.step,
            kind=kind,
            outcome=outcome,
            detail=detail[:500] or None,
            worker=self.worker,
            at=now,
        )
        s.add(run)
        if nxt is None:
            stats.finished += 1
        return run

    def _after_send(self, c: sq.ClaimedStep, stats: RunStats, outcome: str, reason: str) -> None:
        now = self.clock()
        with transaction(self.sessions) as s:
            seq = self._sequence(s, c.sequence_id)
            steps = list(seq.steps or []) if seq is not None else []
            if self._advance(s, c, steps, now, stats, outcome, "email", reason) is not None:
                if outcome == "sent":
                    stats.emails += 1
                else:
                    stats.failed += 1

    def _retry(self, c: sq.ClaimedStep, stats: RunStats, reason: str) -> None:
        now = self.clock()
        delay = min(15 * 2 ** min(c.attempts, 10), 3600)
        with transaction(self.sessions) as s:
            ok = sq.settle(
                s, c, self.worker, run_status="pending", attempts=c.attempts + 1,
                lease_until=now + timedelta(seconds=delay), last_error=reason[:500],
            )  # fmt: skip
        if ok:
            stats.retried += 1
        else:
            stats.lost += 1

    # -- the sweeps ---------------------------------------------------------------------------
    def sweep_exits(self) -> dict[str, int]:
        """Record the exits of every active enrollment (the service runs it each minute)."""
        with transaction(self.sessions) as s:
            return sequence_exits.detect(s, self.clock(), worker=self.worker)

    def run_auto(self) -> int:
        """Evaluate every sequence's auto-enrollment rule; returns how many were enrolled."""
        if self.score_for is None:
            return 0
        from storage.context import Ctx
        from storage.sequence_auto import evaluate

        with self.sessions() as s:
            todo = [
                (seq_id, ws_id)
                for seq_id, ws_id in s.execute(
                    select(Sequence.id, Sequence.workspace_id).where(
                        Sequence.auto_below.is_not(None), Sequence.status == "active"
                    )
                )
            ]
        total = 0
        for seq_id, ws_id in todo:
            with transaction(self.sessions) as s:
                seq = s.get(Sequence, seq_id)
                ws = s.get(Workspace, ws_id)
                user = s.get(User, seq.created_by_id) if seq and seq.created_by_id else None
                if seq is None or ws is None or user is None:
                    continue
                ctx = Ctx(session=s, workspace=ws, user=user, now=self.clock())
                total += evaluate(ctx, seq, self.score_for).enrolled.enrolled
        return total


def default_score_lookup() -> ScoreLookup:
    """Lead scoring's stored score (``storage.scoring.score_for``) for the auto rules."""
    from storage.scoring import score_for

    return score_for


class SequenceService:
    """A ``crmbot run`` service: due steps every few seconds, exits each minute, auto rules
    each hour."""

    name = "sequences"
    notifier = None

    def __init__(
        self,
        runner: SequenceRunner,
        every: float = 5.0,
        exits_every: float = 60.0,
        auto_every: float = 3600.0,
    ) -> None:
        self.runner = runner
        self.every = every
        self.exits_every = exits_every
        self.auto_every = auto_every
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()

    def routes(self) -> list[object]:
        return []

    async def start(self) -> None:
        self._stop = asyncio.Event()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        next_exits = next_auto = loop.time()
        while not self._stop.is_set():
            try:
                if loop.time() >= next_exits:
                    await asyncio.to_thread(self.runner.sweep_exits)
                    next_exits = loop.time() + self.exits_every
                if loop.time() >= next_auto:
                    await asyncio.to_thread(self.runner.run_auto)
                    next_auto = loop.time() + self.auto_every
                await asyncio.to_thread(self.runner.run_once)
            except Exception:  # a bad batch must not stop the sequences
                log.exception("sequence run failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.every)

    async def stop(self) -> None:
        """Let a run in progress settle what it is doing (its thread cannot be cancelled),
        then end; a run stuck for 30 seconds is abandoned to its lease."""
        self._stop.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), 30)
            except TimeoutError:
                log.warning("stopping with a sequence run still in progress")
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task


def build_sequence_service(
    sessions: sessionmaker[Session], settings: MailSettings
) -> SequenceService:
    """Always on: call steps need no SMTP; email steps wait (saying why) until it is set."""
    return SequenceService(SequenceRunner(sessions, settings, score_for=default_score_lookup()))
