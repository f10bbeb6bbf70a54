"""Email campaigns sent through a real SMTP server (aiosmtpd, started here): headers and
bodies, pacing, once-only delivery across a restart, one-click unsubscribe through the
bot's web route, and nothing for do-not-contact, erased or unsubscribed people."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from aiosmtpd.controller import Controller
from sqlalchemy import select

from bot.console import ConsoleAdapter
from bot.unsubscribe_web import routes
from handlers.core import Bot
from scheduler.campaign_mail import CampaignMailer, SmtpMailer, send_messages
from storage.campaign_email import MailSettings
from storage.db import transaction
from storage.models import AuditLog, Contact
from storage.models_campaigns import CampaignMember


@dataclass
class Inbox:
    """What the SMTP server received: (envelope recipients, parsed message)."""

    port: int
    got: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    settings: MailSettings = field(default_factory=MailSettings.none)

    @property
    def env(self) -> dict[str, str]:
        """The same settings as environment variables (the CLI and `crmbot run` read them)."""
        st = self.settings
        return {
            "CRMBOT_SMTP_HOST": st.host or "",
            "CRMBOT_SMTP_PORT": str(st.port),
            "CRMBOT_SMTP_TLS": st.tls,
            "CRMBOT_SMTP_FROM": st.from_addr or "",
            "CRMBOT_SECRET_KEY": st.secret or "",
            "CRMBOT_PUBLIC_URL": st.public_url,
            "CRMBOT_CAMPAIGN_RATE": str(st.rate_per_minute),
        }

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[attr-defined]
        self.got.append((list(envelope.rcpt_tos), msg))  # type: ignore[attr-defined]
        return "250 Message accepted for delivery"

    def to(self) -> list[str]:
        return [r for rcpts, _ in self.got for r in rcpts]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mail_settings(port: int, rate: float = 6) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=port,
        tls="off",
        user=None,
        password=None,
        from_addr="campaigns@crm.example",
        secret="test-secret-1",
        public_url="http://crm.example",
        rate_per_minute=rate,  # 6: one every 10 seconds
    )


@pytest.fixture
def smtp(bot: Bot) -> Iterator[Inbox]:
    """A real SMTP server, and the test bot given the app's SMTP mailer for it."""
    inbox = Inbox(_free_port())
    inbox.settings = _mail_settings(inbox.port)
    bot.mailer = SmtpMailer(inbox.settings)
    ctl = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    ctl.start()
    yield inbox
    ctl.stop()


def _rate(bot: Bot, inbox: Inbox, per_minute: float) -> None:
    inbox.settings = _mail_settings(inbox.port, per_minute)
    bot.mailer = SmtpMailer(inbox.settings)


def _seed(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    for i in range(8):
        console.say(f"contact add Person{i} Test email=p{i}@nordfrakt.no account=Nordfrakt")
    console.say("contact add Dina Dnc email=dina@nordfrakt.no account=Nordfrakt dnc=yes")
    console.say("contact add Erik Erased email=erik@nordfrakt.no account=Nordfrakt")
    console.say("contact erase Erik Erased confirm=yes")
    console.say("contact add Nils Nomail account=Nordfrakt")
    console.say("segment save Nordic logistics industry=logistics region=Nordics")
    console.say(
        'campaign new "Winter mail" type=email segment=Nordic logistics budget=500 EUR '
        "subject=News for {account}, {first_name} "
        "body=Hi {first_name},\\nour winter routes for {account} are out.\\n{signature}"
    )


def test_without_smtp_settings_email_campaigns_say_so(console: ConsoleAdapter, bot: Bot) -> None:
    bot.mailer = SmtpMailer(MailSettings.none())  # an app started with no SMTP variables
    _seed(console)
    console.say("campaign approve Winter mail")
    out = console.say("campaign start Winter mail")
    assert "cannot be sent here" in out and "CRMBOT_SMTP_HOST" in out
    out = console.say("campaign test Winter mail to=ana@example.com")
    assert "cannot be sent here" in out
    out = console.say("campaign show Winter mail")
    assert "approved" in out  # nothing pretended: not running


def test_campaign_sent_paced_once_across_restart_with_unsubscribe(
    console: ConsoleAdapter, console_bob: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    # approval: not by a rep; not started before it
    assert "only a manager or an admin" in console_bob.say("campaign approve Winter mail")
    assert "only a manager or an admin" in console_bob.say("campaign start Winter mail")
    assert "not approved yet" in console.say("campaign start Winter mail")
    # a test message to yourself, through the real server
    out = console.say("campaign test Winter mail to=ana@example.com")
    assert "Test sent to ana@example.com" in out
    ((rcpts, test_msg),) = smtp.got
    assert rcpts == ["ana@example.com"] and test_msg["Subject"].startswith("[TEST] News for")
    smtp.got.clear()

    console.say("campaign approve Winter mail")
    out = console.say("campaign start Winter mail")
    assert "8 emails queued, 6 a minute" in out
    assert "1 do-not-contact" in out and "1 erased" in out and "1 no email" in out

    settings = smtp.settings
    # Pacing: at the start only the first message is due; 25 s later, three.
    a = CampaignMailer(sessions, settings, clock=clock, worker="proc-a")
    assert a.run_once().sent == 1
    clock.advance(seconds=25)
    assert a.run_once().sent == 2 and len(smtp.got) == 3

    # A crash in the middle of a batch: the process dies after handing one message to the
    # server and before the next; its claimed rows stay claimed under its lease.
    calls = {"n": 0}

    def dies_on_second(st: object, msgs: list[EmailMessage]) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is killed here
        send_messages(st, msgs)  # type: ignore[arg-type]

    clock.advance(seconds=40)  # four more due
    crashed = CampaignMailer(sessions, settings, clock=clock, worker="proc-b", send=dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        crashed.run_once()
    assert len(smtp.got) == 4
    # A restarted process (new worker id) does not touch rows still under lease ...
    c = CampaignMailer(sessions, settings, clock=clock, worker="proc-c")
    assert c.run_once().sent == 0
    # ... and takes them over once the lease is over; everything goes out exactly once.
    clock.advance(seconds=200)
    c.run_once()
    to = smtp.to()
    assert sorted(to) == sorted(f"p{i}@nordfrakt.no" for i in range(8))
    assert len(to) == len(set(to)) == 8
    assert not {"dina@nordfrakt.no", "erik@nordfrakt.no"} & set(to)

    # Headers and body of a real message
    msg = next(m for r, m in smtp.got if r == ["p3@nordfrakt.no"])
    assert msg["Subject"] == "News for Nordfrakt, Person3"
    assert msg["From"] == "ana <campaigns@crm.example>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = msg["List-Unsubscribe"].strip("<>")
    assert url.startswith("http://crm.example/unsubscribe/")
    body = msg.get_content().replace("\r\n", "\n")
    assert "Hi Person3,\nour winter routes for Nordfrakt are out.\nana" in body
    assert url in body

    # members reached; results count the sends
    shown = console.say("campaign show Winter mail")
    assert "emails sent: 8 · queued: 0 · failed: 0" in shown and "reached: 8" in shown


async def test_one_click_unsubscribe_route(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("campaign approve Winter mail")
    console.say("campaign start Winter mail")
    clock.advance(minutes=5)
    CampaignMailer(sessions, smtp.settings, clock=clock, worker="w").run_once()
    msg = next(m for r, m in smtp.got if r == ["p1@nordfrakt.no"])
    path = msg["List-Unsubscribe"].strip("<>").removeprefix("http://crm.example")
    app = web.Application()
    app.add_routes(routes(sessions, smtp.settings, clock=clock))
    async with TestClient(TestServer(app)) as client:
        page = await client.get(path)  # a GET shows a button and changes nothing
        assert page.status == 200 and "Unsubscribe" in await page.text()
        with transaction(sessions) as s:
            assert (
                s.scalar(select(Contact.email_opt_out_at).where(Contact.email == "p1@nordfrakt.no"))
                is None
            )
        forged = await client.post(path[:-4] + "0000", data={"List-Unsubscribe": "One-Click"})
        assert forged.status == 404
        done = await client.post(path, data={"List-Unsubscribe": "One-Click"})  # RFC 8058
        assert done.status == 200 and "unsubscribed" in (await done.text()).lower()
    with transaction(sessions) as s:
        p1 = s.scalar(select(Contact).where(Contact.email == "p1@nordfrakt.no"))
        assert p1.email_opt_out_at is not None
        m = s.scalar(select(CampaignMember).where(CampaignMember.contact_id == p1.id))
        assert m.status == "opted_out"
        audit = s.scalar(
            select(AuditLog).where(AuditLog.action == "unsubscribe", AuditLog.entity_id == p1.id)
        )
        assert audit is not None and audit.after["via"] == "one-click link"
    card = console.say("contact show Person1 Test")
    assert "unsubscribed from email" in card and "from campaign" not in card
    # the next email campaign leaves them out, and says why
    console.say(
        'campaign new "Spring mail" type=email segment=Nordic logistics subject=Hi body=Hello'
    )
    console.say("campaign approve Spring mail")
    out = console.say("campaign start Spring mail")
    assert "7 emails queued" in out and "1 unsubscribed" in out
    assert "opted out: 1" in console.say("campaign show Winter mail")


def test_marked_do_not_contact_after_start_gets_nothing(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("campaign approve Winter mail")
    console.say("campaign start Winter mail")
    console.say("contact edit Person5 Test dnc=yes")
    clock.advance(minutes=5)
    stats = CampaignMailer(sessions, smtp.settings, clock=clock, worker="w").run_once()
    assert stats.sent == 7 and stats.skipped == 1
    assert "p5@nordfrakt.no" not in smtp.to()
    with transaction(sessions) as s:  # the sender's changes are audited
        sends = list(s.scalars(select(AuditLog).where(AuditLog.action == "send")))
    assert sum(a.after == {"send_status": "sent", "status": "reached"} for a in sends) == 7
    assert [a.after for a in sends if "not_sent" in a.after] == [{"not_sent": "do-not-contact"}]


def test_two_sender_processes_send_each_message_once(
    console: ConsoleAdapter, engine, bot: Bot, smtp: Inbox
) -> None:
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    _rate(bot, smtp, 60000)  # all due at once
    console.say("account add Nordfrakt industry=logistics region=Nordics")
    for i in range(40):
        console.say(f"contact add Bulk{i} Person email=bulk{i}@nordfrakt.no account=Nordfrakt")
    console.say("segment save Nordic logistics industry=logistics region=Nordics")
    console.say(
        'campaign new "Bulk mail" type=email segment=Nordic logistics subject=Hi body=Hello'
    )
    console.say("campaign approve Bulk mail")
    assert "40 emails queued" in console.say("campaign start Bulk mail")
    url = engine.url.render_as_string(hide_password=False)
    schema = "-" if engine.dialect.name == "sqlite" else f"crmbot_test_{os.getpid()}"
    worker = Path(__file__).parents[1] / "campaign_mail_worker.py"
    env = {**os.environ, **smtp.env, "PYTHONPATH": str(Path(__file__).parents[2])}
    start_at = time.time() + 3
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), url, schema, str(start_at)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    to = smtp.to()
    assert len(to) == len(set(to)) == 40
    sent = [int(out.split("sent=")[1].split()[0]) for out, _ in outs]
    assert sum(sent) == 40 and all(n > 0 for n in sent), sent  # both took part


def test_crmbot_scheduler_once_sends_due_campaign_email(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys, smtp: Inbox
) -> None:
    from bot.app import build_app
    from bot.cli import main as cli
    from bot.config import load_config
    from storage.workspaces import get_or_create_workspace

    for k, v in smtp.env.items():  # the CLI reads its settings from the environment
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("CRMBOT_DATABASE_URL", f"sqlite:///{tmp_path}/crm.db")
    monkeypatch.setenv("CRMBOT_CAMPAIGN_RATE", "60000")
    monkeypatch.chdir(tmp_path)
    app = build_app(load_config(dotenv=False))
    with transaction(app.sessions) as s:
        ws = get_or_create_workspace(s, "default", "Europe/Madrid", "EUR")
    chat = ConsoleAdapter(app.bot, ws.id, "ana", "Europe/Madrid")
    _seed(chat)
    chat.say("campaign approve Winter mail")
    chat.say("campaign start Winter mail")
    capsys.readouterr()
    assert cli(["scheduler", "--once"]) == 0
    assert "campaign emails: sent 8, skipped 0" in capsys.readouterr().out
    assert len(smtp.to()) == 8


async def test_crmbot_run_sends_and_serves_the_unsubscribe_link(
    console: ConsoleAdapter, engine, sessions, bot, smtp: Inbox
) -> None:
    """The real `crmbot run` composition (bot/run.py serve): the sender runs beside the
    reminder loop and the unsubscribe route is on the one web server."""
    import asyncio
    import contextlib

    import aiohttp

    from bot.app import App
    from bot.config import load_config
    from bot.run import serve

    _rate(bot, smtp, 60000)
    _seed(console)
    console.say("campaign approve Winter mail")
    console.say("campaign start Winter mail")
    port = _free_port()
    env = {
        **smtp.env,
        "CRMBOT_HOST": "127.0.0.1",
        "CRMBOT_PORT": str(port),
        "CRMBOT_FOLLOWUPS": "off",
    }
    app = App(load_config(env, dotenv=False), engine, sessions, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, wanted={}, scheduler=True, stop_event=stop))
    try:
        for _ in range(500):
            if len(smtp.got) >= 8:
                break
            await asyncio.sleep(0.02)
        assert sorted(smtp.to()) == sorted(f"p{i}@nordfrakt.no" for i in range(8))
        url = smtp.got[0][1]["List-Unsubscribe"].strip("<>")
        path = url.removeprefix("http://crm.example")
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.post(
                        f"http://127.0.0.1:{port}{path}", data={"List-Unsubscribe": "One-Click"}
                    ) as r:
                        if r.status == 200:
                            break
                await asyncio.sleep(0.02)
            assert r.status == 200
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
    with transaction(sessions) as s:
        n = s.scalar(select(Contact.id).where(Contact.email_opt_out_at.is_not(None)))
        assert n is not None


def test_email_waits_for_a_start_date_ahead(
    console: ConsoleAdapter, sessions, clock, smtp: Inbox
) -> None:
    _seed(console)
    console.say("campaign edit Winter mail start=2026-11-30")  # a Monday; today is Thursday
    console.say("campaign approve Winter mail")
    console.say("campaign start Winter mail")
    mailer = CampaignMailer(sessions, smtp.settings, clock=clock, worker="w")
    assert mailer.run_once().sent == 0  # nothing before the start date
    with transaction(sessions) as s:
        first = s.scalar(select(CampaignMember.due_at).order_by(CampaignMember.due_at).limit(1))
    assert first.isoformat() == "2026-11-30T07:00:00+00:00"  # 08:00 in Madrid
    clock.advance(days=4, hours=1)
    assert mailer.run_once().sent > 0
