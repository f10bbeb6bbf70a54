"""Where the bytes of attached files live: a small content-addressed blob store.

The database keeps what a file is (its name, its record, its extracted text); the store
keeps only bytes, under their SHA-256. The same file sent twice is stored once, and a blob
is removed only when no document row refers to it any more (storage.documents).

:class:`BlobStore` is the whole interface the core uses (put, get, delete, exists by
hash), so another backend (an S3-compatible bucket: ``put_object`` / ``get_object`` /
``delete_object`` keyed by the hash) plugs in through :func:`configure` without touching
handlers or storage.documents. The local directory store is the default
(``CRMBOT_FILES_DIR``).

The type of a file is read from its first bytes (:func:`sniff`), never from its name: a
``.pdf`` that is an executable is refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from storage.errors import UserError

# Telegram's cloud Bot API lets bots download files up to 20 MB: the one limit in chat.
MAX_FILE_BYTES = 20 * 1024 * 1024
DEFAULT_DIR = "files"


class BlobStore(Protocol):
    """Bytes by SHA-256 (hex). ``put`` of bytes already stored is a no-op."""

    def put(self, data: bytes) -> str: ...

    def get(self, sha256: str) -> bytes: ...

    def delete(self, sha256: str) -> None: ...

    def exists(self, sha256: str) -> bool: ...


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_hash(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a SHA-256 hex digest")
    return sha256


class LocalStore:
    """A directory: ``ROOT/ab/abcdef…`` (two-letter fan-out keeps directories small).

    Writes go to a temporary file in the same directory, then ``os.replace``: a crash
    never leaves half a file under a hash, and two writers of the same bytes both win.
    """

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        sha256 = _check_hash(sha256)
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha = digest(data)
        target = self.path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha

    def get(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise UserError(
                "That file's content is missing from the file store (was it restored "
                "without its files?). Send the file again."
            ) from None

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def hashes(self) -> Iterator[str]:
        """Every stored hash (backup checks, clean-ups)."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    if len(f.name) == 64 and not f.name.startswith("."):
                        yield f.name


_store: list[BlobStore] = [LocalStore(DEFAULT_DIR)]


def configure(store: BlobStore) -> None:
    """Make ``store`` the one the core uses (start-up reads CRMBOT_FILES_DIR; tests)."""
    _store[0] = store


def current() -> BlobStore:
    return _store[0]


# ---- what a file is, from its bytes ----------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str  # pdf, docx, xlsx, pptx, png, jpeg, gif, webp, txt, csv, vcf
    mime: str
    ext: str


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("pdf", "application/pdf", "pdf"),
        Kind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        Kind(
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx",
        ),
        Kind("png", "image/png", "png"),
        Kind("jpeg", "image/jpeg", "jpg"),
        Kind("gif", "image/gif", "gif"),
        Kind("webp", "image/webp", "webp"),
        Kind("csv", "text/csv", "csv"),
        Kind("txt", "text/plain", "txt"),
    )
}
IMAGE_KINDS = frozenset({"png", "jpeg", "gif", "webp"})
ALLOWED = "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), PNG, JPEG, GIF, WebP, CSV, text"


def _zip_kind(data: bytes) -> str | None:
    """Office Open XML files are zips; which one is told by the part inside."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
        if any(n.startswith(prefix) for n in names):
            return kind
    return None


def _text_kind(data: bytes, name: str) -> str | None:
    """UTF-8 (or Windows-1252) text without control bytes; CSV when commas line up."""
    head = data[:65536]
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return None
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    if bad > len(text) // 100:
        return None
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    commas = {ln.count(",") for ln in lines} | {ln.count(";") for ln in lines}
    if name.lower().endswith(".csv") or (len(lines) >= 2 and lines[0].count(",") >= 1):
        return "csv" if commas else "txt"
    return "txt"


def sniff(data: bytes, name: str = "") -> Kind | None:
    """The file's type from its content (magic bytes), or None when it is not one we keep.

    The name only tells CSV from plain text (both are text); it never makes a file pass.
    """
    if data.startswith(b"%PDF-"):
        return KINDS["pdf"]
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return KINDS["png"]
    if data.startswith(b"\xff\xd8\xff"):
        return KINDS["jpeg"]
    if data.startswith((b"GIF87a", b"GIF89a")):
        return KINDS["gif"]
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return KINDS["webp"]
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        return KINDS[kind] if kind else None
    if data.startswith((b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"#!")):
        return None  # programs and scripts are never kept, whatever their name
    kind = _text_kind(data, name)
    return KINDS[kind] if kind else None


def check_upload(name: str, data: bytes, declared: int | None = None) -> Kind:
    """The kind of an uploaded file, or a clear refusal (too big, empty, not allowed)."""
    size = max(declared or 0, len(data))
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"{name} is {size / 1024 / 1024:.1f} MB; I keep files up to "
            f"{MAX_FILE_BYTES >> 20} MB (Telegram's bots can download no more)."
        )
    if not data:
        raise UserError(f"{name} is empty (or I could not download it); send it again.")
    kind = sniff(data, name)
    if kind is None:
        raise UserError(f"I don't keep files like {name}: I keep {ALLOWED}.")
    return kind
