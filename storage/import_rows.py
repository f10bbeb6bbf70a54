"""Validating one imported row into a record for its table; nothing is written here.

A raw row maps our field names to cell texts (columns already chosen by
:mod:`storage.import_columns`); each table's method reads the cells
(:mod:`storage.import_values`) and returns the record the writer stores, or raises
:class:`~storage.import_values.RowError` with the reason the row is rejected.
"""

from __future__ import annotations

from typing import Any

from storage import reach, validate
from storage.context import Ctx
from storage.errors import UserError
from storage.import_columns import STAGE_DEFAULTS
from storage.import_values import (
    RowError,
    checked,
    lead_source,
    lifecycle_of,
    parse_date,
    parse_money,
)
from storage.money import MoneyError, normalize_currency
from storage.text import name_key


class RowReader:
    """Reads the rows of one table, with the file's stage map, date format and currency."""

    def __init__(
        self,
        table: str,
        ctx: Ctx,
        stage_map: dict[str, str],
        date_format: str | None,
        default_currency: str | None,
    ) -> None:
        self.table = table
        self.ctx = ctx
        self.workspace = ctx.workspace
        self._campaigns: dict[str, int] = {}  # name key -> campaign id
        self.date_format = date_format
        self.default_currency = default_currency
        self.stage_map = {
            **STAGE_DEFAULTS,
            **{k.strip().lower(): v for k, v in stage_map.items()},
        }
        for k, v in self.stage_map.items():
            self.stage_map[k] = validate.stage(v)

    def _campaign_id(self, name: str) -> int:
        from storage.campaigns import find_campaign

        key = name_key(name)
        if key not in self._campaigns:
            try:
                self._campaigns[key] = find_campaign(self.ctx, name).id
            except UserError as exc:
                raise RowError(str(exc)) from exc
        return self._campaigns[key]

    def record(self, raw: dict[str, str]) -> dict[str, Any] | None:
        """The record for one row (None: nothing to import in it)."""
        read: Any = getattr(self, self.table)
        return read(raw)  # type: ignore[no-any-return]

    def accounts(self, raw: dict[str, str]) -> dict[str, Any]:
        name = " ".join(raw.get("name", "").split())
        if not name:
            raise RowError("no account name")
        rec: dict[str, Any] = {"name": name, "_key": name_key(name)}
        for f in ("industry", "region", "size", "website"):
            if raw.get(f):
                rec[f] = raw[f][: {"website": 300, "size": 40}.get(f, 120)]
        if raw.get("lead_source"):
            rec["lead_source"] = lead_source(raw["lead_source"])
        if raw.get("tags"):
            rec["tags"] = validate.tags(raw["tags"])
        if raw.get("owner"):
            rec["owner"] = raw["owner"]
        return rec

    def contacts(self, raw: dict[str, str]) -> dict[str, Any]:
        name = raw.get("name") or " ".join(
            x for x in (raw.get("first_name"), raw.get("last_name")) if x
        )
        name = " ".join(name.split())
        email = raw.get("email") or None
        if email:
            email = checked(validate.email, email)
        if not name:
            if not email:
                raise RowError("no name and no email")
            name = email.split("@")[0]
        rec: dict[str, Any] = {"name": name, "email": email}
        if raw.get("phone"):
            rec["phone"] = checked(validate.phone, raw["phone"])
        if raw.get("title"):
            rec["title"] = raw["title"][:120]
        if raw.get("account"):
            rec["account"] = " ".join(raw["account"].split())
        if raw.get("lifecycle"):
            rec["lifecycle"] = lifecycle_of(raw["lifecycle"])
        if raw.get("lead_source"):
            rec["lead_source"] = lead_source(raw["lead_source"])
        if raw.get("do_not_contact"):
            rec["do_not_contact"] = checked(validate.boolean, raw["do_not_contact"])
        if raw.get("birthday"):
            rec["birthday"] = parse_date(raw["birthday"], self.date_format)
        if raw.get("tags"):
            rec["tags"] = validate.tags(raw["tags"])
        if raw.get("owner"):
            rec["owner"] = raw["owner"]
        if raw.get("campaign"):  # attribution (issue 14): the campaign must exist
            rec["campaign_id"] = self._campaign_id(raw["campaign"])
        if raw.get("country"):  # where the person is (issue 14's country= and tz=)
            rec["country"] = checked(reach.country_code, raw["country"])
        if raw.get("timezone"):
            rec["timezone"] = checked(reach.timezone_name, raw["timezone"])
        if raw.get("telegram"):
            rec["telegram"] = checked(reach.telegram_username, raw["telegram"])
        rec["_key"] = (
            f"e:{email.lower()}"
            if email
            else f"n:{name_key(name)}|{name_key(rec.get('account', ''))}"
        )
        return rec

    def _stage(self, value: str) -> str:
        key = " ".join(value.strip().lower().split())
        if key in self.stage_map:
            return self.stage_map[key]
        try:
            return validate.stage(value)
        except UserError as exc:
            raise RowError(
                f"unknown stage '{value}'; map it with --stage-map '{value}=presentation'"
            ) from exc

    def deals(self, raw: dict[str, str]) -> dict[str, Any]:
        ext = raw.get("external_id") or None
        account = " ".join(raw.get("account", "").split()) or None
        title = " ".join(raw.get("title", "").split()) or " ".join(
            x for x in (account or "Deal", ext) if x
        )
        rec: dict[str, Any] = {"external_id": ext, "title": title[:200], "account": account}
        stage = self._stage(raw["stage"]) if raw.get("stage") else "prospecting"
        rec["stage"] = stage
        currency = self.default_currency or self.workspace.currency
        rec["amount_minor"] = None
        if raw.get("amount"):
            rec["amount_minor"], currency = parse_money(
                raw["amount"], raw.get("currency"), currency
            )
        elif raw.get("currency"):
            try:
                currency = normalize_currency(raw["currency"])
            except MoneyError as exc:
                raise RowError(str(exc)) from exc
        rec["currency"] = currency
        rec["probability"] = (
            checked(validate.probability, raw["probability"]) if raw.get("probability") else None
        )
        rec["close_date"] = (
            parse_date(raw["close_date"], self.date_format) if raw.get("close_date") else None
        )
        rec["created"] = (
            parse_date(raw["created"], self.date_format) if raw.get("created") else None
        )
        rec["owner"] = raw.get("owner") or None
        rec["contact"] = raw.get("contact") or None
        rec["lost_reason"] = raw.get("lost_reason") or None
        if ext:
            rec["_key"] = ext
        return rec

    def users(self, raw: dict[str, str]) -> dict[str, Any]:
        name = " ".join(raw.get("name", "").split())
        if not name:
            raise RowError("no name")
        rec: dict[str, Any] = {"name": name, "_key": name_key(name)}
        if raw.get("email"):
            rec["email"] = checked(validate.email, raw["email"])
        if raw.get("role"):
            rec["role"] = checked(validate.role, raw["role"])
        if raw.get("timezone"):
            from storage.workspaces import check_timezone

            rec["timezone"] = checked(check_timezone, raw["timezone"])
        if raw.get("manager"):
            rec["manager"] = " ".join(raw["manager"].split())
        if raw.get("region"):
            rec["region"] = raw["region"]
        return rec
