"""Documents: files sent to the bot, attached to a deal, contact, account or case.

A file sent with words (a Slack upload's message, a Telegram caption) lands here unless
the words are a command that reads files itself (``import``): the words name the record
("Acme renewal proposal v2"), or the file is a reply to a record's card (the adapter puts
the card's reference first). With no clear record the bot keeps the file aside, seen only
by its sender, and asks which record, with choices. A picture sent alone (or with the
word "card") is read as a business card (handlers/commands/cards.py).
"""

from __future__ import annotations

import re

from handlers.args import parse_args
from handlers.registry import Call, command
from handlers.types import Ask, Attachment, Button, Reply
from storage import documents, filestore
from storage.context import Ctx
from storage.errors import UserError
from storage.models_documents import Document
from storage.text import name_key

CARD_WORDS = frozenset(
    {
        "",
        "card",
        "business card",
        "scan",
        "scan card",
        "card scan",
        "read card",
        "visitenkarte",
        "carte",
        "carte de visite",
        "tarjeta",
        "tarjeta de visita",
    }
)
HOW_TO_ATTACH = (
    "To attach a file, send it with the record's name as its message or caption "
    "(e.g. 'Acme renewal proposal v2'), or as a reply to the record's card."
)
_IDS = re.compile(r"#f(\d{1,9})", re.IGNORECASE)
_VERSION = re.compile(r"\s+v(?:ersion)?\s*(\d{1,4})$", re.IGNORECASE)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def doc_line(ctx: Ctx, d: Document, versions: int = 1) -> str:
    from handlers.render import fmt_date, local

    ver = f" · v{d.version}" + (f" of {versions}" if versions > 1 else "")
    day = fmt_date(local(ctx, d.created_at).date())
    return f"📄 {d.name}{ver} · {_size(d.size)} · {day} · #f{d.id}"


def grouped_lines(ctx: Ctx, docs: list[Document]) -> list[str]:
    """One line per name (its latest version), older versions indented beneath."""
    groups: dict[str, list[Document]] = {}
    for d in docs:
        groups.setdefault(d.group_key, []).append(d)
    out: list[str] = []
    for versions in groups.values():
        versions.sort(key=lambda x: -x.version)
        out.append(doc_line(ctx, versions[0], len(versions)))
        out += [f"   ↳ v{d.version} {d.name} · {_size(d.size)} · #f{d.id}" for d in versions[1:]]
    return out


def files_section(ctx: Ctx, kind: str, record_id: int) -> str:
    """The Files section of a record's card ('' when it has none)."""
    from handlers.render import timeline

    return timeline("Files", grouped_lines(ctx, documents.of_record(ctx, kind, record_id)))


# ---- receiving -------------------------------------------------------------------------------


def _attached_reply(ctx: Ctx, results: list[documents.Attached], rec: documents.Record) -> Reply:
    kind = documents.kind_of(rec)
    where = documents.label(kind, rec)
    lines = []
    for r in results:
        d = r.doc
        if r.duplicate:
            lines.append(f"{d.name} was already attached (same content, v{d.version}); kept once.")
            continue
        searchable = ""
        if d.kind in ("pdf", "docx", "txt", "csv"):
            searchable = (
                f" · {len(d.text.split())} words read; `find` searches them"
                if d.text
                else " · no text inside could be read (a scan?); `find` searches its name only"
            )
        lines.append(f"📎 {d.name} · v{d.version} · {_size(d.size)}{searchable}")
    head = f"✅ Attached to {where}" if any(not r.duplicate for r in results) else where
    ref = documents.ref_of(kind, rec)
    return Reply(
        sections=[head, "\n".join(lines)],
        buttons=[Button("Files", f"files {ref}")],
        private=True,
    )


def _ask_record(
    ctx: Ctx, docs: list[Document], candidates: list[tuple[str, documents.Record]], caption: str
) -> Reply:
    ids = ",".join(f"#f{d.id}" for d in docs)
    names = ", ".join(d.name for d in docs)
    if candidates:
        q = f"Which record should I attach {names} to? Pick one or type its name."
    elif caption:
        q = (
            f"I found no deal, contact, account or case named in '{caption[:80]}'. "
            f"Which record should I attach {names} to? Type its name."
        )
    else:
        q = f"Which record should I attach {names} to? Type its name (a deal, contact, account)."
    notes = ["(I keep the file for you until you answer; 'cancel' drops it.)"]
    if any(d.kind == "csv" for d in docs):
        notes.append(
            "To import a CSV instead, send it again with the message `import contacts` "
            "(or accounts, deals, users; admins)."
        )
    return Reply(
        sections=[q, "\n".join(notes)],
        choices=[
            Button(documents.label(k, r), f"file attach {ids} to {documents.ref_of(k, r)}")
            for k, r in candidates[:8]
        ],
        expect=f"file attach {ids} to {{}}",
        asks="name",
        private=True,
    )


def _checked(files: tuple[Attachment, ...]) -> list[tuple[Attachment, filestore.Kind]]:
    if not files:
        raise UserError(f"There is no file on this message. {HOW_TO_ATTACH}")
    return [(f, filestore.check_upload(f.name, f.data, f.size)) for f in files]


def receive(call: Call) -> Reply:
    """A file sent with words that are not a file command: attach it, or read a card."""
    caption = " ".join(call.text.split())
    checked = _checked(call.files)
    if (
        len(checked) == 1
        and checked[0][1].name in filestore.IMAGE_KINDS
        and name_key(caption) in CARD_WORDS
    ):
        from handlers.commands.cards import from_photo

        return from_photo(call, checked[0][0])
    return _file_on(call, checked, caption)


def _file_on(call: Call, checked: list[tuple[Attachment, filestore.Kind]], caption: str) -> Reply:
    ctx = call.ctx
    recs, exact = documents.records_in_caption(ctx, caption) if caption else ([], False)
    if exact and len(recs) == 1:
        rec = recs[0][1]
        results = [documents.add(ctx, rec, f.name, f.data, k, caption) for f, k in checked]
        return _attached_reply(ctx, results, rec)
    docs = [documents.keep_unfiled(ctx, f.name, f.data, k, caption) for f, k in checked]
    return _ask_record(ctx, docs, recs, caption)


def unreadable_photo(call: Call, photo: Attachment, why: str) -> Reply:
    """A picture that is not a readable card: keep it and ask where it belongs."""
    kind = filestore.check_upload(photo.name, photo.data, photo.size)
    doc = documents.keep_unfiled(call.ctx, photo.name, photo.data, kind)
    reply = _ask_record(call.ctx, [doc], [], "")
    reply.sections.insert(0, why)
    return reply


def _resolve(ctx: Ctx, text: str, redo: str) -> documents.Record:
    """One visible record named by ``text`` (a reference or a name), or Ask which."""
    text = text.strip()
    text = re.sub(r"(?i)^(?:case|ticket)\s+#?(\d+)$", r"#\1", text)  # "case 3": case #3
    if not text:
        raise UserError("Which record? Type a deal, contact, account or case (#d12, #c3, #12).")
    refs = documents.records_by_ref(ctx, text)
    if len(refs) == 1:
        return refs[0][1]
    if text.startswith("#") and not refs:
        raise UserError(f"I found no record {text} that you can see.")
    exact = documents.records_named_exactly(ctx, text)
    cands = exact or documents.records_like(ctx, text)
    if len(cands) == 1 and (exact or len(text) >= 3):
        return cands[0][1]
    if not cands:
        raise Ask(
            Reply(
                sections=[f"I found no deal, contact, account or case matching '{text}'."],
                expect=redo.replace("{ref}", "{}"),
                asks="name",
                ok=False,
            )
        )
    raise Ask(
        Reply(
            sections=[f"'{text}' could be several records. Which one?"],
            choices=[
                Button(documents.label(k, r), redo.replace("{ref}", documents.ref_of(k, r)))
                for k, r in cands[:8]
            ],
            asks="choice",
        )
    )


@command(
    "file attach",
    "file attach RECORD (with a file) | file attach #fN to RECORD",
    aliases=("attach", "file add"),
    takes_files=True,
)
def file_attach(call: Call) -> Reply:
    """Attach a file to a deal, contact, account or case.

    Send a file with the record's name as its message or caption ("Acme renewal proposal
    v2"), or as a reply to the record's card: no command needed. This command files a file
    the bot asked about: file attach #f12 to Acme renewal. Files up to 20 MB: PDF, Word,
    Excel, PowerPoint, pictures, CSV and text (the type is read from the content).
    """
    ctx = call.ctx
    rest = call.rest.strip()
    if call.files:
        checked = _checked(call.files)
        try:
            rec = _resolve(ctx, rest, "file attach {ref}")
        except (Ask, UserError):
            # No single record: keep the files (a button cannot carry them) and ask.
            docs = [documents.keep_unfiled(ctx, f.name, f.data, k, rest) for f, k in checked]
            return _ask_record(ctx, docs, documents.records_like(ctx, rest) if rest else [], rest)
        results = [documents.add(ctx, rec, f.name, f.data, k, rest) for f, k in checked]
        return _attached_reply(ctx, results, rec)
    m = re.match(r"^((?:#f\d+\s*,?\s*)+)\s*(?:to|on|onto)?\s*(.*)$", rest, re.IGNORECASE)
    if not m:
        raise UserError(
            f"Send the file with this command, or say which: file attach #f12 to "
            f"Acme renewal. {HOW_TO_ATTACH}"
        )
    ids = [int(x) for x in _IDS.findall(m.group(1))]
    docs = documents.unfiled_of(ctx, ids)
    if not docs:
        raise UserError(
            "That file is no longer waiting for a record (already attached, or not yours). "
            "Type 'files NAME' to see a record's files."
        )
    refs = ",".join(f"#f{d.id}" for d in docs)
    rec = _resolve(ctx, m.group(2), f"file attach {refs} to {{ref}}")
    results = [documents.attach(ctx, d, rec) for d in docs]
    return _attached_reply(ctx, results, rec)


@command("files", "files RECORD", aliases=("file list", "documents", "docs"))
def files_of(call: Call) -> Reply:
    """The files of a deal, contact, account or case, versions of one name together.

    Example: files Acme    files #d12    (file send NAME sends one back)
    """
    rest = re.sub(r"^(?:of|for|on|from)\s+", "", call.rest.strip(), flags=re.IGNORECASE)
    if not rest:
        raise Ask(Reply.error("Whose files? Example: files Acme renewal"))
    rec = _resolve(call.ctx, rest, "files {ref}")
    kind = documents.kind_of(rec)
    docs = documents.of_record(call.ctx, kind, rec.id)
    where = documents.label(kind, rec)
    if not docs:
        return Reply.say(f"{where} has no files yet. {HOW_TO_ATTACH}", private=True)
    latest: dict[str, Document] = {}
    for d in docs:
        latest.setdefault(d.group_key, d)
    return Reply(
        sections=[f"Files of {where}", "\n".join(grouped_lines(call.ctx, docs))],
        choices=[Button(f"Send {d.name}", f"file send #f{d.id}") for d in latest.values()][:8],
        private=True,
    )


@command("file send", "file send NAME [vN] | file send #fN", aliases=("file get", "file show"))
def file_send(call: Call) -> Reply:
    """Send a file back into this chat: its latest version, or vN for an older one.

    Example: file send proposal    file send proposal v1    file send #f12
    """
    ctx = call.ctx
    rest = call.rest.strip()
    if not rest:
        raise Ask(Reply.error("Which file? Example: file send proposal"))
    m = _IDS.fullmatch(rest)
    if m:
        doc = documents.get(ctx, int(m.group(1)))
        if doc is None:
            raise UserError(f"I found no file {rest} that you can see.")
        return _send(ctx, doc)
    version = None
    vm = _VERSION.search(rest)
    if vm:
        version, rest = int(vm.group(1)), rest[: vm.start()].strip()
    docs = documents.named(ctx, rest, limit=50)
    if version is not None:
        docs = [d for d in docs if d.version == version]
    # the latest version of each (record, name)
    firsts: dict[tuple[str | None, int | None, str], Document] = {}
    for d in docs:
        firsts.setdefault((d.record_kind, d.record_id, d.group_key), d)
    found = list(firsts.values())
    if not found:
        which = f"version {version} of " if version else ""
        raise UserError(f"I found no {which}file named '{rest}'. Type 'files RECORD' to see them.")
    if len(found) > 1:
        raise Ask(
            Reply(
                sections=[f"Several files match '{rest}'. Which one?"],
                choices=[Button(_where_line(ctx, d), f"file send #f{d.id}") for d in found[:8]],
                asks="choice",
            )
        )
    return _send(ctx, found[0])


def _where_line(ctx: Ctx, d: Document) -> str:
    rec = (
        documents.visible_record(ctx, d.record_kind, d.record_id)
        if d.record_kind and d.record_id
        else None
    )
    where = f" ({documents.title_of(rec)})" if rec is not None else ""
    return f"{d.name} v{d.version}{where}"


def _send(ctx: Ctx, doc: Document) -> Reply:
    data = documents.content(doc)
    if filestore.digest(data) != doc.sha256:
        raise UserError(f"{doc.name} is damaged in the file store; please send it again.")
    return Reply(
        sections=[f"📄 {_where_line(ctx, doc)}"],
        files=[Attachment(doc.name, data, doc.mime, doc.size)],
        private=True,
    )


@command("file delete", "file delete #fN", aliases=("file remove",))
def file_delete(call: Call) -> Reply:
    """Delete one file version (asks first; this cannot be undone). Example: file delete #f12"""
    args = parse_args(call.rest)
    confirmed = args.fields.pop("confirm", "no").lower() in ("yes", "y", "true")
    m = _IDS.fullmatch(args.words.strip())
    if not m:
        raise UserError("Which file? Give its number from 'files NAME': file delete #f12")
    doc = documents.get(call.ctx, int(m.group(1)))
    if doc is None:
        raise UserError(f"I found no file {args.words.strip()} that you can see.")
    if not confirmed:
        return Reply(
            sections=[f"Delete {doc.name} v{doc.version} (#f{doc.id})? This cannot be undone."],
            buttons=[
                Button("Yes, delete", f"file delete #f{doc.id} confirm=yes", "danger"),
                Button("No", "cancel"),
            ],
            asks="confirm",
        )
    documents.remove(call.ctx, doc)
    return Reply.say(f"🗑️ Deleted {doc.name} v{doc.version}.")


def document_lines(ctx: Ctx, text: str, limit: int = 10) -> list[str]:
    """`find` lines for the files whose name or content holds ``text``, with their record."""
    out = []
    for d in documents.search(ctx, text, limit):
        line = f"📄 {_where_line(ctx, d)} · #f{d.id}"
        snip = documents.snippet(d, text)
        out.append(f"{line}\n   “{snip}”" if snip else line)
    return out


_CARD_HEAD = re.compile(r"(?:👤|💼|🏢)[^\n]*?\s(#[cda]\d{1,9})\b|🎫 Case #(\d{1,9})\b")


def record_ref_on_card(bot_text: str) -> str | None:
    """The record a bot's card shows ("💼 Acme renewal  #d1" -> "#d1", "🎫 Case #12" ->
    "#12"): a file sent as a reply to the card is attached to it (adapters call this)."""
    m = _CARD_HEAD.search(bot_text or "")
    if not m:
        return None
    return m.group(1) or f"#{m.group(2)}"
