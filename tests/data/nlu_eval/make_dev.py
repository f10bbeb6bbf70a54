# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev.jsonl``, the parser's development set (run by hand; the output is committed).

Every expected date is computed here with plain ``datetime`` arithmetic from the row's ``now``
by the rules of ``docs/understanding.md``, never by running crmbot's parser. SLURP rows take
their sentence verbatim from ``/work/shared/data/slurp-devel/devel.jsonl`` (odd ``slurp_id``
only: even ids are the parser's training pool); their labels are written by hand below.

    python tests/data/nlu_eval/make_dev.py [path/to/devel.jsonl]
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import Clock

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
_Z = ZoneInfo(TZ)
_NOW = datetime.fromisoformat(NOW).replace(tzinfo=_Z)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
SLURP = Path("/work/shared/data/slurp-devel/devel.jsonl")
OUT = Path(__file__).with_name("dev.jsonl")
CLOCK = Clock(NOW, TZ)
d, wd, ymd, later, month_end = CLOCK.d, CLOCK.wd, CLOCK.ymd, CLOCK.later, CLOCK.month_end


def at(day: date, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    """Wall time h:m on ``day`` in ``tz``, as ISO 8601 with the offset of that day."""
    return datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(tz)).isoformat()


# ---------------------------------------------------------------- SLURP, hand-labelled
# slurp_id -> expected. Left out on purpose: rows whose time has no documented reading
# ("tomorrow morning" alone, "this weekend", "tonight" alone), rows about other people's events,
# requests to send email (no such action in the contract), and anything unclear.

R, LR = "remind", "list_reminders"
# fmt: off
SLURP_LABELS: dict[int, dict[str, str]] = {
    # alarm_set: an alarm is a reminder at that time (no text to compare)
    173: {"intent": R, "due": d(1, 6)},
    885: {"intent": R, "due": d(1, 8)},  # 08:00 today has passed
    2563: {"intent": R, "due": d(1, 8)},
    3463: {"intent": R, "due": d(1, 7)},
    3599: {"intent": R, "due": d(0, 13)},
    4317: {"intent": R, "due": d(1, 10)},
    5567: {"intent": R, "due": ymd(2027, 5, 25, 17)},
    5793: {"intent": R, "due": d(0, 17)},
    7043: {"intent": R, "due": later(hours=2)},
    8253: {"intent": R, "due": d(1, 5)},
    9049: {"intent": R, "due": wd(TUE, 16)},
    # calendar_set
    7229: {"intent": R, "due": ymd(2027, 4, 2)},
    7239: {"intent": R, "due": d(0, 20), "text": "take my medicine"},
    7351: {
        "intent": "log_activity",
        "activity_type": "meeting",
        "contact": "frank",
        "due": ymd(2027, 8, 9, 20),
    },
    7495: {"intent": R, "due": d(1), "text": "interview"},
    7541: {"intent": R, "due": d(1)},
    7653: {"intent": R, "due": ymd(2027, 4, 20), "text": "my brother's birthday"},
    7703: {"intent": R, "due": d(1, 10)},
    8039: {"intent": R, "due": later(minutes=10), "text": "go to work"},
    8311: {"intent": R, "due": wd(WED, 14)},
    8329: {"intent": R, "due": wd(FRI, 15)},
    8373: {"intent": R, "due": later(hours=2)},
    8447: {"intent": R, "due": wd(SAT, 17), "text": "go to the library"},
    8451: {"intent": R, "text": "the upcoming national holiday"},
    8479: {"intent": R, "due": d(0, 17)},
    8655: {"intent": R, "due": ymd(2027, 5, 5, 15)},
    8697: {
        "intent": "log_activity",
        "activity_type": "meeting",
        "contact": "al",
        "due": ymd(2027, 3, 21, 10),
    },
    8847: {"intent": R, "text": "take my rain coat because it may rain"},
    9051: {"intent": R, "due": wd(TUE)},
    9171: {"intent": R, "due": wd(SAT, 10)},
    11041: {"intent": R, "text": "order more soap"},
    # calendar_query / alarm_query / lists_query about one's own agenda
    **{
        i: {"intent": LR}
        for i in (
            6751, 6779, 6875, 6881, 6925, 6985, 7065, 7201, 7309, 7357, 7505, 7723, 7753, 7867,
            7977, 8063, 8207, 8493, 8543, 8707, 8783, 9067, 9069, 11181, 2431, 2869, 3045,
            4129, 4723, 3149, 10551, 10965,
        )
    },
    # email_addcontact / email_querycontact
    11061: {"intent": "create_contact", "contact": "tom"},
    15867: {"intent": "find", "contact": "allen"},
    16779: {"intent": "find", "contact": "john"},
    17167: {"intent": "find", "contact": "alex"},
    # CRM-like scenarios with no action in the contract: removing events, shopping lists
    **{
        i: {"intent": "unknown"}
        for i in (
            6831, 6927, 6929, 7035, 7747, 8333, 8417, 8549, 10763, 10797, 10627, 10453, 10941,
            10925, 10973,
        )
    },
}
# fmt: on
NEGATIVE_SAMPLE = 100  # odd-id rows from unrelated scenarios, intent unknown
NEGATIVE_SEED = 10
NEGATIVE_SKIP = {
    4729,
    387,
    15207,
    13499,
    10135,
    1257,
    6595,
    7877,
}  # could read as a reminder or a search in a CRM
CRM_SCENARIOS = {"calendar", "alarm", "email", "lists"}
# "find …", "show me …", "open …" have the very form of the contract's find ("show me Acme"):
# whether they are a search of the CRM cannot be told from the words, so they are left out.
SEARCH_FORM = re.compile(r"^(?:find|show|open|search|look up|look for|who is|who's|pull up)\b")


# ---------------------------------------------------------------- our own rows


def own_rows() -> list[tuple[str, str, dict[str, str]]]:
    """(style, message, expected) written for this set; dates from the default now."""
    log, call, meet, visit, note, email = (
        "log_activity",
        "call",
        "meeting",
        "visit",
        "note",
        "email",
    )
    cd, md, ud = "create_deal", "move_deal", "update_deal"
    # fmt: off
    rows: list[tuple[str, str, dict[str, str]]] = [
        # --- realistic logs
        ("realistic", "called Pedro Alvarez at Initech, wants pricing for 40 seats, follow up friday at 10",
         {"intent": log, "activity_type": call, "contact": "Pedro Alvarez", "account": "Initech", "due": wd(FRI, 10)}),
        ("realistic", "met Jon Snow at Winterfell Logistics, they're reviewing the proposal",
         {"intent": log, "activity_type": meet, "contact": "Jon Snow", "account": "Winterfell Logistics"}),
        ("realistic", "emailed chloe@acme.fr the updated price list",
         {"intent": log, "activity_type": email, "email": "chloe@acme.fr"}),
        ("realistic", "visited Globex today, walked the plant with their COO",
         {"intent": log, "activity_type": visit, "account": "Globex"}),
        ("realistic", "note on Hooli: budget frozen, they will revisit after the board meeting",
         {"intent": log, "activity_type": note, "account": "Hooli"}),
        ("realistic", "call with Dana Scully from Acme went well, follow up in 3 days",
         {"intent": log, "activity_type": call, "contact": "Dana Scully", "account": "Acme", "due": d(3)}),
        ("realistic", "spoke to Ana Ruiz at Iberdrola about the renewal, follow up monday at 11",
         {"intent": log, "activity_type": call, "contact": "Ana Ruiz", "account": "Iberdrola", "due": wd(MON, 11)}),
        ("realistic", "had a meeting with Tom Hagen at Corleone Imports, follow up on December 10",
         {"intent": log, "activity_type": meet, "contact": "Tom Hagen", "account": "Corleone Imports", "due": ymd(2026, 12, 10)}),
        ("realistic", "I just hung up with Ana, she liked the demo",
         {"intent": log, "activity_type": call, "contact": "Ana"}),
        ("realistic", "I just hung up with Priya Patel at Stark Industries, follow up tomorrow at 4",
         {"intent": log, "activity_type": call, "contact": "Priya Patel", "account": "Stark Industries", "due": d(1, 16)}),
        ("realistic", "just got off the phone with Bob Kelso from Sacred Heart, he wants a demo",
         {"intent": log, "activity_type": call, "contact": "Bob Kelso", "account": "Sacred Heart"}),
        ("realistic", "coffee with Laura Palmer tomorrow at 8:30",
         {"intent": log, "activity_type": meet, "contact": "Laura Palmer", "due": d(1, 8, 30)}),
        ("realistic", "demo with Initech on friday at 3",
         {"intent": log, "activity_type": meet, "account": "Initech", "due": wd(FRI, 15)}),
        ("realistic", "left a voicemail for Carlos Diaz at Telefonica",
         {"intent": log, "activity_type": call, "contact": "Carlos Diaz", "account": "Telefonica"}),
        ("realistic", "met with Kim Wexler at Hamlin & McGill, she needs the contract reviewed, follow up wednesday 2pm",
         {"intent": log, "activity_type": meet, "contact": "Kim Wexler", "account": "Hamlin & McGill", "due": wd(WED, 14)}),
        ("realistic", "phoned Jack Ryan at Ryan Consulting, no answer",
         {"intent": log, "activity_type": call, "contact": "Jack Ryan", "account": "Ryan Consulting"}),
        ("realistic", "sent the proposal to Walter White at Gray Matter, follow up next Tuesday at 10",
         {"intent": log, "activity_type": email, "contact": "Walter White", "account": "Gray Matter", "due": wd(TUE, 10)}),
        ("realistic", "lunch with Ellen Ripley on monday at 1",
         {"intent": log, "activity_type": meet, "contact": "Ellen Ripley", "due": wd(MON, 13)}),
        ("realistic", "talked to Gus Fring at Los Pollos, they want 12 more licences",
         {"intent": log, "activity_type": call, "contact": "Gus Fring", "account": "Los Pollos"}),
        ("realistic", "zoom with Monica Geller tomorrow at 11am",
         {"intent": log, "activity_type": meet, "contact": "Monica Geller", "due": d(1, 11)}),
        # --- reasons after a comma, stage moves
        ("realistic", "Globex pilot lost, went with a competitor",
         {"intent": md, "deal": "Globex pilot", "stage": "lost", "text": "went with a competitor"}),
        ("realistic", "Initech expansion closed lost: budget cut",
         {"intent": md, "deal": "Initech expansion", "stage": "lost", "text": "budget cut"}),
        ("realistic", "Tyrell renewal signed!", {"intent": md, "deal": "Tyrell renewal", "stage": "won"}),
        ("realistic", "move Globex pilot to proposal", {"intent": md, "deal": "Globex pilot", "stage": "presentation"}),
        ("realistic", "move Umbrella expansion to contract", {"intent": md, "deal": "Umbrella expansion", "stage": "closing"}),
        ("realistic", "Hooli upsell won", {"intent": md, "deal": "Hooli upsell", "stage": "won"}),
        ("realistic", "Soylent trial lost, they chose Salesforce",
         {"intent": md, "deal": "Soylent trial", "stage": "lost", "text": "they chose Salesforce"}),
        ("realistic", "move the Initech deal to qualified", {"intent": md, "deal": "Initech", "stage": "pre-approach"}),
        ("realistic", "Stark renewal to negotiation", {"intent": md, "deal": "Stark renewal", "stage": "closing"}),
        ("realistic", "Massive Dynamic pilot lost, no budget this year",
         {"intent": md, "deal": "Massive Dynamic pilot", "stage": "lost", "text": "no budget this year"}),
        # --- new deals, amount first too
        ("realistic", "new deal Globex pilot 25k USD closing in March",
         {"intent": cd, "deal": "Globex pilot", "amount": "25000", "currency": "USD", "close": month_end(2027, 3)}),
        ("realistic", "new opportunity Tyrell renewal €18,500 closing end of january",
         {"intent": cd, "deal": "Tyrell renewal", "amount": "18500", "currency": "EUR", "close": month_end(2027, 1)}),
        ("realistic", "create deal Umbrella expansion $120k stage proposal",
         {"intent": cd, "deal": "Umbrella expansion", "amount": "120000", "currency": "USD", "stage": "presentation"}),
        ("realistic", "new deal Soylent trial 8.500 EUR",
         {"intent": cd, "deal": "Soylent trial", "amount": "8500", "currency": "EUR"}),
        ("realistic", "log a 60k opportunity with Initech", {"intent": cd, "account": "Initech", "amount": "60000"}),
        ("realistic", "a 45k EUR opportunity with Hooli, closing in February",
         {"intent": cd, "account": "Hooli", "amount": "45000", "currency": "EUR", "close": month_end(2027, 2)}),
        ("realistic", "new deal Wayne security audit 1.2M USD",
         {"intent": cd, "deal": "Wayne security audit", "amount": "1200000", "currency": "USD"}),
        ("realistic", "new deal Acme renewal 2027 for 15 000 NOK",
         {"intent": cd, "deal": "Acme renewal 2027", "amount": "15000", "currency": "NOK"}),
        ("realistic", "new deal Pied Piper storage 30k closing in Q1",
         {"intent": cd, "deal": "Pied Piper storage", "amount": "30000", "close": month_end(2027, 3)}),
        ("realistic", "add a deal Dunder Mifflin paper supply £7,200",
         {"intent": cd, "deal": "Dunder Mifflin paper supply", "amount": "7200", "currency": "GBP"}),
        # --- update_deal
        ("realistic", "push the Tyrell renewal to next month", {"intent": ud, "deal": "Tyrell renewal", "close": month_end(2026, 12)}),
        ("realistic", "Globex pilot close date end of february", {"intent": ud, "deal": "Globex pilot", "close": month_end(2027, 2)}),
        ("realistic", "bump the Hooli expansion to 22k EUR",
         {"intent": ud, "deal": "Hooli expansion", "amount": "22000", "currency": "EUR"}),
        ("realistic", "next step for Acme renewal: book a call with legal",
         {"intent": ud, "deal": "Acme renewal", "text": "book a call with legal"}),
        ("realistic", "push Umbrella expansion to Q1", {"intent": ud, "deal": "Umbrella expansion", "close": month_end(2027, 3)}),
        ("realistic", "Stark renewal close date end of june", {"intent": ud, "deal": "Stark renewal", "close": month_end(2027, 6)}),
        ("realistic", "change the amount of Soylent trial to 9k", {"intent": ud, "deal": "Soylent trial", "amount": "9000"}),
        ("realistic", "next step for Initech expansion: send the SOW",
         {"intent": ud, "deal": "Initech expansion", "text": "send the SOW"}),
        # --- new contacts, other ways to ask
        ("realistic", "new contact Lena Berg lena.berg@volvo.se +46 70 123 45 67 at Volvo",
         {"intent": "create_contact", "contact": "Lena Berg", "email": "lena.berg@volvo.se", "phone": "+46 70 123 45 67", "account": "Volvo"}),
        ("realistic", "add Marco Rossi from Ferrero to my contacts",
         {"intent": "create_contact", "contact": "Marco Rossi", "account": "Ferrero"}),
        ("realistic", "save Yuki Tanaka as a contact, yuki@sony.jp",
         {"intent": "create_contact", "contact": "Yuki Tanaka", "email": "yuki@sony.jp"}),
        ("realistic", "create a contact for Olga Petrova at Gazprom, phone +7 495 123 4567",
         {"intent": "create_contact", "contact": "Olga Petrova", "account": "Gazprom", "phone": "+7 495 123 4567"}),
        ("realistic", "new lead: Tom Hardy, tom@hardyco.com",
         {"intent": "create_contact", "contact": "Tom Hardy", "email": "tom@hardyco.com"}),
        ("realistic", "please add Jean Dupont jean.dupont@airbus.fr to my contacts",
         {"intent": "create_contact", "contact": "Jean Dupont", "email": "jean.dupont@airbus.fr"}),
        ("realistic", "add a new contact: Rachel Green, Ralph Lauren, rachel@rl.com",
         {"intent": "create_contact", "contact": "Rachel Green", "account": "Ralph Lauren", "email": "rachel@rl.com"}),
        # --- accounts
        ("realistic", "new account Cyberdyne Systems", {"intent": "create_account", "account": "Cyberdyne Systems"}),
        ("realistic", "add the company Wayne Enterprises", {"intent": "create_account", "account": "Wayne Enterprises"}),
        ("realistic", "create account Nakatomi Trading", {"intent": "create_account", "account": "Nakatomi Trading"}),
        ("realistic", "new client: Blue Sun Corp", {"intent": "create_account", "account": "Blue Sun Corp"}),
        # --- seeing a record
        ("realistic", "who is Maria Lopez?", {"intent": "find", "contact": "Maria Lopez"}),
        ("realistic", "show me the contact Jon Snow", {"intent": "find", "contact": "Jon Snow"}),
        ("realistic", "pull up the Globex account", {"intent": "find", "account": "Globex"}),
        ("realistic", "show me Acme Corp", {"intent": "find", "account": "Acme Corp"}),
        ("realistic", "find the contact Lena Berg", {"intent": "find", "contact": "Lena Berg"}),
        # --- pipeline, reminders list, help
        ("realistic", "how's the pipeline looking this quarter?", {"intent": "pipeline_summary"}),
        ("realistic", "pipeline summary please", {"intent": "pipeline_summary"}),
        ("realistic", "what's in my pipeline?", {"intent": "pipeline_summary"}),
        ("realistic", "show me the pipeline", {"intent": "pipeline_summary"}),
        ("realistic", "my reminders", {"intent": LR}),
        ("realistic", "what's due today?", {"intent": LR}),
        ("realistic", "show my follow-ups", {"intent": LR}),
        ("realistic", "what reminders do I have?", {"intent": LR}),
        ("realistic", "help", {"intent": "help"}),
        ("realistic", "what can you do?", {"intent": "help"}),
        ("realistic", "how does this work?", {"intent": "help"}),
        # --- reminders, the ways people ask
        ("realistic", "remind me friday at 10 to send Globex the revised quote",
         {"intent": R, "due": wd(FRI, 10), "text": "send Globex the revised quote", "account": "Globex"}),
        ("realistic", "ping me on monday about the Acme quote",
         {"intent": R, "due": wd(MON), "text": "the Acme quote", "account": "Acme"}),
        ("realistic", "make sure I remember to call Bob at 5",
         {"intent": R, "due": d(0, 17), "text": "call Bob", "contact": "Bob"}),
        ("realistic", "remind me in 2 hours to check the contract", {"intent": R, "due": later(hours=2), "text": "check the contract"}),
        ("realistic", "remind me in 30 minutes to call the bank", {"intent": R, "due": later(minutes=30), "text": "call the bank"}),
        ("realistic", "don't let me forget to renew the NDA on December 15",
         {"intent": R, "due": ymd(2026, 12, 15), "text": "renew the NDA"}),
        ("realistic", "remind me on the 3rd of december at 11am to prep the QBR",
         {"intent": R, "due": ymd(2026, 12, 3, 11), "text": "prep the QBR"}),
        ("realistic", "set a reminder for next thursday at 2pm: board deck",
         {"intent": R, "due": wd(THU, 14), "text": "board deck"}),
        ("realistic", "remind me tonight at 9 to email the proposal", {"intent": R, "due": d(0, 21), "text": "email the proposal"}),
        ("realistic", "remind me tomorrow morning at 7 to pack the demo kit",
         {"intent": R, "due": d(1, 7), "text": "pack the demo kit"}),
        ("realistic", "remind me at noon to book the flights", {"intent": R, "due": d(0, 12), "text": "book the flights"}),
        ("realistic", "remind me in 3 days to chase the PO", {"intent": R, "due": d(3), "text": "chase the PO"}),
        ("realistic", "remind me at 8 to review the pipeline", {"intent": R, "due": d(1, 8), "text": "review the pipeline"}),
        ("realistic", "nudge me on Dec 1 to invoice Hooli",
         {"intent": R, "due": ymd(2026, 12, 1), "text": "invoice Hooli", "account": "Hooli"}),
        ("realistic", "remind me to call Bob", {"intent": R, "text": "call Bob", "contact": "Bob"}),
        ("realistic", "remind me at 4:30pm to send the recap", {"intent": R, "due": d(0, 16, 30), "text": "send the recap"}),
        ("realistic", "ping me tomorrow at 9:15 to join the forecast call",
         {"intent": R, "due": d(1, 9, 15), "text": "join the forecast call"}),
        ("realistic", "remind me next friday to send the invoices", {"intent": R, "due": wd(FRI), "text": "send the invoices"}),
        ("realistic", "remind me on sunday at 6pm to prepare the week",
         {"intent": R, "due": wd(SUN, 18), "text": "prepare the week"}),
        ("realistic", "reminder: thursday 10am quarterly review", {"intent": R, "due": wd(THU, 10), "text": "quarterly review"}),
        # --- terse chat
        ("terse", "f/u w/ Jon @ Globex fri 3pm",
         {"intent": R, "contact": "Jon", "account": "Globex", "due": wd(FRI, 15)}),
        ("terse", "mtg w/ Priya @ Stark tmrw 10am",
         {"intent": log, "activity_type": meet, "contact": "Priya", "account": "Stark", "due": d(1, 10)}),
        ("terse", "call w/ Bob @ Acme, f/u mon",
         {"intent": log, "activity_type": call, "contact": "Bob", "account": "Acme", "due": wd(MON)}),
        ("terse", "remind me tmrw 9am: send deck", {"intent": R, "due": d(1, 9), "text": "send deck"}),
        ("terse", "remind me fri 3pm chase the Initech PO",
         {"intent": R, "due": wd(FRI, 15), "text": "chase the Initech PO", "account": "Initech"}),
        ("terse", "new opp Hooli upsell 12k", {"intent": cd, "deal": "Hooli upsell", "amount": "12000"}),
        ("terse", "Globex pilot -> won", {"intent": md, "deal": "Globex pilot", "stage": "won"}),
        ("terse", "vm for Carlos @ Telefonica", {"intent": log, "activity_type": call, "contact": "Carlos", "account": "Telefonica"}),
        ("terse", "called Ana @ Acme, cb tmrw 4pm",
         {"intent": log, "activity_type": call, "contact": "Ana", "account": "Acme", "due": d(1, 16)}),
        ("terse", "remind me in 20 min: call Dana", {"intent": R, "due": later(minutes=20), "text": "call Dana", "contact": "Dana"}),
        ("terse", "new contact Ivan Drago ivan@drago.ru", {"intent": "create_contact", "contact": "Ivan Drago", "email": "ivan@drago.ru"}),
        ("terse", "reminders?", {"intent": LR}),
        ("terse", "pipeline?", {"intent": "pipeline_summary"}),
        ("terse", "met w/ Kim @ HHM, f/u wed", {"intent": log, "activity_type": meet, "contact": "Kim", "account": "HHM", "due": wd(WED)}),
        ("terse", "remind me mon 8am: Tyrell call", {"intent": R, "due": wd(MON, 8), "text": "Tyrell call", "account": "Tyrell"}),
        # --- dictated: lower case, no punctuation, numbers as words
        ("dictated", "remind me tomorrow at three to send the contract to maria",
         {"intent": R, "due": d(1, 15), "text": "send the contract to maria", "contact": "maria"}),
        ("dictated", "remind me at quarter past three to call the office",
         {"intent": R, "due": d(0, 15, 15), "text": "call the office"}),
        ("dictated", "remind me on friday at quarter to five to submit the expenses",
         {"intent": R, "due": wd(FRI, 16, 45), "text": "submit the expenses"}),
        ("dictated", "remind me on the ninth of january to renew the contract",
         {"intent": R, "due": ymd(2027, 1, 9), "text": "renew the contract"}),
        ("dictated", "remind me on the twenty third of february to call the accountant",
         {"intent": R, "due": ymd(2027, 2, 23), "text": "call the accountant"}),
        ("dictated", "remind me in twenty minutes to check the email",
         {"intent": R, "due": later(minutes=20), "text": "check the email"}),
        ("dictated", "remind me at seven pm to prepare the slides", {"intent": R, "due": d(0, 19), "text": "prepare the slides"}),
        ("dictated", "remind me at ten fifteen tomorrow to join the standup",
         {"intent": R, "due": d(1, 10, 15), "text": "join the standup"}),
        ("dictated", "called maria lopez at acme she wants a quote follow up next tuesday at nine",
         {"intent": log, "activity_type": call, "contact": "maria lopez", "account": "acme", "due": wd(TUE, 9)}),
        ("dictated", "new deal acme expansion forty thousand euros closing in december",
         {"intent": cd, "deal": "acme expansion", "amount": "40000", "currency": "EUR", "close": month_end(2026, 12)}),
        ("dictated", "met jon at globex talked about the pilot follow up in two weeks",
         {"intent": log, "activity_type": meet, "contact": "jon", "account": "globex", "due": d(14)}),
        ("dictated", "remind me after twenty minutes to call bob",
         {"intent": R, "due": later(minutes=20), "text": "call bob", "contact": "bob"}),
        ("dictated", "move globex pilot to negotiation", {"intent": md, "deal": "globex pilot", "stage": "closing"}),
        ("dictated", "new contact peter parker at daily bugle",
         {"intent": "create_contact", "contact": "peter parker", "account": "daily bugle"}),
        ("dictated", "new deal stark renewal twelve thousand dollars",
         {"intent": cd, "deal": "stark renewal", "amount": "12000", "currency": "USD"}),
        ("dictated", "remind me on monday at eleven thirty to call the bank",
         {"intent": R, "due": wd(MON, 11, 30), "text": "call the bank"}),
        ("dictated", "remind me tomorrow at two to follow up with initech",
         {"intent": R, "due": d(1, 14), "text": "follow up with initech", "account": "initech"}),
        ("dictated", "globex pilot lost they went with a competitor",
         {"intent": md, "deal": "globex pilot", "stage": "lost", "text": "they went with a competitor"}),
        ("dictated", "remind me in three days to send the invoice", {"intent": R, "due": d(3), "text": "send the invoice"}),
        ("dictated", "remind me at six thirty pm to call home", {"intent": R, "due": d(0, 18, 30), "text": "call home"}),
        # --- long notes
        ("long", "Long call with Maria Lopez at Acme today. They are consolidating vendors next year, "
         "procurement wants three quotes, and legal needs our DPA before anything moves. She asked for "
         "references in retail. Follow up next Tuesday at 9 with the DPA and two references.",
         {"intent": log, "activity_type": call, "contact": "Maria Lopez", "account": "Acme", "due": wd(TUE, 9)}),
        ("long", "Met Hank Scorpio at Globex: the pilot results were good but the budget is frozen, they want a "
         "revised quote with a smaller scope and fewer seats, and a reference call with another "
         "manufacturer. Follow up on friday at 11.",
         {"intent": log, "activity_type": meet, "contact": "Hank Scorpio", "account": "Globex", "due": wd(FRI, 11)}),
        ("long", "remind me tomorrow at 10 to send Dana the revised proposal with the 3-year pricing, the "
         "security questionnaire answers and the case study from the retail project",
         {"intent": R, "due": d(1, 10), "contact": "Dana", "text": "send Dana the revised proposal with the "
          "3-year pricing, the security questionnaire answers and the case study from the retail project"}),
        ("long", "Visited Stark Industries with Priya Patel, saw the line where our sensors would go, they "
         "need 200 units and she will send the specs; follow up in 3 days",
         {"intent": log, "activity_type": visit, "account": "Stark Industries", "contact": "Priya Patel", "due": d(3)}),
        ("long", "note on Initech: the new CFO started this month and is reviewing all software spend; our "
         "champion thinks we are safe but wants our CEO on a call before the renewal, nothing to do before "
         "the holidays",
         {"intent": log, "activity_type": note, "account": "Initech"}),
        ("long", "Called Walter White at Gray Matter about the lab equipment renewal. He is happy with the "
         "service, but wants a better price on the maintenance plan and a second site added. I promised "
         "numbers by Monday. follow up monday at 4",
         {"intent": log, "activity_type": call, "contact": "Walter White", "account": "Gray Matter", "due": wd(MON, 16)}),
        ("long", "remind me on December 3 at 9:30 to prepare for the Umbrella steering committee: agenda, "
         "the latest usage report and the list of open tickets",
         {"intent": R, "due": ymd(2026, 12, 3, 9, 30), "account": "Umbrella", "text": "prepare for the Umbrella steering committee: "
          "agenda, the latest usage report and the list of open tickets"}),
        # --- slurp-style: voice-assistant reminder requests written for this set
        ("slurp-style", "remind me to call mom at six pm", {"intent": R, "due": d(0, 18), "text": "call mom"}),
        ("slurp-style", "set a reminder for friday at nine am to take out the trash",
         {"intent": R, "due": wd(FRI, 9), "text": "take out the trash"}),
        ("slurp-style", "olly remind me to pick up the dry cleaning tomorrow at five",
         {"intent": R, "due": d(1, 17), "text": "pick up the dry cleaning"}),
        ("slurp-style", "please remind me in one hour to check the oven",
         {"intent": R, "due": later(hours=1), "text": "check the oven"}),
        ("slurp-style", "remind me on monday to pay the rent", {"intent": R, "due": wd(MON), "text": "pay the rent"}),
        ("slurp-style", "set a reminder at eight pm to water the plants",
         {"intent": R, "due": d(0, 20), "text": "water the plants"}),
        ("slurp-style", "remind me about the dentist on wednesday at ten thirty",
         {"intent": R, "due": wd(WED, 10, 30), "text": "the dentist"}),
        ("slurp-style", "what are my reminders for today", {"intent": LR}),
        # --- other languages (dates read in the row's language)
        ("lang-es", "recuérdame mañana a las 3 llamar a Ana", {"intent": R, "due": d(1, 15), "text": "llamar a Ana", "contact": "Ana"}),
        ("lang-es", "recuérdame el lunes a las 9 enviar la propuesta", {"intent": R, "due": wd(MON, 9), "text": "enviar la propuesta"}),
        ("lang-es", "nuevo contacto Lucía Gómez lucia@repsol.es", {"intent": "create_contact", "contact": "Lucía Gómez", "email": "lucia@repsol.es"}),
        ("lang-es", "mis recordatorios", {"intent": LR}),
        ("lang-de", "erinnere mich morgen um 15 Uhr an den Vertrag", {"intent": R, "due": d(1, 15), "text": "den Vertrag"}),
        ("lang-de", "erinnere mich am Freitag um 10 Uhr, das Angebot zu schicken",
         {"intent": R, "due": wd(FRI, 10), "text": "das Angebot zu schicken"}),
        ("lang-de", "neuer Kontakt Jonas Weber jonas.weber@siemens.de",
         {"intent": "create_contact", "contact": "Jonas Weber", "email": "jonas.weber@siemens.de"}),
        ("lang-fr", "rappelle-moi demain à 14h d'appeler Sophie", {"intent": R, "due": d(1, 14), "text": "appeler Sophie", "contact": "Sophie"}),
        ("lang-fr", "rappelle-moi lundi à 9h de relancer Airbus",
         {"intent": R, "due": wd(MON, 9), "text": "relancer Airbus", "account": "Airbus"}),
        ("lang-fr", "nouveau contact Pierre Martin pierre.martin@total.fr",
         {"intent": "create_contact", "contact": "Pierre Martin", "email": "pierre.martin@total.fr"}),
        ("lang-nb", "minn meg på i morgen kl 10 å ringe Ola", {"intent": R, "due": d(1, 10), "text": "ringe Ola", "contact": "Ola"}),
        ("lang-nb", "minn meg på fredag kl 14 å sende tilbudet", {"intent": R, "due": wd(FRI, 14), "text": "sende tilbudet"}),
        ("lang-nb", "ny kontakt Kari Nordmann kari@equinor.no",
         {"intent": "create_contact", "contact": "Kari Nordmann", "email": "kari@equinor.no"}),
        # --- not for the CRM
        ("negative", "thanks!", {"intent": "unknown"}),
        ("negative", "good morning", {"intent": "unknown"}),
        ("negative", "lol ok", {"intent": "unknown"}),
        ("negative", "how are you today?", {"intent": "unknown"}),
        ("negative", "play some jazz", {"intent": "unknown"}),
        ("negative", "what's the weather in Madrid tomorrow?", {"intent": "unknown"}),
        ("negative", "order a pizza for 8pm", {"intent": "unknown"}),
        ("negative", "is the office open on friday?", {"intent": "unknown"}),
        # --- more of the same kinds, written later (before any run of the parser on them)
        ("realistic", "quick call with Sarah Connor at Cyberdyne, she is out until monday",
         {"intent": log, "activity_type": call, "contact": "Sarah Connor", "account": "Cyberdyne"}),
        ("realistic", "rang Michael Scott at Dunder Mifflin, wants 500 reams, follow up tomorrow",
         {"intent": log, "activity_type": call, "contact": "Michael Scott", "account": "Dunder Mifflin", "due": d(1)}),
        ("realistic", "site visit at Nakatomi Trading with Holly Gennaro, follow up on December 7",
         {"intent": log, "activity_type": visit, "account": "Nakatomi Trading", "contact": "Holly Gennaro", "due": ymd(2026, 12, 7)}),
        ("realistic", "emailed Tony Stark at Stark Industries the SOW, follow up thursday at 10",
         {"intent": log, "activity_type": email, "contact": "Tony Stark", "account": "Stark Industries", "due": wd(THU, 10)}),
        ("realistic", "got a call from Leslie Knope at Pawnee Parks, they want a quote for 20 seats",
         {"intent": log, "activity_type": call, "contact": "Leslie Knope", "account": "Pawnee Parks"}),
        ("realistic", "breakfast with Don Draper tomorrow at 8",
         {"intent": log, "activity_type": meet, "contact": "Don Draper", "due": d(1, 8)}),
        ("realistic", "met Peggy Olson at Sterling Cooper yesterday, great fit",
         {"intent": log, "activity_type": meet, "contact": "Peggy Olson", "account": "Sterling Cooper"}),
        ("realistic", "called Dwight at Schrute Farms, follow up in 2 hours",
         {"intent": log, "activity_type": call, "contact": "Dwight", "account": "Schrute Farms", "due": later(hours=2)}),
        ("realistic", "wrote to Ann Perkins at Pawnee Health about the pilot",
         {"intent": log, "activity_type": email, "contact": "Ann Perkins", "account": "Pawnee Health"}),
        ("realistic", "remind me to send the contract to Acme on monday at 10",
         {"intent": R, "due": wd(MON, 10), "text": "send the contract to Acme", "account": "Acme"}),
        ("realistic", "remind me in 45 minutes to join the call", {"intent": R, "due": later(minutes=45), "text": "join the call"}),
        ("realistic", "remind me on friday at 5pm to log my calls", {"intent": R, "due": wd(FRI, 17), "text": "log my calls"}),
        ("realistic", "set a reminder for tomorrow at 1: lunch prep", {"intent": R, "due": d(1, 13), "text": "lunch prep"}),
        ("realistic", "remind me on the 15th to invoice Globex",
         {"intent": R, "due": ymd(2026, 12, 15), "text": "invoice Globex", "account": "Globex"}),
        ("realistic", "remind me wednesday at 12 to call Jim", {"intent": R, "due": wd(WED, 12), "text": "call Jim", "contact": "Jim"}),
        ("realistic", "can you remind me tomorrow at 4pm to send the slides?", {"intent": R, "due": d(1, 16), "text": "send the slides"}),
        ("realistic", "remind me in an hour to check on the order", {"intent": R, "due": later(hours=1), "text": "check on the order"}),
        ("realistic", "remind me saturday at 11 to review the forecast", {"intent": R, "due": wd(SAT, 11), "text": "review the forecast"}),
        ("realistic", "new deal Initech data platform 75k USD closing in April",
         {"intent": cd, "deal": "Initech data platform", "amount": "75000", "currency": "USD", "close": month_end(2027, 4)}),
        ("realistic", "create a deal called Vandelay import for 5k EUR",
         {"intent": cd, "deal": "Vandelay import", "amount": "5000", "currency": "EUR"}),
        ("realistic", "new deal Oscorp lab refresh 250,000 USD stage negotiation",
         {"intent": cd, "deal": "Oscorp lab refresh", "amount": "250000", "currency": "USD", "stage": "closing"}),
        ("realistic", "move Vandelay import to demo", {"intent": md, "deal": "Vandelay import", "stage": "presentation"}),
        ("realistic", "mark Oscorp lab refresh as won", {"intent": md, "deal": "Oscorp lab refresh", "stage": "won"}),
        ("realistic", "push the Oscorp lab refresh close to end of march",
         {"intent": ud, "deal": "Oscorp lab refresh", "close": month_end(2027, 3)}),
        ("realistic", "Vandelay import amount is now 6.5k EUR",
         {"intent": ud, "deal": "Vandelay import", "amount": "6500", "currency": "EUR"}),
        ("realistic", "Initech data platform slipped to February", {"intent": ud, "deal": "Initech data platform", "close": month_end(2027, 2)}),
        ("realistic", "new contact Dwight Schrute dwight@schrutefarms.com at Schrute Farms",
         {"intent": "create_contact", "contact": "Dwight Schrute", "email": "dwight@schrutefarms.com", "account": "Schrute Farms"}),
        ("realistic", "add Pam Beesly, pam@dundermifflin.com, +1 570 555 0142 as a contact",
         {"intent": "create_contact", "contact": "Pam Beesly", "email": "pam@dundermifflin.com", "phone": "+1 570 555 0142"}),
        ("realistic", "new account Vandelay Industries", {"intent": "create_account", "account": "Vandelay Industries"}),
        ("realistic", "add company Sterling Cooper", {"intent": "create_account", "account": "Sterling Cooper"}),
        ("realistic", "who is Dwight Schrute?", {"intent": "find", "contact": "Dwight Schrute"}),
        ("realistic", "show me the Initech account", {"intent": "find", "account": "Initech"}),
        ("terse", "new contact Jim Halpert jim@dm.com", {"intent": "create_contact", "contact": "Jim Halpert", "email": "jim@dm.com"}),
        ("terse", "mtg w/ Acme tmrw 2pm", {"intent": log, "activity_type": meet, "account": "Acme", "due": d(1, 14)}),
        ("terse", "remind me tmrw 2pm: call Dwight", {"intent": R, "due": d(1, 14), "text": "call Dwight", "contact": "Dwight"}),
        ("terse", "remind me in 1h: send Kim the NDA", {"intent": R, "due": later(hours=1), "text": "send Kim the NDA", "contact": "Kim"}),
        ("dictated", "remind me tomorrow at eight thirty to call the client",
         {"intent": R, "due": d(1, 8, 30), "text": "call the client"}),
        ("dictated", "remind me on wednesday at noon to send the quote", {"intent": R, "due": wd(WED, 12), "text": "send the quote"}),
        ("dictated", "new deal oscorp upgrade fifteen thousand euros",
         {"intent": cd, "deal": "oscorp upgrade", "amount": "15000", "currency": "EUR"}),
        ("dictated", "called dwight at schrute farms follow up tomorrow at ten",
         {"intent": log, "activity_type": call, "contact": "dwight", "account": "schrute farms", "due": d(1, 10)}),
        ("negative", "see you tomorrow!", {"intent": "unknown"}),
        ("negative", "great job team", {"intent": "unknown"}),
        ("negative", "what time is it in Tokyo?", {"intent": "unknown"}),
        ("negative", "can you book me a flight to London on friday?", {"intent": "unknown"}),
        ("lang-es", "llamé a Marta Ruiz de Inditex, seguimiento el martes a las 10",
         {"intent": log, "activity_type": call, "contact": "Marta Ruiz", "account": "Inditex", "due": wd(TUE, 10)}),
        ("lang-de", "erinnere mich in 2 Stunden an den Anruf", {"intent": R, "due": later(hours=2), "text": "den Anruf"}),
        ("lang-fr", "rappelle-moi vendredi à 15h d'envoyer le devis", {"intent": R, "due": wd(FRI, 15), "text": "envoyer le devis"}),
        ("lang-nb", "minn meg på mandag kl 9 å ringe Per", {"intent": R, "due": wd(MON, 9), "text": "ringe Per", "contact": "Per"}),
    ]
    # fmt: on
    return rows


def special_rows() -> list[dict[str, object]]:
    """Rows with another clock or zone, and numeric dates (asked about when ambiguous)."""
    ny = "America/New_York"
    # fmt: off
    return [
        {"message": "remind me tomorrow at 9 to call Bob", "now": "2026-03-27T18:00", "tz": ny,
         "style": "realistic",
         "expected": {"intent": R, "due": at(date(2026, 3, 28), 9, tz=ny), "text": "call Bob", "contact": "Bob"}},
        # Madrid moves to summer time on 2027-03-28: tomorrow 09:00 is +02:00.
        {"message": "remind me tomorrow at 9 to send the report", "now": "2027-03-27T10:00", "tz": TZ,
         "style": "realistic",
         "expected": {"intent": R, "due": at(date(2027, 3, 28), 9), "text": "send the report"}},
        {"message": "remind me at 11 to call Ana", "now": "2026-11-26T12:30", "tz": TZ, "style": "realistic",
         "expected": {"intent": R, "due": d(1, 11), "text": "call Ana", "contact": "Ana"}},
        {"message": "remind me on 12/15 to renew the NDA", "now": NOW, "tz": TZ, "style": "realistic",
         "expected": {"intent": R, "due": ymd(2026, 12, 15), "text": "renew the NDA"}},
        {"message": "remind me on 3/4 to call Bob", "now": NOW, "tz": TZ, "style": "realistic",
         "expected": {"intent": R, "text": "call Bob", "contact": "Bob"}, "expect_ask": True},
        {"message": "new deal Acme pilot 10k EUR closing 5/6", "now": NOW, "tz": TZ, "style": "realistic",
         "expected": {"intent": "create_deal", "deal": "Acme pilot", "amount": "10000", "currency": "EUR"},
         "expect_ask": True},
    ]
    # fmt: on


def build(slurp_path: Path) -> list[dict[str, object]]:
    sentences: dict[int, dict[str, str]] = {}
    for line in slurp_path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        sentences[obj["slurp_id"]] = obj
    out: list[dict[str, object]] = []

    def add(row: dict[str, object]) -> None:
        row = {"id": f"d{len(out) + 1:04d}", **row}
        row.setdefault("now", NOW)
        row.setdefault("tz", TZ)
        row.setdefault("lang", "en")
        keys = ("id", "message", "now", "tz", "lang", "style", "expected")
        ordered = {k: row[k] for k in keys}
        ordered.update({k: v for k, v in row.items() if k not in keys})
        out.append(ordered)

    for sid, expected in SLURP_LABELS.items():
        assert sid % 2 == 1, sid
        add(
            {
                "message": sentences[sid]["sentence"],
                "style": "slurp",
                "expected": expected,
                "slurp_id": sid,
            }
        )
    pool = sorted(
        (
            r
            for r in sentences.values()
            if r["slurp_id"] % 2 == 1
            and r["scenario"] not in CRM_SCENARIOS
            and r["slurp_id"] not in NEGATIVE_SKIP
            and not SEARCH_FORM.match(r["sentence"])
        ),
        key=lambda r: r["slurp_id"],
    )
    random.Random(NEGATIVE_SEED).shuffle(pool)
    for r in pool[:NEGATIVE_SAMPLE]:
        add(
            {
                "message": r["sentence"],
                "style": "negative",
                "expected": {"intent": "unknown"},
                "slurp_id": r["slurp_id"],
            }
        )
    for style, message, expected in own_rows():
        lang = style[5:] if style.startswith("lang-") else "en"
        add({"message": message, "style": style, "lang": lang, "expected": expected})
    for row in special_rows():
        add(row)
    return out


def main() -> None:
    slurp = Path(sys.argv[1]) if len(sys.argv) > 1 else SLURP
    rows = build(slurp)
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
