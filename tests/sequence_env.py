"""The mail settings a test set in the environment, read the way the app reads them
(``bot/settings.py``), for tests that build a sequence runner or mailer themselves."""

from __future__ import annotations

import os

from bot.settings import settings_from
from storage.campaign_email import MailSettings


def mail_settings() -> MailSettings:
    return settings_from(os.environ).mail()
