"""Documents: files attached to deals, contacts, accounts and cases.

Rows say what a file is and where it belongs; the bytes are in the blob store
(storage.filestore), once per content. Every query filters on the workspace, and a
document is visible exactly when its record is (deals by owner scope, cases by the case
rules, contacts and accounts to the whole workspace). A blob is deleted only after the
transaction that removed its last document commits, so a rollback never leaves a row
pointing at nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from storage import audit, filestore
from storage.context import Ctx
from storage.documents_text import extract_text
from storage.errors import UserError
from storage.filestore import Kind
from storage.models import Account, Contact, Opportunity
from storage.models_cases import Case
from storage.models_documents import RECORD_KINDS, Document
from storage.text import fold, name_key

LETTERS = {"deal": "d", "contact": "c", "account": "a", "case": ""}
ICONS = {"deal": "💼", "contact": "👤", "account": "🏢", "case": "🎫"}
_VERSION_MARK = re.compile(
    r"(?:[\s_\-.]*(?:v|ver|version|rev)\s*\d+|[\s_\-]*\(\d+\)|[\s_\-]+(?:final|draft|copy))+$",
    re.IGNORECASE,
)

Record = Opportunity | Contact | Account | Case


@dataclass(frozen=True)
class Attached:
    """The outcome of attaching: the document, and whether the same bytes were already
    attached under this name (then nothing new was stored)."""

    doc: Document
    duplicate: bool = False


# ---- names and records -----------------------------------------------------------------------


def group_key(name: str) -> str:
    """Versions of one file share this: no extension, no 'v2', '(1)', 'final' marks."""
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    stem = _VERSION_MARK.sub("", stem.strip())
    return name_key(re.sub(r"[_\-]+", " ", stem)) or name_key(name) or "file"


def ref_of(kind: str, rec: Record) -> str:
    if kind == "case":
        assert isinstance(rec, Case)
        return f"#{rec.number}"
    return f"#{LETTERS[kind]}{rec.id}"


def title_of(rec: Record) -> str:
    if isinstance(rec, Opportunity | Case):
        return rec.title
    return rec.name


def label(kind: str, rec: Record) -> str:
    return f"{ICONS[kind]} {title_of(rec)} {ref_of(kind, rec)}"


def visible_record(ctx: Ctx, kind: str, record_id: int) -> Record | None:
    """The record by row id if this user may see it (the rule of its own kind)."""
    from storage.cases import _base
    from storage.lookup import visible_deals

    q: Any
    if kind == "deal":
        q = visible_deals(
            ctx,
            select(Opportunity).where(
                Opportunity.workspace_id == ctx.ws_id, Opportunity.deleted_at.is_(None)
            ),
        ).where(Opportunity.id == record_id)
    elif kind == "case":
        q = _base(ctx).where(Case.id == record_id)
    elif kind in ("contact", "account"):
        model: Any = Contact if kind == "contact" else Account
        q = select(model).where(
            model.workspace_id == ctx.ws_id, model.deleted_at.is_(None), model.id == record_id
        )
    else:
        return None
    row: Record | None = ctx.session.scalar(q)
    return row


def kind_of(rec: Record) -> str:
    if isinstance(rec, Opportunity):
        return "deal"
    if isinstance(rec, Contact):
        return "contact"
    if isinstance(rec, Account):
        return "account"
    return "case"


# ---- writing ---------------------------------------------------------------------------------


def _row(ctx: Ctx, name: str, data: bytes, kind: Kind, note: str) -> Document:
    text = extract_text(kind.name, data)
    sha = filestore.current().put(data)
    return Document(
        workspace_id=ctx.ws_id,
        name=name[:255],
        group_key=group_key(name)[:255],
        version=1,
        sha256=sha,
        size=len(data),
        kind=kind.name,
        mime=kind.mime,
        note=note[:2000],
        text=text,
        search_key=fold(f"{name} {text}"),
        uploaded_by_id=ctx.user.id,
        created_at=ctx.now,
    )


def _audit_copy(doc: Document) -> dict[str, Any]:
    """What the audit log keeps of a document: never its text (erasable personal data)."""
    return {
        "id": doc.id,
        "name": doc.name,
        "record_kind": doc.record_kind,
        "record_id": doc.record_id,
        "version": doc.version,
        "sha256": doc.sha256,
        "size": doc.size,
        "kind": doc.kind,
    }


def keep_unfiled(ctx: Ctx, name: str, data: bytes, kind: Kind, note: str = "") -> Document:
    """Store a file whose record is still being asked about (seen only by its sender)."""
    doc = _row(ctx, name, data, kind, note)
    ctx.session.add(doc)
    ctx.session.flush()
    audit.record(ctx, "upload", doc, None, _audit_copy(doc))
    return doc


def attach(ctx: Ctx, doc: Document, rec: Record) -> Attached:
    """File ``doc`` on ``rec``: the next version of its name there, unless the very same
    bytes are already attached under that name (then the new row is dropped)."""
    kind = kind_of(rec)
    same = ctx.session.scalar(
        select(Document).where(
            Document.workspace_id == ctx.ws_id,
            Document.record_kind == kind,
            Document.record_id == rec.id,
            Document.group_key == doc.group_key,
            Document.sha256 == doc.sha256,
            Document.id != doc.id,
        )
    )
    if same is not None:
        if doc.id is not None:
            ctx.session.delete(doc)  # the blob stays: ``same`` refers to it
        return Attached(same, duplicate=True)
    last = ctx.session.scalar(
        select(func.max(Document.version)).where(
            Document.workspace_id == ctx.ws_id,
            Document.record_kind == kind,
            Document.record_id == rec.id,
            Document.group_key == doc.group_key,
        )
    )
    doc.record_kind, doc.record_id = kind, rec.id
    doc.version = (last or 0) + 1
    if doc.id is None:
        ctx.session.add(doc)
    ctx.session.flush()
    audit.record(ctx, "attach", doc, None, _audit_copy(doc))
    return Attached(doc)


def add(ctx: Ctx, rec: Record, name: str, data: bytes, kind: Kind, note: str = "") -> Attached:
    return attach(ctx, _row(ctx, name, data, kind, note), rec)


def remove(ctx: Ctx, doc: Document) -> None:
    """Delete one document (audited); its blob goes when nothing else refers to it."""
    audit.record(ctx, "delete", doc, _audit_copy(doc), None)
    sha = doc.sha256
    ctx.session.delete(doc)
    ctx.session.flush()
    drop_blobs_after_commit(ctx.session, [sha])


def drop_blobs_after_commit(session: Session, hashes: Iterable[str]) -> None:
    """Delete the blobs no document row refers to any more, once this transaction commits.

    Which ones is decided now (inside the transaction, after the deletes); the files go
    only after the commit, so a rollback keeps every blob its rows need. The check spans
    every workspace on purpose: identical bytes are stored once for all of them.
    """
    candidates = sorted(set(hashes))
    if not candidates:
        return
    used = set(
        session.scalars(select(Document.sha256).where(Document.sha256.in_(candidates)).distinct())
    )
    orphans = [h for h in candidates if h not in used]
    if not orphans:
        return
    store = filestore.current()

    def _delete(_session: Session) -> None:
        for h in orphans:
            store.delete(h)

    event.listen(session, "after_commit", _delete, once=True)


# ---- reading ---------------------------------------------------------------------------------


def of_record(ctx: Ctx, kind: str, record_id: int) -> list[Document]:
    """The record's documents, grouped by name, newest version first within a name."""
    return list(
        ctx.session.scalars(
            select(Document)
            .where(
                Document.workspace_id == ctx.ws_id,
                Document.record_kind == kind,
                Document.record_id == record_id,
            )
            .order_by(Document.group_key, Document.version.desc())
        )
    )


def get(ctx: Ctx, doc_id: int) -> Document | None:
    """A document by id, if this user may see it (its record, or their own unfiled file)."""
    doc = ctx.session.scalar(
        select(Document).where(Document.workspace_id == ctx.ws_id, Document.id == doc_id)
    )
    if doc is None:
        return None
    if doc.record_kind is None or doc.record_id is None:
        return doc if doc.uploaded_by_id == ctx.user.id else None
    return doc if visible_record(ctx, doc.record_kind, doc.record_id) is not None else None


def content(doc: Document) -> bytes:
    return filestore.current().get(doc.sha256)


def _visible(ctx: Ctx, docs: Sequence[Document]) -> list[Document]:
    """Only the documents of records this user may see (one lookup per distinct record)."""
    seen: dict[tuple[str, int], bool] = {}
    out = []
    for d in docs:
        if d.record_kind is None or d.record_id is None:
            continue
        key = (d.record_kind, d.record_id)
        if key not in seen:
            seen[key] = visible_record(ctx, *key) is not None
        if seen[key]:
            out.append(d)
    return out


def named(ctx: Ctx, name: str, limit: int = 20) -> list[Document]:
    """Visible documents whose name (or name without version marks) matches ``name``;
    the latest version of each name and record first."""
    key = name_key(name)
    gkey = group_key(name)
    if not key:
        return []
    rows = ctx.session.scalars(
        select(Document)
        .where(
            Document.workspace_id == ctx.ws_id,
            Document.record_kind.is_not(None),
            (func.lower(Document.name) == name.strip().lower())
            | (Document.group_key == gkey)
            | (Document.group_key.startswith(key)),
        )
        .order_by(Document.group_key, Document.version.desc(), Document.id.desc())
        .limit(200)
    )
    return _visible(ctx, list(rows))[:limit]


def search(ctx: Ctx, text: str, limit: int = 10) -> list[Document]:
    """Visible documents with ``text`` in their name or inside them (PDF, Word, text)."""
    key = name_key(text)
    if len(key) < 2:
        return []
    rows = ctx.session.scalars(
        select(Document)
        .where(
            Document.workspace_id == ctx.ws_id,
            Document.record_kind.is_not(None),
            Document.search_key.contains(key, autoescape=True),
        )
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(200)
    )
    return _visible(ctx, list(rows))[:limit]


def snippet(doc: Document, text: str, width: int = 60) -> str:
    """A few words of the document around ``text`` (case- and accent-insensitive)."""
    key = name_key(text)
    body = doc.text
    folded = fold(body) if body else ""
    at = folded.find(key) if key else -1
    if at < 0 or len(folded) != len(body.casefold()):
        # the folded copy is not aligned with the original: show the folded words
        body = folded
    if at < 0:
        return ""
    start = max(0, at - width)
    end = min(len(body), at + len(key) + width)
    return ("…" if start else "") + body[start:end].strip() + ("…" if end < len(body) else "")


# ---- people (GDPR) ---------------------------------------------------------------------------


def of_person(ctx: Ctx, contact_ids: Sequence[int]) -> list[Document]:
    """A person's files, for export and erasure: those filed on their contact rows (the
    merged duplicates too) and on the support cases they opened."""
    if not contact_ids:
        return []
    case_ids = list(
        ctx.session.scalars(
            select(Case.id).where(
                Case.workspace_id == ctx.ws_id, Case.contact_id.in_(list(contact_ids))
            )
        )
    )
    on_contact = (Document.record_kind == "contact") & Document.record_id.in_(list(contact_ids))
    on_case = (Document.record_kind == "case") & Document.record_id.in_(case_ids or [-1])
    return list(
        ctx.session.scalars(
            select(Document)
            .where(Document.workspace_id == ctx.ws_id, on_contact | on_case)
            .order_by(Document.id)
        )
    )


def export_rows(ctx: Ctx, contact_ids: Sequence[int]) -> list[dict[str, Any]]:
    """What the GDPR export says of each of a person's files (the bytes go beside it)."""
    return [
        {
            "id": d.id,
            "name": d.name,
            "version": d.version,
            "on": f"{d.record_kind} {d.record_id}",
            "kind": d.kind,
            "size": d.size,
            "sha256": d.sha256,
            "uploaded_at": d.created_at.isoformat(),
            "note": d.note,
            "text_characters": len(d.text),
            "in_archive": f"files/{d.id}-{d.name}",
        }
        for d in of_person(ctx, contact_ids)
    ]


def export_archive(ctx: Ctx, contact_ids: Sequence[int], data_json: str) -> bytes | None:
    """A ZIP of the export (data.json) and the person's files themselves, or None when
    they have no files (the JSON alone says everything then)."""
    import io
    import zipfile

    docs = of_person(ctx, contact_ids)
    if not docs:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.json", data_json)
        store = filestore.current()
        for d in docs:
            z.writestr(f"files/{d.id}-{d.name}", store.get(d.sha256))
    return out.getvalue()


def erase_of_person(ctx: Ctx, contact_ids: Sequence[int]) -> int:
    """Delete a person's files; the blobs go after commit when no row needs them."""
    docs = of_person(ctx, contact_ids)
    hashes = [d.sha256 for d in docs]
    for d in docs:
        audit.record(ctx, "erase", d, {"id": d.id, "erased": True}, None)
        ctx.session.delete(d)
    ctx.session.flush()
    drop_blobs_after_commit(ctx.session, hashes)
    return len(docs)


def check_kind(kind: str) -> str:
    if kind not in RECORD_KINDS:
        raise UserError(f"Files attach to {', '.join(RECORD_KINDS)}; not '{kind}'.")
    return kind


# ---- which record a caption names ------------------------------------------------------------

# #d12, #c3, #a4 anywhere; a bare #12 is a case only first ("#12 screenshot", as a reply to
# a case card gives), so "invoice #1234" in a caption is never taken for case 1234.
_REF = re.compile(
    r"(?:^|\s)#([cdaCDA])(\d{1,9})\b|^\s*#(\d{1,9})\b|\bcase\s+#?(\d{1,9})\b", re.IGNORECASE
)
MAX_NAME_WORDS = 8


def records_by_ref(ctx: Ctx, text: str) -> list[tuple[str, Record]]:
    """Records named by reference anywhere in ``text``: #d12, #c3, #a4, #12 or case 12."""
    from storage.cases import _base

    out: list[tuple[str, Record]] = []
    for m in _REF.finditer(text):
        letter, num = (m.group(1) or "").lower(), m.group(2)
        case_num = m.group(3) or m.group(4)
        rec: Record | None
        if case_num:
            number = int(case_num)
            rec = ctx.session.scalar(_base(ctx).where(Case.number == number))
            kind = "case"
        else:
            kind = {"d": "deal", "c": "contact", "a": "account"}[letter]
            rec = visible_record(ctx, kind, int(num))
        if rec is not None and all(r is not rec for _k, r in out):
            out.append((kind, rec))
    return out


def records_named_exactly(ctx: Ctx, name: str) -> list[tuple[str, Record]]:
    """Visible records whose name is exactly ``name`` (case and accents aside)."""
    from storage.cases import _base
    from storage.lookup import visible_deals

    key = name_key(name)
    if not key:
        return []
    out: list[tuple[str, Record]] = []
    deals = visible_deals(
        ctx,
        select(Opportunity).where(
            Opportunity.workspace_id == ctx.ws_id,
            Opportunity.deleted_at.is_(None),
            Opportunity.title_key == key,
        ),
    )
    out += [("deal", d) for d in ctx.session.scalars(deals.limit(5))]
    for kind, model in (("account", Account), ("contact", Contact)):
        rows: Any = ctx.session.scalars(
            select(model)
            .where(
                model.workspace_id == ctx.ws_id,
                model.deleted_at.is_(None),
                model.name_key == key,
            )
            .limit(5)
        )
        out += [(kind, r) for r in rows]
    cases = ctx.session.scalars(_base(ctx).where(func.lower(Case.title) == name.lower()).limit(5))
    out += [("case", c) for c in cases]
    return out


def records_in_caption(ctx: Ctx, caption: str) -> tuple[list[tuple[str, Record]], bool]:
    """The records a file's caption names, and whether the naming is exact.

    Exact: a reference (#d12), or the longest run of first words that is exactly a
    record's name ("Acme renewal proposal v2" -> the deal "Acme renewal", before the
    account "Acme"). Otherwise forgiving lookups (typos, a first name alone) give
    candidates to ask about, never to attach to without asking.
    """
    refs = records_by_ref(ctx, caption)
    if refs:
        return refs, True
    from storage.lookup import find_accounts, find_contacts, find_deals

    words = caption.split()
    for n in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        hits = records_named_exactly(ctx, " ".join(words[:n]))
        if hits:
            # "Acme renewl contract": "Acme" is an account, but a typo of a longer name
            # ("Acme renewal") may be meant: then it is a question, not a guess.
            # (Deals only, their names being the long ones: those that start with the
            # words matched and are close to the next one or two words.)
            others = _longer_deals(ctx, words, n, hits)
            if others:
                unique = [
                    (k, r)
                    for i, (k, r) in enumerate(others)
                    if all(r is not o for _k, o in others[:i])
                ]
                merged = unique + hits
                return merged[:8], False
            return hits, True

    seen: list[tuple[str, Record]] = []
    tries = [" ".join(words[:n]) for n in range(min(len(words), 4), 0, -1)]
    # "signed NDA for Nordfrakt": the record named after "for"/"to"/"of"/"on", as choices
    # to ask about (it was "I found no … named in 'signed NDA for Nordfrakt'")
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].lower() in ("for", "to", "of", "on", "re", "from", "with"):
            tail = words[i:]
            tries += [" ".join(tail[:n]) for n in range(min(len(tail), 4), 0, -1)]
            break
    for q in tries:
        if len(name_key(q)) < 3:
            continue
        found: list[tuple[str, Record]] = [("deal", d) for d in find_deals(ctx, q).matches[:3]]
        found += [("account", a) for a in find_accounts(ctx, q).matches[:3]]
        found += [("contact", c) for c in find_contacts(ctx, q).matches[:3]]
        for kind, rec in found:
            if all(r is not rec for _k, r in seen):
                seen.append((kind, rec))
        if len(seen) >= 8:
            break
    return seen[:8], False


def records_like(ctx: Ctx, name: str) -> list[tuple[str, Record]]:
    """Visible records a typed name may mean (the forgiving lookups of each kind)."""
    from storage.lookup import find_accounts, find_contacts, find_deals

    found: list[tuple[str, Record]] = [("deal", d) for d in find_deals(ctx, name).matches[:4]]
    found += [("account", a) for a in find_accounts(ctx, name).matches[:4]]
    found += [("contact", c) for c in find_contacts(ctx, name).matches[:4]]
    return [(k, r) for i, (k, r) in enumerate(found) if all(r is not o for _k, o in found[:i])]


def _longer_deals(
    ctx: Ctx, words: list[str], n: int, hits: list[tuple[str, Record]]
) -> list[tuple[str, Record]]:
    """Deals whose name starts with the ``n`` words matched and goes on like the caption
    does ("acme renewl" for the deal "Acme renewal"): a typo, asked about."""
    from rapidfuzz import fuzz

    from storage.lookup import visible_deals

    if len(words) <= n:
        return []
    head = name_key(" ".join(words[:n]))
    rows = ctx.session.scalars(
        visible_deals(
            ctx,
            select(Opportunity).where(
                Opportunity.workspace_id == ctx.ws_id,
                Opportunity.deleted_at.is_(None),
                Opportunity.title_key > head + " ",
                Opportunity.title_key < head + " \uffff",
            ),
        ).limit(50)
    )
    out: list[tuple[str, Record]] = []
    for d in rows:
        extra = len(d.title_key.split()) - n
        if extra < 1 or any(h is d for _k, h in hits):
            continue
        said = name_key(" ".join(words[: n + extra]))
        if fuzz.ratio(said, d.title_key) >= 80:
            out.append(("deal", d))
    return out[:7]


def unfiled_of(ctx: Ctx, ids: Sequence[int]) -> list[Document]:
    """This user's own files still waiting for a record."""
    return list(
        ctx.session.scalars(
            select(Document)
            .where(
                Document.workspace_id == ctx.ws_id,
                Document.id.in_(list(ids)),
                Document.record_kind.is_(None),
                Document.uploaded_by_id == ctx.user.id,
            )
            .order_by(Document.id)
        )
    )


UNFILED_KEPT = timedelta(days=1)


def prune_unfiled(session: Session, now: datetime) -> int:
    """Forget files whose sender never said which record (housekeeping, every workspace):
    the question lapsed after 15 minutes; a day later the file and its unused blob go."""
    old = list(
        session.scalars(
            select(Document).where(
                Document.record_kind.is_(None), Document.created_at < now - UNFILED_KEPT
            )
        )
    )
    hashes = [d.sha256 for d in old]
    for d in old:
        session.delete(d)
    session.flush()
    drop_blobs_after_commit(session, hashes)
    return len(old)
