"""Saving a conversation to the CRM: a forwarded message (Telegram), "Save to CRM" (Slack).

Both end in one command, ``capture KIND WHO ::PAYLOAD``: the message's text, author, link
and original time travel in PAYLOAD (URL-safe base64 of JSON), so nothing the person wrote
is parsed as command syntax (a ``deal=`` or a colon inside a forwarded message stays text)
and the command fits in a button, a numbered choice or a "type a name" question (the
payload holds no ``{}``). WHO is resolved like ``log``'s (a contact, an account or a deal;
an unknown name is offered for creation). The activity is logged at the original time,
never ahead of now, and lands on the open deal as ``log`` does.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import UTC, datetime
from typing import Any

from handlers import render
from handlers.commands import common
from handlers.commands.activities import _deal_of, resolve_subject
from handlers.language.when import require_when
from handlers.registry import Call, command
from handlers.types import Ask, Button, Forwarded, Reply
from storage import crm
from storage import reminders as rem
from storage.errors import UserError
from storage.lookup import contact_with_phone, find_contacts
from storage.models import ACTIVITY_TYPES, Contact
from storage.vcards import contact_by_handle

MAX_TEXT = 20_000  # a Slack message may hold 40k characters; a note keeps the first 20k
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{6,}$")


def encode(data: dict[str, Any]) -> str:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(token: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise UserError("that saved message could not be read; forward it again") from exc
    if not isinstance(data, dict):
        raise UserError("that saved message could not be read; forward it again")
    return data


def capture_command(
    kind: str,
    who: str,
    *,
    text: str,
    author: str = "",
    at: datetime | None = None,
    link: str = "",
    source: str = "",
    follow: str = "",
) -> str:
    """The command an adapter sends for "save this message on WHO" (WHO may be "{}")."""
    payload: dict[str, Any] = {"text": text[:MAX_TEXT], "author": author, "source": source}
    if at is not None:
        payload["at"] = at.astimezone(UTC).isoformat()
    if link:
        payload["link"] = link
    if follow.strip():
        payload["follow"] = follow.strip()
    return f"capture {kind} {' '.join(who.split())} ::{encode(payload)}"


def _body(data: dict[str, Any]) -> str:
    text = str(data.get("text") or "").strip()
    by = str(data.get("author") or "").strip()
    where = str(data.get("link") or data.get("source") or "").strip()
    tail = " · ".join(x for x in (f"from {by}" if by else "", where) if x)
    return f"{text}\n— {tail}" if tail else text


def _when(call: Call, data: dict[str, Any]) -> datetime | None:
    raw = data.get("at")
    if not raw:
        return None
    try:
        at = datetime.fromisoformat(str(raw))
    except ValueError:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return min(at.astimezone(UTC), call.ctx.now)  # when it happened: never ahead of now


@command("capture", "capture KIND WHO ::SAVED-MESSAGE", hidden=True)
def capture(call: Call) -> Reply:
    """Save a chat message on a record (what a forwarded message and Slack's "Save to CRM"
    shortcut send; you rarely type it). KIND is call, meeting, visit, email or note."""
    kind, _, rest = call.rest.strip().partition(" ")
    kind = kind.lower()
    if kind not in ACTIVITY_TYPES:
        raise UserError(f"capture takes one of {', '.join(ACTIVITY_TYPES)}; not '{kind}'")
    who, sep, tail = rest.rpartition("::")
    if not sep:
        raise UserError("Forward a message to me (Telegram) or use 'Save to CRM' (Slack).")
    who = who.strip().rstrip(":").strip()
    token, *flags = tail.split()
    create = "create=yes" in flags
    data = decode(token)
    if not who:
        raise Ask(_which(call, kind, token, data, []))
    contact, account, deal = resolve_subject(
        call, who, f"capture {kind}", f"::{token}", create=create
    )
    deal_guess = None
    if deal is None:
        deal_guess, _ = _deal_of(call.ctx, contact, account, str(data.get("text") or ""))
    act = crm.log_activity(
        call.ctx,
        kind,
        _body(data),
        contact=contact,
        account=account,
        deal=deal or deal_guess,
        occurred_at=_when(call, data),
    )
    call.ctx.session.flush()
    target = contact or account or deal
    sections = [
        f"✅ Saved the message as a {kind}"
        + (f" on {common.short_label(target)}" if target else ""),
        render.activity_line(call.ctx, act),
    ]
    if deal_guess is not None:
        sections.append(f"💼 on the deal {deal_guess.title} (#d{deal_guess.id})")
    follow = str(data.get("follow") or "").strip()
    if follow:
        when = require_when(call.ctx, follow, "tomorrow 9am")
        linked = ("contact", contact.id) if contact is not None else None
        if linked is None and deal is not None:
            linked = ("deal", deal.id)
        if linked is None and account is not None:
            linked = ("account", account.id)
        name = common.short_label(target) if target else ""
        r = rem.create(
            call.ctx,
            f"Follow up {name}: {render.activity_line_body(act)}".strip(": "),
            when.due,
            linked=linked,
            kind="follow-up",
        )
        sections.append(render.reminder_line(call.ctx, r))
    return Reply(
        sections=sections,
        buttons=[common.undo_button(call.ctx), *render.show_all_buttons([act])],
    )


def _which(
    call: Call, kind: str, token: str, data: dict[str, Any], options: list[Contact]
) -> Reply:
    """Ask which record the message belongs on: the near matches, or a typed name."""
    author = str(data.get("author") or "").strip()
    choices = [
        Button(render.contact_line(c), f"capture {kind} #c{c.id} ::{token}") for c in options[:5]
    ]
    if author and not options:
        choices.append(
            Button(f"New contact '{author}'", f"capture {kind} {author} ::{token} create=yes")
        )
    head = f"Whose message is this{f' (from {author})' if author else ''}? "
    return Reply(
        sections=[
            head + "Pick one, or type a contact, account or deal to save it on.",
            f"“{_preview(str(data.get('text') or ''))}”",
        ],
        choices=choices,
        expect=f"capture {kind} {{}} ::{token}",
        asks="name",
        ok=False,
    )


def _preview(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _matches(call: Call, fwd: Forwarded) -> list[Contact]:
    """Contacts the original author may be: one sure match, or the candidates to offer."""
    ctx = call.ctx
    if fwd.account_id:  # the account a shared contact card told us about
        known = contact_by_handle(ctx, "telegram", fwd.account_id)
        if known is not None:
            return [known]
    for probe in (fwd.phone, fwd.name if _PHONE_LIKE.match(fwd.name or "") else ""):
        if probe:
            c = contact_with_phone(ctx, probe)
            if c is not None:
                return [c]
    found: list[Contact] = []
    for probe in (fwd.name, fwd.username.lstrip("@").replace("_", " ").replace(".", " ")):
        if not probe.strip() or _PHONE_LIKE.match(probe):
            continue
        res = find_contacts(ctx, probe)
        if res.found is not None:
            return [res.found]
        found += [c for c in res.matches if c not in found]
    return found


def forwarded(call: Call, fwd: Forwarded) -> Reply:
    """A message forwarded to the bot: logged as a note on its author's contact (when one
    contact matches by phone, name or username), else the bot asks which record."""
    text = fwd.text.strip()
    if not text:
        raise UserError(
            "That forwarded message has no text I can save (a photo or sticker alone); "
            "forward a message with words, or log it yourself: log note NAME: ..."
        )
    source = {"channel": "a Telegram channel", "chat": "a Telegram group"}.get(
        fwd.kind, "forwarded on Telegram"
    )
    data: dict[str, Any] = {"text": text[:MAX_TEXT], "author": fwd.name, "source": source}
    if fwd.sent_at is not None:
        data["at"] = fwd.sent_at.astimezone(UTC).isoformat()
    token = encode(data)
    options = _matches(call, fwd) if fwd.kind in ("user", "hidden_user") else []
    if len(options) == 1:
        sure = replace_rest(call, f"note #c{options[0].id} ::{token}")
        return capture(sure)
    return _which(call, "note", token, data, options)


def replace_rest(call: Call, rest: str) -> Call:
    from dataclasses import replace

    return replace(call, rest=rest, text=f"capture {rest}")
