# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_links.jsonl``: reminders and notes that name people and companies (run by hand).

Why: a reminder said in words is now linked to the record it names (issue 10, round 2), so the
names in a reminder matter as much as a log's. These rows were written by hand by the
``plinks`` helper in one sitting, before the parser was run on any of them, aimed at:

- reminders naming a person (capitalised, lower case, a first name alone, a title, particles,
  "X at Y", "X from Y", "X of Y"), or a company (one word, several, a legal suffix, lower case,
  "the Acme quote");
- reminders in Spanish, German, French and Norwegian naming someone;
- the name errors left over from ``dev3``: a capitalised ordinary word read as a name ("Long
  call with …", "chase legal", "Quick call …"), acronyms and plurals read as accounts ("VAT",
  "NDAs", "KPIs", "SOWs"), the extent of a company after "of" ("Yusuf Ali of Emirates NBD"),
  "deal for X worth …" (an account, no deal of the same name), and Irish / UK phone numbers
  ("01 886 2222", "087 123 4567", "020 7946 0958") that must be read as the phone.

Labels follow ``docs/understanding.md``: ``text`` only where its wording is the point (never
here), every other key missing means null. Each ``due`` is computed here with plain
``datetime`` + ``zoneinfo`` from the row's ``now`` (Thursday 2026-11-26 10:00 in Madrid).

    python tests/data/nlu_eval/make_dev_links.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import Clock, write

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
OUT = Path(__file__).with_name("dev_links.jsonl")
CLOCK = Clock(NOW, TZ)
at, d, wd, later = CLOCK.at, CLOCK.d, CLOCK.wd, CLOCK.later


def _now() -> datetime:
    return datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo(TZ))


R, LOG, CC, CD = "remind", "log_activity", "create_contact", "create_deal"
CALL, MEET, EMAIL = "call", "meeting", "email"

Row = tuple[str, str, dict[str, str]] | tuple[str, str, dict[str, str], str]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ reminders naming a person
        ("remind-person", "remind me to call Maria Lopez friday at 10", {"intent": R, "contact": "Maria Lopez", "due": wd(FRI, 10)}),
        ("remind-person", "remind me tomorrow at 3 to send Jonas Berg the proposal", {"intent": R, "contact": "Jonas Berg", "due": d(1, 15)}),
        ("remind-person", "remind me to follow up with Aisha Bello at Paystack on monday", {"intent": R, "contact": "Aisha Bello", "account": "Paystack", "due": wd(MON)}),
        ("remind-person", "remind me monday 11am to email Pieter van der Berg about the renewal", {"intent": R, "contact": "Pieter van der Berg", "due": wd(MON, 11)}),
        ("remind-person", "remind me to ring Dr. Sunita Rao tomorrow at 4pm", {"intent": R, "contact": "Sunita Rao", "due": d(1, 16)}),
        ("remind-person", "remind me in 2 hours to call back Tom Becker from Bosch", {"intent": R, "contact": "Tom Becker", "account": "Bosch", "due": later(hours=2)}),
        ("remind-person", "ping me friday about Ana de la Cruz's contract", {"intent": R, "contact": "Ana de la Cruz", "due": wd(FRI)}),
        ("remind-person", "make sure I remember to call Kenji Watanabe at 5", {"intent": R, "contact": "Kenji Watanabe", "due": d(0, 17)}),
        ("remind-person", "remind me wednesday to check in with Olga", {"intent": R, "contact": "Olga", "due": wd(WED)}),
        ("remind-person", "remind me to text Femi tomorrow morning at 8", {"intent": R, "contact": "Femi", "due": d(1, 8)}),
        ("remind-person", "remind me next tuesday at 2 to call Siobhan Kelly of Bank of Ireland", {"intent": R, "contact": "Siobhan Kelly", "account": "Bank of Ireland", "due": wd(TUE, 14)}),
        ("remind-person", "remind me to send the deck to Lucas Martin at Decathlon tomorrow", {"intent": R, "contact": "Lucas Martin", "account": "Decathlon", "due": d(1)}),
        ("remind-person", "remind me on monday at 9:30 to chase Ingrid Solberg for the signed order", {"intent": R, "contact": "Ingrid Solberg", "due": wd(MON, 9, 30)}),
        ("remind-person", "call Rafael Costa at Embraer tomorrow at 11", {"intent": R, "contact": "Rafael Costa", "account": "Embraer", "due": d(1, 11)}),
        ("remind-person", "follow up with Grace Wanjiru friday 3pm", {"intent": R, "contact": "Grace Wanjiru", "due": wd(FRI, 15)}),
        # lower case, as dictated or typed fast
        ("remind-lower", "remind me to call maria lopez friday at 10", {"intent": R, "contact": "maria lopez", "due": wd(FRI, 10)}),
        ("remind-lower", "remind me tomorrow at 9 to email john smith at initech", {"intent": R, "contact": "john smith", "account": "initech", "due": d(1, 9)}),
        ("remind-lower", "remind me monday to call back ahmed hassan", {"intent": R, "contact": "ahmed hassan", "due": wd(MON)}),
        ("remind-lower", "remind me in an hour to ping sarah from globex", {"intent": R, "contact": "sarah", "account": "globex", "due": later(hours=1)}),
        ("remind-lower", "remind me friday at four to call chen wei", {"intent": R, "contact": "chen wei", "due": wd(FRI, 16)}),
        ("remind-lower", "remind me tmrw 10 to call david", {"intent": R, "contact": "david", "due": d(1, 10)}),
        # ------------------------------------------------ reminders naming a company
        ("remind-company", "remind me to chase Globex about the invoice on friday", {"intent": R, "account": "Globex", "due": wd(FRI)}),
        ("remind-company", "remind me tomorrow at 10 to send the Acme quote", {"intent": R, "account": "Acme", "due": d(1, 10)}),
        ("remind-company", "remind me monday to call Northwind Traders", {"intent": R, "account": "Northwind Traders", "due": wd(MON)}),
        ("remind-company", "remind me on wednesday at 3 to follow up with Siemens Healthineers", {"intent": R, "account": "Siemens Healthineers", "due": wd(WED, 15)}),
        ("remind-company", "remind me friday to check on Kerry Group plc", {"intent": R, "account": "Kerry Group plc", "due": wd(FRI)}),
        ("remind-company", "remind me tomorrow to call Hafslund AS back", {"intent": R, "account": "Hafslund AS", "due": d(1)}),
        ("remind-company", "remind me in 3 hours to email Umbrella Corp", {"intent": R, "account": "Umbrella Corp", "due": later(hours=3)}),
        ("remind-company", "ping me monday at 10 about the Initech renewal", {"intent": R, "account": "Initech", "due": wd(MON, 10)}),
        ("remind-company", "remind me tomorrow at 2 to call stark industries", {"intent": R, "account": "stark industries", "due": d(1, 14)}),
        ("remind-company", "remind me to chase Tata Consultancy Services friday at 11", {"intent": R, "account": "Tata Consultancy Services", "due": wd(FRI, 11)}),
        # ------------------------------------------------ other languages
        ("lang-es", "recuérdame llamar a María López el viernes a las 10", {"intent": R, "contact": "María López", "due": wd(FRI, 10)}, "es"),
        ("lang-es", "recuérdame mañana a las 5 enviar la oferta a Telefónica", {"intent": R, "account": "Telefónica", "due": d(1, 17)}, "es"),
        ("lang-de", "erinnere mich morgen um 10 Jonas Weber anzurufen", {"intent": R, "contact": "Jonas Weber", "due": d(1, 10)}, "de"),
        ("lang-fr", "rappelle-moi demain à 15h d'appeler Claire Dubois", {"intent": R, "contact": "Claire Dubois", "due": d(1, 15)}, "fr"),
        ("lang-no", "minn meg på fredag kl 10 å ringe Ola Nordmann", {"intent": R, "contact": "Ola Nordmann", "due": wd(FRI, 10)}, "nb"),
        ("lang-de", "erinnere mich am Montag um 9 an das Angebot für Siemens", {"intent": R, "account": "Siemens", "due": wd(MON, 9)}, "de"),
        # ------------------------------------------------ a capitalised ordinary word is no name
        ("ordinary-word", "remind me friday to chase legal about the MSA", {"intent": R, "due": wd(FRI)}),
        ("ordinary-word", "Long call with Oskar Lind at Ericsson, they want a pilot in Q1", {"intent": LOG, "activity_type": CALL, "contact": "Oskar Lind", "account": "Ericsson"}),
        ("ordinary-word", "Quick call with Nora Haddad from Careem, follow up monday", {"intent": LOG, "activity_type": CALL, "contact": "Nora Haddad", "account": "Careem", "due": wd(MON)}),
        ("ordinary-word", "Great meeting with Paulo Mendes at Natura today", {"intent": LOG, "activity_type": MEET, "contact": "Paulo Mendes", "account": "Natura"}),
        ("ordinary-word", "remind me tomorrow to chase Finance for the PO", {"intent": R, "due": d(1)}),
        ("ordinary-word", "remind me monday to ask Procurement about the tender", {"intent": R, "due": wd(MON)}),
        ("ordinary-word", "Short call with Hugo Blanc at Danone, he wants pricing", {"intent": LOG, "activity_type": CALL, "contact": "Hugo Blanc", "account": "Danone"}),
        ("ordinary-word", "remind me at 4 to chase Legal on the redlines", {"intent": R, "due": d(0, 16)}),
        # ------------------------------------------------ acronyms and plurals are no accounts
        ("acronym", "remind me on the 30th to file the VAT return", {"intent": R, "due": d(4)}),
        ("acronym", "remind me tomorrow at 11 to send the NDAs", {"intent": R, "due": d(1, 11)}),
        ("acronym", "remind me friday to update the KPIs deck", {"intent": R, "due": wd(FRI)}),
        ("acronym", "remind me monday to review the SOWs", {"intent": R, "due": wd(MON)}),
        ("acronym", "remind me tomorrow to prepare the QBR slides", {"intent": R, "due": d(1)}),
        ("acronym", "remind me at 3 to send the NDA to Lena Vogt", {"intent": R, "contact": "Lena Vogt", "due": d(0, 15)}),
        ("acronym", "remind me friday at 10 to send the SLAs to Orange", {"intent": R, "account": "Orange", "due": wd(FRI, 10)}),
        # ------------------------------------------------ "X of Company" extents
        ("of-extent", "lunch with Yusuf Ali of Emirates NBD on Saturday at 1", {"intent": LOG, "activity_type": MEET, "contact": "Yusuf Ali", "account": "Emirates NBD", "due": wd(SAT, 13)}),
        ("of-extent", "call with Mariam Saeed of Abu Dhabi Commercial Bank, wants a demo", {"intent": LOG, "activity_type": CALL, "contact": "Mariam Saeed", "account": "Abu Dhabi Commercial Bank"}),
        ("of-extent", "met Conor Walsh of AIB Group today, good chat", {"intent": LOG, "activity_type": MEET, "contact": "Conor Walsh", "account": "AIB Group"}),
        ("of-extent", "remind me friday to call Hamad Khalifa of Qatar Airways", {"intent": R, "contact": "Hamad Khalifa", "account": "Qatar Airways", "due": wd(FRI)}),
        # ------------------------------------------------ "deal for X worth": one account, no deal
        ("deal-for", "new deal for Kone worth 80k EUR", {"intent": CD, "account": "Kone", "amount": "80000", "currency": "EUR"}),
        ("deal-for", "create a deal for Fjord Logistics AS worth 250 000 NOK", {"intent": CD, "account": "Fjord Logistics AS", "amount": "250000", "currency": "NOK"}),
        ("deal-for", "add a deal for Maersk worth $1.2m", {"intent": CD, "account": "Maersk", "amount": "1200000", "currency": "USD"}),
        ("deal-for", "open a deal for Emirates NBD worth 300k USD", {"intent": CD, "account": "Emirates NBD", "amount": "300000", "currency": "USD"}),
        # ------------------------------------------------ Irish / UK phone forms
        ("phone", "new contact Siobhan Murphy 01 886 2222", {"intent": CC, "contact": "Siobhan Murphy", "phone": "01 886 2222"}),
        ("phone", "called Ciaran Byrne at Ryanair, his mobile is 087 123 4567", {"intent": LOG, "activity_type": CALL, "contact": "Ciaran Byrne", "account": "Ryanair", "phone": "087 123 4567"}),
        ("phone", "add contact Olivia Hughes 020 7946 0958 at Barclays", {"intent": CC, "contact": "Olivia Hughes", "account": "Barclays", "phone": "020 7946 0958"}),
        ("phone", "new contact Aoife Nolan, 086-555-0199, at Glanbia", {"intent": CC, "contact": "Aoife Nolan", "account": "Glanbia", "phone": "086-555-0199"}),
        ("phone", "spoke with James Carter at BT, direct line 07700 900123, follow up tuesday", {"intent": LOG, "activity_type": CALL, "contact": "James Carter", "account": "BT", "phone": "07700 900123", "due": wd(TUE)}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for row in rows():
        style, message, expected = row[0], row[1], dict(row[2])
        lang = row[3] if len(row) > 3 else "en"  # type: ignore[misc]
        out.append(
            {
                "id": f"l{len(out) + 1:04d}",
                "message": message,
                "now": NOW,
                "tz": TZ,
                "lang": lang,
                "style": style,
                "expected": expected,
            }
        )
    return out


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
