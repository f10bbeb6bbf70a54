# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_logs3.jsonl``, a development set for logs in unseen styles and deal updates (run by hand).

Why: on the blind ``test.jsonl`` ``log_activity`` was the weakest large intent (79.9% right; a
report of something done, often with a follow-up date, read as a reminder), ``long`` notes were
the weakest style (77.5% / 75.8% on the two blind sets) and ``update_deal`` was confused with
``create_deal`` both ways. These rows were written by hand by the ``plog3`` helper in one
sitting, before the parser was run on any of them:

- ``long``: notes of 3 to 6 sentences with small talk, numbers that are neither dates nor
  amounts (headcounts, percentages, versions, floors, minutes, years), the follow-up buried in
  the middle, and bullet-ish lines (one item a line, "- " or "* ");
- ``terse``: chat shorthand ("vm'd raj", "lvm", "spoke w/ CFO @ Acme re renewal, f/u nxt wk",
  "mtg", "cb", "tmrw", "->", "re:");
- ``dictated``: lower case, no punctuation, numbers as words, run-on ("so i just got off the
  phone with …");
- ``past-fu``: past-tense reports with the rep's follow-up date: logs, not reminders;
- ``todo``: true to-dos beside them (imperatives with a day): ``remind``;
- ``update`` / ``create`` / ``move``: deal updates (close, amount, next step in words) against
  new deals and stage moves with a reason after a comma;
- ``ask``: a log whose follow-up date cannot be read for sure ("f/u after the holidays",
  "cb 3/4", "mid next month") and an update whose close is vague: ``expect_ask``, no ``due``.

Labels follow ``docs/understanding.md`` and the choices of ``TEST_README.md`` (``text`` only for
remind, find and update_deal; titles dropped; a role with no name, "the CFO", is no contact)
and the log rule of ``make_dev3.py``: the rep's own next action with a day is the follow-up
(``due``; "nxt wk" alone is Monday 09:00 as in dev3/dev4/dev_logs2); a date about the
customer or the world is part of the note. A voicemail ("vm", "lvm", "left a message") is a
``call``; lunch, coffee, demo and a video call are a ``meeting``; "dropped by", "onsite",
"went to their office" a ``visit``; a report with no word of contact a ``note``. A move lists
no amount and no date.

Every ``due`` and ``close`` is computed here with plain ``datetime`` + ``zoneinfo`` from the
row's ``now`` (Thursday 2026-11-26 10:00 in the row's zone), never by running crmbot.

    python tests/data/nlu_eval/make_dev_logs3.py
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from devkit import Clock, write

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
NY = "America/New_York"
LAG = "Africa/Lagos"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
OUT = Path(__file__).with_name("dev_logs3.jsonl")
CLOCK = Clock(NOW, TZ)
close_on, month_end = CLOCK.close_on, CLOCK.month_end


def _now(tz: str = TZ) -> datetime:
    return datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo(tz))


def at(day: date, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    return datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(tz)).isoformat()


def d(n: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    """n days after today, at h:m."""
    return at(_now(tz).date() + timedelta(days=n), h, m, tz)


def wd(weekday: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    """The next such weekday, never today."""
    today = _now(tz).date()
    ahead = (weekday - today.weekday()) % 7 or 7
    return at(today + timedelta(days=ahead), h, m, tz)


def ymd(y: int, mo: int, day: int, h: int = 9, m: int = 0, tz: str = TZ) -> str:
    return at(date(y, mo, day), h, m, tz)


R, LOG, CD, MD, UD = "remind", "log_activity", "create_deal", "move_deal", "update_deal"
CALL, MEET, VISIT, NOTE, EMAIL = "call", "meeting", "visit", "note", "email"
EUR, USD, GBP = "EUR", "USD", "GBP"
ASK = "ask"  # a row whose right answer is to ask

# (style, message, expected[, options]); options: "lang", "tz"
Row = tuple[str, str, dict[str, str]] | tuple[str, str, dict[str, str], dict[str, str]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ long notes
        ("long", "Good session with Farida Osei at Ecobank today. We spent the first 20 minutes on the football, then got down to it. They have 340 branches and want to start with 12. I said I'd send the pilot scope on Tuesday. Overall positive.", {"intent": LOG, "activity_type": MEET, "contact": "Farida Osei", "account": "Ecobank", "due": wd(TUE)}),
        ("long", "Rang Siddharth Menon at Tata Steel. Line was bad, he was in the car. They run 4 plants and the 2nd one is the priority. Follow up Monday at 11 once he's back in the office. He also asked about our ISO 27001 cert.", {"intent": LOG, "activity_type": CALL, "contact": "Siddharth Menon", "account": "Tata Steel", "due": wd(MON, 11)}),
        ("long", "Visited Brauerei Keller GmbH in Bamberg. Took the 7:40 train, nice town. Met Jürgen Vogt and two of his engineers on the 3rd floor. They brew 180,000 hectolitres a year and the old SCADA is version 6. Nothing agreed yet.", {"intent": LOG, "activity_type": VISIT, "contact": "Jürgen Vogt", "account": "Brauerei Keller GmbH"}),
        ("long", "Call with Mei Lin Tan from Grab. She had 15 mins between meetings. Key points:\n- 600 drivers in the first wave\n- wants SSO\n- send the security pack by Friday\nShe sounded keen.", {"intent": LOG, "activity_type": CALL, "contact": "Mei Lin Tan", "account": "Grab", "due": wd(FRI)}),
        ("long", "Lunch with Eoin Brennan of Kerry Group. He just came back from 2 weeks in Lisbon, very tanned. They grew 8% this year and are opening a 5th site. I'll call him on the 9th to set up the workshop. Lovely lunch.", {"intent": LOG, "activity_type": MEET, "contact": "Eoin Brennan", "account": "Kerry Group", "due": ymd(2026, 12, 9)}),
        ("long", "Spoke to Dana Whitfield at Allstate for about an hour. Their contract with the incumbent runs until 2028 but they can break it with 90 days notice. She wants 3 references. I'm sending those tomorrow. Fingers crossed.", {"intent": LOG, "activity_type": CALL, "contact": "Dana Whitfield", "account": "Allstate", "due": d(1)}),
        ("long", "Met with the ops team at Maersk in Copenhagen, 6 people in the room. Henrik Lund led it. They track 700 vessels and want 99.9% uptime. Next step is a technical deep dive, I'll send dates on Wednesday. Good coffee too.", {"intent": LOG, "activity_type": MEET, "contact": "Henrik Lund", "account": "Maersk", "due": wd(WED)}),
        ("long", "Quick note on Banco Sabadell: Lucía Prieto moved to the risk team last month. Her replacement starts on the 14th. The 2 pilots we run stay as they are. Nothing to do for now.", {"intent": LOG, "activity_type": NOTE, "contact": "Lucía Prieto", "account": "Banco Sabadell"}),
        ("long", "Emailed Tomasz Zieliński at PKO the revised proposal, 14 pages. He had asked for a version without the 3rd module. Will check in with him Monday afternoon at 3 if I hear nothing. Also cc'd his assistant.", {"intent": LOG, "activity_type": EMAIL, "contact": "Tomasz Zieliński", "account": "PKO", "due": wd(MON, 15)}),
        ("long", "Drove out to Arla's dairy in Aarhus, 2 hours each way. Walked the floor with Signe Madsen. They have 11 lines and line 4 keeps failing. Promised her a proposal by next Thursday. Long but worth it.", {"intent": LOG, "activity_type": VISIT, "contact": "Signe Madsen", "account": "Arla", "due": wd(THU)}),
        ("long", "Had a Teams call with Chukwuemeka Obi from MTN Nigeria. We covered the 5G rollout, which covers 20 cities. He mentioned their budget is approved for Q1. I'll send the draft SOW tomorrow at 10. Good energy.", {"intent": LOG, "activity_type": MEET, "contact": "Chukwuemeka Obi", "account": "MTN Nigeria", "due": d(1, 10)}),
        ("long", "Ran into Paolo Greco from Barilla at the trade fair. Hall 7, stand 212, busy as ever. He said they are reviewing 3 vendors. No follow up agreed but I have his card.", {"intent": LOG, "activity_type": MEET, "contact": "Paolo Greco", "account": "Barilla"}),
        ("long", "Notes from the Siemens Healthineers meeting:\n* 45 min, 4 attendees\n* Dr. Katrin Weber chairs the committee\n* they need FDA docs\n* follow up Tuesday 2pm\nGood start.", {"intent": LOG, "activity_type": MEET, "contact": "Katrin Weber", "account": "Siemens Healthineers", "due": wd(TUE, 14)}),
        ("long", "Called Aroha Ngata at Fonterra. She's been there 12 years and knows everyone. They lost about 5% of shipments to spoilage last year. She'll loop in procurement. I'm to call back on Friday at 9:30.", {"intent": LOG, "activity_type": CALL, "contact": "Aroha Ngata", "account": "Fonterra", "due": wd(FRI, 9, 30)}),
        ("long", "What a week. Finally got Olumide Bakare from Flutterwave on the phone, third try. They process 2 million transactions a day. Wants a price for the enterprise tier. Nothing scheduled yet.", {"intent": LOG, "activity_type": CALL, "contact": "Olumide Bakare", "account": "Flutterwave"}),
        ("long", "Dropped by the Heineken office in Amsterdam since I was in town. Saw Femke de Vries for 10 minutes. Their new CFO starts in January. I'll email her the case study on Monday. Canals were freezing.", {"intent": LOG, "activity_type": VISIT, "contact": "Femke de Vries", "account": "Heineken", "due": wd(MON)}),
        ("long", "Demo for Ayşe Kaya's team at Turkcell went well. 9 people joined, 2 dropped at half time. They liked the dashboards, hated the export. Follow up on the 4th with the roadmap. Demo env was slow again.", {"intent": LOG, "activity_type": MEET, "contact": "Ayşe Kaya", "account": "Turkcell", "due": ymd(2026, 12, 4)}),
        ("long", "Spoke with Rajesh Iyer at HDFC Bank. They have 6,000 branches and 120k staff. He said the RFP is due out on 15 January. I need to send him our capabilities deck, no date set.", {"intent": LOG, "activity_type": CALL, "contact": "Rajesh Iyer", "account": "HDFC Bank"}),
        ("long", "Update after meeting Claire Dubois from Danone. Room 4B, 8 people, the usual. They're piloting in 3 countries. She asked for a follow-up call next Wednesday at 4. Feeling good about this one.", {"intent": LOG, "activity_type": MEET, "contact": "Claire Dubois", "account": "Danone", "due": wd(WED, 16)}),
        ("long", "Long call with Nguyen Van Minh of Viettel. Talked for 50 minutes. They need 24/7 support and 2 hour SLA. He'll get back to us after their board, which meets on the 10th. Ball is in their court.", {"intent": LOG, "activity_type": CALL, "contact": "Nguyen Van Minh", "account": "Viettel"}),
        ("long", "Catch up with Ingrid Solberg at Equinor:\n- renewal is in March\n- they want 20 more seats\n- I send the quote friday\n- she's off from the 18th", {"intent": LOG, "activity_type": MEET, "contact": "Ingrid Solberg", "account": "Equinor", "due": wd(FRI)}),
        ("long", "Sent Hamza Qureshi at Jazz the contract redlines. It's 32 pages and he only flagged 2 clauses. Should be quick. Chase him Tuesday if nothing comes back. He's usually fast.", {"intent": LOG, "activity_type": EMAIL, "contact": "Hamza Qureshi", "account": "Jazz", "due": wd(TUE)}),
        ("long", "Met Zanele Khumalo at Standard Bank, 30th floor, amazing view. They are consolidating 7 tools into one. Budget is there. She wants a demo for her 5 leads on Dec 8 at 11am. I'll book it.", {"intent": LOG, "activity_type": MEET, "contact": "Zanele Khumalo", "account": "Standard Bank", "due": ymd(2026, 12, 8, 11)}),
        ("long", "Coffee with Liam O'Connor from AIB. Mostly rugby talk, Ireland won by 12. On work: their digital team of 40 is being reorganised. No follow-up for now, he'll reach out.", {"intent": LOG, "activity_type": MEET, "contact": "Liam O'Connor", "account": "AIB"}),
        ("long", "Had a long chat with Kiri Walker at Air New Zealand about the crew app. They fly 3,400 flights a week. Asked me to send pricing for 2 options. Will send by Monday. Also mentioned a possible trip to Auckland.", {"intent": LOG, "activity_type": CALL, "contact": "Kiri Walker", "account": "Air New Zealand", "due": wd(MON)}),
        ("long", "Onsite at Volkswagen Wolfsburg with Markus Hahn. Plant tour took 3 hours. They build 2,500 cars a day. Follow up with him next Friday at 10 about the pilot cell. Exhausting but useful.", {"intent": LOG, "activity_type": VISIT, "contact": "Markus Hahn", "account": "Volkswagen", "due": wd(FRI, 10)}),
        ("long", "Note: Telstra is restructuring, about 15% of IT going. Our champion Sophie Nguyen survived. Their freeze lasts until Feb 1. Check back with Sophie on the 15th.", {"intent": LOG, "activity_type": NOTE, "contact": "Sophie Nguyen", "account": "Telstra", "due": ymd(2026, 12, 15)}),
        ("long", "Call recap, Bogdan Popescu at Dacia: they need 250 tablets for the line, 3-year term. He asked about version 4.2. Sending answers tomorrow morning. Nice guy, big Steaua fan.", {"intent": LOG, "activity_type": CALL, "contact": "Bogdan Popescu", "account": "Dacia", "due": d(1)}),
        ("long", "Visited Aditi Rao (Flipkart) at their Bangalore office. They ship 1.5M parcels a day in peak. Wants a POC in 6 weeks. I follow up on Wednesday the 2nd with a plan. Traffic was insane.", {"intent": LOG, "activity_type": VISIT, "contact": "Aditi Rao", "account": "Flipkart", "due": ymd(2026, 12, 2)}),
        ("ask", "Chat with Sven Eriksson from IKEA. They have 460 stores, 2 in scope. His kid was sick so we kept it short. I'll ping him again after the holidays.", {"intent": LOG, "activity_type": CALL, "contact": "Sven Eriksson", "account": "IKEA"}, ),
        # ------------------------------------------------ terse
        ("terse", "vm'd raj", {"intent": LOG, "activity_type": CALL, "contact": "raj"}),
        ("terse", "lvm kofi", {"intent": LOG, "activity_type": CALL, "contact": "kofi"}),
        ("terse", "lvm for Ana @ Repsol, cb tmrw", {"intent": LOG, "activity_type": CALL, "contact": "Ana", "account": "Repsol", "due": d(1)}),
        ("terse", "spoke w/ CFO @ Acme re renewal, f/u nxt wk", {"intent": LOG, "activity_type": CALL, "account": "Acme", "due": wd(MON)}),
        ("terse", "mtg w/ Jun Park @ Hyundai, went well, f/u fri", {"intent": LOG, "activity_type": MEET, "contact": "Jun Park", "account": "Hyundai", "due": wd(FRI)}),
        ("terse", "called deepa re: quote. she's in. send contract mon", {"intent": LOG, "activity_type": CALL, "contact": "deepa", "due": wd(MON)}),
        ("terse", "emailed pricing to nadia @ orange", {"intent": LOG, "activity_type": EMAIL, "contact": "nadia", "account": "orange"}),
        ("terse", "vm for Tunde, try again 4pm", {"intent": LOG, "activity_type": CALL, "contact": "Tunde", "due": d(0, 16)}),
        ("terse", "coffee w/ yusuf (aramco) - good vibes, nothing firm", {"intent": LOG, "activity_type": MEET, "contact": "yusuf", "account": "aramco"}),
        ("terse", "demo'd to Kaspi team, f/u tues 10am", {"intent": LOG, "activity_type": MEET, "account": "Kaspi", "due": wd(TUE, 10)}),
        ("terse", "no answer from Lars Holm, retry wed", {"intent": LOG, "activity_type": CALL, "contact": "Lars Holm", "due": wd(WED)}),
        ("terse", "f2f w/ Marta @ Inditex. pricing ok. f/u 12/15", {"intent": LOG, "activity_type": MEET, "contact": "Marta", "account": "Inditex", "due": ymd(2026, 12, 15)}),
        ("terse", "call w/ bilal, needs 2 wks to decide", {"intent": LOG, "activity_type": CALL, "contact": "bilal"}),
        ("terse", "visited Nokia Espoo, met Pekka. f/u thu 2pm", {"intent": LOG, "activity_type": VISIT, "contact": "Pekka", "account": "Nokia", "due": wd(THU, 14)}),
        ("terse", "sent SOW to Wanjiru @ Safaricom", {"intent": LOG, "activity_type": EMAIL, "contact": "Wanjiru", "account": "Safaricom"}),
        ("terse", "spoke to gabi, budget ok, cb mon 9", {"intent": LOG, "activity_type": CALL, "contact": "gabi", "due": wd(MON, 9)}),
        ("terse", "lvm x2 for Hans Keller, will try fri", {"intent": LOG, "activity_type": CALL, "contact": "Hans Keller", "due": wd(FRI)}),
        ("terse", "zoom w/ Priyanka + 3 from Infosys, ok. nxt: proposal by wed", {"intent": LOG, "activity_type": MEET, "contact": "Priyanka", "account": "Infosys", "due": wd(WED)}),
        ("terse", "tel w/ Joao re: invoice #4471, sorted", {"intent": LOG, "activity_type": CALL, "contact": "Joao"}),
        ("terse", "ph call Amaka @ Dangote: wants 500 units, f/u tmrw 3pm", {"intent": LOG, "activity_type": CALL, "contact": "Amaka", "account": "Dangote", "due": d(1, 15)}),
        ("terse", "Emre @ Arcelik - intro call done. next: demo dec 7", {"intent": LOG, "activity_type": CALL, "contact": "Emre", "account": "Arcelik", "due": ymd(2026, 12, 7)}),
        ("terse", "mtg done w/ Helvetia, 2 ppl, f/u in 2 wks", {"intent": LOG, "activity_type": MEET, "account": "Helvetia", "due": d(14)}),
        ("terse", "vm'd rosa at bbva again. 3rd time.", {"intent": LOG, "activity_type": CALL, "contact": "rosa", "account": "bbva"}),
        ("terse", "cb from Ade (Access Bank) - ok w/ terms, send docs tmrw", {"intent": LOG, "activity_type": CALL, "contact": "Ade", "account": "Access Bank", "due": d(1)}),
        ("terse", "dropped by Carrefour Lyon, saw Mme Petit, f/u mon", {"intent": LOG, "activity_type": VISIT, "contact": "Petit", "account": "Carrefour", "due": wd(MON)}),
        ("terse", "lunch w/ omar, talked pilot, pinging him thurs", {"intent": LOG, "activity_type": MEET, "contact": "omar", "due": wd(THU)}),
        ("terse", "txt'd Naledi re contract, she'll sign fri", {"intent": LOG, "activity_type": CALL, "contact": "Naledi"}),
        ("terse", "spoke w/ Tomás @ Iberdrola -> wants 15% off, cb mon 10am", {"intent": LOG, "activity_type": CALL, "contact": "Tomás", "account": "Iberdrola", "due": wd(MON, 10)}),
        ("terse", "email to Kenta re: v3 specs sent. f/u 1 wk", {"intent": LOG, "activity_type": EMAIL, "contact": "Kenta", "due": d(7)}),
        ("terse", "mtg w/ Orsted procurement - 4 ppl, 1hr. nothing due", {"intent": LOG, "activity_type": MEET, "account": "Orsted"}),
        # ------------------------------------------------ dictated
        ("dictated", "so i just got off the phone with kwame mensah from ghana telecom he wants a quote for two hundred lines i said id send it on friday", {"intent": LOG, "activity_type": CALL, "contact": "kwame mensah", "account": "ghana telecom", "due": wd(FRI)}),
        ("dictated", "left a voicemail for sarah oconnell at vodafone ireland", {"intent": LOG, "activity_type": CALL, "contact": "sarah oconnell", "account": "vodafone ireland"}),
        ("dictated", "met with diego alvarez at cemex today they are interested in the fleet module follow up on tuesday at ten", {"intent": LOG, "activity_type": MEET, "contact": "diego alvarez", "account": "cemex", "due": wd(TUE, 10)}),
        ("dictated", "had lunch with amira farouk from etisalat nice lunch she wants to see a demo follow up monday", {"intent": LOG, "activity_type": MEET, "contact": "amira farouk", "account": "etisalat", "due": wd(MON)}),
        ("dictated", "emailed the proposal to john baker at tesco", {"intent": LOG, "activity_type": EMAIL, "contact": "john baker", "account": "tesco"}),
        ("dictated", "called aigerim nurlanova at halyk bank she said they have three hundred branches call her back on the seventh", {"intent": LOG, "activity_type": CALL, "contact": "aigerim nurlanova", "account": "halyk bank", "due": ymd(2026, 12, 7)}),
        ("dictated", "visited the novartis site in basel with stefan huber follow up next wednesday at two", {"intent": LOG, "activity_type": VISIT, "contact": "stefan huber", "account": "novartis", "due": wd(WED, 14)}),
        ("dictated", "spoke with chen wei at huawei about the pilot they need twenty licences ill send the contract tomorrow", {"intent": LOG, "activity_type": CALL, "contact": "chen wei", "account": "huawei", "due": d(1)}),
        ("dictated", "quick note on unilever their budget is frozen until march nothing to do", {"intent": LOG, "activity_type": NOTE, "account": "unilever"}),
        ("dictated", "had a call with lena petrova she wants to move forward follow up on the third of december at eleven", {"intent": LOG, "activity_type": CALL, "contact": "lena petrova", "due": ymd(2026, 12, 3, 11)}),
        ("dictated", "so i met ngozi eze from zenith bank for coffee and she said theyre reviewing twelve vendors i promised to call her friday at four", {"intent": LOG, "activity_type": MEET, "contact": "ngozi eze", "account": "zenith bank", "due": wd(FRI, 16)}),
        ("dictated", "tried calling marco bianchi at enel twice no answer ill try again tomorrow at nine thirty", {"intent": LOG, "activity_type": CALL, "contact": "marco bianchi", "account": "enel", "due": d(1, 9, 30)}),
        ("dictated", "emailed fatima zahra at ocp the onboarding pack check in with her on monday", {"intent": LOG, "activity_type": EMAIL, "contact": "fatima zahra", "account": "ocp", "due": wd(MON)}),
        ("dictated", "dropped in on the bosch team in stuttgart today met klaus richter they want a workshop in january", {"intent": LOG, "activity_type": VISIT, "contact": "klaus richter", "account": "bosch"}),
        ("dictated", "call with yuki tanaka at sony went fine she asked for the pricing sheet send it on tuesday", {"intent": LOG, "activity_type": CALL, "contact": "yuki tanaka", "account": "sony", "due": wd(TUE)}),
        ("dictated", "spoke to peter novak from skoda we talked for forty five minutes about the six plants follow up in two weeks", {"intent": LOG, "activity_type": CALL, "contact": "peter novak", "account": "skoda", "due": d(14)}),
        ("dictated", "i just hung up with rahul verma at reliance he said yes to the pilot", {"intent": LOG, "activity_type": CALL, "contact": "rahul verma", "account": "reliance"}),
        ("dictated", "had a zoom with ana costa from natura about the renewal follow up friday at quarter past ten", {"intent": LOG, "activity_type": MEET, "contact": "ana costa", "account": "natura", "due": wd(FRI, 10, 15)}),
        ("dictated", "met thabo molefe at sasol he wants a call back on the ninth of december", {"intent": LOG, "activity_type": MEET, "contact": "thabo molefe", "account": "sasol", "due": ymd(2026, 12, 9)}),
        ("dictated", "phoned greta lindberg at volvo cars about the two thousand and twenty seven budget she will decide in january", {"intent": LOG, "activity_type": CALL, "contact": "greta lindberg", "account": "volvo cars"}),
        ("dictated", "so the meeting with emeka at first bank went well they want forty seats follow up monday at two thirty", {"intent": LOG, "activity_type": MEET, "contact": "emeka", "account": "first bank", "due": wd(MON, 14, 30)}),
        ("dictated", "sent the revised quote to leila haddad at aramex she'll reply by friday", {"intent": LOG, "activity_type": EMAIL, "contact": "leila haddad", "account": "aramex"}),
        ("dictated", "went to see olga ivanova at severstal great visit call her on tuesday at eleven", {"intent": LOG, "activity_type": VISIT, "contact": "olga ivanova", "account": "severstal", "due": wd(TUE, 11)}),
        ("dictated", "voicemail for patrick murphy at ryanair", {"intent": LOG, "activity_type": CALL, "contact": "patrick murphy", "account": "ryanair"}),
        ("dictated", "talked to sanjay at wipro he wants the deck i told him id send it in three days", {"intent": LOG, "activity_type": CALL, "contact": "sanjay", "account": "wipro", "due": d(3)}),
        # ------------------------------------------------ past-tense reports with a follow-up date
        ("past-fu", "Called Nadia Rahman at Grameenphone, she asked me to send the quote on Friday", {"intent": LOG, "activity_type": CALL, "contact": "Nadia Rahman", "account": "Grameenphone", "due": wd(FRI)}),
        ("past-fu", "Met Oskar Berg from Scania, follow-up call scheduled for Tuesday at 3", {"intent": LOG, "activity_type": MEET, "contact": "Oskar Berg", "account": "Scania", "due": wd(TUE, 15)}),
        ("past-fu", "Spoke with Leah Cohen at Teva, she'll review and I'll call her back next Monday at 10", {"intent": LOG, "activity_type": CALL, "contact": "Leah Cohen", "account": "Teva", "due": wd(MON, 10)}),
        ("past-fu", "Sent Wojciech Lis the updated pricing, reminder to chase on the 8th", {"intent": LOG, "activity_type": EMAIL, "contact": "Wojciech Lis", "due": ymd(2026, 12, 8)}),
        ("past-fu", "Visited Kone's Espoo plant with Mikko Laine, next meeting on December 10 at 1pm", {"intent": LOG, "activity_type": VISIT, "contact": "Mikko Laine", "account": "Kone", "due": ymd(2026, 12, 10, 13)}),
        ("past-fu", "had a great call with Bisi Adeyemi, I promised to follow up tomorrow afternoon at 2", {"intent": LOG, "activity_type": CALL, "contact": "Bisi Adeyemi", "due": d(1, 14)}),
        ("past-fu", "Just finished a demo for Rabobank, they want another session Wednesday at 11", {"intent": LOG, "activity_type": MEET, "account": "Rabobank", "due": wd(WED, 11)}),
        ("past-fu", "Spoke to Carmen Ruiz from Mapfre, she's interested, remind me to call her Monday", {"intent": LOG, "activity_type": CALL, "contact": "Carmen Ruiz", "account": "Mapfre", "due": wd(MON)}),
        ("past-fu", "Met Ahmed Khalil at Emirates NBD today, sending him the proposal on the 2nd", {"intent": LOG, "activity_type": MEET, "contact": "Ahmed Khalil", "account": "Emirates NBD", "due": ymd(2026, 12, 2)}),
        ("past-fu", "Emailed Gustavo Lima at Itaú the NDA, follow up Friday at 10am if not signed", {"intent": LOG, "activity_type": EMAIL, "contact": "Gustavo Lima", "account": "Itaú", "due": wd(FRI, 10)}),
        ("past-fu", "phoned Eszter Nagy, she wants to talk again in a week", {"intent": LOG, "activity_type": CALL, "contact": "Eszter Nagy", "due": d(7)}),
        ("past-fu", "Caught up with Haruto Suzuki at Panasonic, agreed to reconnect on December 11", {"intent": LOG, "activity_type": MEET, "contact": "Haruto Suzuki", "account": "Panasonic", "due": ymd(2026, 12, 11)}),
        ("past-fu", "Had a meeting with Dalia Mansour at Orange Egypt, next check-in Monday at 9am", {"intent": LOG, "activity_type": MEET, "contact": "Dalia Mansour", "account": "Orange Egypt", "due": wd(MON, 9)}),
        ("past-fu", "called Felix Wagner back, he needs the SLA draft by Wednesday", {"intent": LOG, "activity_type": CALL, "contact": "Felix Wagner"}),
        ("past-fu", "Talked with Sade Okafor from Jumia, she said to ping her tomorrow at 5", {"intent": LOG, "activity_type": CALL, "contact": "Sade Okafor", "account": "Jumia", "due": d(1, 17)}),
        ("past-fu", "Spoke w/ Priya Nair at Zoho; I'm following up Tuesday", {"intent": LOG, "activity_type": CALL, "contact": "Priya Nair", "account": "Zoho", "due": wd(TUE)}),
        ("past-fu", "Met Alejandro Torres from Telefónica, he'll bring IT to the next meeting on Thursday at 4", {"intent": LOG, "activity_type": MEET, "contact": "Alejandro Torres", "account": "Telefónica", "due": wd(THU, 16)}),
        ("past-fu", "Yesterday I visited Orlen with Marek Kowal; follow up due on Friday", {"intent": LOG, "activity_type": VISIT, "contact": "Marek Kowal", "account": "Orlen", "due": wd(FRI)}),
        ("past-fu", "Called Aisha Bello at Interswitch, she asked for a reminder call on Monday at 10", {"intent": LOG, "activity_type": CALL, "contact": "Aisha Bello", "account": "Interswitch", "due": wd(MON, 10)}),
        ("past-fu", "Spoke with Tom Fischer at Lufthansa Cargo, they need 3 weeks, call back on 17 December", {"intent": LOG, "activity_type": CALL, "contact": "Tom Fischer", "account": "Lufthansa Cargo", "due": ymd(2026, 12, 17)}),
        ("past-fu", "Dinner with Rania Aziz of Qatar Airways last night, she wants a proposal by the 5th", {"intent": LOG, "activity_type": MEET, "contact": "Rania Aziz", "account": "Qatar Airways"}),
        ("past-fu", "Texted Zoltan at MOL, meeting set for Tuesday at 9", {"intent": LOG, "activity_type": CALL, "contact": "Zoltan", "account": "MOL", "due": wd(TUE, 9)}),
        ("past-fu", "Spoke to Jennifer Walsh at Pfizer this morning, follow up Dec 14 at 2pm", {"intent": LOG, "activity_type": CALL, "contact": "Jennifer Walsh", "account": "Pfizer", "due": ymd(2026, 12, 14, 14, tz=NY)}, {"tz": NY}),
        ("past-fu", "Met Chinedu Okeke at Dangote Cement, follow up tomorrow 11am", {"intent": LOG, "activity_type": MEET, "contact": "Chinedu Okeke", "account": "Dangote Cement", "due": d(1, 11, tz=LAG)}, {"tz": LAG}),
        ("past-fu", "Called Brian Kim at Target, he'll decide next week; I'll call him Wednesday at 1", {"intent": LOG, "activity_type": CALL, "contact": "Brian Kim", "account": "Target", "due": wd(WED, 13, tz=NY)}, {"tz": NY}),
        # ------------------------------------------------ true to-dos beside them
        ("todo", "call Nadia Rahman on Friday about the quote", {"intent": R, "contact": "Nadia Rahman", "due": wd(FRI), "text": "call Nadia Rahman about the quote"}),
        ("todo", "send Oskar the SLA draft tuesday at 3", {"intent": R, "contact": "Oskar", "due": wd(TUE, 15), "text": "send Oskar the SLA draft"}),
        ("todo", "need to chase Rabobank for the signed NDA monday", {"intent": R, "account": "Rabobank", "due": wd(MON)}),
        ("todo", "follow up with Leah Cohen on the 8th", {"intent": R, "contact": "Leah Cohen", "due": ymd(2026, 12, 8), "text": "follow up with Leah Cohen"}),
        ("todo", "remind me to email Felix the deck tomorrow at 10", {"intent": R, "contact": "Felix", "due": d(1, 10), "text": "email Felix the deck"}),
        ("todo", "cb kofi tmrw 2pm", {"intent": R, "contact": "kofi", "due": d(1, 14)}),
        ("todo", "ping Sade wed", {"intent": R, "contact": "Sade", "due": wd(WED), "text": "ping Sade"}),
        ("todo", "book the Maersk deep dive friday", {"intent": R, "account": "Maersk", "due": wd(FRI)}),
        # ------------------------------------------------ deal updates
        ("update", "Ecobank branch pilot close date pushed to end of January", {"intent": UD, "deal": "Ecobank branch pilot", "close": month_end(2027, 1)}),
        ("update", "the Maersk vessel tracking deal slipped to Q1", {"intent": UD, "deal": "Maersk vessel tracking", "close": month_end(2027, 3)}),
        ("update", "Grab SSO rollout is now 48k", {"intent": UD, "deal": "Grab SSO rollout", "amount": "48000"}),
        ("update", "increase the Arla line monitoring deal to €120k", {"intent": UD, "deal": "Arla line monitoring", "amount": "120000", "currency": EUR}),
        ("update", "Kerry Group workshop: next step is a call with their CIO", {"intent": UD, "deal": "Kerry Group workshop", "text": "a call with their CIO"}),
        ("update", "next step on the Turkcell dashboards deal: send the roadmap", {"intent": UD, "deal": "Turkcell dashboards", "text": "send the roadmap"}),
        ("update", "Danone pilot now closing December 18", {"intent": UD, "deal": "Danone pilot", "close": close_on(2026, 12, 18)}),
        ("update", "push Viettel support contract to next month", {"intent": UD, "deal": "Viettel support contract", "close": month_end(2026, 12)}),
        ("update", "Standard Bank consolidation, close moved to 15 Feb", {"intent": UD, "deal": "Standard Bank consolidation", "close": close_on(2027, 2, 15)}),
        ("update", "the Flipkart POC deal dropped to 30k after they cut scope", {"intent": UD, "deal": "Flipkart POC", "amount": "30000"}),
        ("update", "update the Telstra renewal: amount 95k, close end of March", {"intent": UD, "deal": "Telstra renewal", "amount": "95000", "close": month_end(2027, 3)}),
        ("update", "Dacia tablets deal value is now £62,000", {"intent": UD, "deal": "Dacia tablets", "amount": "62000", "currency": GBP}),
        ("update", "volkswagen pilot cell close date is the twentieth of january", {"intent": UD, "deal": "volkswagen pilot cell", "close": close_on(2027, 1, 20)}),
        ("update", "bump the air new zealand crew app to eighty thousand dollars", {"intent": UD, "deal": "air new zealand crew app", "amount": "80000", "currency": USD}),
        ("update", "HDFC capabilities deal - next step: get on the RFP shortlist", {"intent": UD, "deal": "HDFC capabilities", "text": "get on the RFP shortlist"}),
        ("update", "pull the Equinor seats deal forward to this month", {"intent": UD, "deal": "Equinor seats", "close": month_end(2026, 11)}),
        ("update", "Jazz redlines deal expected close 12/22", {"intent": UD, "deal": "Jazz redlines", "close": close_on(2026, 12, 22)}),
        ("update", "Heineken case study deal, push close to end of Q2", {"intent": UD, "deal": "Heineken case study", "close": month_end(2027, 6)}),
        ("update", "set Interswitch payments amount to 210k USD", {"intent": UD, "deal": "Interswitch payments", "amount": "210000", "currency": USD}),
        ("update", "MTN 5G rollout: close date Feb 28, amount 1.2M", {"intent": UD, "deal": "MTN 5G rollout", "amount": "1200000", "close": close_on(2027, 2, 28)}),
        # ------------------------------------------------ new deals beside them
        ("create", "new deal Ecobank branch pilot 36k closing end of January", {"intent": CD, "deal": "Ecobank branch pilot", "amount": "36000", "close": month_end(2027, 1)}),
        ("create", "open an opp for Grameenphone, 75k USD", {"intent": CD, "account": "Grameenphone", "amount": "75000", "currency": USD}),
        ("create", "create a deal Scania fleet app, €40k, close Q1", {"intent": CD, "deal": "Scania fleet app", "amount": "40000", "currency": EUR, "close": month_end(2027, 3)}),
        ("create", "add a new 25k opportunity with Mapfre", {"intent": CD, "account": "Mapfre", "amount": "25000"}),
        ("create", "new opp Teva lab tablets 18k", {"intent": CD, "deal": "Teva lab tablets", "amount": "18000"}),
        ("create", "log a new deal with Zoho worth fifty thousand dollars closing in march", {"intent": CD, "account": "Zoho", "amount": "50000", "currency": USD, "close": month_end(2027, 3)}),
        ("create", "Pfizer wants a quote for 200 licences, new deal Pfizer licences 90k", {"intent": CD, "deal": "Pfizer licences", "amount": "90000"}),
        ("create", "start a new deal Jumia logistics, 12k, close next month", {"intent": CD, "deal": "Jumia logistics", "amount": "12000", "close": month_end(2026, 12)}),
        ("create", "new deal: Orlen safety audit £30k", {"intent": CD, "deal": "Orlen safety audit", "amount": "30000", "currency": GBP}),
        ("create", "opp w/ interswitch 60k close 1/31", {"intent": CD, "account": "interswitch", "amount": "60000", "close": close_on(2027, 1, 31)}),
        # ------------------------------------------------ moves with a reason after a comma
        ("move", "Rabobank onboarding won, they signed this morning", {"intent": MD, "deal": "Rabobank onboarding", "stage": "won"}),
        ("move", "Panasonic display deal lost, budget went to another project", {"intent": MD, "deal": "Panasonic display", "stage": "lost"}),
        ("move", "move Teva lab tablets to negotiation, legal is reviewing", {"intent": MD, "deal": "Teva lab tablets", "stage": "closing"}),
        ("move", "Mapfre claims app to proposal, sent them the pricing", {"intent": MD, "deal": "Mapfre claims app", "stage": "presentation"}),
        ("move", "Scania fleet app closed lost, they picked a local vendor", {"intent": MD, "deal": "Scania fleet app", "stage": "lost"}),
        ("move", "Grab SSO rollout signed, 2 year term", {"intent": MD, "deal": "Grab SSO rollout", "stage": "won"}),
        ("move", "mark the Zoho CRM migration as won, great team effort", {"intent": MD, "deal": "Zoho CRM migration", "stage": "won"}),
        ("move", "Kone elevators deal is lost, they went with Schindler", {"intent": MD, "deal": "Kone elevators", "stage": "lost"}),
        ("move", "move Qatar Airways lounge wifi to demo, they asked for one next week", {"intent": MD, "deal": "Qatar Airways lounge wifi", "stage": "presentation"}),
        ("move", "Interswitch payments moved to contract, redlines came back clean", {"intent": MD, "deal": "Interswitch payments", "stage": "closing"}),
        ("move", "target pos upgrade lost, price too high", {"intent": MD, "deal": "target pos upgrade", "stage": "lost"}),
        ("move", "Emirates NBD wealth app -> won, PO received", {"intent": MD, "deal": "Emirates NBD wealth app", "stage": "won"}),
        # ------------------------------------------------ follow-ups that cannot be read for sure
        ("ask", "Called Lars Holm at DSV, f/u 3/4 on pricing", {"intent": LOG, "activity_type": CALL, "contact": "Lars Holm", "account": "DSV"}),
        ("ask", "met Joanna at Allegro, follow up mid next month", {"intent": LOG, "activity_type": MEET, "contact": "Joanna", "account": "Allegro"}),
        ("ask", "spoke w/ Farid @ Petronas, cb later", {"intent": LOG, "activity_type": CALL, "contact": "Farid", "account": "Petronas"}),
        ("ask", "emailed Sunita the deck, follow up friday or monday", {"intent": LOG, "activity_type": EMAIL, "contact": "Sunita"}),
        ("ask", "push the Ecobank branch pilot close to early next year", {"intent": UD, "deal": "Ecobank branch pilot"}),
        ("ask", "visited Holcim with Urs Meier, next meeting 5/6 at 10", {"intent": LOG, "activity_type": VISIT, "contact": "Urs Meier", "account": "Holcim"}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for row in rows():
        style, message, expected = row[0], row[1], dict(row[2])
        opts: dict[str, str] = row[3] if len(row) > 3 else {}  # type: ignore[misc]
        rec: dict[str, object] = {
            "id": f"g{len(out) + 1:04d}",
            "message": message,
            "now": NOW,
            "tz": opts.get("tz", TZ),
            "lang": opts.get("lang", "en"),
            "style": style,
            "expected": expected,
        }
        if style == ASK:
            rec["expect_ask"] = True
        out.append(rec)
    return out


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
