"""Reading an uploaded CSV file safely: its encoding, its line endings, and rows that the
csv module cannot read, each turned into a UserError that names the line.

Small functions, kept apart from the importer's per-table logic, so the importer can be
split by job later without touching them.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from storage.errors import UserError
from storage.text import clean_text

MAX_CELL_LINES = 200  # a note may run over lines; a cell of 200 lines is a quote left open
FIELD_LIMIT = csv.field_size_limit()  # 131,072 characters: a cell longer is no CSV export
SAVE_AS = "save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8) and try again"
# A valid UTF-8 sequence of two to four bytes: seen in a file that also has an invalid
# byte, the file is UTF-8 with a damaged spot, not Windows-1252 (which would turn every
# correct "ö" into "Ã¶").
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass
class Decoded:
    text: str
    encoding: str  # "UTF-8", "UTF-16", "Windows-1252"


def line_at(data: bytes, offset: int) -> int:
    """The 1-based line of a byte offset (CR-only files count CRs)."""
    head = data[:offset]
    return (head.count(b"\n") if b"\n" in data else head.count(b"\r")) + 1


def decode(data: bytes) -> Decoded:
    """The file's text: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252 throughout.

    Refused, naming the line: a NUL byte (a binary file, or a spreadsheet saved as
    something else), a UTF-8 file with an invalid byte (decoding the whole file as
    Windows-1252 would silently garble every accent), or a byte Windows-1252 lacks.
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), "UTF-16")
            except UnicodeDecodeError as exc:
                raise UserError(f"the file is not valid UTF-16; {SAVE_AS}") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise UserError(
            f"line {line_at(data, nul)} contains a NUL byte: this does not look like a CSV "
            f"text file; {SAVE_AS}"
        )
    try:
        return Decoded(data.decode("utf-8-sig"), "UTF-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_MULTIBYTE.search(data):
        raise UserError(
            f"line {line_at(data, bad)} is not valid UTF-8 (byte 0x{data[bad]:02x}) while the "
            f"rest of the file is UTF-8; fix that line, or {SAVE_AS}"
        )
    try:
        return Decoded(data.decode("cp1252"), "Windows-1252")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"line {line_at(data, exc.start)} has a byte (0x{data[exc.start]:02x}) that is "
            f"neither UTF-8 nor Windows-1252: this does not look like a CSV text file; {SAVE_AS}"
        ) from exc


def normalise_newlines(text: str) -> str:
    """Old Mac files end lines with CR alone; the csv module wants LF or CRLF."""
    if "\n" not in text and "\r" in text:
        return text.replace("\r", "\n")
    return text


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the header line into the most columns (quotes respected)."""
    first = text.split("\n", 1)[0].rstrip("\r")
    best, best_n = ",", 0
    for d in (",", ";", "\t", "|"):
        try:
            n = len(next(csv.reader([first], delimiter=d), []))
        except csv.Error:
            n = 0
        if n > best_n:
            best, best_n = d, n
    return best


def rows_of(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells); a row the csv module cannot read is a UserError.

    Strict quoting: a quote opened and never closed would otherwise swallow every later
    line into one cell, so it is refused with the line it was opened on.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UserError(_row_error(str(exc), start, reader.line_num)) from exc
        if reader.line_num - start > MAX_CELL_LINES and any("\n" in c for c in row):
            raise UserError(
                f"line {start}: a quoted cell runs on to line {reader.line_num}; a quote is "
                'probably missing its closing " there'
            )
        yield start, row


def _row_error(message: str, start: int, end: int) -> str:
    if "field larger than field limit" in message:
        return (
            f"line {start}: a cell is longer than {FIELD_LIMIT:,} characters; this is not a "
            "usable CSV row (a quote left open, or a file that is not CSV?)"
        )
    if "unexpected end of data" in message or "EOF" in message:
        return (
            f"line {start}: a quote opened here is never closed, so every later line would be "
            'read into one cell; close it ("...") and try again'
        )
    return f"line {start}: cannot read this row as CSV ({message})"


def read_rows(text: str) -> tuple[list[str], str, Iterator[tuple[int, list[str]]]]:
    """The header, the delimiter and the (line, cells) rows of a decoded file."""
    text = normalise_newlines(text)
    delim = sniff_delimiter(text)
    rows = rows_of(text, delim)
    first = next(rows, None)
    if first is None:
        raise UserError("the file is empty")
    header = [clean_text(h).strip() for h in first[1]]

    def body() -> Iterator[tuple[int, list[str]]]:
        for line, row in rows:
            if not any(cell.strip() for cell in row):
                continue
            yield line, row

    return header, delim, body()
