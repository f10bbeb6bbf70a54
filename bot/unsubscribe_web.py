"""The one-click unsubscribe route of the bot's web server (RFC 8058).

``GET /unsubscribe/TOKEN`` (a person clicking the link in the email) shows one button;
``POST /unsubscribe/TOKEN`` (that button, or a mail client's one-click request with the
body ``List-Unsubscribe=One-Click``) records the opt-out. A GET never unsubscribes by
itself, so a link scanner that follows links does not unsubscribe anyone. The logic lives
in :mod:`storage.unsubscribe`; this module only speaks HTTP.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from datetime import datetime

from aiohttp import web
from sqlalchemy.orm import Session, sessionmaker

from storage.campaign_email import MailSettings
from storage.types import utcnow
from storage.unsubscribe import read_token, unsubscribe_by_token

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family:sans-serif;max-width:32em;margin:3em auto">{body}</body></html>"""


def routes(
    sessions: sessionmaker[Session],
    settings: MailSettings,
    clock: Callable[[], datetime] = utcnow,
) -> list[web.RouteDef]:
    async def handle(request: web.Request) -> web.Response:
        token = request.match_info["token"]
        secret = settings.secret or ""
        if read_token(secret, token) is None:
            return _page("Link not valid", "<p>This unsubscribe link is not valid.</p>", 404)
        if request.method == "GET":
            form = (
                f'<form method="post" action="/unsubscribe/{html.escape(token)}">'
                '<input type="hidden" name="List-Unsubscribe" value="One-Click">'
                "<p>Stop receiving these emails?</p>"
                '<button type="submit">Unsubscribe</button></form>'
            )
            return _page("Unsubscribe", form)
        ok = await asyncio.to_thread(unsubscribe_by_token, sessions, secret, token, clock())
        if not ok:
            return _page("Link not valid", "<p>This unsubscribe link is not valid.</p>", 404)
        return _page("Unsubscribed", "<p>You are unsubscribed: no more emails like this.</p>")

    return [web.get("/unsubscribe/{token}", handle), web.post("/unsubscribe/{token}", handle)]


def _page(title: str, body: str, status: int = 200) -> web.Response:
    return web.Response(
        text=PAGE.format(title=title, body=body), status=status, content_type="text/html"
    )
