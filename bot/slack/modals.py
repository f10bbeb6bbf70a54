"""The "New contact" and "New deal" modals: build the view, validate a submission.

Validation runs in the ack of ``view_submission`` (Slack shows inline errors only
from the ack), so it is pure: storage/validate.py and storage/money.py, no database.
A valid form becomes the same command the chat would run (``contact add ...``), so
duplicates, audit and undo behave exactly as in the console.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storage import validate
from storage.errors import UserError
from storage.models import LEAD_SOURCES, LIFECYCLES, OPEN_STAGES, STAGES
from storage.money import MoneyError, parse_amount

CONTACT = "crm_new_contact"
DEAL = "crm_new_deal"
CALLBACKS = (CONTACT, DEAL)
_FIELD_LIKE = re.compile(r"(?:^|\s)[a-z_]+=")


@dataclass(frozen=True)
class Field:
    key: str  # block_id and the command's field name ("" = the free words)
    label: str
    kind: str = "text"  # text | email | select | date
    optional: bool = True
    hint: str | None = None
    options: tuple[str, ...] = ()
    check: Callable[[str], object] | None = None


def _amount(value: str) -> object:
    try:
        return parse_amount(value, "EUR")
    except MoneyError as exc:
        raise UserError(str(exc)) from exc


FORMS: dict[str, tuple[str, tuple[Field, ...]]] = {
    CONTACT: (
        "contact add",
        (
            Field("name", "Name", optional=False),
            Field("email", "Email", "email", check=validate.email),
            Field("phone", "Phone", hint="+34 600 123 456", check=validate.phone),
            Field("title", "Job title"),
            Field("account", "Account (company)"),
            Field("lifecycle", "Lifecycle", "select", options=LIFECYCLES),
            Field("source", "Lead source", "select", options=LEAD_SOURCES),
            Field("birthday", "Birthday", "date", check=validate.iso_date),
            Field("tags", "Tags", hint="comma separated"),
        ),
    ),
    DEAL: (
        "deal add",
        (
            Field("name", "Title", optional=False),
            Field("amount", "Amount", hint="12000, 12k EUR, $45,000", check=_amount),
            Field("account", "Account (company)"),
            Field("contact", "Contact"),
            Field("stage", "Stage", "select", options=STAGES[: len(OPEN_STAGES)]),
            Field("close", "Expected close", "date", check=validate.iso_date),
            Field("next", "Next step"),
        ),
    ),
}
TITLES = {CONTACT: "New contact", DEAL: "New deal"}


def _element(f: Field) -> dict[str, Any]:
    aid = "v"
    if f.kind == "select":
        return {
            "type": "static_select",
            "action_id": aid,
            "options": [{"text": {"type": "plain_text", "text": o}, "value": o} for o in f.options],
        }
    if f.kind == "date":
        return {"type": "datepicker", "action_id": aid}
    if f.kind == "email":
        return {"type": "email_text_input", "action_id": aid}
    el: dict[str, Any] = {"type": "plain_text_input", "action_id": aid}
    if f.hint:
        el["placeholder"] = {"type": "plain_text", "text": f.hint}
    return el


def view(callback_id: str, metadata: dict[str, str] | None = None) -> dict[str, Any]:
    """The modal for ``views.open``; ``metadata`` says where to post the result."""
    _, fields = FORMS[callback_id]
    return {
        "type": "modal",
        "callback_id": callback_id,
        "title": {"type": "plain_text", "text": TITLES[callback_id]},
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": json.dumps(metadata or {})[:3000],
        "blocks": [
            {
                "type": "input",
                "block_id": f.key,
                "optional": f.optional,
                "label": {"type": "plain_text", "text": f.label},
                "element": _element(f),
            }
            for f in fields
        ],
    }


def _value(state: dict[str, Any], key: str) -> str:
    entry = (state.get(key) or {}).get("v") or {}
    kind = entry.get("type")
    if kind == "static_select":
        picked = entry.get("selected_option") or {}
        return str(picked.get("value") or "")
    if kind == "datepicker":
        return str(entry.get("selected_date") or "")
    return str(entry.get("value") or "").strip()


def submission(callback_id: str, view_payload: dict[str, Any]) -> tuple[dict[str, str], str]:
    """Validate every field; return (errors by block_id, the command to run).

    Errors are Slack's ``response_action: errors`` map; the command is empty when
    there are errors.
    """
    verb, fields = FORMS[callback_id]
    state = (view_payload.get("state") or {}).get("values") or {}
    errors: dict[str, str] = {}
    values: dict[str, str] = {}
    for f in fields:
        value = " ".join(_value(state, f.key).split())
        if not value:
            if not f.optional:
                errors[f.key] = f"{f.label} is required"
            continue
        if _FIELD_LIKE.search(value):
            errors[f.key] = "remove the '=' sign from this field"
            continue
        if f.check is not None:
            try:
                f.check(value)
            except UserError as exc:
                errors[f.key] = str(exc)[:150]
                continue
        values[f.key] = value
    if errors:
        return errors, ""
    words = values.pop("name")
    rest = " ".join(f"{k}={v}" for k, v in values.items())
    return {}, f"{verb} {words} {rest}".strip()


def metadata(view_payload: dict[str, Any]) -> dict[str, str]:
    try:
        data = json.loads(view_payload.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
