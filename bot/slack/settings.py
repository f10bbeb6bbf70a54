"""Slack configuration from the environment, and the Web API client it implies."""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Config

DEFAULT_API_URL = "https://slack.com/api/"
# What the bot token needs (kept in step with bot/slack/manifest.yaml).
BOT_SCOPES = (
    "app_mentions:read",
    "channels:history",
    "channels:read",
    "chat:write",
    "commands",
    "files:read",
    "files:write",
    "groups:history",
    "groups:read",
    "im:history",
    "im:read",
    "im:write",
    "reactions:read",
    "reactions:write",
    "users:read",
)


@dataclass(frozen=True, repr=False)
class SlackSettings:
    """What the Slack adapter runs with. ``repr`` is off: it holds secrets."""

    signing_secret: str = ""
    bot_token: str | None = None  # single workspace (xoxb-)
    app_token: str | None = None  # Socket Mode (xapp-)
    client_id: str | None = None  # OAuth (multi-workspace)
    client_secret: str | None = None
    state_secret: str | None = None
    redirect_uri: str | None = None
    api_url: str = DEFAULT_API_URL
    adopt_workspace: str | None = None  # map the first team onto this existing workspace
    max_retries: int = 3
    timezone: str = "UTC"
    currency: str = "EUR"

    def __repr__(self) -> str:
        return f"SlackSettings(mode={self.mode}, oauth={self.oauth}, api_url={self.api_url})"

    @property
    def oauth(self) -> bool:
        return bool(self.client_id and self.client_secret)

    @property
    def mode(self) -> str:
        return "socket" if self.app_token else "http"

    @classmethod
    def from_config(cls, config: Config) -> SlackSettings | None:
        """None when Slack is not configured at all (no bot token, no OAuth app)."""
        s = config.settings
        bot_token, client_id = s.slack_bot_token, s.slack_client_id
        if not bot_token and not client_id:
            return None
        api_url = s.slack_api_url
        return cls(
            signing_secret=s.slack_signing_secret or "",
            bot_token=bot_token,
            app_token=s.slack_app_token,
            client_id=client_id,
            client_secret=s.slack_client_secret,
            state_secret=s.slack_state_secret,
            redirect_uri=s.slack_redirect_uri,
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            adopt_workspace=s.crmbot_slack_workspace,
            max_retries=s.crmbot_slack_max_retries,
            timezone=config.timezone,
            currency=config.currency,
        )

    def problems(self) -> list[str]:
        """Configuration mistakes that would make Slack reject every request."""
        out = []
        if self.mode == "http" and not self.signing_secret:
            out.append("SLACK_SIGNING_SECRET is required in HTTP mode")
        if self.client_id and not self.client_secret:
            out.append("SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID")
        if self.app_token and not self.app_token.startswith("xapp-"):
            out.append("SLACK_APP_TOKEN must be an app-level token (xapp-...)")
        if self.bot_token and not self.oauth and not self.bot_token.startswith("xoxb-"):
            out.append("SLACK_BOT_TOKEN must be a bot token (xoxb-...)")
        return out


def retry_handlers(max_retries: int = 3) -> list:  # type: ignore[type-arg]
    """429s, connection drops and 5xx are retried (slack_sdk retries none of 429 by default)."""
    return [
        AsyncRateLimitErrorRetryHandler(max_retry_count=max_retries),
        AsyncConnectionErrorRetryHandler(max_retry_count=max_retries),
        AsyncServerErrorRetryHandler(max_retry_count=max_retries),
    ]


def web_client(settings: SlackSettings, token: str | None = None) -> AsyncWebClient:
    return AsyncWebClient(
        token=token,
        base_url=settings.api_url,
        timeout=15,
        retry_handlers=retry_handlers(settings.max_retries),
    )
