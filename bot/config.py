"""Configuration from environment variables (and a .env file in the working directory).

Read once by the CLI entry point and passed down; nothing reads os.environ at import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from storage.db import normalize_url

DEFAULT_DB = "sqlite:///crmbot.db"


@dataclass(frozen=True)
class Config:
    database_url: str = DEFAULT_DB
    timezone: str = "UTC"
    currency: str = "EUR"
    log_level: str = "INFO"
    host: str = "0.0.0.0"
    port: int = 3000
    env: dict[str, str] = field(default_factory=dict, repr=False)

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.env.get(key)
        return value if value not in (None, "") else default


def load_config(env: dict[str, str] | None = None, dotenv: bool = True) -> Config:
    if env is None:
        if dotenv:
            from dotenv import load_dotenv

            load_dotenv(os.path.join(os.getcwd(), ".env"), override=False)
        env = dict(os.environ)
    return Config(
        database_url=normalize_url(env.get("CRMBOT_DATABASE_URL") or DEFAULT_DB),
        timezone=env.get("CRMBOT_TIMEZONE") or "UTC",
        currency=(env.get("CRMBOT_CURRENCY") or "EUR").upper(),
        log_level=(env.get("CRMBOT_LOG_LEVEL") or "INFO").upper(),
        host=env.get("CRMBOT_HOST") or "0.0.0.0",
        port=int(env.get("CRMBOT_PORT") or 3000),
        env=env,
    )
