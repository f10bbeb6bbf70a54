"""The calendar feed route of the bot's web server: ``GET /calendar/{id}/{secret}.ics``.

Calendar apps poll it without logging in, so the address itself is the credential (see
:mod:`storage.calendar_feed`); a wrong or revoked address answers 404, the same as an
unknown one. This module only speaks HTTP.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from aiohttp import web
from sqlalchemy.orm import Session, sessionmaker

from storage.calendar_feed import render_feed
from storage.types import utcnow

CONTENT_TYPE = "text/calendar; charset=utf-8"


def routes(
    sessions: sessionmaker[Session], clock: Callable[[], datetime] = utcnow
) -> list[web.RouteDef]:
    async def feed(request: web.Request) -> web.Response:
        raw_id, secret = request.match_info["feed_id"], request.match_info["secret"]
        if not raw_id.isdigit() or len(secret) > 128:
            return _not_found()
        body = await asyncio.to_thread(render_feed, sessions, int(raw_id), secret, clock())
        if body is None:
            return _not_found()
        return web.Response(
            body=body,
            headers={
                "Content-Type": CONTENT_TYPE,
                "Content-Disposition": 'inline; filename="crmbot.ics"',
                "Cache-Control": "private, max-age=300",
                "X-Robots-Tag": "noindex",
            },
        )

    return [web.get(r"/calendar/{feed_id}/{secret}.ics", feed)]


def _not_found() -> web.Response:
    return web.Response(status=404, text="No calendar at this address.\n")
