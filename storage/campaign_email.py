"""An email campaign's message: the settings it needs, the template filled in, the headers.

Pure composition (no network): the sender (:mod:`scheduler.campaign_mail`) and the
``campaign test`` command (through the app's mailer, :mod:`handlers.ports`) build messages
here. Every message carries ``List-Unsubscribe`` and ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click`` (RFC 8058) and the same link in its body; it goes out in the
owner's name, from the configured address, replying to the owner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.context import Ctx
from storage.models import Account, Contact, User
from storage.models_campaigns import Campaign, CampaignMember
from storage.unsubscribe import make_token


@dataclass(frozen=True)
class MailSettings:
    """The SMTP server, sender and link settings, passed down from ``bot/settings.py``."""

    host: str | None
    port: int
    tls: str
    user: str | None
    password: str | None
    from_addr: str | None
    secret: str | None
    public_url: str
    rate_per_minute: float

    @classmethod
    def none(cls) -> MailSettings:
        """No email configured at all (a bot built without settings, e.g. in tests)."""
        return cls(None, 587, "starttls", None, None, None, None, "http://localhost:3000", 30.0)

    def problems(self) -> list[str]:
        """What is missing before an email campaign may go out (empty: ready)."""
        out = []
        if not self.host:
            out.append("no SMTP server is configured (CRMBOT_SMTP_HOST)")
        if not self.from_addr:
            out.append("no sender address is configured (CRMBOT_SMTP_FROM)")
        if not self.secret:
            out.append("no secret key signs the unsubscribe links (CRMBOT_SECRET_KEY)")
        return out


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an unknown {placeholder} stays as typed
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, str]) -> str:
    try:
        return template.format_map(_Values(values))
    except (ValueError, IndexError):  # a stray brace: send the words as typed
        return template


def values_for(
    contact: Contact, account: str | None, owner: User | None, camp: Campaign
) -> dict[str, str]:
    return template_values(contact, account, owner, camp.name)


def template_values(
    contact: Contact, account: str | None, owner: User | None, name: str
) -> dict[str, str]:
    """The placeholders of an email template ({first_name}, {account}, {owner},
    {signature}, ...), for campaigns and nurturing sequences alike."""
    owner_name = owner.display_name if owner else "The team"
    signature = owner_name + (f"\n{owner.email}" if owner and owner.email else "")
    return {
        "first_name": contact.name.split()[0] if contact.name else "",
        "name": contact.name,
        "account": account or "",
        "owner": owner_name,
        "signature": signature,
        "campaign": name,
    }


def unsubscribe_url(settings: MailSettings, ws_id: int, camp_id: int, contact_id: int) -> str:
    assert settings.secret
    token = make_token(settings.secret, ws_id, camp_id, contact_id)
    return f"{settings.public_url}/unsubscribe/{token}"


def build_message(
    settings: MailSettings,
    camp: Campaign,
    contact: Contact,
    account: str | None,
    owner: User | None,
    *,
    to: str | None = None,
    test: bool = False,
) -> EmailMessage:
    values = values_for(contact, account, owner, camp)
    url = unsubscribe_url(settings, camp.workspace_id, camp.id, contact.id)
    msg = EmailMessage()
    msg["Subject"] = ("[TEST] " if test else "") + fill(camp.subject or camp.name, values)
    msg["From"] = formataddr((values["owner"], settings.from_addr or ""))
    msg["To"] = formataddr((contact.name, to or contact.email or ""))
    if owner is not None and owner.email:
        msg["Reply-To"] = owner.email
    msg["Message-ID"] = make_msgid(domain=(settings.from_addr or "crmbot").split("@")[-1])
    msg["List-Unsubscribe"] = f"<{url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["X-Crmbot-Campaign"] = str(camp.id)
    body = fill(camp.body or "", values).rstrip()
    msg.set_content(f"{body}\n\n--\nTo stop receiving these emails: {url}\n")
    return msg


def message_for(
    session: Session,
    settings: MailSettings,
    member_id: int,
    owners: dict[int, User | None] | None = None,
) -> tuple[EmailMessage | None, str, str | None]:
    """The message of a queued member, why it must not go out, and the member's status.

    Checked at send time, in one query: someone may have unsubscribed, been erased or
    marked do-not-contact since the campaign started. ``owners`` caches the senders.
    """
    row = session.execute(
        select(CampaignMember, Contact, Campaign, Account.name)
        .join(Contact, Contact.id == CampaignMember.contact_id)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .where(CampaignMember.id == member_id)
    ).first()
    if row is None:
        return None, "contact or campaign gone", None
    member, contact, camp, account = row
    why = ""
    if camp.status != "running":
        why = f"campaign {camp.status}"
    elif contact.deleted_at is not None:
        why = "contact deleted or erased"
    elif contact.do_not_contact:
        why = "do-not-contact"
    elif contact.email_opt_out_at is not None:
        why = "unsubscribed"
    elif not contact.email:
        why = "no email address"
    if why:
        return None, why, member.status
    owners = {} if owners is None else owners
    owner_id = member.owner_id or camp.owner_id
    if owner_id is not None and owner_id not in owners:
        owners[owner_id] = session.get(User, owner_id)
    owner = owners.get(owner_id) if owner_id is not None else None
    return build_message(settings, camp, contact, account, owner), "", member.status


def test_message(ctx: Ctx, camp: Campaign, settings: MailSettings, to: str) -> EmailMessage:
    """``campaign test``: the campaign's message filled in for the segment's first member
    (or for the asking user when the segment is empty), addressed to ``to``."""
    from storage import campaigns as cs

    reach = cs.reach_of(ctx, camp) if camp.segment_id else None
    sample = None
    if reach is not None and reach.member_ids:
        sample = ctx.session.get(Contact, reach.member_ids[0])
    if sample is None:
        sample = Contact(id=0, name=ctx.user.display_name, workspace_id=ctx.ws_id)
    account = ctx.session.get(Account, sample.account_id) if sample.account_id else None
    owner = ctx.session.get(User, camp.owner_id) if camp.owner_id else ctx.user
    return build_message(
        settings, camp, sample, account.name if account else None, owner, to=to, test=True
    )
