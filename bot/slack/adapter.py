"""The bolt AsyncApp: Slack requests in, the platform-free core, Block Kit out.

Every listener acks first (slash commands, buttons and forms through bolt's lazy
listeners; events are acked by bolt before the listener runs) and only then does
the slow part: the core (`Bot.handle`, synchronous, one transaction) runs in a
bounded thread pool so the event loop keeps acking other requests meanwhile.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import logsafe
from bot.app import App
from bot.edge import DELETED, EDITED, Edge, wants_import
from bot.slack import blocks as bk
from bot.slack import cases as slack_cases
from bot.slack import files as slack_files
from bot.slack import modals, send, shortcuts
from bot.slack.home import home_view
from bot.slack.mrkdwn import typed
from bot.slack.people import Directory, Where
from bot.slack.settings import BOT_SCOPES, SlackSettings, web_client
from handlers import access, registry
from handlers.commands.files import record_ref_on_card
from handlers.types import Attachment, Incoming, Reply, Sender
from storage.vcards import looks_like_vcard

log = logging.getLogger("crmbot.slack")
T = TypeVar("T")

PROFILE_TTL = timedelta(days=1)
FORMS = {"contact add": modals.CONTACT, "deal add": modals.DEAL}
FORM_LABELS = {modals.CONTACT: "New contact", modals.DEAL: "New deal"}
MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|([^>]*))?>")
IGNORED_SUBTYPES_OK = (None, "thread_broadcast", "file_share")
EDITS = ("message_changed", "message_deleted")  # answered in one line, never read again


def split_share(text: str) -> tuple[str, bool]:
    """'share deal show Acme' / 'deal show Acme share' -> ('deal show Acme', True)."""
    words = text.split()
    if words and words[0].lower() == "share":
        return " ".join(words[1:]), True
    if len(words) > 1 and words[-1].lower() == "share":
        return " ".join(words[:-1]), True
    return text.strip(), False


def form_for(text: str) -> str | None:
    """The modal to open for a bare 'contact add' / 'deal add' (no arguments)."""
    cmd, rest = registry.lookup(text)
    if cmd is not None and not rest.strip():
        return FORMS.get(cmd.name)
    return None


def foreign_user(body: dict[str, Any]) -> bool:
    """A person from another organisation (Slack Connect) clicking or submitting in our team."""
    team = (body.get("team") or {}).get("id")
    user_team = (body.get("user") or {}).get("team_id")
    return bool(team and user_team and team != user_team)


def has_card(files: list[dict[str, Any]]) -> bool:
    """Whether a shared file is a contact card (.vcf), by its name or declared type."""
    return any(looks_like_vcard(str(f.get("name") or ""), f.get("mimetype")) for f in files)


PRESSED = "You pressed that button already; nothing more was done."


def press_key(body: dict[str, Any], value: str) -> str | None:
    """One press per person, button and message content: the first press updates the
    message (its buttons change), so the same click on the same content again is a
    double click that raced the update ("Tomorrow 9:00" twice snoozed to the day after).
    Each click has its own trigger_id, so the request guard does not catch it. An
    ephemeral message comes without its content: None, not claimed (as before)."""
    msg = body.get("message")
    if not isinstance(msg, dict):
        return None
    container = body.get("container") or {}
    shown = json.dumps([msg.get("text"), msg.get("blocks")], sort_keys=True, default=str)
    user = (body.get("user") or {}).get("id") or ""
    where = f"{container.get('channel_id') or ''}:{container.get('message_ts') or ''}"
    digest = hashlib.sha256(f"{where}\n{user}\n{shown}\n{value}".encode()).hexdigest()
    return f"press:{digest}"


def posted_at(ts: object) -> datetime | None:
    """When a Slack message was posted, from its ts ("1700000001.000100": epoch seconds);
    None when there is none (a Home tab's button)."""
    try:
        return datetime.fromtimestamp(float(str(ts)), UTC) if ts else None
    except (ValueError, OverflowError):
        return None


def command_name(text: str) -> str:
    cmd, _ = registry.lookup(text)
    return cmd.name.replace(" ", ".") if cmd else ("empty" if not text.strip() else "free-text")


class SlackAdapter:
    """Owns the bolt app, its listeners and the worker pool for the core."""

    def __init__(self, app: App, settings: SlackSettings) -> None:
        self.app = app
        self.settings = settings
        # A team that installed the app: Slack decided who is in it, so first contact joins.
        # Block Kit buttons carry no numbers: a typed number answers a question only.
        app.bot.policies["slack"] = access.Policy(mode=access.OPEN, numbered_buttons=False)
        logsafe.protect(
            [
                settings.bot_token,
                settings.app_token,
                settings.signing_secret,
                settings.client_secret,
                settings.state_secret,
            ]
        )
        self.edge = Edge(app, "slack")
        self.client = web_client(settings, None if settings.oauth else settings.bot_token)
        self.people = Directory(app, settings, self.edge, self.client)
        self.where = self.people.where
        self.client_for_workspace = self.people.client_for_workspace
        self._profiles = self.people.profiles  # the in-memory cache (tests clear it)
        kwargs: dict[str, Any] = {}
        if settings.oauth:
            # Imported here: slack_sdk's SQLAlchemy stores pull in sqlalchemy's asyncio layer.
            from bot.slack.oauth import ThreadedInstallationStore, ThreadedStateStore

            assert settings.client_id and settings.client_secret
            store = ThreadedInstallationStore(
                settings.client_id, app.engine, on_install=self.people.on_install
            )
            self.people.installation_store = store
            kwargs["installation_store"] = store
            kwargs["oauth_settings"] = AsyncOAuthSettings(
                client_id=settings.client_id,
                client_secret=settings.client_secret,
                scopes=list(BOT_SCOPES),
                redirect_uri=settings.redirect_uri,
                installation_store=store,
                state_store=ThreadedStateStore(app.engine),
            )
        self.bolt = AsyncApp(
            name="crmbot",
            signing_secret=settings.signing_secret,
            client=self.client,
            process_before_response=False,
            logger=logging.getLogger("crmbot.slack.bolt"),
            **kwargs,
        )
        self._register()

    # -- plumbing ------------------------------------------------------------------------
    async def run(self, fn: Any, *args: Any) -> Any:
        """Run blocking work (database, the core) on the app's bounded pool."""
        return await self.edge.run(fn, *args)

    def incoming(
        self,
        w: Where,
        channel: str,
        *,
        text: str = "",
        action: str | None = None,
        files: tuple[Attachment, ...] = (),
        thread: str | None = None,
        offered_at: datetime | None = None,
    ) -> Incoming:
        """``thread``: the ts of the thread the bot answers in (a question asked there
        waits for its answer there, not in the channel nor another thread)."""
        return Incoming(
            workspace_id=w.workspace_id,
            sender=Sender("slack", w.user_id, w.name, w.timezone),
            text=text,
            channel=f"slack:{channel}",
            action=action,
            is_private=channel.startswith("D"),
            files=files,
            thread=thread or "",
            offered_at=offered_at,
        )

    async def shared_files(
        self, client: AsyncWebClient, w: Where, event: dict[str, Any], text: str
    ) -> tuple[Attachment, ...]:
        """The files shared with a message, downloaded when the edge's file gate lets them
        (an import for admins, an attachment for members; see bot/slack/files.py)."""
        files = event.get("files") or []
        card = has_card(files)  # a contact card (.vcf) is read for any member, even to import
        limit = (
            await self.edge.file_limit(text, w.user_id, w.workspace_id, card=card) if files else 0
        )
        if not limit:
            return ()  # no file, or not allowed: the core answers without it
        several = card or not wants_import(text)
        return await slack_files.fetch_files(
            client, files, self.settings.api_url, limit, several=several
        )

    async def on_card(self, client: AsyncWebClient, channel: str, thread: str, text: str) -> str:
        """A file sent in the thread of the bot's record card: the card's reference first."""
        try:
            found = await client.conversations_replies(channel=channel, ts=thread, limit=1)
        except Exception as exc:
            log.info("slack thread parent unreadable error=%s", type(exc).__name__)
            return text
        messages = found.get("messages") or []
        ref = record_ref_on_card(str(messages[0].get("text") or "")) if messages else None
        return f"{ref} {text}".strip() if ref else text

    async def core(self, inc: Incoming) -> Reply:
        return await self.edge.handle(inc)

    @staticmethod
    def log_request(kind: str, team: str, cmd: str, ok: bool, started: float, **extra: Any) -> None:
        more = "".join(f" {k}={v}" for k, v in extra.items())
        log.info(
            "slack kind=%s team=%s cmd=%s ok=%s ms=%d%s",
            kind,
            team,
            cmd,
            ok,
            (time.perf_counter() - started) * 1000,
            more,
        )

    # -- listeners -----------------------------------------------------------------------
    def _register(self) -> None:
        b = self.bolt
        b.command("/crm")(ack=self.ack_command, lazy=[self.run_command])
        b.action(re.compile(f"^{re.escape(bk.ACTION_PREFIX)}"))(
            ack=self.ack_action, lazy=[self.run_action]
        )
        b.action(re.compile(f"^{re.escape(bk.FORM_PREFIX)}"))(self.open_form_button)
        b.view(re.compile(f"^({'|'.join(modals.CALLBACKS)})$"))(
            ack=self.ack_view, lazy=[self.run_view]
        )
        b.event("app_mention")(self.on_mention)
        b.event("message")(self.on_message)
        b.event("app_home_opened")(self.on_home)
        slack_cases.register(self)  # support cases: message shortcut, 🎫 reaction
        shortcuts.register(self)  # "Save to CRM" on any message (issue 17)

    # slash command ---------------------------------------------------------------------
    async def ack_command(self, ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        text, _ = split_share(typed(body.get("text") or ""))
        form = form_for(text)
        await ack()  # empty ack: nothing shows until the reply is ready
        if form is not None:
            meta = {
                "channel": body.get("channel_id", ""),
                "response_url": body.get("response_url", ""),
            }
            await client.views_open(trigger_id=body["trigger_id"], view=modals.view(form, meta))

    async def run_command(self, body: dict[str, Any], client: AsyncWebClient, respond: Any) -> None:
        started = time.perf_counter()
        text, share = split_share(typed(body.get("text") or ""))
        team = body.get("team_id") or ""
        if form_for(text) is not None:
            self.log_request("command", team, command_name(text), True, started, form=True)
            return
        ok = False
        try:
            w = await self.where(
                client,
                body.get("team_id"),
                body["user_id"],
                team_name=body.get("team_domain"),
                enterprise_id=body.get("enterprise_id"),
            )
            reply = await self.core(self.incoming(w, body.get("channel_id", ""), text=text))
            ok = reply.ok
            await respond(
                text=bk.fallback_text(reply),
                blocks=bk.render(reply),
                response_type="in_channel" if share else "ephemeral",
                replace_original=False,
            )
            if reply.image is not None or reply.files:
                private_to = None if share else w.user_id  # the text went out ephemeral
                await send.upload(client, body.get("channel_id", ""), reply, private_to=private_to)
        except Exception:
            log.exception("slack command failed team=%s", team)
            await respond(text="Something went wrong on my side; please try again.")
        finally:
            self.log_request("command", team, command_name(text), ok, started)

    # buttons -----------------------------------------------------------------------------
    async def ack_action(self, ack: Any) -> None:
        await ack()

    async def run_action(
        self, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: Any
    ) -> None:
        started = time.perf_counter()
        value = str(action.get("value") or "")
        team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id")
        container = body.get("container") or {}
        ok = False
        if foreign_user(body):
            self.log_request("action", team or "", "external-user", False, started)
            return
        key = press_key(body, value)
        if key is not None and not await self.edge.claim("slack", key):
            # a double click raced the message's update: said to the presser, run once
            await respond(text=PRESSED, response_type="ephemeral", replace_original=False)
            self.log_request("action", team or "", "pressed-twice", True, started)
            return
        try:
            w = await self.where(
                client,
                team,
                body["user"]["id"],
                team_name=(body.get("team") or {}).get("domain"),
                enterprise_id=(body.get("team") or {}).get("enterprise_id"),
            )
            channel = container.get("channel_id") or (body.get("channel") or {}).get("id") or ""
            if container.get("type") == "view":  # App Home: answer in the DM, refresh the tab
                channel = ""
            # a button of a message in a thread answers the question asked in that thread
            # (a channel's own message that has replies carries its own ts as thread_ts)
            thread = container.get("thread_ts") or (body.get("message") or {}).get("thread_ts")
            if thread == container.get("message_ts"):
                thread = None
            reply = await self.core(
                self.incoming(
                    w,
                    channel or "home",
                    action=value,
                    thread=thread if channel else None,
                    offered_at=posted_at(container.get("message_ts")),
                )
            )
            ok = reply.ok
            blocks = bk.render(reply)
            text = bk.fallback_text(reply)
            shared = not channel.startswith("D") and not container.get("is_ephemeral")
            if (reply.popup or (shared and not reply.ok)) and container.get("type") != "view":
                # a notice for the presser alone ("already answered", "expired", "only the
                # person who made a change can undo it"): the message they pressed stays
                # as it is, for everyone in the channel (Telegram's popup)
                await respond(
                    text=text, blocks=blocks, response_type="ephemeral", replace_original=False
                )
            elif container.get("type") == "view":
                dm = await client.conversations_open(users=w.user_id)
                await client.chat_postMessage(channel=dm["channel"]["id"], text=text, blocks=blocks)
                await self.publish_home(client, w)
            elif container.get("is_ephemeral") or not container.get("message_ts"):
                await respond(text=text, blocks=blocks, replace_original=True)
            else:
                try:
                    await client.chat_update(
                        channel=channel, ts=container["message_ts"], text=text, blocks=blocks
                    )
                except (
                    SlackApiError
                ) as exc:  # e.g. a slash-command answer in a channel we are not in
                    log.info(
                        "slack chat.update refused (%s); using response_url",
                        exc.response.get("error"),
                    )
                    await respond(text=text, blocks=blocks, replace_original=True)
            if reply.files:  # "Send proposal.pdf": the file itself, to the DM if private
                private = container.get("is_ephemeral") or not channel
                await send.upload(client, channel, reply, private_to=w.user_id if private else None)
        except Exception:
            log.exception("slack action failed team=%s", team)
        finally:
            self.log_request("action", team or "", command_name(value), ok, started)

    async def open_form_button(
        self, ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        form = FORMS.get(f"{action.get('value')} add")
        if form is None:
            return
        container = body.get("container") or {}
        meta = {"channel": container.get("channel_id", ""), "response_url": ""}
        await client.views_open(trigger_id=body["trigger_id"], view=modals.view(form, meta))
        self.log_request(
            "form-open", (body.get("team") or {}).get("id", ""), form, True, time.perf_counter()
        )

    # modals ------------------------------------------------------------------------------
    async def ack_view(self, ack: Any, view: dict[str, Any]) -> None:
        errors, _ = modals.submission(view["callback_id"], view)
        if errors:
            await ack(response_action="errors", errors=errors)
        else:
            await ack()

    async def run_view(
        self, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        started = time.perf_counter()
        errors, command = modals.submission(view["callback_id"], view)
        team = (body.get("team") or {}).get("id") or ""
        if errors or foreign_user(body):
            self.log_request("view", team, view["callback_id"], False, started, invalid=len(errors))
            return
        ok = False
        try:
            w = await self.where(
                client,
                team,
                body["user"]["id"],
                enterprise_id=(body.get("team") or {}).get("enterprise_id"),
            )
            meta = modals.metadata(view)
            reply = await self.core(self.incoming(w, meta.get("channel") or "form", action=command))
            ok = reply.ok
            await send.deliver_private(client, w, meta, reply)
        except Exception:
            log.exception("slack form failed team=%s", team)
        finally:
            self.log_request("view", team, command_name(command), ok, started)

    # events ------------------------------------------------------------------------------
    async def on_mention(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, request: Any
    ) -> None:
        await self.on_text(body, event, client, request, event.get("text") or "", "mention")

    async def on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, request: Any
    ) -> None:
        # Only people's new messages in the bot's DM: no deletes, no bots (ours or others);
        # an edit is answered with one line (bot/edge.py EDITED), never read again.
        if event.get("subtype") in EDITS and event.get("channel_type") == "im":
            await self.on_edit(body, event, client)
            return
        if event.get("bot_id") or event.get("bot_profile") or not event.get("user"):
            return
        thread = event.get("thread_ts")
        if (
            event.get("channel_type") in ("channel", "group")
            and thread
            and thread != event.get("ts")
            and event.get("subtype") is None
            and not MENTION.search(event.get("text") or "")  # a mention is answered as one
        ):
            await slack_cases.on_thread_reply(self, body, event, client)  # a case's thread
            return
        if event.get("channel_type") != "im" or event.get("subtype") not in IGNORED_SUBTYPES_OK:
            return
        await self.on_text(body, event, client, request, event.get("text") or "", "dm")

    async def on_edit(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """A person edited or deleted a message in the bot's DM. Its first text was read
        (and maybe saved): say the edit or the deletion changed nothing. Slack also sends
        message_changed when it unfurls a link or when our own message is updated, and
        message_deleted for our own messages: those say nothing."""
        old = event.get("previous_message") or {}
        deleted = event.get("subtype") == "message_deleted"
        new = old if deleted else event.get("message") or {}
        if new.get("bot_id") or new.get("subtype") or not new.get("user"):
            return
        if not deleted and typed(str(new.get("text") or "")) == typed(str(old.get("text") or "")):
            return  # an unfurl, a file's title: not an edit of the words
        key = body.get("event_id") or f"edit:{event.get('channel')}:{event.get('ts')}"
        if not await self.edge.claim("slack", key):
            return
        reply = Reply.say(DELETED if deleted else EDITED)
        await client.chat_postMessage(
            channel=event.get("channel") or "",
            thread_ts=new.get("thread_ts"),
            text=bk.fallback_text(reply),
            blocks=bk.render(reply),
        )

    async def readable(
        self, client: AsyncWebClient, body: dict[str, Any], w: Where, raw: str
    ) -> str:
        """A message's words as typed: the bot's own mention dropped, a colleague's
        (``<@U456>``) kept as "@Their Name" (was: dropped too, so "met Jon with <@U456>"
        lost who was there), and Slack's escapes and links undone (bot/slack/mrkdwn.py)."""
        bot_user = next(
            (a.get("user_id") for a in body.get("authorizations") or [] if a.get("is_bot")), None
        )
        out, last = [], 0
        for m in MENTION.finditer(raw):
            uid, label = m.group(1), m.group(2)
            out.append(raw[last : m.start()])
            last = m.end()
            if bot_user is None or uid == bot_user:
                continue  # the bot itself (or unknown: as before, dropped)
            name = label or (await self.people.profile(client, w.workspace_id, w.team_id, uid))[0]
            out.append(f"@{name}")
        out.append(raw[last:])
        return typed("".join(out)).strip()

    async def on_text(
        self,
        body: dict[str, Any],
        event: dict[str, Any],
        client: AsyncWebClient,
        request: Any,
        raw: str,
        kind: str,
    ) -> None:
        started = time.perf_counter()
        team = body.get("team_id") or event.get("team") or ""
        retry = (request.headers.get("x-slack-retry-num") or [None])[0] if request else None
        if event.get("bot_id") or event.get("subtype") not in IGNORED_SUBTYPES_OK:
            return
        event_id = body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"
        if not await self.edge.claim("slack", event_id):
            self.log_request(kind, team, "duplicate", True, started, retry=retry)
            return
        user_team = event.get("user_team") or event.get("team")
        if user_team and body.get("team_id") and user_team != body.get("team_id"):
            # Slack Connect: a person from another organisation never reaches this CRM.
            self.log_request(kind, team, "external-user", False, started)
            return
        text, share = split_share(typed(MENTION.sub("", raw)).strip())
        channel = event.get("channel") or ""
        ok = False
        try:
            w = await self.where(
                client, body.get("team_id"), event["user"], enterprise_id=body.get("enterprise_id")
            )
            text, share = split_share(await self.readable(client, body, w, raw))
            thread = event.get("thread_ts") if kind == "mention" else None
            form = form_for(text)
            if form is not None:
                await client.chat_postMessage(
                    channel=channel,
                    thread_ts=thread,
                    text=f"Open the {FORM_LABELS[form]} form",
                    blocks=[
                        *bk.section(f"Fill in the {FORM_LABELS[form]} form:"),
                        bk.form_button(FORM_LABELS[form], form.split("_")[-1]),
                    ],
                )
                ok = True
                return
            try:
                if event.get("files") and event.get("thread_ts"):
                    text = await self.on_card(client, channel, event["thread_ts"], text)
                files = await self.shared_files(client, w, event, text)
                reply = await self.core(
                    self.incoming(w, channel, text=text, files=files, thread=thread)
                )
            except slack_files.DownloadError as exc:
                reply = Reply.error(str(exc), private=True)
            ok = reply.ok
            blocks, fallback = bk.render(reply), bk.fallback_text(reply)
            ephemeral = kind == "mention" and reply.private and not share
            if ephemeral:
                await client.chat_postEphemeral(
                    channel=channel, user=w.user_id, text=fallback, blocks=blocks, thread_ts=thread
                )
            else:
                await client.chat_postMessage(
                    channel=channel, thread_ts=thread, text=fallback, blocks=blocks
                )
            if reply.image is not None or reply.files:
                # Files of a private reply (a vCard, an export) go to the DM, never a channel.
                private = ephemeral or (bool(reply.files) and reply.private)
                await send.upload(
                    client,
                    channel,
                    reply,
                    private_to=w.user_id if private and not channel.startswith("D") else None,
                    thread_ts=thread,
                )
        except Exception:
            log.exception("slack %s failed team=%s", kind, team)
        finally:
            self.log_request(kind, team, command_name(text), ok, started, retry=retry)

    async def on_home(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient
    ) -> None:
        if event.get("tab") != "home":
            return
        started = time.perf_counter()
        team = body.get("team_id") or ""
        ok = False
        try:
            w = await self.where(client, body.get("team_id"), event["user"])
            await self.publish_home(client, w)
            ok = True
        except Exception:
            log.exception("slack home failed team=%s", team)
        finally:
            self.log_request("home", team, "home", ok, started)

    async def publish_home(self, client: AsyncWebClient, w: Where) -> None:
        view = home_view(await self.core(self.incoming(w, "home", action="home")))
        await client.views_publish(user_id=w.user_id, view=view)

    async def close(self) -> None:
        """Nothing to release: the worker pool belongs to the app (bot/edge.py)."""
