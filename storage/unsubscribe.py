"""One-click unsubscribe (RFC 8058): a signed link per campaign message, no login.

The token is ``ws.campaign.contact.signature`` where the signature is HMAC-SHA256 over the
three ids with the server's secret (``CRMBOT_SECRET_KEY``): nobody can unsubscribe someone
else by guessing ids, and the link works without a session. Following it marks the contact
do-not-contact *for email* (``email_opt_out_at``), moves their campaign member row to
opted out, cancels their unsent campaign messages, and writes an audit row.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.audit import snapshot
from storage.models import AuditLog, Contact
from storage.models_campaigns import CampaignMember


def _sig(secret: str, ws_id: int, campaign_id: int, contact_id: int) -> str:
    msg = f"unsubscribe:{ws_id}:{campaign_id}:{contact_id}".encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()[:40]


def make_token(secret: str, ws_id: int, campaign_id: int, contact_id: int) -> str:
    if not secret:
        raise ValueError("no secret key configured")
    return f"{ws_id}.{campaign_id}.{contact_id}.{_sig(secret, ws_id, campaign_id, contact_id)}"


def read_token(secret: str, token: str) -> tuple[int, int, int] | None:
    """The (workspace, campaign, contact) ids of a genuine token; None for anything else."""
    parts = token.split(".")
    if not secret or len(parts) != 4 or not all(p.isdigit() for p in parts[:3]):
        return None
    ws_id, camp_id, contact_id = (int(p) for p in parts[:3])
    if not hmac.compare_digest(parts[3], _sig(secret, ws_id, camp_id, contact_id)):
        return None
    return ws_id, camp_id, contact_id


def apply_unsubscribe(session: Session, ids: tuple[int, int, int], now: datetime) -> bool:
    """Record the opt-out (idempotent); False when the contact is unknown."""
    ws_id, camp_id, contact_id = ids
    c = session.scalar(
        select(Contact).where(Contact.workspace_id == ws_id, Contact.id == contact_id)
    )
    if c is None:
        return False
    if c.email_opt_out_at is None:
        before = snapshot(c)
        c.email_opt_out_at = now
        session.add(
            AuditLog(
                workspace_id=ws_id,
                user_id=None,
                at=now,
                action="unsubscribe",
                entity_type="contacts",
                entity_id=c.id,
                before={"email_opt_out_at": before.get("email_opt_out_at")},
                after={
                    "email_opt_out_at": now.isoformat(),
                    "campaign_id": camp_id,
                    "via": "one-click link",
                },
            )
        )
    session.execute(
        update(CampaignMember)
        .where(
            CampaignMember.workspace_id == ws_id,
            CampaignMember.contact_id == contact_id,
            CampaignMember.campaign_id == camp_id,
        )
        .values(status="opted_out", status_at=now)
    )
    session.execute(  # no other campaign's email goes out to them either
        update(CampaignMember)
        .where(
            CampaignMember.workspace_id == ws_id,
            CampaignMember.contact_id == contact_id,
            CampaignMember.send_status == "pending",
        )
        .values(send_status="cancelled", fail_reason="unsubscribed")
    )
    return True


def unsubscribe_by_token(sessions: object, secret: str, token: str, now: datetime) -> bool:
    """What the web route does: check the signature, then record the opt-out."""
    from storage.db import transaction

    ids = read_token(secret, token)
    if ids is None:
        return False
    with transaction(sessions) as s:  # type: ignore[arg-type]
        return apply_unsubscribe(s, ids, now)
