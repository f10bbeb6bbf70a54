"""Every environment variable crmbot reads, in one typed, validated object.

Read once by the CLI entry point (``bot.config.load_config``) and passed down; nothing
else reads the environment. A bad value stops start-up with one message that names
every bad variable. The README's configuration table is checked against this class by
a test (tests/bot/test_settings_env.py), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from storage.campaign_email import MailSettings
from storage.errors import UserError

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SMTP_TLS = ("starttls", "ssl", "off")


def _env(name: str, *old: str) -> Any:
    """The variable's name (and old names still read) as the field's alias."""
    return AliasChoices(name, *old) if old else name


class Settings(BaseSettings):
    """crmbot's configuration. Field names are the variable names in lower case."""

    model_config = SettingsConfigDict(
        extra="ignore", case_sensitive=True, frozen=True, hide_input_in_errors=True
    )

    # -- the core --------------------------------------------------------------------------
    crmbot_database_url: str = Field(
        "sqlite:///crmbot.db", validation_alias=_env("CRMBOT_DATABASE_URL")
    )
    # PostgreSQL: psycopg prepares a statement on the server once a connection has run it
    # this many times; "off" never (PgBouncer before 1.21 in transaction mode).
    crmbot_pg_prepare: str = Field(
        "5", validation_alias=_env("CRMBOT_PG_PREPARE"), pattern=r"^(off|[0-9]{1,4})$"
    )
    crmbot_timezone: str = Field("UTC", validation_alias=_env("CRMBOT_TIMEZONE"))
    crmbot_currency: str = Field(
        "EUR", validation_alias=_env("CRMBOT_CURRENCY"), pattern=r"^[A-Za-z]{3}$"
    )
    crmbot_log_level: str = Field("INFO", validation_alias=_env("CRMBOT_LOG_LEVEL"))
    crmbot_log_format: str | None = Field(None, validation_alias=_env("CRMBOT_LOG_FORMAT"))
    crmbot_host: str = Field("0.0.0.0", validation_alias=_env("CRMBOT_HOST"))
    crmbot_port: int = Field(3000, validation_alias=_env("CRMBOT_PORT"), ge=1, le=65535)
    crmbot_workers: int = Field(
        8, validation_alias=_env("CRMBOT_WORKERS", "CRMBOT_SLACK_WORKERS"), ge=1, le=256
    )
    # -- reminders -------------------------------------------------------------------------
    crmbot_scheduler_sweep: float = Field(5, validation_alias=_env("CRMBOT_SCHEDULER_SWEEP"), gt=0)
    crmbot_scheduler_lease: float = Field(
        120, validation_alias=_env("CRMBOT_SCHEDULER_LEASE"), gt=0
    )
    crmbot_followups: bool = Field(True, validation_alias=_env("CRMBOT_FOLLOWUPS"))
    crmbot_followup_interval: float = Field(
        600, validation_alias=_env("CRMBOT_FOLLOWUP_INTERVAL"), gt=0
    )
    crmbot_console_reminders: bool = Field(True, validation_alias=_env("CRMBOT_CONSOLE_REMINDERS"))
    # -- documents and business cards ------------------------------------------------------
    crmbot_files_dir: str = Field("files", validation_alias=_env("CRMBOT_FILES_DIR"))
    crmbot_tesseract_cmd: str = Field("tesseract", validation_alias=_env("CRMBOT_TESSERACT_CMD"))
    crmbot_ocr_languages: str = Field(
        "eng+deu+fra+spa",
        validation_alias=_env("CRMBOT_OCR_LANGUAGES"),
        pattern=r"^[a-z_]{3,16}(\+[a-z_]{3,16})*$",
    )
    # -- Slack -----------------------------------------------------------------------------
    slack_bot_token: str | None = Field(None, validation_alias=_env("SLACK_BOT_TOKEN"))
    slack_signing_secret: str | None = Field(None, validation_alias=_env("SLACK_SIGNING_SECRET"))
    slack_app_token: str | None = Field(None, validation_alias=_env("SLACK_APP_TOKEN"))
    slack_client_id: str | None = Field(None, validation_alias=_env("SLACK_CLIENT_ID"))
    slack_client_secret: str | None = Field(None, validation_alias=_env("SLACK_CLIENT_SECRET"))
    slack_state_secret: str | None = Field(None, validation_alias=_env("SLACK_STATE_SECRET"))
    slack_redirect_uri: str | None = Field(None, validation_alias=_env("SLACK_REDIRECT_URI"))
    slack_api_url: str = Field("https://slack.com/api/", validation_alias=_env("SLACK_API_URL"))
    crmbot_slack_workspace: str | None = Field(
        None, validation_alias=_env("CRMBOT_SLACK_WORKSPACE")
    )
    crmbot_slack_max_retries: int = Field(
        3, validation_alias=_env("CRMBOT_SLACK_MAX_RETRIES"), ge=0, le=20
    )
    # -- Telegram --------------------------------------------------------------------------
    telegram_bot_token: str | None = Field(None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_api_url: str = Field(
        "https://api.telegram.org/bot", validation_alias=_env("TELEGRAM_API_URL")
    )
    telegram_file_url: str | None = Field(None, validation_alias=_env("TELEGRAM_FILE_URL"))
    telegram_webhook_url: str | None = Field(None, validation_alias=_env("TELEGRAM_WEBHOOK_URL"))
    telegram_webhook_secret: str | None = Field(
        None,
        validation_alias=_env("TELEGRAM_WEBHOOK_SECRET"),
        pattern=r"^[A-Za-z0-9_-]{1,256}$",
    )
    telegram_admin_ids: Annotated[frozenset[str], NoDecode] = Field(
        frozenset(), validation_alias=_env("TELEGRAM_ADMIN_IDS")
    )
    telegram_bot_username: str | None = Field(None, validation_alias=_env("TELEGRAM_BOT_USERNAME"))

    # -- email campaigns (passed down as ``mail()``; see the README) -----------------------
    crmbot_smtp_host: str | None = Field(None, validation_alias=_env("CRMBOT_SMTP_HOST"))
    crmbot_smtp_port: int = Field(587, validation_alias=_env("CRMBOT_SMTP_PORT"), ge=1, le=65535)
    crmbot_smtp_tls: str = Field("starttls", validation_alias=_env("CRMBOT_SMTP_TLS"))
    crmbot_smtp_user: str | None = Field(None, validation_alias=_env("CRMBOT_SMTP_USER"))
    crmbot_smtp_password: str | None = Field(None, validation_alias=_env("CRMBOT_SMTP_PASSWORD"))
    crmbot_smtp_from: str | None = Field(None, validation_alias=_env("CRMBOT_SMTP_FROM"))
    crmbot_secret_key: str | None = Field(None, validation_alias=_env("CRMBOT_SECRET_KEY"))
    crmbot_public_url: str = Field(
        "http://localhost:3000", validation_alias=_env("CRMBOT_PUBLIC_URL")
    )
    crmbot_campaign_rate: float = Field(30, validation_alias=_env("CRMBOT_CAMPAIGN_RATE"), gt=0)

    def mail(self) -> MailSettings:
        """The email campaign settings the app gives the mailer, the sender and the
        unsubscribe route (nothing in the core reads them from the environment)."""
        return MailSettings(
            host=self.crmbot_smtp_host,
            port=self.crmbot_smtp_port,
            tls=self.crmbot_smtp_tls,
            user=self.crmbot_smtp_user,
            password=self.crmbot_smtp_password,
            from_addr=self.crmbot_smtp_from,
            secret=self.crmbot_secret_key,
            public_url=self.crmbot_public_url.rstrip("/"),
            rate_per_minute=self.crmbot_campaign_rate,
        )

    def __repr__(self) -> str:  # never the secrets
        return "Settings(...)"

    __str__ = __repr__

    @field_validator("crmbot_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("not a time zone; use an IANA name such as Europe/Madrid") from exc
        return value

    @field_validator("crmbot_smtp_tls")
    @classmethod
    def _tls(cls, value: str) -> str:
        if value.lower() not in SMTP_TLS:
            raise ValueError(f"one of {', '.join(SMTP_TLS)}")
        return value.lower()

    @field_validator("crmbot_currency", "crmbot_log_level")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    @field_validator("crmbot_log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value not in LOG_LEVELS:
            raise ValueError(f"one of {', '.join(LOG_LEVELS)}")
        return value

    @field_validator("telegram_admin_ids", mode="before")
    @classmethod
    def _ids(cls, value: Any) -> Any:
        if isinstance(value, str):  # "123, 456" (comma-separated user ids)
            return frozenset(a.strip() for a in value.split(",") if a.strip())
        return value

    @field_validator("telegram_bot_username")
    @classmethod
    def _username(cls, value: str | None) -> str | None:
        return (value or "").lstrip("@") or None

    @classmethod
    def variables(cls) -> dict[str, Any]:
        """Variable name -> default, for every variable (old names not included)."""
        out: dict[str, Any] = {}
        for field in cls.model_fields.values():
            alias = field.validation_alias
            name = alias.choices[0] if isinstance(alias, AliasChoices) else alias
            out[str(name)] = field.default
        return out


def settings_from(env: Mapping[str, str]) -> Settings:
    """Settings from a mapping of environment variables; an empty value counts as unset.

    Raises:
        UserError: naming every bad variable and why, in one message.
    """
    given = {k: v for k, v in env.items() if v not in (None, "")}
    try:
        return Settings.model_validate(given)
    except ValidationError as exc:
        names = Settings.variables()
        problems = []
        for err in exc.errors():
            where = [str(p) for p in err["loc"]]
            name = next((w for w in where if w in names or w.isupper()), ".".join(where))
            problems.append(f"{name}: {err['msg']}")
        raise UserError("bad configuration: " + "; ".join(problems)) from None
