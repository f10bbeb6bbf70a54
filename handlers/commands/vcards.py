"""Contact cards in chat: a shared contact or a .vcf file becomes contacts; export as vCard.

Any member may add contacts (as with ``contact add``), so a card is read for anyone,
unlike a CSV import (admins). The reading and writing is :mod:`storage.vcards`; here the
result becomes a reply: the new contact's card with Undo, the duplicates with a Show
button (and, for a single card, Create anyway), and every refused card with its reason.
"""

from __future__ import annotations

from handlers import render
from handlers.registry import Call, lookup
from handlers.types import Attachment, Button, Reply
from storage import vcards
from storage.errors import UserError

MAX_CARD_BYTES = 5 * 1024 * 1024  # a phone book of a few thousand cards
MAX_LISTED = 20


def card_files(files: tuple[Attachment, ...]) -> list[Attachment]:
    """The attachments that are contact cards (by name, declared type or first line)."""
    return [f for f in files if vcards.looks_like_vcard(f.name, f.mime, f.data)]


def takes_cards(text: str) -> bool:
    """Whether a message with a card attached is about the card: no words, or words that
    are no command of their own ('import contacts' reads the card in its own way)."""
    cmd, _ = lookup(text)
    return cmd is None or cmd.name in ("help", "import")


def _create_anyway(card: vcards.Card) -> str:
    parts = [f"contact add {card.name}"]
    for key, value in (
        ("email", card.emails[0] if card.emails else None),
        ("phone", card.phones[0] if card.phones else None),
        ("account", card.org),
        ("title", card.title),
        ("birthday", card.birthday.isoformat() if card.birthday else None),
    ):
        if value:
            parts.append(f"{key}={value}")
    return " ".join(parts) + " force=yes"


def cards_reply(call: Call, files: list[Attachment], *, dry_run: bool = False) -> Reply:
    """Read every card of the attached files and create the contacts that are new."""
    ctx = call.ctx
    cards: list[vcards.Card] = []
    problems: list[tuple[int, str]] = []
    for f in files:
        size = f.size if f.size is not None else len(f.data)
        if size > MAX_CARD_BYTES or len(f.data) > MAX_CARD_BYTES:
            raise UserError(
                f"{f.name} is {size / 1024 / 1024:.1f} MB; contact card files sent in chat may "
                f"be up to {MAX_CARD_BYTES >> 20} MB (crmbot import contacts FILE.vcf takes more)"
            )
        if not f.data.strip():
            raise UserError(f"{f.name} is empty.")
        got, bad = vcards.read_cards(f.data)
        problems += [(n + len(cards), why) for n, why in bad]
        cards += got
    if dry_run:
        with ctx.session.begin_nested() as sp:
            result = vcards.import_cards(ctx, cards, dry_run=True, problems=problems)
            lines = [render.contact_line(c) for c in result.created]
            sp.rollback()
    else:
        result = vcards.import_cards(ctx, cards, problems=problems)
        ctx.session.flush()
        lines = [render.contact_line(c) for c in result.created]
    return _summary(call, cards, result, lines)


def _summary(
    call: Call, cards: list[vcards.Card], result: vcards.CardImport, lines: list[str]
) -> Reply:
    ctx = call.ctx
    n = len(cards) + len([r for r in result.rejected if not r[1]])
    verb = "would create" if result.dry_run else "created"
    head = f"📇 Read {n} contact card{'s' if n != 1 else ''}: {verb} {len(result.created)}"
    if result.duplicates:
        head += f", {len(result.duplicates)} already in the CRM (left as they are)"
    if result.rejected:
        head += f", {len(result.rejected)} refused"
    sections = [head]
    buttons: list[Button] = []
    if len(result.created) == 1 and not result.dry_run:
        sections.append(render.contact_card(ctx, result.created[0]))
    elif lines:
        shown = lines[:MAX_LISTED]
        more = f"\n… and {len(lines) - MAX_LISTED} more" if len(lines) > MAX_LISTED else ""
        sections.append("New contacts\n" + "\n".join(shown) + more)
    if result.duplicates:
        sections.append(
            "Already in the CRM\n"
            + "\n".join(f"{card.name} → {render.contact_line(c)}" for card, c in result.duplicates)
        )
        buttons += [
            Button(f"Show {c.name}", f"contact show #c{c.id}") for _, c in result.duplicates[:3]
        ]
        if len(cards) == 1 and not result.dry_run:
            buttons.append(Button("Create anyway", _create_anyway(result.duplicates[0][0])))
    if result.rejected:
        sections.append(
            "Refused\n"
            + "\n".join(f"card {i} ({name or '?'}): {why}" for i, name, why in result.rejected)
        )
    if result.unused:
        sections.append(
            "Not kept (the CRM has no field for them)\n"
            + "\n".join(f"{name}: {', '.join(what)}" for name, what in result.unused[:MAX_LISTED])
        )
    if result.created and not result.dry_run:
        buttons.insert(0, Button("Undo", f"undo {ctx.batch}"))
    return Reply(sections=sections, buttons=buttons, ok=bool(result.created) or not result.rejected)


def message_with_cards(call: Call) -> Reply | None:
    """A message carrying contact cards (a shared contact, a .vcf file): read them.

    None when no attachment is a card, or the words are a command of their own. Words that
    are not a command are shown back as not used, never dropped silently.
    """
    files = card_files(call.files)
    if not files or not takes_cards(call.text):
        return None
    cmd, rest = lookup(call.text)
    dry = False
    if cmd is not None and cmd.name == "import":
        asked = rest.lower().split()
        if asked and asked[0] not in ("contacts", "contact", "people"):
            raise UserError("A contact card file (.vcf) imports as contacts: import contacts")
        dry = any(w in ("dry", "dry_run", "dry-run") for w in asked[1:])
    reply = cards_reply(call, files, dry_run=dry)
    words = call.text.strip()
    if words and cmd is None:
        reply.sections.append(
            f"(I read the attached file as contact cards; your words “{words[:200]}” were "
            "not used.)"
        )
    return reply


def vcard_export(call: Call, query: str) -> Reply:
    """``contact export NAME vcf``: the contact as a .vcf file (and its text)."""
    from handlers.commands import common

    c = common.contact(call.ctx, query, lambda r: f"contact export {r} vcf", offer_create=False)
    text = vcards.card_text(call.ctx, c)
    name = vcards.file_name(c)
    return Reply(
        sections=[f"📇 {c.name} (#c{c.id}) as a contact card: {name}"],
        files=[Attachment(name, text.encode("utf-8"), "text/vcard")],
        private=True,
    )
