"""CSV import of accounts, contacts, deals and users, and CSV export of any table.

Two passes: every row is parsed and validated first (nothing written), so a bad
file leaves the database untouched unless the caller asked to skip bad rows; then
the rows are written with bulk INSERT/UPDATE statements (executemany), which keeps
50,000 rows in seconds. Deduplication: accounts by name, contacts by email (then
name + account), users by email then name, deals by ``external_id`` then title + account;
importing the same file twice changes nothing the second time.

One job per module: reading and decoding the file (encodings, line endings, rows the csv
module cannot read) is :mod:`storage.csv_input`; which column is which field is
:mod:`storage.import_columns`; reading one cell's value (dates, amounts with the chat's
money rules, lengths) is :mod:`storage.import_values`; here each row is validated into a
record, then the records are written. Export is :mod:`storage.exporter`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, insert, select, update

from storage.context import Ctx
from storage.csv_input import decode, read_rows
from storage.errors import UserError
from storage.import_columns import FIELDS, guess_mapping
from storage.import_rows import RowReader
from storage.import_values import (
    RowError,
    check_lengths,
    first_spellings,
)
from storage.models import (
    Account,
    AuditLog,
    Contact,
    Opportunity,
    StageChange,
    Team,
    User,
)
from storage.privacy import is_suppressed, suppressed
from storage.text import clean_text, name_key, name_parts, phone_reversed

CHUNK = 900  # IN-list size for lookups (under SQLite's variable limit)


@dataclass
class ImportOptions:
    table: str
    mapping: dict[str, str] = field(default_factory=dict)  # our field -> their column(s)
    stage_map: dict[str, str] = field(default_factory=dict)  # their value -> our stage
    dry_run: bool = False
    skip_bad: bool = False
    date_format: str | None = None
    default_currency: str | None = None
    # told of every N rows checked (a command-line progress bar); rows_total first
    progress: Any = None


@dataclass
class ImportResult:
    table: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    suppressed: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    users_created: list[str] = field(default_factory=list)
    accounts_created: int = 0
    teams_created: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    delimiter: str = ","
    encoding: str = "UTF-8"
    dry_run: bool = False
    applied: bool = False

    def text(self, max_rejects: int = 20) -> str:
        verb = "would be" if not self.applied else "were"
        head = "DRY RUN: nothing written. " if self.dry_run else ""
        if not self.applied and not self.dry_run:
            head = "NOTHING IMPORTED (the file has bad rows; fix them or use --skip-bad). "
        lines = [
            f"{head}{self.table}: {self.rows} rows read; {self.created} {verb} created, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.duplicates} duplicate "
            f"rows skipped, {self.suppressed} skipped (erased / do-not-contact), "
            f"{len(self.rejected)} rejected.",
            "columns: " + ", ".join(f"{k}<-{v}" for k, v in self.mapping.items()),
        ]
        if self.encoding != "UTF-8":
            lines.append(f"the file was read as {self.encoding} (it is not UTF-8)")
        matched = self.updated + self.unchanged
        if matched:
            lines.insert(
                1,
                f"{matched} row matches an existing record (updated, not created again)"
                if matched == 1
                else f"{matched} rows match existing records (updated, not created again)",
            )
        if self.users_created:
            lines.append(
                f"users {verb} created: {len(self.users_created)} "
                f"({', '.join(self.users_created[:10])}"
                f"{'…' if len(self.users_created) > 10 else ''})"
            )
        if self.accounts_created:
            lines.append(f"accounts {verb} created: {self.accounts_created}")
        if self.teams_created:
            lines.append(f"teams {verb} created: {', '.join(self.teams_created)}")
        if self.dry_run and self.rejected:
            lines.append(
                "The good rows are counted above; as it is the file would not import (all or "
                "nothing): fix the lines below, or import with --skip-bad to take the good rows."
            )
        for line, reason in self.rejected[:max_rejects]:
            lines.append(f"  line {line}: {reason}")
        if len(self.rejected) > max_rejects:
            lines.append(f"  … and {len(self.rejected) - max_rejects} more rejected rows")
        return "\n".join(lines)


# ---- the import ---------------------------------------------------------------------------


class Importer:
    """One file into one table; see the module docstring for the guarantees."""

    def __init__(self, ctx: Ctx, opts: ImportOptions) -> None:
        if opts.table not in FIELDS:
            raise UserError(f"I import {', '.join(FIELDS)}; not '{opts.table}'")
        self.ctx = ctx
        self.opts = opts
        self.ws_id = ctx.ws_id
        self.now = ctx.now
        self.res = ImportResult(opts.table, dry_run=opts.dry_run)
        self.rows = RowReader(
            opts.table, ctx, opts.stage_map, opts.date_format, opts.default_currency
        )
        self.users = {
            key: uid
            for uid, key in ctx.session.execute(
                select(User.id, User.name_key).where(User.workspace_id == self.ws_id)
            )
        }
        self.new_users: dict[str, str] = {}  # name_key -> display name
        self.accounts: dict[str, int] = {}
        self.new_accounts: dict[str, str] = {}

    # -- entry point ------------------------------------------------------------------------
    def run(self, data: bytes) -> ImportResult:
        decoded = decode(data)
        self.res.encoding = decoded.encoding
        header, delim, rows = read_rows(decoded.text)
        self.res.delimiter = delim
        mapping = guess_mapping(self.opts.table, header, self.opts.mapping)
        self.res.mapping = mapping
        self._require(mapping)
        index = {h: i for i, h in enumerate(header)}
        cols = {ours: [index[p] for p in theirs.split("+")] for ours, theirs in mapping.items()}
        parsed: list[tuple[int, dict[str, Any]]] = []
        seen: dict[str, tuple[int, dict[str, Any]]] = {}
        report = self.opts.progress
        for line, row in rows:
            self.res.rows += 1
            if report is not None and self.res.rows % 250 == 0:
                report(250)
            if len(row) > len(header):
                self.res.rejected.append(
                    (line, f"expected {len(header)} columns, found {len(row)}")
                )
                continue
            row = row + [""] * (len(header) - len(row))  # short rows: trailing cells empty
            cells = [clean_text(c).strip() for c in row]  # no control characters, no escapes
            raw = {
                ours: " - ".join(cells[i] for i in idx if cells[i]) for ours, idx in cols.items()
            }
            try:
                check_lengths(raw)
                rec = self.rows.record(raw)
            except RowError as exc:
                self.res.rejected.append((line, str(exc)))
                continue
            if rec is None:
                continue
            key = rec.pop("_key", None)
            if key is not None:
                if key in seen:
                    first_line, first = seen[key]
                    if first == rec or self._respelled(first, rec):
                        self.res.duplicates += 1
                    else:
                        self.res.rejected.append(
                            (
                                line,
                                f"same {self._key_name()} as line {first_line}"
                                " but different values",
                            )
                        )
                    continue
                seen[key] = (line, rec)
            parsed.append((line, rec))
        if report is not None and self.res.rows % 250:
            report(self.res.rows % 250)
        if self.res.rejected and not self.opts.skip_bad and not self.opts.dry_run:
            return self.res
        # A dry run goes on with the good rows, to say what they would create.
        getattr(self, f"_write_{self.opts.table}")(parsed)
        self.res.users_created = sorted(self.new_users.values())
        self.res.accounts_created = len(self.new_accounts)
        if self.opts.dry_run:
            return self.res
        self.ctx.session.add(
            AuditLog(
                workspace_id=self.ws_id,
                user_id=self.ctx.user.id,
                at=self.now,
                action="import",
                entity_type=self._entity(),
                entity_id=None,
                before=None,
                after={
                    "rows": self.res.rows,
                    "created": self.res.created,
                    "updated": self.res.updated,
                    "rejected": len(self.res.rejected),
                },
                batch=self.ctx.batch,
            )
        )
        self.ctx.session.flush()
        self.res.applied = True
        return self.res

    def _respelled(self, first: dict[str, Any], rec: dict[str, Any]) -> bool:
        """An account named again in other capitals or accents: the first spelling stays."""
        return self.opts.table == "accounts" and first == {**rec, "name": first["name"]}

    def _entity(self) -> str:
        return {"deals": "opportunities"}.get(self.opts.table, self.opts.table)

    def _key_name(self) -> str:
        return {
            "deals": "external_id",
            "contacts": "email/name",
            "accounts": "name",
            "users": "name",
        }[self.opts.table]

    def _require(self, mapping: dict[str, str]) -> None:
        required: dict[str, list[tuple[str, ...]]] = {
            "accounts": [("name",)],
            "contacts": [("name", "first_name", "last_name", "email")],
            "deals": [("title", "external_id", "account")],
            "users": [("name",)],
        }
        for options in required[self.opts.table]:
            if not any(o in mapping for o in options):
                raise UserError(
                    f"no column for {' or '.join(options)}; map one with --map {options[0]}=COLUMN"
                )

    # -- shared lookups ---------------------------------------------------------------------
    def _user_id(self, name: str) -> int | None:
        """An owner by name; unknown names become users (created in the write phase)."""
        if not name:
            return None
        key = name_key(name)
        if key not in self.users:
            self.new_users.setdefault(key, " ".join(name.split()))
        return self.users.get(key)

    def _flush_users(self, role: str = "rep") -> None:
        todo = [(k, n) for k, n in self.new_users.items() if k not in self.users]
        if not todo or self.opts.dry_run:
            for k, _ in todo:
                self.users.setdefault(k, -1)
            return
        rows = [
            {"workspace_id": self.ws_id, "display_name": n, "name_key": k, "role": role,
             "language": "en", "active": True, "created_at": self.now}
            for k, n in todo
        ]  # fmt: skip
        ids = self.ctx.session.scalars(
            insert(User).returning(User.id, sort_by_parameter_order=True), rows
        ).all()
        for (k, _), uid in zip(todo, ids, strict=True):
            self.users[k] = uid

    def _insert_ids(self, model: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Bulk INSERT (plain executemany) and the new ids in row order.

        RETURNING with sort_by_parameter_order degrades to tiny batches on SQLite and
        splices results quadratically (85 s for 50k rows); a plain executemany plus one
        indexed read of this import's rows (same author and timestamp, ids ascending, as
        executemany assigns them in order) is ~50x faster on both backends.
        """
        s = self.ctx.session
        keys = {k for r in rows for k in r}
        rows = [{k: r.get(k) for k in keys} for r in rows]  # one key set for executemany
        before = s.scalar(select(func.max(model.id))) or 0
        s.execute(insert(model.__table__), rows)
        ids = list(
            s.scalars(
                select(model.id)
                .where(
                    model.id > before,
                    model.workspace_id == self.ws_id,
                    model.created_by_id == self.ctx.user.id,
                    model.updated_at == self.now,
                )
                .order_by(model.id)
            )
        )
        if len(ids) != len(rows):  # pragma: no cover - a concurrent identical import
            raise UserError("another import is writing the same table; try again")
        return ids

    def _load_accounts(self, keys: set[str]) -> None:
        keys = {k for k in keys if k and k not in self.accounts}
        items = sorted(keys)
        for i in range(0, len(items), CHUNK):
            for aid, key in self.ctx.session.execute(
                select(Account.id, Account.name_key).where(
                    Account.workspace_id == self.ws_id,
                    Account.deleted_at.is_(None),
                    Account.name_key.in_(items[i : i + CHUNK]),
                )
            ):
                self.accounts[key] = aid

    def _ensure_accounts(self, names: dict[str, str]) -> None:
        """Accounts named in a contacts/deals file are created when missing."""
        self._load_accounts(set(names))
        todo = [(k, n) for k, n in names.items() if k and k not in self.accounts]
        for k, n in todo:
            self.new_accounts[k] = n
        if not todo or self.opts.dry_run:
            return
        rows = [
            {"workspace_id": self.ws_id, "name": n, "name_key": k, "tags": [],
             "created_at": self.now, "updated_at": self.now, "created_by_id": self.ctx.user.id,
             "updated_by_id": self.ctx.user.id}
            for k, n in todo
        ]  # fmt: skip
        ids = self._insert_ids(Account, rows)
        for (k, _), aid in zip(todo, ids, strict=True):
            self.accounts[k] = aid
        self._audit_created("accounts", ids, rows)

    def _audit_created(self, entity: str, ids: list[int], rows: list[dict[str, Any]]) -> None:
        if self.opts.dry_run or not ids:
            return
        safe = [
            {k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in r.items()}
            for r in rows
        ]
        self.ctx.session.execute(
            insert(AuditLog),
            [
                {"workspace_id": self.ws_id, "user_id": self.ctx.user.id, "at": self.now,
                 "action": "create", "entity_type": entity, "entity_id": i, "before": None,
                 "after": r, "batch": self.ctx.batch}
                for i, r in zip(ids, safe, strict=True)
            ],
        )  # fmt: skip

    def _audit_updated(
        self, entity: str, changes: list[tuple[int, dict[str, Any], dict[str, Any]]]
    ) -> None:
        if self.opts.dry_run or not changes:
            return

        def js(d: dict[str, Any]) -> dict[str, Any]:
            return {
                k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in d.items()
            }

        self.ctx.session.execute(
            insert(AuditLog),
            [
                {"workspace_id": self.ws_id, "user_id": self.ctx.user.id, "at": self.now,
                 "action": "update", "entity_type": entity, "entity_id": i, "before": js(b),
                 "after": js(a), "batch": self.ctx.batch}
                for i, b, a in changes
            ],
        )  # fmt: skip

    # -- accounts ---------------------------------------------------------------------------
    def _write_accounts(self, parsed: list[tuple[int, dict[str, Any]]]) -> None:
        keys = {name_key(r["name"]) for _, r in parsed}
        existing: dict[str, Account] = {}
        a: Account | None
        items = sorted(keys)
        for i in range(0, len(items), CHUNK):
            for a in self.ctx.session.scalars(
                select(Account).where(
                    Account.workspace_id == self.ws_id,
                    Account.deleted_at.is_(None),
                    Account.name_key.in_(items[i : i + CHUNK]),
                )
            ):
                existing[a.name_key] = a
        for _, r in parsed:
            if "owner" in r:
                self._user_id(r["owner"])
        self._flush_users()
        inserts: list[dict[str, Any]] = []
        updates: list[Any] = []
        audits: list[Any] = []
        for _, r in parsed:
            key = name_key(r["name"])
            values = {k: v for k, v in r.items() if k not in ("owner", "name")}
            if "owner" in r:
                values["owner_id"] = self.users[name_key(r["owner"])]
            a = existing.get(key)
            if a is None:
                inserts.append(
                    {"workspace_id": self.ws_id, "name": r["name"], "name_key": key,
                     "tags": values.pop("tags", []), **values, "created_at": self.now,
                     "updated_at": self.now, "created_by_id": self.ctx.user.id,
                     "updated_by_id": self.ctx.user.id}
                )  # fmt: skip
                continue
            diff = {k: v for k, v in values.items() if getattr(a, k) != v}
            if not diff:
                self.res.unchanged += 1
                continue
            audits.append((a.id, {k: getattr(a, k) for k in diff}, diff))
            updates.append({"id": a.id, **diff, "updated_at": self.now})
        self.res.created += len(inserts)
        self.res.updated += len(updates)
        if self.opts.dry_run:
            return
        if inserts:
            ids = self._insert_ids(Account, inserts)
            self._audit_created("accounts", list(ids), inserts)
        for u in updates:  # few: per-row to allow differing column sets
            self.ctx.session.execute(update(Account).where(Account.id == u.pop("id")).values(**u))
        self._audit_updated("accounts", audits)

    # -- contacts ---------------------------------------------------------------------------
    def _write_contacts(self, parsed: list[tuple[int, dict[str, Any]]]) -> None:
        marks = suppressed(self.ctx.session, self.ws_id)
        kept = []
        for line, r in parsed:
            if is_suppressed(
                marks, self.ws_id, email=r["email"], phone=r.get("phone"), name=r["name"]
            ):
                self.res.suppressed += 1
                continue
            kept.append((line, r))
        self._ensure_accounts(first_spellings(r["account"] for _, r in kept if r.get("account")))
        for _, r in kept:
            if "owner" in r:
                self._user_id(r["owner"])
        self._flush_users()
        emails = sorted({r["email"].lower() for _, r in kept if r["email"]})
        names = sorted({name_key(r["name"]) for _, r in kept if not r["email"]})
        by_email: dict[str, Contact] = {}
        by_name: dict[tuple[str, int | None], Contact] = {}
        c: Contact | None
        for col, items in ((Contact.email_key, emails), (Contact.name_key, names)):
            for i in range(0, len(items), CHUNK):
                for c in self.ctx.session.scalars(
                    select(Contact).where(
                        Contact.workspace_id == self.ws_id,
                        Contact.deleted_at.is_(None),
                        col.in_(items[i : i + CHUNK]),
                    )
                ):
                    if c.email_key:
                        by_email.setdefault(c.email_key, c)
                    by_name.setdefault((c.name_key, c.account_id), c)
        self._by_secondary_email([e for e in emails if e not in by_email], by_email)
        inserts: list[dict[str, Any]] = []
        audits: list[Any] = []
        for _, r in kept:
            acc_id = self.accounts.get(name_key(r["account"])) if r.get("account") else None
            values: dict[str, Any] = {"name": r["name"]}
            nk = name_key(r["name"])
            first, last = name_parts(nk)
            values.update(name_key=nk, first_key=first, last_key=last)
            if r["email"]:
                values.update(email=r["email"], email_key=r["email"].lower())
            if "phone" in r:
                values.update(phone=r["phone"], phone_rev=phone_reversed(r["phone"]))
            for f in (
                *("title", "lifecycle", "lead_source", "do_not_contact", "tags", "campaign_id"),
                *("country", "timezone", "telegram"),
            ):
                if f in r:
                    values[f] = r[f]
            if "birthday" in r:
                values.update(birthday=r["birthday"], birthday_md=r["birthday"].strftime("%m-%d"))
            if acc_id is not None or r.get("account"):
                values["account_id"] = acc_id
            if "owner" in r:
                values["owner_id"] = self.users[name_key(r["owner"])]
            c = by_email.get(r["email"].lower()) if r["email"] else by_name.get((nk, acc_id))
            if c is None:
                inserts.append(
                    {"workspace_id": self.ws_id, "lifecycle": "prospect", "do_not_contact": False,
                     "tags": [], "owner_id": self.ctx.user.id, **values, "created_at": self.now,
                     "updated_at": self.now, "created_by_id": self.ctx.user.id,
                     "updated_by_id": self.ctx.user.id}
                )  # fmt: skip
                continue
            if r["email"] and c.email_key != r["email"].lower():
                # found by a second address (a merged duplicate's): the merge chose the
                # name and the main address, the file does not undo that choice
                for k in ("email", "email_key", "name", "name_key", "first_key", "last_key"):
                    values.pop(k, None)
            diff = {k: v for k, v in values.items() if getattr(c, k) != v}
            if not diff:
                self.res.unchanged += 1
                continue
            self.res.updated += 1
            audits.append((c.id, {k: getattr(c, k) for k in diff}, diff))
            if not self.opts.dry_run:
                for k, v in diff.items():
                    setattr(c, k, v)
                c.updated_at = self.now
        self.res.created += len(inserts)
        if self.opts.dry_run:
            return
        if inserts:
            ids = self._insert_ids(Contact, inserts)
            self._audit_created("contacts", list(ids), inserts)
        self._audit_updated("contacts", audits)

    def _by_secondary_email(self, emails: list[str], by_email: dict[str, Contact]) -> None:
        """A row whose email is a contact's second address (after a merge) is that contact."""
        from storage.models_channels import ContactChannel

        for i in range(0, len(emails), CHUNK):
            for key, c in self.ctx.session.execute(
                select(ContactChannel.value_key, Contact)
                .join(Contact, Contact.id == ContactChannel.contact_id)
                .where(
                    ContactChannel.workspace_id == self.ws_id,
                    ContactChannel.kind == "email",
                    ContactChannel.value_key.in_(emails[i : i + CHUNK]),
                    Contact.deleted_at.is_(None),
                )
            ):
                by_email.setdefault(key, c)

    # -- deals ------------------------------------------------------------------------------
    def _write_deals(self, parsed: list[tuple[int, dict[str, Any]]]) -> None:
        s = self.ctx.session
        self._ensure_accounts(first_spellings(r["account"] for _, r in parsed if r["account"]))
        for _, r in parsed:
            self._user_id(r["owner"] or "")
        self._flush_users()
        contacts: dict[str, int] = {}
        wanted = sorted({r["contact"] for _, r in parsed if r["contact"]})
        if wanted:
            keys = sorted({w.lower() for w in wanted} | {name_key(w) for w in wanted})
            for i in range(0, len(keys), CHUNK):
                chunk = keys[i : i + CHUNK]
                for cid, ek, nk in s.execute(
                    select(Contact.id, Contact.email_key, Contact.name_key).where(
                        Contact.workspace_id == self.ws_id,
                        Contact.deleted_at.is_(None),
                        Contact.email_key.in_(chunk) | Contact.name_key.in_(chunk),
                    )
                ):
                    if ek:
                        contacts.setdefault(ek, cid)
                    contacts.setdefault(nk, cid)
        exts = sorted({r["external_id"] for _, r in parsed if r["external_id"]})
        existing: dict[str, Opportunity] = {}
        d: Opportunity | None
        for i in range(0, len(exts), CHUNK):
            for d in s.scalars(
                select(Opportunity).where(
                    Opportunity.workspace_id == self.ws_id,
                    Opportunity.external_id.in_(exts[i : i + CHUNK]),
                )
            ):
                existing[d.external_id or ""] = d
        natural = self._deals_by_natural_key(parsed, set(existing.values()))
        inserts: list[dict[str, Any]] = []
        audits = []
        moves = []
        for line, r in parsed:
            contact_id = None
            if r["contact"]:
                contact_id = contacts.get(r["contact"].lower()) or contacts.get(
                    name_key(r["contact"])
                )
                if contact_id is None:
                    self.res.rejected.append(
                        (line, f"no contact '{r['contact']}' (import contacts first)")
                    )
                    continue
            status = r["stage"] if r["stage"] in ("won", "lost") else "open"
            values: dict[str, Any] = {
                "title": r["title"],
                "title_key": name_key(r["title"]),
                "account_id": self.accounts.get(name_key(r["account"])) if r["account"] else None,
                "contact_id": contact_id,
                "amount_minor": r["amount_minor"],
                "currency": r["currency"],
                "stage": r["stage"],
                "status": status,
                "probability": r["probability"],
                "close_date": r["close_date"],
                "owner_id": self.users.get(name_key(r["owner"])) if r["owner"] else None,
                "lost_reason": r["lost_reason"],
            }
            d = existing.get(r["external_id"] or "\0")
            if d is None:
                d = _pop_natural(natural, r, values["account_id"], bool(r["external_id"]))
            if d is None:
                created = (
                    datetime.combine(r["created"], time(0), tzinfo=UTC)
                    if r["created"]
                    else self.now
                )
                closed = None
                if status != "open":
                    closed = (
                        datetime.combine(r["close_date"], time(0), tzinfo=UTC)
                        if r["close_date"]
                        else self.now
                    )
                    # A deal closed before the file says it was created (or, without a
                    # created column, before today's import) existed by its close date at
                    # the latest: never a negative sales cycle.
                    created = min(created, closed)
                inserts.append(
                    {"workspace_id": self.ws_id, "external_id": r["external_id"], **values,
                     "stage_entered_at": closed or created, "closed_at": closed,
                     "created_at": created, "updated_at": self.now,
                     "created_by_id": self.ctx.user.id, "updated_by_id": self.ctx.user.id}
                )  # fmt: skip
                continue
            diff = {k: v for k, v in values.items() if getattr(d, k) != v}
            if not diff:
                self.res.unchanged += 1
                continue
            self.res.updated += 1
            audits.append((d.id, {k: getattr(d, k) for k in diff}, diff))
            if self.opts.dry_run:
                continue
            if "stage" in diff:
                moves.append(
                    {"workspace_id": self.ws_id, "opportunity_id": d.id, "from_stage": d.stage,
                     "to_stage": diff["stage"], "user_id": self.ctx.user.id, "at": self.now}
                )  # fmt: skip
                d.stage_entered_at = self.now
                d.closed_at = None if status == "open" else self.now
            for k, v in diff.items():
                setattr(d, k, v)
            d.updated_at = self.now
        self.res.created += len(inserts)
        if self.res.rejected and not self.opts.skip_bad and not self.opts.dry_run:
            self.res.created = self.res.updated = 0
            raise _Abort
        if self.opts.dry_run:
            return
        if inserts:
            ids = self._insert_ids(Opportunity, inserts)
            s.execute(
                insert(StageChange),
                [
                    {"workspace_id": self.ws_id, "opportunity_id": i, "from_stage": None,
                     "to_stage": r["stage"], "user_id": self.ctx.user.id, "at": r["created_at"]}
                    for i, r in zip(ids, inserts, strict=True)
                ],
            )  # fmt: skip
            self._audit_created("opportunities", ids, inserts)
        if moves:
            s.execute(insert(StageChange), moves)
        self._audit_updated("opportunities", audits)

    def _deals_by_natural_key(
        self, parsed: list[tuple[int, dict[str, Any]]], taken: set[Opportunity]
    ) -> dict[tuple[str, int | None], list[Opportunity]]:
        """Existing live deals by (title key, account id), oldest first, for rows the file
        gives no known id: a re-import of an id-less export matches them instead of
        creating every deal again. The n-th row with a key takes the n-th deal with it."""
        keys = sorted({name_key(r["title"]) for _, r in parsed})
        out: dict[tuple[str, int | None], list[Opportunity]] = {}
        for i in range(0, len(keys), CHUNK):
            for d in self.ctx.session.scalars(
                select(Opportunity)
                .where(
                    Opportunity.workspace_id == self.ws_id,
                    Opportunity.deleted_at.is_(None),
                    Opportunity.title_key.in_(keys[i : i + CHUNK]),
                )
                .order_by(Opportunity.id)
            ):
                if d not in taken:
                    out.setdefault((d.title_key, d.account_id), []).append(d)
        return out

    # -- users ------------------------------------------------------------------------------
    def _write_users(self, parsed: list[tuple[int, dict[str, Any]]]) -> None:
        s = self.ctx.session
        for _, r in parsed:
            self._user_id(r["name"])
        managers = {name_key(r["manager"]): r["manager"] for _, r in parsed if r.get("manager")}
        for key, name in managers.items():
            if key not in self.users:
                self.new_users.setdefault(key, name)
        self._flush_users()
        teams = {
            t.manager_id: t
            for t in s.scalars(select(Team).where(Team.workspace_id == self.ws_id))
            if t.manager_id
        }
        regions: dict[str, str] = {}
        for _, r in parsed:
            if r.get("manager") and r.get("region"):
                regions.setdefault(name_key(r["manager"]), r["region"])
        team_ids: dict[str, int] = {}
        for key, name in managers.items():
            mid = self.users[key]
            team = teams.get(mid)
            if team is None:
                self.res.teams_created.append(f"{name} team")
                if self.opts.dry_run:
                    continue
                team = Team(
                    workspace_id=self.ws_id,
                    name=f"{name} team",
                    region=regions.get(key),
                    manager_id=mid,
                )
                s.add(team)
                s.flush()
            elif regions.get(key) and team.region != regions[key] and not self.opts.dry_run:
                team.region = regions[key]
            team_ids[key] = team.id
        if self.opts.dry_run:
            self.res.created = sum(1 for _, r in parsed if name_key(r["name"]) in self.new_users)
            return
        people = {u.id: u for u in s.scalars(select(User).where(User.workspace_id == self.ws_id))}
        fresh = {self.users[k] for k in self.new_users}
        for _, r in parsed:
            u = people[self.users[name_key(r["name"])]]
            before = {
                "email": u.email,
                "role": u.role,
                "timezone": u.timezone,
                "team_id": u.team_id,
            }
            if "email" in r:
                u.email = r["email"]
            if "role" in r and u.role != "admin":
                u.role = r["role"]
            if "timezone" in r:
                u.timezone = r["timezone"]
            if r.get("manager"):
                u.team_id = team_ids[name_key(r["manager"])]
            after = {"email": u.email, "role": u.role, "timezone": u.timezone, "team_id": u.team_id}
            if u.id in fresh:
                self.res.created += 1
            elif before != after:
                self.res.updated += 1
                self._audit_updated("users", [(u.id, before, after)])
            else:
                self.res.unchanged += 1
        for key in managers:
            boss = people[self.users[key]]
            if boss.role == "rep":
                boss.role = "manager"
            if boss.team_id is None:
                boss.team_id = team_ids[key]


class _Abort(Exception):
    pass


def _pop_natural(
    natural: dict[tuple[str, int | None], list[Opportunity]],
    r: dict[str, Any],
    account_id: int | None,
    has_id: bool,
) -> Opportunity | None:
    """The next existing deal with this row's title and account (None: a new deal).

    A row naming an account that does not exist yet (a dry run) matches nothing; a row
    with an id nobody has matches only a deal imported without one.
    """
    if r["account"] and account_id in (None, -1):
        return None
    queue = natural.get((name_key(r["title"]), account_id))
    while queue:
        d = queue.pop(0)
        if not has_id or d.external_id is None:
            return d
    return None


def import_csv(ctx: Ctx, opts: ImportOptions, data: bytes) -> ImportResult:
    """Import one file inside the caller's transaction.

    Returns the result; ``result.applied`` is False for dry runs and for files with bad
    rows (without skip_bad); the caller must then roll back (the CLI does).
    """
    imp = Importer(ctx, opts)
    try:
        return imp.run(data)
    except _Abort:
        return imp.res


# ---- export ----------------------------------------------------------------------------
# Kept importable from here; the spreadsheet-safe writer lives in storage.exporter.
from storage.exporter import MODELS as EXPORT_TABLES  # noqa: E402
from storage.exporter import export_csv  # noqa: E402

__all__ = ["EXPORT_TABLES", "ImportOptions", "ImportResult", "export_csv", "import_csv"]
