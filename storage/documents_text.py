"""The words inside an attached file, so that `find` searches documents too.

PDF through pypdf, Word (.docx) through python-docx, text and CSV as they are. A file
whose text cannot be read (a scanned PDF, a damaged file) is still kept; it is just not
searchable inside, and the bot says so. At most :data:`MAX_TEXT` characters are kept.
"""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)

MAX_TEXT = 200_000
MAX_PDF_PAGES = 200


def extract_text(kind: str, data: bytes) -> str:
    """Plain text of a pdf, docx, txt or csv file ('' when there is none to read)."""
    try:
        if kind == "pdf":
            text = _pdf(data)
        elif kind == "docx":
            text = _docx(data)
        elif kind in ("txt", "csv"):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
        else:
            return ""
    except Exception as exc:  # a damaged file is kept, just not searchable
        log.info("no text read from a %s file: %s", kind, type(exc).__name__)
        return ""
    return " ".join(text.replace("\x00", "").split())[:MAX_TEXT]


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            reader.decrypt("")  # many "protected" PDFs only restrict printing
        except Exception:
            return ""
    parts: list[str] = []
    size = 0
    for page in reader.pages[:MAX_PDF_PAGES]:
        part = page.extract_text() or ""
        parts.append(part)
        size += len(part)
        if size > MAX_TEXT:
            break
    return "\n".join(parts)


def _docx(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)
