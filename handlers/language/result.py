"""The crmbot parse contract: what the parser read from one message (:class:`ParseResult`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

ASK_BELOW = 0.6  # below this confidence the bot shows what it understood and asks first
RULE_CONFIDENCE = 1.0  # an exact command form matched by a rule


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What the bot understood, before touching any data (the ``crmbot parse`` fields)."""

    intent: str
    activity_type: str | None = None
    contact: str | None = None
    account: str | None = None
    deal: str | None = None
    stage: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    email: str | None = None
    phone: str | None = None
    due: datetime | None = None
    text: str | None = None
    # Not part of the JSON contract: "every monday" on a reminder (daily|weekly|monthly|yearly),
    # and when a logged activity took place ("called Ana yesterday at 4").
    repeat: str | None = None
    happened: datetime | None = None
    close: date | None = None  # a new deal's expected close date ("closing in December")
    planned: bool = False  # "lunch with Jon tomorrow at 1": not happened yet, so no log now
    # Date, time and number fragments that could not be read ("3/4" with no date order,
    # "Friday the 12th" that is a Saturday): a reminder or follow-up with any is asked about.
    unread: tuple[str, ...] = ()
    # How sure the parser is of the intent, 0..1: an exact command form read by a rule is
    # 1.0, the learned parser gives its probability; below ASK_BELOW the bot asks first.
    confidence: float = 1.0

    def to_json_dict(self) -> dict[str, str | float | None]:
        """The stable JSON contract: all keys, nulls kept, amount "3500", due with offset."""
        return {
            "intent": self.intent,
            "activity_type": self.activity_type,
            "contact": self.contact,
            "account": self.account,
            "deal": self.deal,
            "stage": self.stage,
            "amount": _decimal_str(self.amount) if self.amount is not None else None,
            "currency": self.currency,
            "email": self.email,
            "phone": self.phone,
            "due": self.due.isoformat() if self.due is not None else None,
            "text": self.text,
            "close": self.close.isoformat() if self.close is not None else None,
            "confidence": round(self.confidence, 3),
        }


def _decimal_str(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return "0" if s in {"-0", "0"} else s
