"""``crmbot run``'s Slack service: HTTP routes on the shared server, or Socket Mode.

HTTP mode mounts bolt's dispatcher on the one aiohttp server (bolt's own server
serves a single path): POST /slack/events takes events, commands and
interactivity; GET /slack/install and /slack/oauth_redirect run the OAuth install.
Socket Mode (SLACK_APP_TOKEN) needs no public URL and adds no routes.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier

from bot.app import App
from bot.slack import guard
from bot.slack.adapter import SlackAdapter
from bot.slack.notifier import SlackNotifier
from bot.slack.settings import SlackSettings, web_client
from storage.errors import UserError

log = logging.getLogger("crmbot.slack")

EVENTS_PATH = "/slack/events"
INSTALLS_PER_MINUTE = 10  # per client address; a person needs one or two
# apps.connections.open answers that mean the app token itself is wrong (not an outage).
TOKEN_REFUSED = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "not_allowed_token_type",
        "token_revoked",
        "token_expired",
        "account_inactive",
        "missing_scope",
    }
)


class SlackService:
    name = "slack"

    def __init__(self, app: App, settings: SlackSettings) -> None:
        self.settings = settings
        self.adapter = SlackAdapter(app, settings)
        self.notifier = SlackNotifier(self.adapter.client_for_workspace)
        self._socket: Any = None
        # Each GET /slack/install writes an OAuth state row: bound it per client address.
        self.install_limit = guard.PerClientLimit(INSTALLS_PER_MINUTE, 60.0)
        # Socket Mode has no signing secret (and no HTTP route to guard).
        self.verifier = SignatureVerifier(settings.signing_secret or "unused-in-socket-mode")

    @property
    def bolt(self):  # type: ignore[no-untyped-def]
        return self.adapter.bolt

    async def events(self, request: web.Request) -> web.Response:
        raw = await request.read()
        try:
            checked = guard.check(raw, request.headers, self.verifier, request.content_type)
        except guard.Refused as exc:
            log.info(
                "slack request refused status=%s reason=%s bytes=%d from=%s",
                exc.status,
                exc.reason,
                len(raw),
                request.remote,
            )
            return web.Response(status=exc.status, text=exc.reason)
        key = checked.replay_key
        if key is not None and not await self.adapter.edge.claim("slack", key):
            log.info("slack request refused: a replay of one already handled")
            return web.Response(status=200)
        bolt_resp = await self.bolt.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_resp)

    async def oauth(self, request: web.Request) -> web.Response:
        flow = self.bolt.oauth_flow
        if flow is None:
            return web.Response(status=404)
        bolt_req = await to_bolt_request(request)
        if request.path == flow.install_path:
            if not self.install_limit.allow(request.remote or "?"):
                log.info("slack install refused: rate limit from=%s", request.remote)
                return web.Response(status=429, text="too many install attempts; wait a minute")
            bolt_resp = await flow.handle_installation(bolt_req)
        else:
            bolt_resp = await flow.handle_callback(bolt_req)
        return await to_aiohttp_response(bolt_resp)

    def routes(self) -> list[web.RouteDef]:
        if self.settings.mode == "socket":
            return []
        routes = [web.post(EVENTS_PATH, self.events)]
        flow = self.bolt.oauth_flow
        if flow is not None:
            routes += [
                web.get(flow.install_path, self.oauth),
                web.get(flow.redirect_uri_path, self.oauth),
            ]
        return routes

    async def start(self) -> None:
        if self.settings.mode == "socket":
            from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

            self._socket = AsyncSocketModeHandler(
                self.bolt,
                app_token=self.settings.app_token,
                web_client=web_client(self.settings),
                logger=logging.getLogger("crmbot.slack.socket"),
            )
            # slack_sdk retries a refused apps.connections.open every 10 s forever, so a
            # wrong or revoked xapp- token would hang `crmbot run` (and every service started
            # after Slack). Ask once first; connect() then uses that URL, or keeps retrying
            # as before when Slack could not be reached (an outage is not a config mistake).
            client = self._socket.client
            try:
                client.wss_uri = await client.issue_new_wss_url()
            except Exception as exc:
                error = exc.response.get("error") if isinstance(exc, SlackApiError) else None
                if error in TOKEN_REFUSED:
                    await self._socket.close_async()
                    self._socket = None
                    raise UserError(f"Slack refused SLACK_APP_TOKEN ({error})") from exc
            await self._socket.connect_async()
        log.info(
            "slack started mode=%s oauth=%s api=%s",
            self.settings.mode,
            self.settings.oauth,
            self.settings.api_url,
        )

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
        await self.adapter.close()


def build_service(app: App) -> SlackService | None:
    """The Slack service, or None when no Slack credentials are configured."""
    settings = SlackSettings.from_config(app.config)
    if settings is None:
        return None
    problems = settings.problems()
    if problems:
        raise UserError("Slack is misconfigured: " + "; ".join(problems))
    return SlackService(app, settings)


def build_notifier(app: App) -> SlackNotifier | None:
    """Sending only, for ``crmbot scheduler`` running without the rest of the bot."""
    settings = SlackSettings.from_config(app.config)
    if settings is None:
        return None
    return SlackNotifier(SlackAdapter(app, settings).client_for_workspace)
