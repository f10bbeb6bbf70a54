"""`campaign test` reaches the outside world only through the mailer port the app gives
the bot (handlers/ports.py): a fake port sees the message, and its failure is shown."""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage

from bot.console import ConsoleAdapter
from handlers.core import Bot
from storage.campaign_email import MailSettings

READY = MailSettings(
    host="smtp.invalid",
    port=25,
    tls="off",
    user=None,
    password=None,
    from_addr="crm@example.com",
    secret="k",
    public_url="https://crm.example.com",
    rate_per_minute=30,
)


@dataclass
class FakeMailer:
    settings: MailSettings = READY
    sent: list[EmailMessage] = field(default_factory=list)
    refuse: bool = False

    def send(self, messages: Sequence[EmailMessage]) -> None:
        if self.refuse:
            raise smtplib.SMTPRecipientsRefused({"x@example.com": (550, b"no such user")})
        self.sent.extend(messages)


def _seed(console: ConsoleAdapter) -> None:
    console.say("account add Nordfrakt industry=logistics")
    console.say("contact add Kari Nord email=kari@nordfrakt.no account=Nordfrakt")
    console.say("segment save Nordic industry=logistics")
    console.say(
        'campaign new "Winter" type=email segment=Nordic subject=Hi {first_name} '
        "body=Hello {first_name} at {account}"
    )


def test_campaign_test_hands_the_message_to_the_port(console: ConsoleAdapter, bot: Bot) -> None:
    mailer = FakeMailer()
    bot.mailer = mailer
    _seed(console)
    out = console.say("campaign test Winter to=ana@example.com")
    assert "Test sent to ana@example.com: [TEST] Hi Kari" in out
    (msg,) = mailer.sent
    assert msg["To"] == "Kari Nord <ana@example.com>"
    assert msg["List-Unsubscribe"].startswith("<https://crm.example.com/unsubscribe/")
    assert "Hello Kari at Nordfrakt" in msg.get_content()
    assert "not a valid email" in console.say("campaign test Winter to=not-an-address").lower()
    assert len(mailer.sent) == 1


def test_a_refused_test_message_is_said_and_no_port_means_no_email(
    console: ConsoleAdapter, bot: Bot
) -> None:
    _seed(console)
    bot.mailer = None  # a bot built without the app's mailer
    out = console.say("campaign test Winter to=ana@example.com")
    assert "cannot be sent here" in out and "CRMBOT_SMTP_HOST" in out
    bot.mailer = FakeMailer(refuse=True)
    out = console.say("campaign test Winter to=ana@example.com")
    assert "the test message was not sent: SMTPRecipientsRefused" in out
    assert "no such user" in out
