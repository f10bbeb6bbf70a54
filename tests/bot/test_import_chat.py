"""Importing a CSV that an admin sends in chat, end to end on both platforms.

Slack: the real bolt app behind the real aiohttp server; the file is served by
tests/slack_fake.py at the url_private_download it puts in the file_share event, and must
be fetched with the bot token. Telegram: the real PTB Application against
tests/telegram_fakeapi.py, which answers getFile and serves /file/bot<token>/<path>.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from log_scan import capture_all_logs, no_secrets_in_logs  # noqa: F401 (fixtures)
from slack_harness import Harness, fake_slack_server, single_workspace_slack  # noqa: F401 (fixtures)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from telegram_fakeapi import FakeBotAPI, user

from bot.slack.files import trusted
from bot.telegram.files import file_url_for
from handlers import access
from handlers.commands.imports import MAX_IMPORT_BYTES, parse_options
from handlers.core import Bot
from handlers.types import Attachment
from storage.db import transaction
from storage.members import create_invite
from storage.models import Contact, Workspace

# Every test also proves no secret reached the logs (captured at DEBUG).
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_secrets_in_logs")]

GOOD = (
    b"\xef\xbb\xbfFull Name,Email,Company,Job Title\r\n"
    b"Maria Lopez,maria@acme.com,Acme,CTO\r\n"
    b"Jon Snow,jon@north.org,North,Lord Commander\r\n"
)
BAD = (
    b"Full Name,Email,Birthday\n"
    b"Ana Ruiz,ana@ruiz.es,1990-05-01\n"
    b"Broken Email,not-an-email,\n"
    b"Bad Date,bad@date.com,31/31/2020\n"
)

REFUSAL = access.Policy(command_prefix="/").say(access.REFUSAL)  # as Telegram words it


def contacts(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


# ---- the core's parsing (no platform) ---------------------------------------------------------


def test_options_parse_like_the_cli() -> None:
    o = parse_options(
        "deals dry map=title=Opportunity, amount=Close Value stage_map=Engaging=presentation"
        " skip_bad=yes currency=usd"
    )
    assert o.table == "deals" and o.dry_run and o.skip_bad
    assert o.mapping == {"title": "Opportunity", "amount": "Close Value"}
    assert o.stage_map == {"Engaging": "presentation"}
    assert o.default_currency == "USD"
    assert parse_options("contact").table == "contacts" and not parse_options("users").dry_run


def test_console_import_limits(console: Any, bot: Bot, ws_id: int) -> None:
    """Size cap and spreadsheet files are refused with a reason (core only)."""
    from handlers.types import Incoming, Sender

    console.say("me")  # Ana is the admin
    ana = Sender("console", "ana", "ana")
    big = Attachment("huge.csv", b"", "text/csv", size=MAX_IMPORT_BYTES + 1)
    reply = bot.handle(Incoming(ws_id, ana, text="import contacts", files=(big,)))
    assert not reply.ok and "10 MB" in reply.text
    xlsx = Attachment("book.xlsx", b"PK\x03\x04", None)
    reply = bot.handle(Incoming(ws_id, ana, text="import contacts", files=(xlsx,)))
    assert not reply.ok and "Save it as CSV" in reply.text
    two = (Attachment("a.csv", GOOD), Attachment("b.csv", GOOD))
    reply = bot.handle(Incoming(ws_id, ana, text="import contacts", files=two))
    assert not reply.ok and "one CSV file" in reply.text


def test_file_urls_and_token_hosts() -> None:
    assert file_url_for("http://127.0.0.1:9/bot") == "http://127.0.0.1:9/file/bot"
    assert file_url_for("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert (
        file_url_for("https://api.telegram.org/bot{token}/test")
        == "https://api.telegram.org/file/bot{token}/test"
    )
    api = "https://slack.com/api/"
    assert trusted("https://files.slack.com/files-pri/T1-F1/download/a.csv", api)
    assert not trusted("http://files.slack.com/files-pri/T1-F1/download/a.csv", api)
    assert not trusted("https://evil.example/slack.com/a.csv", api)
    assert not trusted("https://files.slack.com.evil.example/a.csv", api)
    assert trusted("http://127.0.0.1:8/files-pri/F1/download/a.csv", "http://127.0.0.1:8/api/")
    assert not trusted("http://127.0.0.1:9/x.csv", "http://127.0.0.1:8/api/")


# ---- Slack --------------------------------------------------------------------------------------


async def slack_upload(
    h: Harness, text: str, data: bytes | None, *, user: str = "W111", name: str = "people.csv"
) -> str:
    """A file_share DM (or a plain DM without data); returns the bot's answer text."""
    before = len(h.fake.of("chat.postMessage"))
    h._n += 1
    extra: dict[str, Any] = {}
    if data is not None:
        extra = {"subtype": "file_share", "files": [h.fake.add_file(name, data)]}
    status, _ = await h.dm(text, event_id=f"EvImp{h._n}", user=user, **extra)
    assert status == 200
    posts = await h.fake.wait_for("chat.postMessage", before + 1)
    return str(posts[-1].params["text"])


async def test_slack_admin_imports_a_shared_csv(slack: Harness, sessions) -> None:
    answer = await slack_upload(slack, "import contacts", GOOD)
    assert "2 were created" in answer and "people.csv" in answer
    (download,) = slack.fake.of("file.download")
    assert download.token == "xoxb-single"  # url_private_download with the bot token
    with transaction(sessions) as s:
        maria = s.scalar(select(Contact).where(Contact.email == "maria@acme.com"))
        assert maria is not None and maria.name == "Maria Lopez" and maria.title == "CTO"
    again = await slack_upload(slack, "import contacts", GOOD)
    assert "2 unchanged" in again and contacts(sessions) == 2


async def test_slack_dry_run_writes_nothing(slack: Harness, sessions) -> None:
    answer = await slack_upload(slack, "import contacts dry", GOOD)
    assert "DRY RUN" in answer and "2 would be created" in answer
    assert contacts(sessions) == 0


async def test_slack_non_admin_is_refused_and_nothing_is_fetched(slack: Harness, sessions) -> None:
    await slack_upload(slack, "me", None)  # W111 comes first: the admin
    await slack_upload(slack, "me", None, user="W222")  # then a rep
    answer = await slack_upload(slack, "import contacts", GOOD, user="W222")
    assert "for admins" in answer
    assert slack.fake.of("file.download") == []
    assert contacts(sessions) == 0


async def test_slack_no_attachment_explains_how(slack: Harness) -> None:
    answer = await slack_upload(slack, "import contacts", None)
    assert "no file" in answer.lower() and "Slack" in answer and "Telegram" in answer
    # a file without a message is kept aside and asked about: which record, or an import
    hint = await slack_upload(slack, "", GOOD)
    assert "Which record should I attach people.csv to?" in hint and "import contacts" in hint


async def test_slack_bad_file_changes_nothing_and_names_lines(slack: Harness, sessions) -> None:
    answer = await slack_upload(slack, "import contacts", BAD, name="bad.csv")
    assert "NOTHING IMPORTED" in answer
    assert "line 3" in answer and "not-an-email" in answer and "line 4" in answer
    assert "line 2" not in answer
    assert contacts(sessions) == 0
    skipped = await slack_upload(slack, "import contacts skip_bad=yes", BAD, name="bad.csv")
    assert "1 were created" in skipped and contacts(sessions) == 1


async def test_slack_file_known_only_by_id_and_sign_in_page(slack: Harness, sessions) -> None:
    from bot.slack.files import SCOPE_HINT, DownloadError, _download

    fobj = slack.fake.add_file("people.csv", GOOD)
    before = len(slack.fake.of("chat.postMessage"))
    await slack.dm(
        "import contacts", event_id="EvById", subtype="file_share", files=[{"id": fobj["id"]}]
    )
    posts = await slack.fake.wait_for("chat.postMessage", before + 1)
    assert "2 were created" in posts[-1].params["text"]
    assert slack.fake.of("files.info")[0].params["file"] == fobj["id"]
    # Without a valid token Slack answers 200 with its sign-in page: an error, not data.
    with pytest.raises(DownloadError) as err:
        await _download(fobj["url_private_download"], "xoxp-not-a-bot")
    assert str(err.value) == SCOPE_HINT and "files:read" in SCOPE_HINT


# ---- Telegram -----------------------------------------------------------------------------------

ANA, BOB, EVE = 1001, 1002, 6666


_ids = [9000]


def _next() -> int:
    _ids[0] += 1
    return _ids[0]


def doc_update(caption: str, document: dict[str, Any], *, from_id: int) -> dict[str, Any]:
    msg: dict[str, Any] = {
        "message_id": _next(),
        "from": user(from_id),
        "chat": {"id": from_id, "type": "private", "first_name": "Ana"},
        "date": int(time.time()),
        "document": document,
    }
    if caption:
        msg["caption"] = caption
        if caption.startswith("/"):
            length = len(caption.split()[0])
            msg["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": _next(), "message": msg}


async def tg_send(fake: FakeBotAPI, update: dict[str, Any]) -> str:
    before = len(fake.sent())
    fake.push(update)
    sent = await fake.wait_for("sendMessage", before + 1)
    return "\n".join(str(c.params["text"]) for c in sent[before:])


async def tg_join(fake: FakeBotAPI, sessions: Any, ws_id: int, who: int, role: str) -> None:
    from telegram_fakeapi import text_update

    with transaction(sessions) as s:
        ws = s.get(Workspace, ws_id)
        code = create_invite(s, ws, role).code
    await tg_send(fake, text_update(f"/start {code}", from_id=who))


async def test_telegram_admin_imports_a_document(tg, tgfake: FakeBotAPI, sessions, ws_id) -> None:
    await tg_join(tgfake, sessions, ws_id, ANA, "admin")
    doc = tgfake.add_file(GOOD, "people.csv")
    answer = await tg_send(tgfake, doc_update("/import contacts", doc, from_id=ANA))
    assert "2 were created" in answer
    assert tgfake.sent("getFile")[-1].params["file_id"] == doc["file_id"]
    (download,) = tgfake.sent("file.download")
    assert download.params["path"] == "documents/file_1.csv"
    assert contacts(sessions) == 2
    dry = await tg_send(tgfake, doc_update("/import contacts dry", doc, from_id=ANA))
    assert "DRY RUN" in dry and "2 unchanged" in dry


async def test_telegram_dry_run_and_bad_file_write_nothing(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    await tg_join(tgfake, sessions, ws_id, ANA, "admin")
    good = tgfake.add_file(GOOD, "people.csv")
    dry = await tg_send(tgfake, doc_update("/import contacts dry", good, from_id=ANA))
    assert "2 would be created" in dry and contacts(sessions) == 0
    bad = tgfake.add_file(BAD, "bad.csv")
    answer = await tg_send(tgfake, doc_update("import contacts", bad, from_id=ANA))
    assert "NOTHING IMPORTED" in answer and "line 3" in answer and "line 4" in answer
    assert contacts(sessions) == 0


async def test_telegram_non_admins_and_strangers_fetch_nothing(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    await tg_join(tgfake, sessions, ws_id, ANA, "admin")
    await tg_join(tgfake, sessions, ws_id, BOB, "rep")
    doc = tgfake.add_file(GOOD, "people.csv")
    answer = await tg_send(tgfake, doc_update("/import contacts", doc, from_id=BOB))
    assert "for admins" in answer
    answer = await tg_send(tgfake, doc_update("/import contacts", doc, from_id=EVE))
    assert answer == REFUSAL
    assert tgfake.sent("getFile") == [] and contacts(sessions) == 0


async def test_telegram_no_attachment_or_no_caption_explains(
    tg, tgfake: FakeBotAPI, sessions, ws_id
) -> None:
    from telegram_fakeapi import text_update

    await tg_join(tgfake, sessions, ws_id, ANA, "admin")
    answer = await tg_send(tgfake, text_update("/import contacts", from_id=ANA))
    assert "no file" in answer.lower() and "caption" in answer
    doc = tgfake.add_file(GOOD, "people.csv")
    answer = await tg_send(tgfake, doc_update("", doc, from_id=ANA))
    assert "Which record should I attach people.csv to?" in answer and "import contacts" in answer
    assert contacts(sessions) == 0
