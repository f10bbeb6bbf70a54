"""``crmbot parse``: what the bot understood from a message, as JSON, before any data is touched.

A stable contract other tools rely on: one JSON object per message, every key present.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.cli import SubParsers, runner, subcommand
from bot.config import Config
from storage.errors import UserError
from storage.workspaces import check_timezone

if TYPE_CHECKING:
    from storage.known_names import KnownNames

LANGS = ("en", "es", "de", "fr", "nb", "el", "eu", "kk")


@subcommand
def add_parser(sub: SubParsers) -> None:
    p = sub.add_parser("parse", help="print what a free-text message means, as JSON")
    p.add_argument("--now", help="ISO datetime to read dates against (default: now; naive = --tz)")
    p.add_argument("--tz", help="IANA time zone (default: CRMBOT_TIMEZONE)")
    p.add_argument("--lang", default="en", help=f"language of dates: {', '.join(LANGS)}")
    p.add_argument(
        "--known",
        metavar="FILE",
        help="names a workspace knows, read as those records: a JSON file "
        '{"contacts": [...], "accounts": [...], "deals": [...]}',
    )
    p.add_argument(
        "--workspace",
        metavar="NAME",
        help="read names as the records of this workspace knows them (its database)",
    )
    p.add_argument("text", help="the message, or - to read one message per line from stdin")


def _now(raw: str | None, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if raw is None:
        return datetime.now(zone)
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise UserError(f"--now '{raw}' is not an ISO datetime; example: 2026-11-26T10:00") from exc
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def _known(ns: argparse.Namespace, config: Config) -> KnownNames | None:
    """The known names of ``--known FILE`` or ``--workspace NAME`` (None: words alone)."""
    from storage import known_names

    if ns.known and ns.workspace:
        raise UserError("give --known FILE or --workspace NAME, not both")
    if ns.known:
        try:
            data = json.loads(Path(ns.known).read_text("utf-8"))
            return known_names.from_json(data)
        except OSError as exc:
            raise UserError(f"--known {ns.known}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise UserError(f"--known {ns.known}: {exc}") from exc
    if ns.workspace:
        from storage.db import make_engine, make_sessionmaker, transaction

        engine = make_engine(config.database_url)
        try:
            with transaction(make_sessionmaker(engine)) as s:
                return known_names.for_workspace(s, ns.workspace)
        finally:
            engine.dispose()
    return None


@runner("parse")
def run_parse(ns: argparse.Namespace, config: Config) -> int:
    from handlers.language.nlu import parse_message

    tz = check_timezone(ns.tz or config.timezone)
    lang = ns.lang.lower()
    if lang not in LANGS:
        raise UserError(f"--lang takes one of: {', '.join(LANGS)}")
    now = _now(ns.now, tz)
    known = _known(ns, config)
    lines = sys.stdin if ns.text == "-" else [ns.text]
    for line in lines:
        text = line.rstrip("\n")
        parsed = parse_message(text, now, tz, lang, known=known)
        result: dict[str, object] = dict(parsed.to_json_dict())
        if parsed.unread:  # not in the contract: what could not be read, shown back
            result["unread"] = list(parsed.unread)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
