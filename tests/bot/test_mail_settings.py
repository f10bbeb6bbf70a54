"""The SMTP settings are read once, by bot/settings.py, and reach the core as a port."""

from __future__ import annotations

import pytest

from bot.app import build_app
from bot.config import load_config
from bot.settings import settings_from
from storage.errors import UserError


def test_mail_settings_come_from_the_one_settings_object() -> None:
    s = settings_from(
        {
            "CRMBOT_SMTP_HOST": "smtp.example.com",
            "CRMBOT_SMTP_PORT": "465",
            "CRMBOT_SMTP_TLS": "SSL",
            "CRMBOT_SMTP_USER": "bot",
            "CRMBOT_SMTP_PASSWORD": "pw",
            "CRMBOT_SMTP_FROM": "crm@example.com",
            "CRMBOT_SECRET_KEY": "k",
            "CRMBOT_PUBLIC_URL": "https://crm.example.com/",
            "CRMBOT_CAMPAIGN_RATE": "12",
        }
    ).mail()
    assert (s.host, s.port, s.tls, s.user, s.from_addr) == (
        "smtp.example.com",
        465,
        "ssl",
        "bot",
        "crm@example.com",
    )
    assert s.public_url == "https://crm.example.com" and s.rate_per_minute == 12
    assert s.problems() == []
    bare = settings_from({}).mail()
    assert [p.split("(")[1].rstrip(")") for p in bare.problems()] == [
        "CRMBOT_SMTP_HOST",
        "CRMBOT_SMTP_FROM",
        "CRMBOT_SECRET_KEY",
    ]


def test_a_bad_tls_mode_stops_start_up_naming_the_variable() -> None:
    with pytest.raises(UserError, match="CRMBOT_SMTP_TLS"):
        settings_from({"CRMBOT_SMTP_TLS": "maybe"})


def test_the_app_gives_the_core_its_mailer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        "CRMBOT_DATABASE_URL": f"sqlite:///{tmp_path}/crm.db",
        "CRMBOT_SMTP_HOST": "127.0.0.1",
        "CRMBOT_SMTP_FROM": "crm@example.com",
    }
    app = build_app(load_config(env, dotenv=False))
    assert app.bot.mailer is not None
    assert app.bot.mailer.settings.host == "127.0.0.1"
    assert app.bot.mailer.settings.problems() == [
        "no secret key signs the unsubscribe links (CRMBOT_SECRET_KEY)"
    ]
