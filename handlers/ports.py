"""What the core is given by the app, not what it reaches for: the ports of the core.

A command that needs the outside world (sending an email) calls a port the app injected
into :class:`handlers.core.Bot`; the core never imports the scheduler or opens a
connection, and a test gives it a fake or a real server's client the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from typing import Protocol

from storage.campaign_email import MailSettings


class Mailer(Protocol):
    """Sends email for the core (``campaign test``) and says how email is configured.

    ``settings`` tells the core whether email campaigns may go out (``problems()``) and
    at what pace; ``send`` delivers messages or raises the server's error.
    """

    @property
    def settings(self) -> MailSettings: ...

    def send(self, messages: Sequence[EmailMessage]) -> None: ...
