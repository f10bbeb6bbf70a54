"""Configuration from environment variables (and a .env file in the working directory).

Read once by the CLI entry point and passed down; nothing reads os.environ at import.
Every variable is a typed field of :class:`bot.settings.Settings`; ``Config`` adds the
few values every part of the app needs under short names.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.settings import Settings, settings_from
from storage.db import PG_PREPARE, normalize_url

DEFAULT_DB = "sqlite:///crmbot.db"


@dataclass(frozen=True)
class Config:
    database_url: str = DEFAULT_DB
    # psycopg's prepare_threshold on PostgreSQL (None: never prepare; see storage.db)
    pg_prepare: int | None = PG_PREPARE
    timezone: str = "UTC"
    currency: str = "EUR"
    log_level: str = "INFO"
    host: str = "0.0.0.0"
    port: int = 3000
    env: Mapping[str, str] = field(default_factory=dict, repr=False)
    # Every variable, typed and validated (from ``env`` when not given).
    settings: Settings = field(default=None, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.settings is None:
            object.__setattr__(self, "settings", settings_from(self.env))


def load_config(env: Mapping[str, str] | None = None, dotenv: bool = True) -> Config:
    """The configuration; a bad variable stops here with one message naming it."""
    if env is None:
        if dotenv:
            from dotenv import load_dotenv

            load_dotenv(os.path.join(os.getcwd(), ".env"), override=False)
        env = dict(os.environ)
    s = settings_from(env)
    return Config(
        database_url=normalize_url(s.crmbot_database_url),
        pg_prepare=None if s.crmbot_pg_prepare == "off" else int(s.crmbot_pg_prepare),
        timezone=s.crmbot_timezone,
        currency=s.crmbot_currency,
        log_level=s.crmbot_log_level,
        host=s.crmbot_host,
        port=s.crmbot_port,
        env=dict(env),
        settings=s,
    )
