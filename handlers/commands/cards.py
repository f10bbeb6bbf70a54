"""Business cards: a photo read by OCR into a proposed contact, saved only on Save.

The proposal travels in its buttons' commands (``card save name=... email=...``), so
nothing is written before the user agrees, and the usual duplicate check of
``contact add`` runs on Save. Edit asks for the changes as field=value and shows the
proposal again; Cancel drops it.
"""

from __future__ import annotations

import logging

from handlers import cards_ocr
from handlers.args import parse_args
from handlers.cards_parse import FIELDS, CardFields, parse_card
from handlers.registry import Call, command
from handlers.types import Attachment, Button, Reply
from storage import crm
from storage.errors import UserError

log = logging.getLogger(__name__)

LABELS = {
    "name": "name",
    "title": "title",
    "company": "company",
    "email": "email",
    "phone": "phone",
    "website": "website",
}


def _safe(value: str) -> str:
    """A value read from a picture, fit to sit in a command ('=' would start a field)."""
    return " ".join(value.replace("=", " ").split())[:200]


def encode(fields: dict[str, str]) -> str:
    return " ".join(f"{k}={_safe(v)}" for k, v in fields.items() if k in FIELDS and _safe(v))


def proposal(fields: dict[str, str], unused: list[str] | None = None, head: str = "") -> Reply:
    """The proposed contact as a card, with Save / Edit / Cancel."""
    lines = [f"👤 {fields.get('name') or '(no name read)'}"]
    for key in ("title", "company", "email", "phone", "website"):
        if fields.get(key):
            lines.append(f"{LABELS[key]}: {fields[key]}")
    sections = [head or "🪪 From the business card (nothing is saved until you press Save):"]
    sections.append("\n".join(lines))
    if unused:
        sections.append("Also on the card (not used): " + " · ".join(unused[:8]))
    enc = encode(fields)
    buttons = [
        Button("Save", f"card save {enc}", "primary"),
        Button("Edit", f"card edit {enc}"),
        Button("Cancel", "card cancel"),
    ]
    if not fields.get("name"):
        sections.append("I could not read a name: press Edit and type name=...")
        buttons = buttons[1:]
    return Reply(sections=sections, buttons=buttons, private=True, asks="confirm")


def from_photo(call: Call, photo: Attachment) -> Reply:
    """Read a card photo and propose the contact; or say how to enable OCR."""
    try:
        text = cards_ocr.read_text(photo.data)
    except cards_ocr.OcrUnavailable as exc:
        return Reply.error(str(exc), private=True)
    except cards_ocr.NotAnImage:
        raise UserError(f"I could not open {photo.name} as a picture; send it again.") from None
    card = parse_card(text)
    if card.empty:
        from handlers.commands.files import unreadable_photo

        return unreadable_photo(
            call,
            photo,
            "I read no name, email or phone on this picture, so it is not a business card "
            "I can read.",
        )
    return proposal(card.as_dict(), card.unused)


def _fields(call: Call) -> dict[str, str]:
    args = parse_args(call.rest)
    unknown = sorted(set(args.fields) - set(FIELDS))
    if unknown:
        raise UserError(
            f"I don't know {', '.join(x + '=' for x in unknown)} on a card; the fields are "
            + ", ".join(f"{f}=" for f in FIELDS)
        )
    fields = {k: v for k, v in args.fields.items() if v}
    if args.words.strip() and "name" not in fields:
        fields["name"] = args.words.strip()
    return {k: fields[k] for k in FIELDS if k in fields}


@command("card propose", "card propose name=... [title=] [company=] [email=] [phone=] [website=]")
def card_propose(call: Call) -> Reply:
    """Show a proposed contact from a business card, with Save / Edit / Cancel.

    Send a photo of a business card to read it (with no words, or the word 'card');
    this command shows a proposal typed by hand or changed after Edit.
    """
    return proposal(_fields(call))


@command("card read", "card read (with a photo)", aliases=("card scan",), takes_files=True)
def card_read(call: Call) -> Reply:
    """Read a business-card photo sent with this message into a proposed contact."""
    if len(call.files) != 1:
        raise UserError("Send one photo of a business card with 'card read' (or on its own).")
    return from_photo(call, call.files[0])


@command("card edit", "card edit FIELDS", hidden=True)
def card_edit(call: Call) -> Reply:
    """Change a proposed contact before saving it: the bot asks for field=value changes."""
    fields = _fields(call)
    enc = encode(fields)
    return Reply(
        sections=[
            "Type the changes as field=value, e.g. title=CEO company=Acme GmbH "
            f"(fields: {', '.join(FIELDS)}), or 'cancel'.",
            "Now: " + (enc or "(empty)"),
        ],
        expect=f"card propose {enc} {{}}",
        asks="name",
        private=True,
    )


@command("card cancel", "card cancel", hidden=True)
def card_cancel(call: Call) -> Reply:
    """Drop a proposed contact from a business card (nothing was saved)."""
    return Reply.say("OK, the card was not saved.")


@command("card save", "card save FIELDS", hidden=True)
def card_save(call: Call) -> Reply:
    """Save a proposed contact (the duplicate check of contact add runs first)."""
    from handlers.commands.contacts import contact_add

    fields = _fields(call)
    name = fields.pop("name", "")
    if not name:
        raise UserError("A contact needs a name: press Edit and type name=...")
    website = fields.pop("website", "")
    company = fields.pop("company", "")
    extra = {**fields, **({"account": company} if company else {})}
    text = f"contact add {_safe(name)} " + " ".join(f"{k}={_safe(v)}" for k, v in extra.items())
    rest = text[len("contact add ") :].strip()
    reply = contact_add(
        Call(
            ctx=call.ctx,
            rest=rest,
            text=text.strip(),
            channel=call.channel,
            is_private=call.is_private,
        )
    )
    if reply.ok and website and company:
        acc = crm.find_accounts(call.ctx, company).found
        if acc is not None and not acc.website:
            crm.update_account(call.ctx, acc, {"website": website})
    return reply


__all__ = ["CardFields", "card_save", "from_photo", "proposal"]
