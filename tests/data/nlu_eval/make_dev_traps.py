# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_traps.jsonl``, a development set of messages whose dates, times, amounts and
names are easy to read wrong (run by hand; the output is committed and a test checks the two
agree).

Why: the blind sets still had dates read wrong (8 on ``test.jsonl``, 1 on ``test2.jsonl``) and
more rows read wrong than not understood, while the contract says a part that is not understood
is asked about, never guessed. These rows were written by hand by the ``pwrong`` helper in one
sitting, before the parser was run on any of them, in its own words (no sentence copied from
another set or from the training templates):

- vague or partial whens (``vague``, all ``expect_ask``): "sometime next week", "end of
  month-ish", "the 3rd or 4th", "after the holidays", "in a couple weeks", "two weeks from
  friday", "the week after next", "mid march", "early q2", "in 10", "at 5 or 6", "between 2 and
  4", "in a few days", "next month" for a reminder, "before the end of the year", a time
  counted from an event ("after the standup"), a part of the day alone ("early afternoon");
- loose times with one reading (``loose``): "around 3", "noonish", "first thing monday",
  "eod tomorrow", "cob tuesday", "by the 15th", "this time next week", "two weeks from today",
  "half 4", "quarter past 2", "midday friday", "in 20 min";
- hours with no am/pm (``ampm``): a bare 8 to 12 is the morning (tomorrow's when today's has
  passed), 1 to 7 the afternoon, unless "tonight" or "in the morning" says otherwise; "at ten to
  call joanna" is 10:00, not 09:50;
- numbers that are no amount and no date (``not-amount``): seat and unit counts, "10k users",
  phone numbers and fragments, percentages, "2nd meeting", "v2", "q3" as a name, years, "top
  3", "50/50", "at 3 sites", a customer's turnover;
- amounts in odd forms (``amount``): "1.2m", "€40k", "40 grand", "forty k", "1,5 Mio", "₦15m",
  "half a million", "thirty five hundred dollars", "NZ$30k", and amounts to ask about
  (``ask-amount``): "12k a month", "5k per quarter", unit prices, "up 10k", ranges;
- names that look like dates, times or words (``names``): "April Jones", "May Chen", "Will
  Smith", "Mark", "Sunday Adeyemi", "Friday Okon", "Christmas Okafor", "Noon Rahman", "Rich",
  "June Park", "Summer Lee", "Jan Novak", "Hope Mwangi";
- ``terse`` chat and ``dictated`` rows (lower case, numbers as words) with the same traps, and
  small talk with numbers (``negative``).

Labels follow ``docs/understanding.md`` and the choices of ``dev_deals.jsonl`` and
``dev_dates2.jsonl``: ``text`` only for reminders and update_deal next steps, a deal named only
by its company fills ``account``, money said in a log is listed, counts and a customer's
turnover are not. Beyond the contract's own words: a price by the quarter ("5k per quarter") is
asked about as a price by the month is, while one by the year ("$12k/yr") is the deal's yearly
value (``tests/handlers/test_dates_in_logs.py`` reads "12k per year" so); "next month"
as a reminder's when (not a close) has no one day and is asked about; "this time next week" is
the same weekday and minute a week on. ``expect_ask`` rows list only what is certain: never the
``due``, ``close`` or ``amount`` in doubt (a sure amount beside a close in doubt is listed).

Every ``due`` and ``close`` is computed here with plain ``datetime`` + ``zoneinfo`` from the
row's ``now`` (Thursday 2026-11-26 10:00 Europe/Madrid), never by running crmbot.

    python tests/data/nlu_eval/make_dev_traps.py
"""

from __future__ import annotations

from pathlib import Path

from devkit import (
    CALL,
    CC,
    CD,
    EMAIL,
    EUR,
    FRI,
    GBP,
    LOG,
    MEET,
    MON,
    THU,
    TUE,
    UD,
    USD,
    VISIT,
    WED,
    Clock,
    R,
    U,
    record,
    write,
)

NOW = "2026-11-26T10:00"  # a Thursday
TZ = "Europe/Madrid"
CLOCK = Clock(NOW, TZ)
at, d, wd, ymd, later = CLOCK.at, CLOCK.d, CLOCK.wd, CLOCK.ymd, CLOCK.later
close_on, month_end = CLOCK.close_on, CLOCK.month_end
OUT = Path(__file__).with_name("dev_traps.jsonl")

Row = tuple[str, str, dict[str, str]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ vague or partial whens: ask
        ("vague", "remind me sometime next week to send Olu the case study", {"intent": R, "contact": "Olu"}),
        ("vague", "Harbor Freight renewal close date end of month-ish", {"intent": UD, "deal": "Harbor Freight renewal"}),
        ("vague", "remind me the 3rd or 4th to renew the parking permit", {"intent": R}),
        ("vague", "called Dermot Keane at Bellfield, follow up after the holidays", {"intent": LOG, "activity_type": CALL, "contact": "Dermot Keane", "account": "Bellfield"}),
        ("vague", "ping me in a couple weeks about the Tessaro pilot", {"intent": R, "account": "Tessaro"}),
        ("vague", "met Lucia Ferraro at Vinci Tools, circle back in a couple of weeks", {"intent": LOG, "activity_type": MEET, "contact": "Lucia Ferraro", "account": "Vinci Tools"}),
        ("vague", "remind me two weeks from friday to check the invoice was paid", {"intent": R}),
        ("vague", "remind me the week after next to book the offsite", {"intent": R}),
        ("vague", "new deal Alder Labs analytics 18k closing mid march", {"intent": CD, "deal": "Alder Labs analytics", "amount": "18000"}),
        ("vague", "new deal Quarry Stone CRM rollout 60k, close early q2", {"intent": CD, "deal": "Quarry Stone CRM rollout", "amount": "60000"}),
        ("vague", "remind me in 10 to call Bayo back", {"intent": R, "contact": "Bayo"}),
        ("vague", "remind me at 5 or 6 to send the recap", {"intent": R}),
        ("vague", "call Yusuf tomorrow between 2 and 4", {"intent": R, "contact": "Yusuf"}),
        ("vague", "remind me early next month to redo the forecast", {"intent": R}),
        ("vague", "spoke to Ines Duarte at Portucel, she said try her again sometime in january", {"intent": LOG, "activity_type": CALL, "contact": "Ines Duarte", "account": "Portucel"}),
        ("vague", "remind me later this week to chase the signed NDA", {"intent": R}),
        ("vague", "push the Kestrel fleet deal out a few weeks", {"intent": UD, "deal": "Kestrel fleet"}),
        ("vague", "remind me around lunchtime to order the samples", {"intent": R}),
        ("vague", "remind me tomorrow at 4, actually make it 5, to call the bank", {"intent": R}),
        ("vague", "met Femi Adebayo at Zenith Pay, f/u in a bit", {"intent": LOG, "activity_type": MEET, "contact": "Femi Adebayo", "account": "Zenith Pay"}),
        ("vague", "remind me before the end of the year to file the VAT return", {"intent": R}),
        ("vague", "remind me in the new year to review the pricing", {"intent": R}),
        ("vague", "new deal Corvid Security 22k, closing end of q1 or q2", {"intent": CD, "deal": "Corvid Security", "amount": "22000"}),
        ("vague", "call Tomasz end of next week", {"intent": R, "contact": "Tomasz"}),
        ("vague", "remind me the first week of january to renew the licences", {"intent": R}),
        ("vague", "remind me the day before the board meeting to print the packs", {"intent": R}),
        ("vague", "remind me in a few days to check on the shipment", {"intent": R}),
        ("vague", "remind me next month to renew the domain", {"intent": R}),
        ("vague", "follow up w/ Ada Nwosu after thanksgiving", {"intent": R, "contact": "Ada Nwosu"}),
        ("vague", "remind me early afternoon to call Sven", {"intent": R, "contact": "Sven"}),
        ("vague", "remind me tonight or tomorrow morning to pack the demo kit", {"intent": R}),
        ("vague", "met Greta Lind at Lindqvist Bygg, follow-up mid next week", {"intent": LOG, "activity_type": MEET, "contact": "Greta Lind", "account": "Lindqvist Bygg"}),
        ("vague", "Q3 review with Nadia Karim at Helios done, next one in q1", {"intent": LOG, "activity_type": MEET, "contact": "Nadia Karim", "account": "Helios"}),
        ("vague", "remind me tomorrow after the standup to email Lars", {"intent": R, "contact": "Lars"}),
        ("vague", "remind me monday before lunch to call Eva", {"intent": R, "contact": "Eva"}),
        ("vague", "remind me friday morning-ish to send the timesheets", {"intent": R}),
        ("vague", "push Halden renewal to the 3rd or 4th", {"intent": UD, "deal": "Halden renewal"}),
        ("vague", "new deal Brixton Gyms 35k, closing in 2027", {"intent": CD, "deal": "Brixton Gyms", "amount": "35000"}),
        ("vague", "remind me the week of the 7th to plan the kickoff", {"intent": R}),
        ("vague", "remind me noon or 1 tomorrow to call the caterer", {"intent": R}),
        ("vague", "tmrw 3 or 4: call Bea", {"intent": R, "contact": "Bea"}),
        ("vague", "cb Gita tmrw 2-3", {"intent": R, "contact": "Gita"}),
        ("vague", "met June Park at Solace, next meeting in june", {"intent": LOG, "activity_type": MEET, "contact": "June Park", "account": "Solace"}),
        ("vague", "note to self call april jones in april", {"intent": R, "contact": "april jones"}),
        ("vague", "remind me a week from tomorrow to post the review", {"intent": R}),
        ("vague", "spoke with Oren Katz at Tevel, call him in a week or two", {"intent": LOG, "activity_type": CALL, "contact": "Oren Katz", "account": "Tevel"}),
        # ------------------------------------------------ loose times with one reading
        ("loose", "remind me around 3 to send the PO to Koji", {"intent": R, "contact": "Koji", "due": d(0, 15), "text": "send the PO to Koji"}),
        ("loose", "remind me noonish to book the room", {"intent": R, "due": d(0, 12), "text": "book the room"}),
        ("loose", "first thing monday remind me to call the auditors", {"intent": R, "due": wd(MON, 9), "text": "call the auditors"}),
        ("loose", "remind me to send Rafa the revised deck by eod tomorrow", {"intent": R, "contact": "Rafa", "due": d(1, 17), "text": "send Rafa the revised deck"}),
        ("loose", "cob tuesday: get the signed order form from Halvorsen", {"intent": R, "account": "Halvorsen", "due": wd(TUE, 17), "text": "get the signed order form from Halvorsen"}),
        ("loose", "called Ama Mensah at Kumasi Cocoa, I'll send the revised quote by the 15th", {"intent": LOG, "activity_type": CALL, "contact": "Ama Mensah", "account": "Kumasi Cocoa", "due": ymd(2026, 12, 15)}),
        ("loose", "remind me this time next week to check in with Priya", {"intent": R, "contact": "Priya", "due": d(7, 10), "text": "check in with Priya"}),
        ("loose", "remind me two weeks from today to renew the trial", {"intent": R, "due": d(14), "text": "renew the trial"}),
        ("loose", "remind me half 4 to leave for the airport", {"intent": R, "due": d(0, 16, 30), "text": "leave for the airport"}),
        ("loose", "remind me at quarter past 2 tomorrow to dial into the Orsay call", {"intent": R, "account": "Orsay", "due": d(1, 14, 15), "text": "dial into the Orsay call"}),
        ("loose", "midday friday remind me to send the payroll file", {"intent": R, "due": wd(FRI, 12), "text": "send the payroll file"}),
        ("loose", "ping me in 20 min to rejoin the call", {"intent": R, "due": later(minutes=20), "text": "rejoin the call"}),
        ("loose", "remind me at 10:45 to print the agenda", {"intent": R, "due": d(0, 10, 45), "text": "print the agenda"}),
        ("loose", "remind me on the 31st to pay the contractors", {"intent": R, "due": ymd(2026, 12, 31), "text": "pay the contractors"}),
        ("loose", "remind me on the 30th to close the month", {"intent": R, "due": ymd(2026, 11, 30), "text": "close the month"}),
        ("loose", "remind me on friday the 4th to send the invoices", {"intent": R, "due": ymd(2026, 12, 4), "text": "send the invoices"}),
        ("loose", "remind me next friday at 10 to pay Lars", {"intent": R, "contact": "Lars", "due": wd(FRI, 10), "text": "pay Lars"}),
        ("loose", "remind me in 2 wks to check the renewal", {"intent": R, "due": d(14), "text": "check the renewal"}),
        ("loose", "remind me in 3 days to chase the deposit", {"intent": R, "due": d(3), "text": "chase the deposit"}),
        ("loose", "remind me 12/15 to renew the fire certificate", {"intent": R, "due": ymd(2026, 12, 15), "text": "renew the fire certificate"}),
        ("loose", "remind me at 1200 to call Paul", {"intent": R, "contact": "Paul", "due": d(0, 12), "text": "call Paul"}),
        ("loose", "remind me the day after tomorrow at 11 to send Mark the contract", {"intent": R, "contact": "Mark", "due": d(2, 11), "text": "send Mark the contract"}),
        ("loose", "remind me next thursday to prep the QBR", {"intent": R, "due": wd(THU), "text": "prep the QBR"}),
        ("loose", "met Kwame Asante at Volta Grid, they run at 3 sites, follow up tuesday", {"intent": LOG, "activity_type": MEET, "contact": "Kwame Asante", "account": "Volta Grid", "due": wd(TUE)}),
        ("loose", "emailed Ruth Baker at Selby the NDA, chase her 11ish tomorrow", {"intent": LOG, "activity_type": EMAIL, "contact": "Ruth Baker", "account": "Selby", "due": d(1, 11)}),
        # ------------------------------------------------ hours with no am/pm
        ("ampm", "remind me at 8 to call the Lagos office", {"intent": R, "due": d(1, 8), "text": "call the Lagos office"}),
        ("ampm", "remind me at 6 to call Hiro", {"intent": R, "contact": "Hiro", "due": d(0, 18), "text": "call Hiro"}),
        ("ampm", "call Jun at 7", {"intent": R, "contact": "Jun", "due": d(0, 19), "text": "call Jun"}),
        ("ampm", "remind me tomorrow at 8 to send the board pack", {"intent": R, "due": d(1, 8), "text": "send the board pack"}),
        ("ampm", "remind me at 11 tonight to submit the bid", {"intent": R, "due": d(0, 23), "text": "submit the bid"}),
        ("ampm", "remind me at 3 in the morning to check the server migration", {"intent": R, "due": d(1, 3), "text": "check the server migration"}),
        ("ampm", "dinner with Claire Dubois from Lumio tonight at 8", {"intent": LOG, "activity_type": MEET, "contact": "Claire Dubois", "account": "Lumio", "due": d(0, 20)}),
        ("ampm", "remind me at 12 to order lunch for the workshop", {"intent": R, "due": d(0, 12), "text": "order lunch for the workshop"}),
        ("ampm", "remind me tomorrow morning at 7 to drive to Leeds", {"intent": R, "due": d(1, 7), "text": "drive to Leeds"}),
        ("ampm", "remind me at 9 to book the train", {"intent": R, "due": d(1, 9), "text": "book the train"}),
        ("ampm", "remind me at 1 to order 4 pizzas for the demo", {"intent": R, "due": d(0, 13), "text": "order 4 pizzas for the demo"}),
        ("ampm", "remind me at 4 to book room 204 for the QBR", {"intent": R, "due": d(0, 16), "text": "book room 204 for the QBR"}),
        ("ampm", "remind me at 0830 tomorrow to call the depot", {"intent": R, "due": d(1, 8, 30), "text": "call the depot"}),
        ("ampm", "remind me at 9:30 tonight to send the proposal", {"intent": R, "due": d(0, 21, 30), "text": "send the proposal"}),
        # ------------------------------------------------ numbers that are no amount and no date
        ("not-amount", "called Rahul Mehta at Brightpath, he wants 250 licences, follow up monday", {"intent": LOG, "activity_type": CALL, "contact": "Rahul Mehta", "account": "Brightpath", "due": wd(MON)}),
        ("not-amount", "met Sandra Ortiz at Cobalt Health, her direct line ends 4471, call her friday", {"intent": LOG, "activity_type": MEET, "contact": "Sandra Ortiz", "account": "Cobalt Health", "due": wd(FRI)}),
        ("not-amount", "spoke to Anil Rao at Greyfield, they cut 15% from the budget, f/u tuesday", {"intent": LOG, "activity_type": CALL, "contact": "Anil Rao", "account": "Greyfield", "due": wd(TUE)}),
        ("not-amount", "2nd meeting with Keiko Sato at Nimbus today, went well", {"intent": LOG, "activity_type": MEET, "contact": "Keiko Sato", "account": "Nimbus"}),
        ("not-amount", "demoed v2 to Lars Berg at Fjordline, he wants v3 before q3", {"intent": LOG, "activity_type": MEET, "contact": "Lars Berg", "account": "Fjordline"}),
        ("not-amount", "met Olga Petrova at Vostok, her top 3 asks are price, SLA and support. follow up monday", {"intent": LOG, "activity_type": MEET, "contact": "Olga Petrova", "account": "Vostok", "due": wd(MON)}),
        ("not-amount", "called Brian Walsh at Kerry Foods, they have 12 sites and 300 staff", {"intent": LOG, "activity_type": CALL, "contact": "Brian Walsh", "account": "Kerry Foods"}),
        ("not-amount", "new deal Halcyon Hotels 85k closing march 2027", {"intent": CD, "deal": "Halcyon Hotels", "amount": "85000", "close": month_end(2027, 3)}),
        ("not-amount", "met Tunde Bakare at Lekki Ports, 2 of 5 terminals signed, next meeting dec 9", {"intent": LOG, "activity_type": MEET, "contact": "Tunde Bakare", "account": "Lekki Ports", "due": ymd(2026, 12, 9)}),
        ("not-amount", "remind me to send the 3 case studies to Moana tomorrow at 2", {"intent": R, "contact": "Moana", "due": d(1, 14), "text": "send the 3 case studies to Moana"}),
        ("not-amount", "called Priya Nair at Sunbeam on +44 7700 900123, she wants 500 units", {"intent": LOG, "activity_type": CALL, "contact": "Priya Nair", "account": "Sunbeam", "phone": "+44 7700 900123"}),
        ("not-amount", "spoke to Dev Patel at Orbis, it's 50/50 whether they sign", {"intent": LOG, "activity_type": CALL, "contact": "Dev Patel", "account": "Orbis"}),
        ("not-amount", "quick call with Halima Yusuf at Kano Mills, she is 1 of 4 decision makers", {"intent": LOG, "activity_type": CALL, "contact": "Halima Yusuf", "account": "Kano Mills"}),
        ("not-amount", "remind me friday to send the top 10 accounts list to Marco", {"intent": R, "contact": "Marco", "due": wd(FRI), "text": "send the top 10 accounts list to Marco"}),
        ("not-amount", "called Sean Burke at Mayo Dairies about the 2025 invoices, he is paying 30% now", {"intent": LOG, "activity_type": CALL, "contact": "Sean Burke", "account": "Mayo Dairies"}),
        ("not-amount", "call w/ Ivan Petrov @ Baltika: they'd need 1.5k units a month", {"intent": LOG, "activity_type": CALL, "contact": "Ivan Petrov", "account": "Baltika"}),
        ("not-amount", "new deal Osprey Air 12 aircraft, 1.2m", {"intent": CD, "deal": "Osprey Air", "amount": "1200000"}),
        ("not-amount", "called Niamh Doyle at Galway Bay Foods, her mobile is 087 123 4567, call her back at 4", {"intent": LOG, "activity_type": CALL, "contact": "Niamh Doyle", "account": "Galway Bay Foods", "phone": "087 123 4567", "due": d(0, 16)}),
        ("not-amount", "new deal Pine Grove Apps 5k users", {"intent": CD, "deal": "Pine Grove Apps"}),
        ("not-amount", "called Omar Haddad at Dune Capital, they manage 2bn in assets, wants a demo", {"intent": LOG, "activity_type": CALL, "contact": "Omar Haddad", "account": "Dune Capital"}),
        ("not-amount", "remind me friday to send v2 of the proposal to Otto", {"intent": R, "contact": "Otto", "due": wd(FRI), "text": "send v2 of the proposal to Otto"}),
        ("not-amount", "remind me monday at 10 to book the 2nd meeting with Farah", {"intent": R, "contact": "Farah", "due": wd(MON, 10), "text": "book the 2nd meeting with Farah"}),
        ("not-amount", "met Ewa Nowak at Orlen, they're on version 4.2, call her on the 3rd", {"intent": LOG, "activity_type": MEET, "contact": "Ewa Nowak", "account": "Orlen", "due": ymd(2026, 12, 3)}),
        ("not-amount", "visited Castro Foods, 3rd floor, 24 people in the team, next visit tuesday at 10", {"intent": LOG, "activity_type": VISIT, "account": "Castro Foods", "due": wd(TUE, 10)}),
        ("not-amount", "new deal Norrland Timber 3 year contract 90k", {"intent": CD, "deal": "Norrland Timber", "amount": "90000"}),
        ("not-amount", "remind me at 5 to call Lin re the 2 quotes", {"intent": R, "contact": "Lin", "due": d(0, 17), "text": "call Lin re the 2 quotes"}),
        # ------------------------------------------------ amounts in odd forms
        ("amount", "new deal Veridian Solar 1.2m", {"intent": CD, "deal": "Veridian Solar", "amount": "1200000"}),
        ("amount", "new deal Lumen Bakery €40k", {"intent": CD, "deal": "Lumen Bakery", "amount": "40000", "currency": EUR}),
        ("amount", "new deal Thornbury Golf 40 grand", {"intent": CD, "deal": "Thornbury Golf", "amount": "40000"}),
        ("amount", "new deal Castlerock Storage forty k", {"intent": CD, "deal": "Castlerock Storage", "amount": "40000"}),
        ("amount", "new deal Rhein Logistik 1,5 Mio", {"intent": CD, "deal": "Rhein Logistik", "amount": "1500000"}),
        ("amount", "new deal Marlow Estates £75,000", {"intent": CD, "deal": "Marlow Estates", "amount": "75000", "currency": GBP}),
        ("amount", "new deal Oaktree Dental 7.5k eur", {"intent": CD, "deal": "Oaktree Dental", "amount": "7500", "currency": EUR}),
        ("amount", "new deal Kiwi Freight NZ$30k", {"intent": CD, "deal": "Kiwi Freight", "amount": "30000", "currency": "NZD"}),
        ("amount", "new deal Lagos Fintech ₦15m", {"intent": CD, "deal": "Lagos Fintech", "amount": "15000000", "currency": "NGN"}),
        ("amount", "new deal Crescent Hotels 1.25 million dollars", {"intent": CD, "deal": "Crescent Hotels", "amount": "1250000", "currency": USD}),
        ("amount", "new deal Dunmore Farms half a million", {"intent": CD, "deal": "Dunmore Farms", "amount": "500000"}),
        ("amount", "new deal Tamarind Spa 15K USD", {"intent": CD, "deal": "Tamarind Spa", "amount": "15000", "currency": USD}),
        ("amount", "new deal Brightwater Pumps EUR 1.1M", {"intent": CD, "deal": "Brightwater Pumps", "amount": "1100000", "currency": EUR}),
        ("amount", "bump the Corvina renewal to 55k", {"intent": UD, "deal": "Corvina renewal", "amount": "55000"}),
        ("amount", "Tidewater expansion now worth 1.2m", {"intent": UD, "deal": "Tidewater expansion", "amount": "1200000"}),
        ("amount", "new deal Mistral Wind 3.5bn", {"intent": CD, "deal": "Mistral Wind", "amount": "3500000000"}),
        ("amount", "new deal Bay Cafe chain 1,200", {"intent": CD, "deal": "Bay Cafe chain", "amount": "1200"}),
        ("amount", "new deal Orla Bakes £2.5k", {"intent": CD, "deal": "Orla Bakes", "amount": "2500", "currency": GBP}),
        ("amount", "new deal Kappa Print 12.5k closing 12/15", {"intent": CD, "deal": "Kappa Print", "amount": "12500", "close": close_on(2026, 12, 15)}),
        ("amount", "new deal Orion Labs 45k closing q3", {"intent": CD, "deal": "Orion Labs", "amount": "45000", "close": close_on(2027, 9, 30)}),
        ("amount", "new deal Petra Mining 90k, close end of q4", {"intent": CD, "deal": "Petra Mining", "amount": "90000", "close": close_on(2026, 12, 31)}),
        ("amount", "called Mira Solberg at Tesslar, she agreed 48k, follow up monday", {"intent": LOG, "activity_type": CALL, "contact": "Mira Solberg", "account": "Tesslar", "amount": "48000", "due": wd(MON)}),
        ("amount", "new deal Gdansk Port cranes 200k PLN", {"intent": CD, "deal": "Gdansk Port cranes", "amount": "200000", "currency": "PLN"}),
        ("amount", "new deal Harbor Dental 40 thousand dollars closing end of february", {"intent": CD, "deal": "Harbor Dental", "amount": "40000", "currency": USD, "close": month_end(2027, 2)}),
        # ------------------------------------------------ amounts to ask about
        ("amount", "new deal Stratus Cloud $12k/yr", {"intent": CD, "deal": "Stratus Cloud", "amount": "12000", "currency": USD}),
        ("ask-amount", "new deal Pemberton Legal 12k a month", {"intent": CD, "deal": "Pemberton Legal"}),
        ("amount", "new deal Helix Bio 40 grand a year", {"intent": CD, "deal": "Helix Bio", "amount": "40000"}),
        ("ask-amount", "Fenwick Audio deal up 10k", {"intent": UD, "deal": "Fenwick Audio"}),
        ("ask-amount", "new deal Ridgeway School laptops, 340 units at 450 each", {"intent": CD, "deal": "Ridgeway School laptops"}),
        ("ask-amount", "new deal Ferro Steel 300 tonnes at 500 per tonne", {"intent": CD, "deal": "Ferro Steel"}),
        ("ask-amount", "new deal Clearwater Labs 30 or 40 grand", {"intent": CD, "deal": "Clearwater Labs"}),
        ("ask-amount", "new deal Sable Systems somewhere around 20-25k", {"intent": CD, "deal": "Sable Systems"}),
        ("ask-amount", "new deal Indus Textiles 40 lakh", {"intent": CD, "deal": "Indus Textiles"}),
        ("ask-amount", "new deal Westbay Marina 5k per quarter", {"intent": CD, "deal": "Westbay Marina"}),
        # ------------------------------------------------ names that look like dates, times or words
        ("names", "called April Jones at Brightside, follow up monday", {"intent": LOG, "activity_type": CALL, "contact": "April Jones", "account": "Brightside", "due": wd(MON)}),
        ("names", "met May Chen from Tideway today, she wants a quote", {"intent": LOG, "activity_type": MEET, "contact": "May Chen", "account": "Tideway"}),
        ("names", "remind me to call May Chen tomorrow at 10", {"intent": R, "contact": "May Chen", "due": d(1, 10), "text": "call May Chen"}),
        ("names", "spoke to Will Smith at Cardinal Health, call him back at 3", {"intent": LOG, "activity_type": CALL, "contact": "Will Smith", "account": "Cardinal Health", "due": d(0, 15)}),
        ("names", "remind me to email Mark about the renewal on friday", {"intent": R, "contact": "Mark", "due": wd(FRI), "text": "email Mark about the renewal"}),
        ("names", "new contact Sunday Adeyemi, Zenith Bank, sunday.adeyemi@zenithbank.com", {"intent": CC, "contact": "Sunday Adeyemi", "account": "Zenith Bank", "email": "sunday.adeyemi@zenithbank.com"}),
        ("names", "call Rich at Lowell Partners next tuesday at 2", {"intent": R, "contact": "Rich", "account": "Lowell Partners", "due": wd(TUE, 14), "text": "call Rich at Lowell Partners"}),
        ("names", "called Summer Lee at Pacifica, she'll be back after the summer", {"intent": LOG, "activity_type": CALL, "contact": "Summer Lee", "account": "Pacifica"}),
        ("names", "remind me to call Jan Novak on jan 5", {"intent": R, "contact": "Jan Novak", "due": ymd(2027, 1, 5), "text": "call Jan Novak"}),
        ("names", "remind me monday to thank Christmas Okafor for the referral", {"intent": R, "contact": "Christmas Okafor", "due": wd(MON), "text": "thank Christmas Okafor for the referral"}),
        ("names", "remind me at 11 to ask Noon Rahman about the PO", {"intent": R, "contact": "Noon Rahman", "due": d(0, 11), "text": "ask Noon Rahman about the PO"}),
        ("names", "called Friday Okon at Calabar Cement, follow up monday", {"intent": LOG, "activity_type": CALL, "contact": "Friday Okon", "account": "Calabar Cement", "due": wd(MON)}),
        ("names", "remind me tomorrow to send Hope Mwangi the brochure", {"intent": R, "contact": "Hope Mwangi", "due": d(1), "text": "send Hope Mwangi the brochure"}),
        ("names", "remind me to call Sunny Kapoor at 2", {"intent": R, "contact": "Sunny Kapoor", "due": d(0, 14), "text": "call Sunny Kapoor"}),
        ("names", "met with Sunday Adeyemi at Zenith Bank, he wants a proposal by friday", {"intent": LOG, "activity_type": MEET, "contact": "Sunday Adeyemi", "account": "Zenith Bank"}),
        ("names", "called Mark Twomey at Cork Harbour, he'll sign in march", {"intent": LOG, "activity_type": CALL, "contact": "Mark Twomey", "account": "Cork Harbour"}),
        ("names", "meeting with Dawn Adams on wednesday at 3", {"intent": LOG, "activity_type": MEET, "contact": "Dawn Adams", "due": wd(WED, 15)}),
        ("names", "remind me wednesday to ask Rich about the invoice", {"intent": R, "contact": "Rich", "due": wd(WED), "text": "ask Rich about the invoice"}),
        # ------------------------------------------------ terse chat
        ("terse", "f/u w/ Pia @ Norvik thu 10", {"intent": R, "contact": "Pia", "account": "Norvik", "due": wd(THU, 10)}),
        ("terse", "mtg w/ Ana Ruiz @ Acme nxt wed 3pm", {"intent": LOG, "activity_type": MEET, "contact": "Ana Ruiz", "account": "Acme", "due": wd(WED, 15)}),
        ("terse", "new deal Lumo Media 30k q1", {"intent": CD, "deal": "Lumo Media", "amount": "30000", "close": close_on(2027, 3, 31)}),
        ("terse", "vm'd Tariq @ Dubai Ports, try again 2moro 4", {"intent": LOG, "activity_type": CALL, "contact": "Tariq", "account": "Dubai Ports", "due": d(1, 16)}),
        ("terse", "eod fri: send Sipho the SOW", {"intent": R, "contact": "Sipho", "due": wd(FRI, 17), "text": "send Sipho the SOW"}),
        ("terse", "cb raj tues 2", {"intent": R, "contact": "raj", "due": wd(TUE, 14)}),
        ("terse", "spoke w/ Nkechi @ Dangote, 40 trucks, f/u nxt wk", {"intent": LOG, "activity_type": CALL, "contact": "Nkechi", "account": "Dangote", "due": wd(MON)}),
        ("terse", "opp update: Zephyr Wind 250k, closing eom", {"intent": UD, "deal": "Zephyr Wind", "amount": "250000", "close": close_on(2026, 11, 30)}),
        ("terse", "tmrw 9.30: call Bo", {"intent": R, "contact": "Bo"}),
        # ------------------------------------------------ dictated: lower case, numbers as words
        ("dictated", "new deal kestrel marine forty thousand euros closing end of january", {"intent": CD, "deal": "kestrel marine", "amount": "40000", "currency": EUR, "close": month_end(2027, 1)}),
        ("dictated", "remind me tomorrow at half past nine to call the bank", {"intent": R, "due": d(1, 9, 30), "text": "call the bank"}),
        ("dictated", "remind me at quarter to five to send the invoices", {"intent": R, "due": d(0, 16, 45), "text": "send the invoices"}),
        ("dictated", "remind me on the fifteenth of december at ten to call joanna", {"intent": R, "contact": "joanna", "due": ymd(2026, 12, 15, 10), "text": "call joanna"}),
        ("dictated", "called maria lopez at acme she wants twelve hundred licences follow up next tuesday", {"intent": LOG, "activity_type": CALL, "contact": "maria lopez", "account": "acme", "due": wd(TUE)}),
        ("dictated", "new deal harbor dental one point five million", {"intent": CD, "deal": "harbor dental", "amount": "1500000"}),
        ("dictated", "remind me in twenty minutes to check the oven", {"intent": R, "due": later(minutes=20), "text": "check the oven"}),
        ("dictated", "remind me at seven thirty tomorrow to call rafael", {"intent": R, "contact": "rafael", "due": d(1, 19, 30), "text": "call rafael"}),
        ("dictated", "meeting with may chen on may fifth at two", {"intent": LOG, "activity_type": MEET, "contact": "may chen", "due": ymd(2027, 5, 5, 14)}),
        ("dictated", "remind me in an hour and a half to call rich back", {"intent": R, "contact": "rich", "due": later(minutes=90), "text": "call rich back"}),
        ("dictated", "new deal ember hotels seventy five thousand pounds", {"intent": CD, "deal": "ember hotels", "amount": "75000", "currency": GBP}),
        ("dictated", "new deal sable ridge thirty five hundred dollars", {"intent": CD, "deal": "sable ridge", "amount": "3500", "currency": USD}),
        ("dictated", "log a call with sunday adeyemi at zenith bank he wants three hundred seats", {"intent": LOG, "activity_type": CALL, "contact": "sunday adeyemi", "account": "zenith bank"}),
        ("dictated", "remind me on friday at one to call will", {"intent": R, "contact": "will", "due": wd(FRI, 13), "text": "call will"}),
        ("dictated", "remind me at three or four tomorrow to call the vet", {"intent": R}),
        ("dictated", "new deal nordvik ferries two hundred and fifty k", {"intent": CD, "deal": "nordvik ferries", "amount": "250000"}),
        # ------------------------------------------------ small talk with numbers and days
        ("negative", "lol 3 meetings before 10 today, need coffee", {"intent": U}),
        ("negative", "happy friday eve everyone", {"intent": U}),
        ("negative", "top 3 reasons I love mondays: none", {"intent": U}),
        ("negative", "back in 10", {"intent": U}),
        ("negative", "my 2nd coffee of the day at 11am, send help", {"intent": U}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for style, message, expected in rows():
        out.append(
            record(
                f"w{len(out) + 1:04d}",
                message,
                expected,
                style=style,
                clock=Clock(NOW, TZ),
                ask=bool(style in ("vague", "ask-amount") or message in _ASK_ELSEWHERE),
            )
        )
    return out


# Rows outside the two asking styles whose right behaviour is also to ask.
_ASK_ELSEWHERE = frozenset(
    {
        "tmrw 9.30: call Bo",
        "remind me at three or four tomorrow to call the vet",
    }
)


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
