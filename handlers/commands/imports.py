"""import accounts|contacts|deals|users: a CSV file an admin sends in chat (Slack, Telegram).

The same importer as ``crmbot import`` (storage.importer), run inside the message's
transaction. It works in a savepoint so a dry run, or a file with bad rows, leaves the
database exactly as it was while the rest of the message (the sender's user row, the
remembered choices) still commits.
"""

from __future__ import annotations

import re

from handlers.registry import Call, command
from handlers.types import Attachment, Reply
from storage.errors import UserError
from storage.importer import FIELDS, ImportOptions, ImportResult, import_csv

MAX_IMPORT_BYTES = 10 * 1024 * 1024  # chat uploads; bigger files go through the command line
MAX_REJECTS_SHOWN = 20
TABLE_ALIASES = {
    **{t: t for t in FIELDS},
    **{t[:-1]: t for t in FIELDS},  # "contact" works too
    "companies": "accounts",
    "people": "contacts",
    "opportunities": "deals",
    "members": "users",
}
USAGE = (
    "import accounts|contacts|deals|users [dry] [map=our_field=their_column,...] "
    "[stage_map=Their stage=our stage,...] [skip_bad=yes] [currency=EUR] [date_format=%d/%m/%Y]"
)
HOW_TO_ATTACH = (
    "Send the CSV file together with the command:\n"
    "• Slack: in a direct message to me, upload the file and type `import contacts` "
    "(or accounts, deals, users) as its message.\n"
    "• Telegram: in our private chat, send the file as a document with the caption "
    "/import contacts.\n"
    "• Command line: crmbot import contacts FILE.csv"
)
_OPTION = re.compile(
    r"(?:(?<=\s)|^)(map|stage_map|skip_bad|dry|dry_run|currency|date_format)=", re.IGNORECASE
)
_YES = {"yes", "y", "true", "1", "on"}
_NOT_CSV = (".xlsx", ".xls", ".xlsm", ".ods", ".numbers", ".pdf", ".doc", ".docx", ".zip")


class _Discard(Exception):
    """Raised inside the savepoint so it rolls back (dry run, or bad rows)."""


def _pairs(text: str, what: str) -> dict[str, str]:
    """'name=Full Name, email=E-mail' -> {'name': 'Full Name', 'email': 'E-mail'}."""
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise UserError(f"{what}= takes pairs like a=b separated by commas; got '{part}'")
        key, value = part.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def parse_options(rest: str) -> ImportOptions:
    """The words (table, 'dry', 'skip_bad') first, then key=value options."""
    matches = list(_OPTION.finditer(rest))
    words = (rest[: matches[0].start()] if matches else rest).lower().split()
    fields: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(rest)
        fields[m.group(1).lower()] = rest[m.end() : end].strip()
    if not words:
        raise UserError(f"Which table? Usage: {USAGE}")
    table = TABLE_ALIASES.get(words[0])
    if table is None:
        raise UserError(f"I import {', '.join(FIELDS)}; not '{words[0]}'. Usage: {USAGE}")
    flags = {w.replace("-", "_") for w in words[1:]}
    unknown = flags - {"dry", "dry_run", "dryrun", "skip_bad"}
    if unknown:
        raise UserError(f"I don't know '{' '.join(sorted(unknown))}'. Usage: {USAGE}")
    dry = bool(flags & {"dry", "dry_run", "dryrun"})
    dry = dry or any(fields.get(k, "").lower() in _YES for k in ("dry", "dry_run"))
    currency = fields.get("currency", "").strip().upper() or None
    return ImportOptions(
        table=table,
        mapping=_pairs(fields.get("map", ""), "map"),
        stage_map=_pairs(fields.get("stage_map", ""), "stage_map"),
        dry_run=dry,
        skip_bad="skip_bad" in flags or fields.get("skip_bad", "").lower() in _YES,
        date_format=fields.get("date_format") or None,
        default_currency=currency,
    )


def check_file(files: tuple[Attachment, ...]) -> Attachment:
    """Exactly one CSV file, under the size limit, not empty and not a spreadsheet."""
    if not files:
        raise UserError(f"There is no file on this message. {HOW_TO_ATTACH}")
    if len(files) > 1:
        raise UserError(f"Send one CSV file per message; this one has {len(files)}.")
    f = files[0]
    size = f.size if f.size is not None else len(f.data)
    if size > MAX_IMPORT_BYTES or len(f.data) > MAX_IMPORT_BYTES:
        raise UserError(
            f"{f.name} is {size / 1024 / 1024:.1f} MB; files sent in chat may be up to "
            f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it, or use the command line: "
            "crmbot import TABLE FILE.csv"
        )
    name = f.name.lower()
    mime = (f.mime or "").lower()
    if name.endswith(_NOT_CSV) or "spreadsheetml" in mime or "opendocument" in mime:
        raise UserError(
            f"{f.name} is not a CSV file. Save it as CSV (in Excel: File > Save As > "
            "CSV UTF-8) and send it again."
        )
    if not f.data.strip():
        raise UserError(f"{f.name} is empty.")
    if b"\x00" in f.data[:4096]:
        raise UserError(
            f"{f.name} does not look like a CSV text file (UTF-8 or Windows-1252). "
            "Save it as CSV UTF-8 and send it again."
        )
    return f


def summary(name: str, result: ImportResult) -> Reply:
    """The importer's report, rejects in their own section (adapters split between sections)."""
    lines = result.text(max_rejects=MAX_REJECTS_SHOWN).replace("--skip-bad", "skip_bad=yes")
    head = [ln for ln in lines.splitlines() if not ln.startswith("  ")]
    rejects = [ln.strip() for ln in lines.splitlines() if ln.startswith("  ")]
    icon = "📥" if result.applied else ("🔎" if result.dry_run else "⛔")
    sections = [f"{icon} {name}\n" + "\n".join(head)]
    if rejects:
        sections.append("Rejected rows (CSV line: reason):\n" + "\n".join(rejects))
    if result.dry_run:
        sections.append("Send the file again without 'dry' to import it.")
    elif not result.applied:
        sections.append(
            "Nothing was written. Fix those lines and send the file again, or add "
            "skip_bad=yes to import only the good rows."
        )
    ok = result.applied or (result.dry_run and not result.rejected)
    return Reply(sections=sections, ok=ok, private=True)


@command("import", USAGE, admin_only=True, takes_files=True)
def import_file(call: Call) -> Reply:
    """Import a CSV file sent with this message (admins): accounts, contacts, deals or users.

    The whole file or nothing: a file with bad rows changes nothing (the reply lists the
    CSV line numbers and reasons) unless you add skip_bad=yes. Importing the same file
    twice changes nothing. 'dry' reports what would be created, updated or rejected.
    Columns are guessed from common exports (HubSpot, Salesforce, Pipedrive); map=
    overrides: map=name=Full Name,email=E-mail. stage_map= maps their stage names to ours.
    Files up to 10 MB. Example (as the file's message or caption):
    import deals dry stage_map=Engaging=presentation
    """
    opts = parse_options(call.rest)
    f = check_file(call.files)
    session = call.ctx.session
    result: ImportResult | None = None
    try:
        with session.begin_nested():
            result = import_csv(call.ctx, opts, f.data)
            if not result.applied:
                raise _Discard
    except _Discard:
        pass
    assert result is not None
    return summary(f"{f.name} → {opts.table}", result)
