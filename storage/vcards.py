"""Contact cards (vCard 2.1, 3.0 and 4.0) in and out, with the vobject library.

A card shared in Telegram, a ``.vcf`` file sent to the bot or given to ``crmbot import
contacts FILE.vcf`` becomes a contact; ``contact export NAME vcf`` makes one. Reading is
split from writing: :func:`read_cards` turns bytes into plain :class:`Card` values (no
database), :func:`import_cards` writes them with the same duplicate check as ``contact
add`` (same email, or the same name at the same account; here also a known phone), one
savepoint per card so a bad card never leaves half a contact behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import vobject
from sqlalchemy import select

from storage import channels, crm, privacy
from storage.context import Ctx
from storage.errors import UserError
from storage.lookup import contact_with_phone
from storage.models import Account, Contact
from storage.models_capture import ContactHandle
from storage.text import counted, name_key

MAX_CARDS = 5000  # one file; a phone book export is a few hundred
VCARD_TYPES = ("text/vcard", "text/x-vcard", "text/directory", "text/x-vcalendar")
_BEGIN = re.compile(rb"^\s*BEGIN:VCARD", re.IGNORECASE | re.MULTILINE)
_TEL_URI = re.compile(r"^tel:", re.IGNORECASE)
_TG_ID = re.compile(r"(?:tg://user\?id=|^)(\d{1,20})$", re.IGNORECASE)


@dataclass
class Card:
    """What one vCard says about a person, as plain values (nothing stored yet)."""

    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    org: str | None = None
    title: str | None = None
    birthday: date | None = None
    note: str | None = None
    unused: list[str] = field(default_factory=list)  # what the card holds that we don't keep
    telegram_id: str | None = None  # IMPP tg://user?id=… (a contact shared in Telegram)


@dataclass
class CardImport:
    """What an import did: created contacts, duplicates left alone, cards refused."""

    created: list[Contact] = field(default_factory=list)
    duplicates: list[tuple[Card, Contact]] = field(default_factory=list)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (card no., name, why)
    unused: list[tuple[str, list[str]]] = field(default_factory=list)  # (name, fields)
    dry_run: bool = False

    def text(self) -> str:
        """A summary for the command line (the chat builds its own reply from the lists)."""
        verb = "would create" if self.dry_run else "created"
        lines = [f"{verb} {counted(len(self.created), 'contact')}"]
        lines += [f"  new: {c.name}" for c in self.created]
        for card, c in self.duplicates:
            lines.append(f"  already there, left as it is: {card.name} (#c{c.id} {c.name})")
        for n, name, why in self.rejected:
            lines.append(f"  card {n} ({name or 'no name'}) refused: {why}")
        for name, what in self.unused:
            lines.append(f"  {name}: not kept: {', '.join(what)}")
        return "\n".join(lines)


def looks_like_vcard(name: str, mime: str | None, data: bytes = b"") -> bool:
    """A vCard file by its name, its declared type, or its first line (never by guessing)."""
    if name.lower().endswith((".vcf", ".vcard")):
        return True
    if (mime or "").split(";")[0].strip().lower() in VCARD_TYPES:
        return True
    return bool(data) and _BEGIN.match(data[:512]) is not None


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value if v)
    return " ".join(str(value or "").split())


def _name_of(card: Any) -> str:
    fn = _text(getattr(card, "fn", None) and card.fn.value)
    if fn:
        return fn
    n = getattr(card, "n", None)
    if n is not None and hasattr(n.value, "given"):
        v = n.value
        return _text([v.prefix, v.given, v.additional, v.family, v.suffix])
    if n is not None:
        return _text(n.value)
    return ""


def _birthday(raw: str) -> date | None:
    """BDAY as 1985-04-12, 19850412 or 1985-04-12T00:00:00; none for '--0412' (no year)."""
    digits = re.sub(r"[^0-9]", "", raw.split("T")[0])
    if raw.startswith("--") or len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _card(comp: Any) -> Card:
    contents: dict[str, list[Any]] = comp.contents
    card = Card(name=_name_of(comp))
    for line in contents.get("email", []):
        value = _text(line.value)
        if value and value.lower() not in (e.lower() for e in card.emails):
            card.emails.append(value)
    for line in contents.get("tel", []):
        value = _TEL_URI.sub("", _text(line.value))
        if value and value not in card.phones:
            card.phones.append(value)
    for line in contents.get("org", []):
        parts = line.value if isinstance(line.value, list) else [line.value]
        card.org = _text(parts[0] if parts else "") or None
        break
    for line in contents.get("title", []):
        card.title = _text(line.value) or None
        break
    for line in contents.get("bday", []):
        raw = _text(line.value)
        card.birthday = _birthday(raw)
        if card.birthday is None and raw:
            card.unused.append(f"birthday {raw}")
        break
    for line in contents.get("impp", []) + contents.get("x-telegram-id", []):
        m = _TG_ID.search(_text(line.value))
        if m:
            card.telegram_id = m.group(1)
            break
    notes = [_text(line.value) for line in contents.get("note", []) if _text(line.value)]
    card.note = "\n".join(notes) or None
    for key, label in (("adr", "address"), ("url", "website"), ("photo", "photo")):
        if contents.get(key):
            card.unused.append(label)
    return card


def read_cards(data: bytes) -> tuple[list[Card], list[tuple[int, str]]]:
    """The cards of a file, and the cards that could not be read (number, why).

    A file that is not a vCard at all raises a UserError saying so.
    """
    text = _decode(data)
    if not _BEGIN.search(text.encode("utf-8", "replace")[:4096]):
        raise UserError("that file is not a contact card (a vCard starts with BEGIN:VCARD)")
    cards: list[Card] = []
    problems: list[tuple[int, str]] = []
    # One card at a time: a broken card is reported, the others still read.
    chunks = re.split(r"(?im)^(?=BEGIN:VCARD\s*$)", text)
    n = 0
    for chunk in chunks:
        if not chunk.strip().upper().startswith("BEGIN:VCARD"):
            continue
        n += 1
        if n > MAX_CARDS:
            raise UserError(f"that file has more than {MAX_CARDS} cards; split it")
        try:
            comps = list(vobject.readComponents(chunk, ignoreUnreadable=True))
        except Exception as exc:  # vobject raises ParseError and friends
            problems.append((n, f"not readable ({type(exc).__name__})"))
            continue
        for comp in comps:
            if comp.name.upper() != "VCARD":
                continue
            card = _card(comp)
            if not card.name:
                card.name = card.org or (card.emails[0] if card.emails else "")
            if not card.name:
                problems.append((n, "no name, email or company on it"))
                continue
            cards.append(card)
    if not cards and not problems:
        raise UserError("that file holds no contact card")
    return cards, problems


def _existing(ctx: Ctx, card: Card, account_id: int | None) -> Contact | None:
    """The usual duplicate check: an email, the name at the same account, or a phone."""
    for email in card.emails or [None]:  # type: ignore[list-item]
        dupes = crm.duplicates_of(ctx, card.name, email, account_id)
        if dupes:
            return dupes[0]
    for phone in card.phones:
        try:
            found = contact_with_phone(ctx, phone)
        except UserError:
            found = None
        if found is not None:
            return found
    return None


def _account_id(ctx: Ctx, org: str, cache: dict[str, int]) -> int | None:
    """The account a card's company names: the one with exactly that name (case and
    accents aside), or None. Like the CSV importer, never a near match: "Empresa 1" is not
    "Empresa 11"."""
    key = name_key(org)
    if key not in cache:
        found = ctx.session.scalar(
            select(Account.id).where(
                Account.workspace_id == ctx.ws_id,
                Account.name_key == key,
                Account.deleted_at.is_(None),
            )
        )
        if found is None:
            return None
        cache[key] = found
    return cache[key]


def _fields(card: Card, account_id: int | None) -> dict[str, str]:
    fields: dict[str, str] = {}
    if card.emails:
        fields["email"] = card.emails[0]
    if card.phones:
        fields["phone"] = card.phones[0]
    if card.title:
        fields["title"] = card.title
    if account_id is not None:
        fields["account"] = f"#a{account_id}"
    if card.birthday:
        fields["birthday"] = card.birthday.isoformat()
    return fields


def import_cards(
    ctx: Ctx,
    cards: list[Card],
    *,
    dry_run: bool = False,
    problems: list[tuple[int, str]] | None = None,
) -> CardImport:
    """Create a contact from each card that is not a duplicate (audited, so undo works)."""
    result = CardImport(dry_run=dry_run)
    result.rejected += [(n, "", why) for n, why in problems or []]
    accounts: dict[str, int] = {}
    for n, card in enumerate(cards, 1):
        try:
            with ctx.session.begin_nested():
                privacy.check_not_suppressed(
                    ctx,
                    name=card.name,
                    email=card.emails[0] if card.emails else None,
                    phone=card.phones[0] if card.phones else None,
                )
                account_id = _account_id(ctx, card.org, accounts) if card.org else None
                # A company not in the CRM yet: nobody there can be a duplicate by name.
                dupe = _existing(ctx, card, -1 if card.org and account_id is None else account_id)
                if dupe is not None:
                    result.duplicates.append((card, dupe))
                    _remember_handle(ctx, card, dupe)
                    continue
                if card.org and account_id is None:
                    account_id = crm.create_account(ctx, card.org, {}).id
                    accounts[name_key(card.org)] = account_id
                c = crm.create_contact(ctx, card.name, _fields(card, account_id))
                for email in card.emails[1:]:
                    channels.add_channel(ctx, c, "email", email)
                for phone in card.phones[1:]:
                    channels.add_channel(ctx, c, "phone", phone)
                if card.note:
                    crm.log_activity(ctx, "note", f"From the contact card: {card.note}", contact=c)
                _remember_handle(ctx, card, c)
                result.created.append(c)
                if card.unused:
                    result.unused.append((card.name, card.unused))
        except UserError as exc:
            accounts.clear()  # an account made for this card was rolled back with it
            result.rejected.append((n, card.name, str(exc)))
    return result


def _remember_handle(ctx: Ctx, card: Card, c: Contact) -> None:
    """The Telegram account of a shared contact: later forwards from it find ``c``."""
    if not card.telegram_id:
        return
    held = ctx.session.scalar(
        select(ContactHandle).where(
            ContactHandle.workspace_id == ctx.ws_id,
            ContactHandle.platform == "telegram",
            ContactHandle.handle == card.telegram_id,
        )
    )
    if held is None:
        ctx.session.add(
            ContactHandle(
                workspace_id=ctx.ws_id,
                contact_id=c.id,
                platform="telegram",
                handle=card.telegram_id,
                created_at=ctx.now,
            )
        )
    else:
        held.contact_id = c.id  # the latest card shared for that account wins
    ctx.session.flush()


def contact_by_handle(ctx: Ctx, platform: str, handle: str) -> Contact | None:
    """The live contact known to hold this chat account, if any."""
    return ctx.session.scalar(
        select(Contact)
        .join(ContactHandle, ContactHandle.contact_id == Contact.id)
        .where(
            ContactHandle.workspace_id == ctx.ws_id,
            ContactHandle.platform == platform,
            ContactHandle.handle == handle,
            Contact.workspace_id == ctx.ws_id,
            Contact.deleted_at.is_(None),
        )
    )


def card_text(ctx: Ctx, c: Contact) -> str:
    """One contact as a vCard 3.0 (what phones and mail apps import most reliably)."""
    v = vobject.vCard()
    v.add("fn").value = c.name
    words = c.name.split()
    family = words[-1] if len(words) > 1 else ""
    given = " ".join(words[:-1]) if len(words) > 1 else c.name
    v.add("n").value = vobject.vcard.Name(family=family, given=given)
    extra = channels.channels_of(ctx, [c.id])
    emails = [e for e in [c.email, *(ch.value for ch in extra if ch.kind == "email")] if e]
    phones = [p for p in [c.phone, *(ch.value for ch in extra if ch.kind == "phone")] if p]
    for i, email in enumerate(emails):
        line = v.add("email")
        line.value = email
        line.type_param = "INTERNET" if i else ["INTERNET", "PREF"]
    for i, phone in enumerate(phones):
        line = v.add("tel")
        line.value = phone
        line.type_param = "VOICE" if i else ["VOICE", "PREF"]
    account = ctx.session.get(Account, c.account_id) if c.account_id else None
    if account is not None and account.workspace_id == ctx.ws_id:
        v.add("org").value = [account.name]
    if c.title:
        v.add("title").value = c.title
    if c.birthday:
        v.add("bday").value = c.birthday.isoformat()
    v.add("uid").value = f"crmbot-{ctx.ws_id}-contact-{c.id}"
    return str(v.serialize())


def file_name(c: Contact) -> str:
    """A safe file name for a contact's card: 'maria-lopez.vcf'."""
    stem = re.sub(r"[^\w]+", "-", c.name.lower(), flags=re.UNICODE).strip("-") or f"c{c.id}"
    return f"{stem[:60]}.vcf"


def telegram_card(
    first_name: str,
    last_name: str | None,
    phone: str | None,
    vcard: str | None,
    user_id: int | None = None,
) -> bytes:
    """A contact shared in Telegram as one vCard: its ``vcard`` field when it has one (with
    the shared phone number added when the card lacks it), else a card built from the
    name and number Telegram gives. Pure translation: the core reads it like any .vcf."""
    if vcard and "BEGIN:VCARD" in vcard.upper():
        try:
            comp = vobject.readOne(vcard, ignoreUnreadable=True)
            digits = re.sub(r"\D", "", phone or "")
            has = any(
                re.sub(r"\D", "", _text(t.value)).endswith(digits[-7:])
                for t in comp.contents.get("tel", [])
            )
            if digits and not has:
                comp.add("tel").value = phone
            if not _name_of(comp):
                comp.add("fn").value = _text([first_name, last_name])
            if user_id:
                comp.add("impp").value = f"tg://user?id={user_id}"
            return str(comp.serialize()).encode("utf-8")
        except Exception:  # an odd card: fall back to what Telegram itself says
            pass
    v = vobject.vCard()
    v.add("fn").value = _text([first_name, last_name]) or (phone or "")
    v.add("n").value = vobject.vcard.Name(family=last_name or "", given=first_name or "")
    if phone:
        v.add("tel").value = phone
    if user_id:
        v.add("impp").value = f"tg://user?id={user_id}"
    return str(v.serialize()).encode("utf-8")
