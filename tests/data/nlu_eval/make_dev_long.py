# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_long.jsonl``, a development set of activities logged as long notes (run by hand;
the output is committed and a test checks the two agree).

Why: on the blind sets ``log_activity`` was the weakest intent (81.2% fully right) and the
``long`` style 80.0%, most failures being a value read wrong (a contact, account, type or
follow-up that is not the one meant). These rows were written by hand by the ``plong`` helper in
one sitting, before the parser was run on any of them, in its own words:

- ``long``: two or three sentences written after the fact, the person and the company anywhere
  (not only first), "we" / "I" / "the team", pronouns after the first mention, small talk and
  numbers that are no date or amount (headcounts, versions, years, room numbers, a phone's last
  digits), the rep's next step in the middle or at the end;
- ``verbs``: past-tense openings in other orders ("had a good chat with", "Maria from Acme rang
  back", "dropped by", "lunch w/", "got off the phone with", "caught up with");
- ``several``: more than one person named; the contact is the one the rep dealt with ("her
  boss", "cc'd", "with his CFO sitting in" are not), and two people met alike have no one
  contact (asked about);
- ``dictated``: rambles without punctuation, lower case, numbers as words;
- ``pasted``: notes pasted with line breaks or bullets;
- ``ask``: a follow-up with no one reading ("sometime after the 10th", two days) is asked about;
- ``lang-xx``: Spanish, German, French and Norwegian notes;
- ``notlog``: near misses that are no log: a plan written as an obligation (a reminder), a
  question about a record (find), small talk, a message to a colleague.

Labels follow ``docs/understanding.md`` and the older sets (``dev_logs3``, ``dev_logrem4``,
``dev_traps``): a log lists its type, contact, account, deal when named, its follow-up ``due``
(the rep's own next step only; a customer's promise or deadline is part of the note) and money
said in it; "had a chat" with no place is a call, "dropped by" a visit, lunch or coffee a
meeting; ``text`` only for reminders and finds. ``expect_ask`` rows list only what is certain.

Every ``due`` is computed here with plain ``datetime`` + ``zoneinfo`` from the row's ``now``
(Thursday 2026-11-26 10:00 Europe/Madrid), never by running crmbot.

    python tests/data/nlu_eval/make_dev_long.py
"""

from __future__ import annotations

from pathlib import Path

from devkit import (
    CALL,
    EMAIL,
    EUR,
    FIND,
    FRI,
    LOG,
    MEET,
    MON,
    NOTE,
    THU,
    TUE,
    USD,
    VISIT,
    WED,
    Clock,
    R,
    U,
    record,
    write,
)

CLOCK = Clock("2026-11-26T10:00", "Europe/Madrid")  # a Thursday
d, wd, ymd = CLOCK.d, CLOCK.wd, CLOCK.ymd
OUT = Path(__file__).with_name("dev_long.jsonl")

Row = tuple[str, str, dict[str, str]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ long notes, person and firm anywhere
        ("long", "Good call this morning. Over at Brightwater Logistics, Helen Marsh says the board liked the pilot numbers but wants to see it at 2 more depots first. I'll send her the rollout plan on Tuesday.", {"intent": LOG, "activity_type": CALL, "contact": "Helen Marsh", "account": "Brightwater Logistics", "due": wd(TUE)}),
        ("long", "We finally got time with the buyers at Castlegate Foods. Owen Pryce ran the meeting, 5 of them in the room. He wants a trial in January, so I'll put together a proposal and send it by Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Owen Pryce", "account": "Castlegate Foods", "due": wd(FRI)}),
        ("long", "Spoke with Yara Haddad for 40 minutes. She's the new head of procurement at Medina Textiles since September. They're still on version 3 of the old system. Follow up on the 9th.", {"intent": LOG, "activity_type": CALL, "contact": "Yara Haddad", "account": "Medina Textiles", "due": ymd(2026, 12, 9)}),
        ("long", "The team at Northfield Dairy had us in for a site tour today. Graham Tate showed us round, they run 14 trucks out of that yard. Nice people. Next step is a costed quote, I'm sending it Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Graham Tate", "account": "Northfield Dairy", "due": wd(MON)}),
        ("long", "Ines Carvalho called me back about the renewal. Amaro Cork want to stay but the price has to come down. I said I'd come back to her with a new number on Wednesday.", {"intent": LOG, "activity_type": CALL, "contact": "Ines Carvalho", "account": "Amaro Cork", "due": wd(WED)}),
        ("long", "Sent the security questionnaire to Piotr Nowak at Wisla Energy. It's 180 questions, we answered all but 6. He said their IT review takes about 3 weeks. Nothing more from me until then.", {"intent": LOG, "activity_type": EMAIL, "contact": "Piotr Nowak", "account": "Wisla Energy"}),
        ("long", "Quick note after the Harlow Stores meeting: Fiona Grant is leaving in March and her deputy Tom takes over the account. Fiona was very helpful as always.", {"intent": LOG, "activity_type": MEET, "contact": "Fiona Grant", "account": "Harlow Stores"}),
        ("long", "Had lunch with Arjun Menon. He's now CTO at Saffron Health, they grew from 40 to 220 staff in 2 years. Wants us to pitch for the patient app. I'll call him on the 3rd to fix a date.", {"intent": LOG, "activity_type": MEET, "contact": "Arjun Menon", "account": "Saffron Health", "due": ymd(2026, 12, 3)}),
        ("long", "Rang Moorside Hotels about the overdue invoice. Got Janet Lowe in accounts, she says it went out in the last payment run and should land by Monday. I'll check the bank on Tuesday.", {"intent": LOG, "activity_type": CALL, "contact": "Janet Lowe", "account": "Moorside Hotels", "due": wd(TUE)}),
        ("long", "Emailed Kofi Boateng the revised terms this afternoon. Kofi is the only one at Gold Coast Cement who can sign above 50 tonnes a week. If I hear nothing I'll chase him on Monday at 10.", {"intent": LOG, "activity_type": EMAIL, "contact": "Kofi Boateng", "account": "Gold Coast Cement", "due": wd(MON, 10)}),
        ("long", "Long meeting at Velden Pharma. We went through all 12 modules with Dr. Anke Vogt and her team. She wants the validation pack, which I'll send tomorrow. They're audited by the FDA in 2027.", {"intent": LOG, "activity_type": MEET, "contact": "Anke Vogt", "account": "Velden Pharma", "due": d(1)}),
        ("long", "Caught Marco Bellini on the phone between flights. Ferro Marine are happy with phase 1 and talking about phase 2 next year. He'll be back in the office on the 7th; I'll ring him then.", {"intent": LOG, "activity_type": CALL, "contact": "Marco Bellini", "account": "Ferro Marine", "due": ymd(2026, 12, 7)}),
        ("long", "Visited the Redhill plant of Ashcombe Metals. Met Leon Hartley, the plant manager, and walked the floor. 3 shifts, 600 people. He liked the safety module. Send him the case study on Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Leon Hartley", "account": "Ashcombe Metals", "due": wd(FRI)}),
        ("long", "Talked to Sunita Rao about their 2025 invoices. Orchid Telecom overpaid twice, so finance will issue a credit note. She was relieved. Nothing else for now.", {"intent": LOG, "activity_type": CALL, "contact": "Sunita Rao", "account": "Orchid Telecom"}),
        ("long", "Video call with Hamza Qureshi and his ops lead at Indus Freight. They ship about 9,000 parcels a day. The ops lead was sceptical. I'm sending Hamza two customer references on Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Hamza Qureshi", "account": "Indus Freight", "due": wd(WED)}),
        ("long", "First proper meeting with Lindqvist Bygg. Sara Lindqvist (owner's daughter, runs sales) was there. They build about 30 houses a year. Quote went down well. Follow up next Thursday.", {"intent": LOG, "activity_type": MEET, "contact": "Sara Lindqvist", "account": "Lindqvist Bygg", "due": wd(THU)}),
        ("long", "Did the demo for Carrow Insurance today. 8 people dialled in, Patrick Doyle asked most of the questions. Overall good. He asked me to send the pricing sheet, I'll do it tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Patrick Doyle", "account": "Carrow Insurance", "due": d(1)}),
        ("long", "Phoned Wen Li at Jade River Tea. She wants the 500g tins instead of the 250g ones and asked if we can deliver before Chinese New Year. Checking with the warehouse, I'll get back to her by Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Wen Li", "account": "Jade River Tea", "due": wd(MON)}),
        ("long", "Had a chat with Nils Ekdahl on the way out of the conference. Polar Fisk are reviewing suppliers in Q1. He gave me his card. I'll email him on Monday to set up a call.", {"intent": LOG, "activity_type": MEET, "contact": "Nils Ekdahl", "account": "Polar Fisk", "due": wd(MON)}),
        ("long", "Called Chiara Greco back. She had read the contract and has 4 comments, mostly about liability. Greco & Figli want to sign before year end. I'm sending the marked-up version on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Chiara Greco", "account": "Greco & Figli", "due": wd(MON)}),
        ("long", "Coffee with Ruth Adler from Meridian Law. Mostly talked about her kids and skiing. Business-wise: they might move 20 seats to us when the current licence ends in 2027.", {"intent": LOG, "activity_type": MEET, "contact": "Ruth Adler", "account": "Meridian Law"}),
        ("long", "The renewal came up on my call with Dominic Shaw of Kestrel Air. He says they'll renew for 3 years if we keep the price. I'll confirm in writing tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Dominic Shaw", "account": "Kestrel Air", "due": d(1)}),
        ("long", "Emailed the onboarding checklist to Bianca Rossi. Vela Cosmetics start on the 1st with 35 users. Bianca said their IT contact is away this week. I'll check in with her on Tuesday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Bianca Rossi", "account": "Vela Cosmetics", "due": wd(TUE)}),
        ("long", "Met Femi Okonkwo for breakfast near their office. Lagoon Breweries want 2 more regions, and he asked about our Nairobi team. Great guy. Next meeting on December 10.", {"intent": LOG, "activity_type": MEET, "contact": "Femi Okonkwo", "account": "Lagoon Breweries", "due": ymd(2026, 12, 10)}),
        ("long", "Spent an hour on the phone with Harriet Cole. Cole Architects are unhappy with the last release, mainly the export to v12 of their CAD tool. I promised a fix date by Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Harriet Cole", "account": "Cole Architects", "due": wd(FRI)}),
        ("ask", "I walked Pedro Alves through the new dashboard. He runs finance at Tejo Shipping and was impressed with the cash view. They've got 11 vessels. Pedro's on holiday from Monday, so I'll follow up when he's back.", {"intent": LOG, "activity_type": MEET, "contact": "Pedro Alves", "account": "Tejo Shipping"}),
        ("long", "Got a call from Rosa Jimenez. Sol Verde Farms lost 2 of their 7 greenhouses in the storm and want to pause the order. I told her we'd hold the price for 60 days. Will call her on the 14th.", {"intent": LOG, "activity_type": CALL, "contact": "Rosa Jimenez", "account": "Sol Verde Farms", "due": ymd(2026, 12, 14)}),
        ("long", "Nice lunch with the Harbour Bank people. Claire Fitzgerald did most of the talking, she's keen on the mortgage module. They have 48 branches. Already sent Claire the slides.", {"intent": LOG, "activity_type": MEET, "contact": "Claire Fitzgerald", "account": "Harbour Bank"}),
        ("long", "Talked with Ahmed Saleh about their budget. Nile Foods have 120k set aside for the warehouse system, maybe more in spring. He needs a quote he can show his board on the 15th.", {"intent": LOG, "activity_type": CALL, "contact": "Ahmed Saleh", "account": "Nile Foods", "amount": "120000"}),
        ("long", "Went over to see Ingrid Solheim at Fjellvann this morning. They moved into the new office on floor 4. Ingrid signed the order form for the 25 extra licences. All good, nothing to follow up.", {"intent": LOG, "activity_type": VISIT, "contact": "Ingrid Solheim", "account": "Fjellvann"}),
        ("long", "Conference call with Rhys Evans (Dragon Water). Their CEO wasn't on it after all. Rhys thinks the budget gets signed off in January. I'll call Rhys next Wednesday at 11 to check.", {"intent": LOG, "activity_type": CALL, "contact": "Rhys Evans", "account": "Dragon Water", "due": wd(WED, 11)}),
        ("long", "I met Kaveh Rahimi at the Saturn Retail HQ. We spoke for about 2 hours about the loyalty scheme, 1.4 million members. He's a tough negotiator. Follow-up call on Monday at 2.", {"intent": LOG, "activity_type": MEET, "contact": "Kaveh Rahimi", "account": "Saturn Retail", "due": wd(MON, 14)}),
        ("long", "Sent Laura Kim at Birch Clinics the proposal for the expansion. It's 42k for the year, covering 6 clinics. She said she'd read it over the weekend.", {"intent": LOG, "activity_type": EMAIL, "contact": "Laura Kim", "account": "Birch Clinics", "amount": "42000"}),
        ("long", "Our second meeting with Tamsin Hale of Greystone Property. The first one was in June. They now have 3 buildings in scope instead of 1. I'm meeting her again on the 8th at 3pm to walk the sites.", {"intent": LOG, "activity_type": MEET, "contact": "Tamsin Hale", "account": "Greystone Property", "due": ymd(2026, 12, 8, 15)}),
        ("long", "Eamon Byrne from Liffey Print was on the line for a while. Their press from 1998 finally died and they need a quote fast. I'll have one to him by tomorrow at 12.", {"intent": LOG, "activity_type": CALL, "contact": "Eamon Byrne", "account": "Liffey Print", "due": d(1, 12)}),
        ("long", "Left a voicemail for Oksana Melnyk at Dnipro Agro, second try this week. Her assistant said she's in Kyiv till Friday. Try again Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Oksana Melnyk", "account": "Dnipro Agro", "due": wd(MON)}),
        ("long", "Wrote to Dimitri Papas with the corrected invoice. Aegean Yachts had been billed for 14 berths instead of 12. Apologised. Should be sorted now.", {"intent": LOG, "activity_type": EMAIL, "contact": "Dimitri Papas", "account": "Aegean Yachts"}),
        ("long", "Zoom with Priscilla Owusu this morning. She's moved from Volta Power to Accra Telecom and wants to bring us in there too. I'll send her the intro deck on Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Priscilla Owusu", "account": "Accra Telecom", "due": wd(FRI)}),
        ("long", "Good catch-up with Simon Hughes. Pennine Mills signed the 30k extension yesterday. He wants training for 10 new starters in January, I'll book the trainer on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Simon Hughes", "account": "Pennine Mills", "amount": "30000", "due": wd(MON)}),
        ("long", "Sat down with Esther Mwangi and went through their wish list line by line. Savannah Insurance need SSO, audit logs and an SLA of 99.9. She'll take it to her CIO. I follow up on Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Esther Mwangi", "account": "Savannah Insurance", "due": wd(WED)}),
        ("ask", "Brief call with Lukas Novak. Tatra Glass are moving offices on the 15th so everything waits until after that. He asked me to call back in January.", {"intent": LOG, "activity_type": CALL, "contact": "Lukas Novak", "account": "Tatra Glass"}),
        ("long", "Showed the mobile app to Gemma Price and her two store managers at Kite Fashion. They loved the barcode scan. Gemma wants a quote for 40 stores. Sending it Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Gemma Price", "account": "Kite Fashion", "due": wd(TUE)}),
        ("long", "Finally reached Thabo Nkosi at Karoo Mining after 3 tries. He's not the decision maker, his boss is. Thabo will set up a meeting with her. I'll nudge him on the 4th if nothing comes.", {"intent": LOG, "activity_type": CALL, "contact": "Thabo Nkosi", "account": "Karoo Mining", "due": ymd(2026, 12, 4)}),
        ("long", "Note on Alpine Cheese: the owner, Urs Meier, is retiring next year and his son takes over. Urs was always loyal to us, the son less so. Worth a visit in spring.", {"intent": LOG, "activity_type": NOTE, "contact": "Urs Meier", "account": "Alpine Cheese"}),
        ("long", "Mailed Ivana Horvat the updated SOW. Adria Ferries want it signed by the 18th because their season starts in April. I'll call her Monday to walk through it.", {"intent": LOG, "activity_type": EMAIL, "contact": "Ivana Horvat", "account": "Adria Ferries", "due": wd(MON)}),
        ("long", "Spoke with Camille Laurent at Maison Blanc for the first time in months. They switched to a competitor in 2024 and regret it. She wants to talk numbers, I'm calling her back Friday at 9.", {"intent": LOG, "activity_type": CALL, "contact": "Camille Laurent", "account": "Maison Blanc", "due": wd(FRI, 9)}),
        ("long", "The guys at Summit Roofing called. Dave Kowalski wants to add 3 vans to the tracking plan. Easy win. I'll update the order and send it to Dave tomorrow morning.", {"intent": LOG, "activity_type": CALL, "contact": "Dave Kowalski", "account": "Summit Roofing", "due": d(1, 9)}),
        ("long", "Met up with Hiroshi Tanaka at the trade show, booth 114. Sakura Electronics are looking for a European distributor. We swapped cards. Email him on Monday with our catalogue.", {"intent": LOG, "activity_type": MEET, "contact": "Hiroshi Tanaka", "account": "Sakura Electronics", "due": wd(MON)}),
        ("long", "Called Beatriz Souza. Rio Claro Paper's order of 2,000 boxes is delayed at customs. She was upset but understanding. I'll update her on Friday once I hear from the broker.", {"intent": LOG, "activity_type": CALL, "contact": "Beatriz Souza", "account": "Rio Claro Paper", "due": wd(FRI)}),
        ("ask", "Had our quarterly review with Olivia Grant. Thornbury College renewed at 18k, same as last year. She asked for a training day in February. Next review in March.", {"intent": LOG, "activity_type": MEET, "contact": "Olivia Grant", "account": "Thornbury College", "amount": "18000"}),
        # ------------------------------------------------ past verbs in other orders
        ("verbs", "Maria Santos from Acuña Wines rang back. She's fine with the new delivery slots. I'll send her the updated schedule tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Maria Santos", "account": "Acuña Wines", "due": d(1)}),
        ("verbs", "Dropped by Coastal Bakeries on the way home and saw Gareth Jones. Their new oven line is in. He wants to talk about the service contract next Tuesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Gareth Jones", "account": "Coastal Bakeries", "due": wd(TUE)}),
        ("verbs", "Lunch w/ Ben Carter from Halfmoon Games. They just shipped their 3rd title and have cash again. He asked for a proposal, I'll send it by Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Ben Carter", "account": "Halfmoon Games", "due": wd(WED)}),
        ("verbs", "Got off the phone with Nadia Berger at Alpstein Bank. They picked us for the shortlist with 2 others. Final presentations are on the 10th, I'll prep the deck on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Nadia Berger", "account": "Alpstein Bank", "due": wd(MON)}),
        ("ask", "Caught up with Joe Russo over coffee. Russo Deli are opening a 4th shop in the spring. He wants the same setup as the others. Follow up after New Year.", {"intent": LOG, "activity_type": MEET, "contact": "Joe Russo", "account": "Russo Deli"}),
        ("verbs", "Popped in to see Anna Kowalczyk at Baltic Amber. Left samples of the new packaging. She'll show them to the owner. I'll call her Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Anna Kowalczyk", "account": "Baltic Amber", "due": wd(FRI)}),
        ("verbs", "Heard back from Jonas Weber. Elbe Logistik want to go ahead with the 3 month trial. I'll send the trial agreement on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Jonas Weber", "account": "Elbe Logistik", "due": wd(MON)}),
        ("verbs", "Had a good chat with Lucy Chen about Pinebrook Schools. They have 9 schools and 4,000 pupils. She'll talk to the trust board and I'll follow up on the 11th.", {"intent": LOG, "activity_type": CALL, "contact": "Lucy Chen", "account": "Pinebrook Schools", "due": ymd(2026, 12, 11)}),
        ("verbs", "Just hung up with Ravi Kumar of Lotus Pharma. They want the validation done before their audit. Call him back tomorrow at 4.", {"intent": LOG, "activity_type": CALL, "contact": "Ravi Kumar", "account": "Lotus Pharma", "due": d(1, 16)}),
        ("verbs", "Dinner last night with Stefan Horn and the Horn Automotive sales team. 7 of us. Stefan wants a proposal for the dealer portal. I'll send it on the 2nd.", {"intent": LOG, "activity_type": MEET, "contact": "Stefan Horn", "account": "Horn Automotive", "due": ymd(2026, 12, 2)}),
        ("verbs", "Texted Mia Fischer to confirm the install date. Fischer Optik confirmed they're ready for us. All set.", {"intent": LOG, "activity_type": CALL, "contact": "Mia Fischer", "account": "Fischer Optik"}),
        ("verbs", "Swung by the Oakridge Farms office and met Paul Dunn, their new finance guy. He asked for last year's invoices. Will send them tomorrow.", {"intent": LOG, "activity_type": VISIT, "contact": "Paul Dunn", "account": "Oakridge Farms", "due": d(1)}),
        ("verbs", "Was on a Teams call with Aisha Bello from Sahel Solar most of the morning. They need 200 units by March. She'll confirm the order next week.", {"intent": LOG, "activity_type": MEET, "contact": "Aisha Bello", "account": "Sahel Solar"}),
        ("verbs", "Finished the call with Colm Murphy. Shannon Cables want a discount for 3 years upfront. Need to check with finance, back to him Monday at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Colm Murphy", "account": "Shannon Cables", "due": wd(MON, 11)}),
        ("verbs", "Received a call from Katarina Ilic at Sava Hotels. She wants to move the kickoff. I'll call her tomorrow to agree a new date.", {"intent": LOG, "activity_type": CALL, "contact": "Katarina Ilic", "account": "Sava Hotels", "due": d(1)}),
        ("verbs", "Had a walk round the Eastgate site with Mohammed Ali. Eastgate Retail Park is half let. He wants the parking system quote for 800 spaces. Sending it Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Mohammed Ali", "account": "Eastgate Retail Park", "due": wd(FRI)}),
        ("verbs", "Ran into Greta Holm from Norrsken Energi at the airport. Quick hello, she says they're hiring 20 engineers. Nothing to do.", {"intent": LOG, "activity_type": MEET, "contact": "Greta Holm", "account": "Norrsken Energi"}),
        ("verbs", "Replied to Tomás Ortega's email about the delay. Cordoba Olive Oil are OK if it ships by the 20th. I'll confirm the ship date with him on Monday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Tomás Ortega", "account": "Cordoba Olive Oil", "due": wd(MON)}),
        ("verbs", "Met w/ Yusuf Demir at his office in Bursa. Anatolia Textile wants 2 looms serviced. Follow up next Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Yusuf Demir", "account": "Anatolia Textile", "due": wd(FRI)}),
        ("verbs", "Stopped at Greenleaf Garden Centre. Linda Moss wasn't in, so I left the brochure with her colleague. I'll phone Linda on Tuesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Linda Moss", "account": "Greenleaf Garden Centre", "due": wd(TUE)}),
        ("ask", "Touched base with Andrew Lim at Merlion Ports. He confirmed they have budget for the berth planner in 2027. Let's speak again in February.", {"intent": LOG, "activity_type": CALL, "contact": "Andrew Lim", "account": "Merlion Ports"}),
        ("verbs", "Picked up the phone to Sophie Martin at Lumen Studio. She wants to add 5 seats. Sent the order form already.", {"intent": LOG, "activity_type": CALL, "contact": "Sophie Martin", "account": "Lumen Studio"}),
        # ------------------------------------------------ several people named
        ("several", "Met with Daniel Okafor at Zenith Cargo; his boss Grace Eze joined for the last 10 minutes. Daniel owns the project. I'll send Daniel the timeline on Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Daniel Okafor", "account": "Zenith Cargo", "due": wd(MON)}),
        ("several", "Called Lena Hoffmann at Rhein Chemie. She's leaving, and her colleague Max Bauer will take over. Emailing Max an intro tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Lena Hoffmann", "account": "Rhein Chemie", "due": d(1)}),
        ("several", "Emailed the quote to Jack Turner at Redwood Builders, cc'd his partner Emma Stone. Follow up Wednesday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Jack Turner", "account": "Redwood Builders", "due": wd(WED)}),
        ("several", "Call with Priya Shah of Monsoon Foods. Her CFO Raj Patel sat in and asked all the price questions. Priya wants the revised numbers by Friday; I'll send them Thursday.", {"intent": LOG, "activity_type": CALL, "contact": "Priya Shah", "account": "Monsoon Foods", "due": wd(THU)}),
        ("several", "Met Jon Berg and Sara Dahl from Fjord Salmon at their Bergen office. Good first meeting, they want to see a demo.", {"intent": LOG, "activity_type": MEET, "account": "Fjord Salmon"}),
        ("several", "Spoke to Lucia Romano at Vesuvio Pasta. She said Marco Conti in purchasing has the final word. I'll call Marco on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Lucia Romano", "account": "Vesuvio Pasta", "due": wd(MON)}),
        ("several", "Visited Ironbridge Engineering. Mark Evans gave us the tour, and we met the MD Helen Price briefly. Mark is our contact for the pilot. Sending the pilot plan on the 3rd.", {"intent": LOG, "activity_type": VISIT, "contact": "Mark Evans", "account": "Ironbridge Engineering", "due": ymd(2026, 12, 3)}),
        ("several", "Peter from our finance team joined my call with Kemal Yildiz at Bosphorus Tiles to explain the payment terms. Kemal is happy. Next call on the 9th.", {"intent": LOG, "activity_type": CALL, "contact": "Kemal Yildiz", "account": "Bosphorus Tiles", "due": ymd(2026, 12, 9)}),
        ("several", "Nora Quinn from Quinn Legal introduced me to David Marsh at Marsh Holdings over email. David replied already and wants a call. I'll book one for Tuesday at 3.", {"intent": LOG, "activity_type": EMAIL, "contact": "David Marsh", "account": "Marsh Holdings", "due": wd(TUE, 15)}),
        ("several", "Our engineer Tom went with me to see Hans Larsen at Nordhavn Energy. Hans wants the retrofit done before winter next year. I'll send Hans the offer on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Hans Larsen", "account": "Nordhavn Energy", "due": wd(MON)}),
        ("several", "Had a call with Amy Ross and Kate Bell at Thistle Finance. Both were positive about the pilot.", {"intent": LOG, "activity_type": CALL, "account": "Thistle Finance"}),
        ("several", "Talked to Victor Lang from Lang Tools. His predecessor, Anton Weiss, had promised them a 10% discount which we never agreed. Victor accepted 5%. I'll send the new quote Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Victor Lang", "account": "Lang Tools", "due": wd(FRI)}),
        ("several", "My manager Julie and I met Ricardo Silva at Porto Ceramics. Ricardo asked for samples in 3 colours. Follow up on the 7th.", {"intent": LOG, "activity_type": MEET, "contact": "Ricardo Silva", "account": "Porto Ceramics", "due": ymd(2026, 12, 7)}),
        ("several", "Spoke with Chen Wei's assistant at Dragonfly Apps, Chen himself is travelling. She'll pass on the message. Try Chen again Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Chen Wei", "account": "Dragonfly Apps", "due": wd(MON)}),
        ("several", "Zoom with the Harrow Hospital team: Dr. Alan Pike, 2 nurses and someone from IT. Alan is the sponsor. He wants to see the audit trail. I'll send a recording tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Alan Pike", "account": "Harrow Hospital", "due": d(1)}),
        # ------------------------------------------------ dictated rambles
        ("dictated", "so i just had a call with rachel green over at central perk coffee and uh they want to add two more shops which is great i said i'd send her the pricing on friday", {"intent": LOG, "activity_type": CALL, "contact": "rachel green", "account": "central perk coffee", "due": wd(FRI)}),
        ("dictated", "okay log this went to see alberto ruiz at bodegas ruiz this morning tasted a lot of wine they want the bigger package i'll call him back on monday", {"intent": LOG, "activity_type": VISIT, "contact": "alberto ruiz", "account": "bodegas ruiz", "due": wd(MON)}),
        ("dictated", "met with kenji watanabe from hikari optics um they have about three hundred engineers and they're on version four of our tool follow up next wednesday at ten", {"intent": LOG, "activity_type": MEET, "contact": "kenji watanabe", "account": "hikari optics", "due": wd(WED, 10)}),
        ("dictated", "right so spoke to fatima hassan she's at oasis dates now not at the old place and she wants a call back tomorrow at three", {"intent": LOG, "activity_type": CALL, "contact": "fatima hassan", "account": "oasis dates", "due": d(1, 15)}),
        ("dictated", "um emailed the contract to liam o'brien at emerald isle tours he said his lawyer will look at it next week so nothing for me to do until then", {"intent": LOG, "activity_type": EMAIL, "contact": "liam o'brien", "account": "emerald isle tours"}),
        ("dictated", "had coffee with sofia petrova from volga steel she's really nice um they're not happy with the competitor i'll send her our offer on tuesday", {"intent": LOG, "activity_type": MEET, "contact": "sofia petrova", "account": "volga steel", "due": wd(TUE)}),
        ("dictated", "voicemail for grant mitchell at highland whisky second one this week i'll try him again on friday morning at nine", {"intent": LOG, "activity_type": CALL, "contact": "grant mitchell", "account": "highland whisky", "due": wd(FRI, 9)}),
        ("dictated", "so the meeting at copper canyon mining went fine met jake wilson and he's happy with the pilot follow up on the fourteenth", {"intent": LOG, "activity_type": MEET, "contact": "jake wilson", "account": "copper canyon mining", "due": ymd(2026, 12, 14)}),
        ("dictated", "phoned anika jansen from tulip flowers about the late delivery she was okay about it i said i'd call her again on monday", {"intent": LOG, "activity_type": CALL, "contact": "anika jansen", "account": "tulip flowers", "due": wd(MON)}),
        ("dictated", "uh quick note on blue harbor marine they're switching accountants in january and their new guy is called eric so nothing to do yet", {"intent": LOG, "activity_type": NOTE, "account": "blue harbor marine"}),
        ("dictated", "visited carlos mendez at sierra cement today they run two kilns and want to cut energy by ten percent next step i send the audit proposal on the ninth", {"intent": LOG, "activity_type": VISIT, "contact": "carlos mendez", "account": "sierra cement", "due": ymd(2026, 12, 9)}),
        ("dictated", "talked to nomvula dlamini at ubuntu telecom for like an hour she wants a quote for five hundred sims i'll send it tomorrow", {"intent": LOG, "activity_type": CALL, "contact": "nomvula dlamini", "account": "ubuntu telecom", "due": d(1)}),
        ("dictated", "lunch with tom becker from becker bikes he was late but fine they sold twelve hundred e-bikes this year which is double i'll drop by the shop next thursday", {"intent": LOG, "activity_type": MEET, "contact": "tom becker", "account": "becker bikes", "due": wd(THU)}),
        ("dictated", "i called ewa zielinska at mazur foods back she said the samples arrived and they like them follow up on wednesday at two", {"intent": LOG, "activity_type": CALL, "contact": "ewa zielinska", "account": "mazur foods", "due": wd(WED, 14)}),
        ("dictated", "sent over the brochure to rahul verma at ganges textiles by email he said he'd have a look this weekend", {"intent": LOG, "activity_type": EMAIL, "contact": "rahul verma", "account": "ganges textiles"}),
        ("dictated", "had a zoom with isabel moreau from lumiere cosmetics she had like six people on it and the demo crashed once but fine follow up friday", {"intent": LOG, "activity_type": MEET, "contact": "isabel moreau", "account": "lumiere cosmetics", "due": wd(FRI)}),
        ("dictated", "okay so dropped in on the folks at maple leaf dental met dr sarah lee she wants the scheduling module remind me to email her the pricing on monday", {"intent": LOG, "activity_type": VISIT, "contact": "sarah lee", "account": "maple leaf dental", "due": wd(MON)}),
        ("ask", "spoke with hamid karimi of persian rugs co they've had a bad year sales down fifteen percent and want to wait so i'll check back in january", {"intent": LOG, "activity_type": CALL, "contact": "hamid karimi", "account": "persian rugs co"}),
        ("dictated", "met ole hansen at viking seafood today lovely guy they catch like two thousand tonnes a year i'm sending the proposal next tuesday", {"intent": LOG, "activity_type": MEET, "contact": "ole hansen", "account": "viking seafood", "due": wd(TUE)}),
        ("dictated", "got a call from jessica park at silverline media wanting to renew for twenty five thousand dollars i'll send the renewal on friday", {"intent": LOG, "activity_type": CALL, "contact": "jessica park", "account": "silverline media", "amount": "25000", "currency": USD, "due": wd(FRI)}),
        # ------------------------------------------------ pasted notes with line breaks or bullets
        ("pasted", "Call notes - Ravenwood Hotels\n- spoke to Martin Cole (GM)\n- 140 rooms, 2 restaurants\n- wants the booking engine by spring\n- next call Tuesday 10am", {"intent": LOG, "activity_type": CALL, "contact": "Martin Cole", "account": "Ravenwood Hotels", "due": wd(TUE, 10)}),
        ("pasted", "Meeting w/ Ana Petrovic, Danube Grain\n* budget approved for 2027\n* 3 silos in scope\n* I send the contract on Monday", {"intent": LOG, "activity_type": MEET, "contact": "Ana Petrovic", "account": "Danube Grain", "due": wd(MON)}),
        ("pasted", "Visit: Stonebridge Quarries\nWho: Ian Fraser, site manager\nWhat: walked the site, 4 crushers, old sensors\nNext: send the sensor quote by Friday", {"intent": LOG, "activity_type": VISIT, "contact": "Ian Fraser", "account": "Stonebridge Quarries", "due": wd(FRI)}),
        ("pasted", "Emailed Chloe Dubois (Bordeaux Cuisines)\n- sent v2 of the proposal\n- she'll reply after their board on the 8th", {"intent": LOG, "activity_type": EMAIL, "contact": "Chloe Dubois", "account": "Bordeaux Cuisines"}),
        ("pasted", "Notes from today:\nMet Farid Nasser at Cedar Foods.\nThey have 9 factories.\nFollow up Dec 10.", {"intent": LOG, "activity_type": MEET, "contact": "Farid Nasser", "account": "Cedar Foods", "due": ymd(2026, 12, 10)}),
        ("pasted", "Phone call\nEmily Watson - Watson & Co Accountants\nUnhappy with support response times (3 days on avg)\nPromised a review call Wednesday 2pm", {"intent": LOG, "activity_type": CALL, "contact": "Emily Watson", "account": "Watson & Co Accountants", "due": wd(WED, 14)}),
        ("pasted", "Call: Gulf Star Shipping / Khalid Al Mansoori\n1. happy with phase 1\n2. wants phase 2 pricing\n3. me: send pricing Thursday", {"intent": LOG, "activity_type": CALL, "contact": "Khalid Al Mansoori", "account": "Gulf Star Shipping", "due": wd(THU)}),
        ("pasted", "Quick recap of my chat with Noah Fischer (Alpenrose Dairy):\n- 60 farms supply them\n- interested in the tracking app\n- follow up Monday", {"intent": LOG, "activity_type": CALL, "contact": "Noah Fischer", "account": "Alpenrose Dairy", "due": wd(MON)}),
        ("pasted", "Lunch - Ewan Ross, Loch Ness Distillers\nTalked mostly rugby. They'll expand the visitor centre in 2027. Nothing to do yet.", {"intent": LOG, "activity_type": MEET, "contact": "Ewan Ross", "account": "Loch Ness Distillers"}),
        ("pasted", "Demo done for Marigold Care Homes\n- Jane Holt + 3 managers\n- liked rota planning\n- concerns: offline mode\n- I'll send answers tomorrow", {"intent": LOG, "activity_type": MEET, "contact": "Jane Holt", "account": "Marigold Care Homes", "due": d(1)}),
        ("pasted", "Sent to Oscar Lindgren @ Skog Timber:\n- price list 2027\n- delivery terms\nChase Wednesday if no reply", {"intent": LOG, "activity_type": EMAIL, "contact": "Oscar Lindgren", "account": "Skog Timber", "due": wd(WED)}),
        ("pasted", "Call w/ Mei Tan, Orchid Hotels Group\n\nShe confirmed 22 hotels, not 20.\nBudget ~85k.\nI'll call her back on the 15th.", {"intent": LOG, "activity_type": CALL, "contact": "Mei Tan", "account": "Orchid Hotels Group", "amount": "85000", "due": ymd(2026, 12, 15)}),
        # ------------------------------------------------ follow-ups with no one reading: ask
        ("ask", "Met Declan Hayes at Burren Stone. Good session. I'll follow up sometime after the 10th.", {"intent": LOG, "activity_type": MEET, "contact": "Declan Hayes", "account": "Burren Stone"}),
        ("ask", "Spoke to Marta Nowicka at Vistula Paper about the reorder. I'll call her back Monday or Tuesday depending on stock.", {"intent": LOG, "activity_type": CALL, "contact": "Marta Nowicka", "account": "Vistula Paper"}),
        ("ask", "Emailed Theo Grant at Grant Motors the brochure. He's away for a bit, I'll chase him in a couple of weeks.", {"intent": LOG, "activity_type": EMAIL, "contact": "Theo Grant", "account": "Grant Motors"}),
        ("ask", "Had a good meeting with Lisa Berg at Nordic Pine. We agreed to talk again early next week.", {"intent": LOG, "activity_type": MEET, "contact": "Lisa Berg", "account": "Nordic Pine"}),
        ("ask", "Called Kwesi Mensah at Ashanti Gold. He's keen. Follow up tomorrow at 3 or 4, whichever suits him.", {"intent": LOG, "activity_type": CALL, "contact": "Kwesi Mensah", "account": "Ashanti Gold"}),
        ("ask", "Visited Mirela Popescu at Carpathia Wood. Next visit sometime in the first week of January.", {"intent": LOG, "activity_type": VISIT, "contact": "Mirela Popescu", "account": "Carpathia Wood"}),
        ("ask", "Lunch with Omar Farouk from Delta Cotton. They need time to think. I'll check in with him later this month.", {"intent": LOG, "activity_type": MEET, "contact": "Omar Farouk", "account": "Delta Cotton"}),
        ("ask", "Rang Hugo Martins at Lisboa Tiles, he's at a fair until the 5th. I'll call him friday, or monday at the latest.", {"intent": LOG, "activity_type": CALL, "contact": "Hugo Martins", "account": "Lisboa Tiles"}),
        # ------------------------------------------------ other languages
        ("lang-es", "Visité a Javier Molina en las oficinas de Aceites del Sur. Tienen 14 almazaras y quieren el módulo de trazabilidad. Le mando la propuesta el lunes.", {"intent": LOG, "activity_type": VISIT, "contact": "Javier Molina", "account": "Aceites del Sur", "due": wd(MON)}),
        ("lang-es", "Hablé por teléfono con Carmen Vidal de Textil Levante. Su jefe decide en enero. La vuelvo a llamar el día 14.", {"intent": LOG, "activity_type": CALL, "contact": "Carmen Vidal", "account": "Textil Levante", "due": ymd(2026, 12, 14)}),
        ("lang-es", "Comida con Andrés Ferrer de Naviera Balear, muy buena. Tienen 6 barcos y 200 empleados. Seguimiento el martes a las 10.", {"intent": LOG, "activity_type": MEET, "contact": "Andrés Ferrer", "account": "Naviera Balear", "due": wd(TUE, 10)}),
        ("lang-es", "Le envié el presupuesto a Lucía Navarro de Frutas Navarro. Dice que lo revisará con su socio esta semana.", {"intent": LOG, "activity_type": EMAIL, "contact": "Lucía Navarro", "account": "Frutas Navarro"}),
        ("lang-de", "Heute Termin bei Klaus Richter von der Richter Maschinenbau GmbH gehabt. Sie haben 3 Werke und wollen mit einem anfangen. Ich melde mich am Montag wieder.", {"intent": LOG, "activity_type": MEET, "contact": "Klaus Richter", "account": "Richter Maschinenbau GmbH", "due": wd(MON)}),
        ("lang-de", "Mit Petra Schulz von Nordsee Fisch telefoniert. Sie war sehr freundlich, das Budget kommt aber erst 2027. Nachfassen am 10. Dezember.", {"intent": LOG, "activity_type": CALL, "contact": "Petra Schulz", "account": "Nordsee Fisch", "due": ymd(2026, 12, 10)}),
        ("lang-de", "Habe Jürgen Wolf bei Alpen Holz besucht. Er will ein Angebot bis Freitag. Kaffee war gut.", {"intent": LOG, "activity_type": VISIT, "contact": "Jürgen Wolf", "account": "Alpen Holz"}),
        ("lang-fr", "Appel avec Sophie Girard de Vins de Loire ce matin. Ils ont 40 hectares et veulent tester l'appli. Je la rappelle jeudi prochain.", {"intent": LOG, "activity_type": CALL, "contact": "Sophie Girard", "account": "Vins de Loire", "due": wd(THU)}),
        ("lang-fr", "Déjeuner avec Pierre Lambert de Lambert Transports. Il cherche un nouveau logiciel pour ses 35 camions. Relance lundi à 14h.", {"intent": LOG, "activity_type": MEET, "contact": "Pierre Lambert", "account": "Lambert Transports", "due": wd(MON, 14)}),
        ("lang-fr", "J'ai envoyé le devis à Claire Morel chez Atelier Morel. Elle doit en parler à son associé.", {"intent": LOG, "activity_type": EMAIL, "contact": "Claire Morel", "account": "Atelier Morel"}),
        ("lang-nb", "Møtte Kari Nordmann hos Fjordkraft i dag. De har 120 ansatte og vil ha en demo. Jeg følger opp på tirsdag.", {"intent": LOG, "activity_type": MEET, "contact": "Kari Nordmann", "account": "Fjordkraft", "due": wd(TUE)}),
        ("lang-nb", "Ringte Lars Bakke i Bakke Bygg. Han sender tegningene fredag. Hyggelig samtale.", {"intent": LOG, "activity_type": CALL, "contact": "Lars Bakke", "account": "Bakke Bygg"}),
        # ------------------------------------------------ near misses: not logs
        ("notlog", "I still need to call Hannah Price at Westbrook Media tomorrow at 11 about the renewal.", {"intent": R, "contact": "Hannah Price", "account": "Westbrook Media", "due": d(1, 11), "text": "call Hannah Price at Westbrook Media about the renewal"}),
        ("notlog", "Remind me on Monday to send the signed NDA to Felix Braun.", {"intent": R, "contact": "Felix Braun", "due": wd(MON), "text": "send the signed NDA to Felix Braun"}),
        ("notlog", "Where are we with Copperfield Stores? I can't remember if anyone spoke to them this month.", {"intent": FIND, "account": "Copperfield Stores", "text": "Copperfield Stores"}),
        ("notlog", "Who's our contact at Halden Marine again? I have a call with them in an hour.", {"intent": FIND, "account": "Halden Marine", "text": "Halden Marine"}),
        ("notlog", "Long day. 4 calls, 2 meetings and a flat tyre on the way home. Glad it's almost friday.", {"intent": U}),
        ("notlog", "Hey Sam, did you get a chance to call Elena at Zephyr Air back? She was asking for you.", {"intent": U}),
        ("notlog", "Don't let me forget to email Ruth the minutes on Friday.", {"intent": R, "contact": "Ruth", "due": wd(FRI), "text": "email Ruth the minutes"}),
        ("notlog", "Can you show me Brightwater Logistics? I want to check what Helen said last time.", {"intent": FIND, "account": "Brightwater Logistics", "text": "Brightwater Logistics"}),
        ("notlog", "gotta ring Tamsin Hale back tomorrow at 10 about the site walk", {"intent": R, "contact": "Tamsin Hale", "due": d(1, 10), "text": "ring Tamsin Hale back about the site walk"}),
        ("notlog", "The traffic on the ring road was awful again, 50 minutes for 12 km. Coffee first, then calls.", {"intent": U}),
        # ------------------------------------------------ more long notes, mixed
        ("long", "Rebecca Stone at Falcon Security asked for a call, so I rang her at lunch. They've had 3 break-ins at the Leeds depot and want cameras in 5 sites. I'll do a site survey next Wednesday at 9.", {"intent": LOG, "activity_type": CALL, "contact": "Rebecca Stone", "account": "Falcon Security", "due": wd(WED, 9)}),
        ("long", "Meeting at Kinsale Seafoods went long. Orla Walsh and I went through the 2026 volumes: 3,200 tonnes, up 12%. She'll share their forecast next week. I'll call her on the 8th to go through it.", {"intent": LOG, "activity_type": MEET, "contact": "Orla Walsh", "account": "Kinsale Seafoods", "due": ymd(2026, 12, 8)}),
        ("long", "I had a call with Sipho Zulu. Zulu Transport are unhappy: the tracker on truck 17 keeps dropping. I've raised a ticket and promised him an answer by tomorrow at 5.", {"intent": LOG, "activity_type": CALL, "contact": "Sipho Zulu", "account": "Zulu Transport", "due": d(1, 17)}),
        ("long", "Phoned Agnieszka Wrona to confirm Krakow Print's order. 10,000 flyers, same as last time. She wants delivery on the 3rd, which is fine.", {"intent": LOG, "activity_type": CALL, "contact": "Agnieszka Wrona", "account": "Krakow Print"}),
        ("long", "Spoke with Jamal Wright at Hudson Bikes. Their season starts in March and they need the new stock by February. He'll send the order in the next few days. I'll chase if not by Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Jamal Wright", "account": "Hudson Bikes", "due": wd(FRI)}),
        ("long", "Visited Pemberton Academy with our installer. Met the bursar, Clare Lyons. 1,100 students, 2 buildings. Clare wants the quote split by building. Send Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Clare Lyons", "account": "Pemberton Academy", "due": wd(MON)}),
        ("long", "Got an email from Martina Costa at Trevi Travel saying they'd like to pause. Replied and offered a call. Martina picked Tuesday at 4.", {"intent": LOG, "activity_type": EMAIL, "contact": "Martina Costa", "account": "Trevi Travel", "due": wd(TUE, 16)}),
        ("long", "Met Bongani Khumalo for the first time. He's head of IT at Highveld Mining since August, ex-Anglo. Very technical. Wants a deep dive on the API; I'll set it up for next Thursday at 10.", {"intent": LOG, "activity_type": MEET, "contact": "Bongani Khumalo", "account": "Highveld Mining", "due": wd(THU, 10)}),
        ("ask", "Chatted with Ewa Kowalska at Vistula Bank about their 2027 plans. They're merging 2 call centres. No budget yet. I'll check in again in the new year.", {"intent": LOG, "activity_type": CALL, "contact": "Ewa Kowalska", "account": "Vistula Bank"}),
        ("long", "Demo for Orion Labs done. Dr. Felix Hart was impressed by the LIMS link. They have 3 labs, 70 scientists. I'm sending him the validation docs on Friday at 12.", {"intent": LOG, "activity_type": MEET, "contact": "Felix Hart", "account": "Orion Labs", "due": wd(FRI, 12)}),
        ("long", "Called Mandla Ndlovu at Table Bay Wines. The 2024 vintage sold out, so they want more bottling capacity. I'll send him a proposal next Tuesday.", {"intent": LOG, "activity_type": CALL, "contact": "Mandla Ndlovu", "account": "Table Bay Wines", "due": wd(TUE)}),
        ("long", "Emailed Gianluca Moretti the draft contract. Moretti Marmi asked for payment in 3 instalments, which finance OK'd. Gianluca is out till the 7th.", {"intent": LOG, "activity_type": EMAIL, "contact": "Gianluca Moretti", "account": "Moretti Marmi"}),
        ("long", "Had a long call with Nikos Pappas at Olympus Marble. The quarry lost power for 2 days last week. He still wants the order shipped on time. I'll send him the new ship dates on Wednesday.", {"intent": LOG, "activity_type": CALL, "contact": "Nikos Pappas", "account": "Olympus Marble", "due": wd(WED)}),
        ("long", "Good meeting with the Tamarind Restaurants founders. Vikram Sethi did most of the talking. They have 11 sites and plan 4 more in 2027. Follow up on Monday at 3.", {"intent": LOG, "activity_type": MEET, "contact": "Vikram Sethi", "account": "Tamarind Restaurants", "due": wd(MON, 15)}),
        ("long", "Spoke to Hana Novakova. Bohemia Crystal is happy with the trial. She wants to go to 50 users. I'll send her the 50 user quote, 9k a year, tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Hana Novakova", "account": "Bohemia Crystal", "amount": "9000", "due": d(1)}),
        ("long", "Met Luis Ortega at the Iberia Steel stand at the fair. Hall 5. They're looking at 2 suppliers. I said I'd call him on Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Luis Ortega", "account": "Iberia Steel", "due": wd(WED)}),
        ("long", "Anouk de Vries called from Delft Ceramics. Their warehouse flooded, 200 pallets lost. Insurance will cover it. She'll reorder next month; I'll give her a ring on the 15th.", {"intent": LOG, "activity_type": CALL, "contact": "Anouk de Vries", "account": "Delft Ceramics", "due": ymd(2026, 12, 15)}),
        ("long", "The Pacific Rim Foods meeting was with Kenji Mori and his new boss. Kenji's still our contact. They want samples of 4 sauces. Shipping them Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Kenji Mori", "account": "Pacific Rim Foods", "due": wd(MON)}),
        ("long", "Wrote up the minutes and emailed them to Fergus Reid at Clyde Marine. Main actions: we fix the 2 open bugs, they test in December. Next check-in call Wednesday 11am.", {"intent": LOG, "activity_type": EMAIL, "contact": "Fergus Reid", "account": "Clyde Marine", "due": wd(WED, 11)}),
        ("long", "Talked to Amara Diallo from Baobab Telecom. Their tender closes on the 18th and they expect 5 bids. I'll send our answers on the 11th.", {"intent": LOG, "activity_type": CALL, "contact": "Amara Diallo", "account": "Baobab Telecom", "due": ymd(2026, 12, 11)}),
        ("long", "Meeting with Oliver Twist at Dickens Books was cancelled, so we did it by phone instead. He wants 200 more copies of the catalogue. I'll sort it tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Oliver Twist", "account": "Dickens Books", "due": d(1)}),
        ("long", "Dropped the signed contract off at Harcourt Legal in person. Saw Miriam Adeyemi at reception, she'll pass it on. Done.", {"intent": LOG, "activity_type": VISIT, "contact": "Miriam Adeyemi", "account": "Harcourt Legal"}),
        ("long", "On the phone with Zainab Yusuf at Kano Foods: they want to reorder 300 cases before Christmas. I'll confirm stock and get back to her Monday morning at 9.", {"intent": LOG, "activity_type": CALL, "contact": "Zainab Yusuf", "account": "Kano Foods", "due": wd(MON, 9)}),
        ("long", "We had the kickoff with Solaris Energy today. 12 people. Their PM, Ingrid Berg, will run it on their side. Weekly calls from next Tuesday at 10.", {"intent": LOG, "activity_type": MEET, "contact": "Ingrid Berg", "account": "Solaris Energy", "due": wd(TUE, 10)}),
        ("long", "Spoke to Ryan Murphy at Atlantic Freight. They're at 95% capacity and turning work away. Ryan asked for the expansion quote; I'll email it on Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Ryan Murphy", "account": "Atlantic Freight", "due": wd(FRI)}),
        ("long", "Met Lea Schmid and walked her through the numbers. Schmid Uhren want to start small, 5 shops. She'll decide by the 12th. I'll call her Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Lea Schmid", "account": "Schmid Uhren", "due": wd(MON)}),
        ("long", "Quick call with Anil Kapoor at Monsoon Air. Their fleet is 28 planes now. Nothing new on the deal. He'll ping me when the board decides.", {"intent": LOG, "activity_type": CALL, "contact": "Anil Kapoor", "account": "Monsoon Air"}),
        ("ask", "Had the annual review with Helena Costa from Lusitania Bank. They renewed for 60k EUR and added the reporting module. Next review November 2027.", {"intent": LOG, "activity_type": MEET, "contact": "Helena Costa", "account": "Lusitania Bank", "amount": "60000", "currency": EUR}),
        ("long", "Called the Hilltop Vets office. Spoke with Dr. Megan Price, she runs the 3 practices. Wants to see the booking app. Demo booked for Thursday the 3rd at 2pm.", {"intent": LOG, "activity_type": CALL, "contact": "Megan Price", "account": "Hilltop Vets", "due": ymd(2026, 12, 3, 14)}),
        ("long", "Sent Samuel Osei our reference list. He wants to call 2 customers before Accra Logistics decide. I'll check on him next Friday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Samuel Osei", "account": "Accra Logistics", "due": wd(FRI)}),
        ("long", "Nice visit to Glenmore Farms. Robert Kerr showed me the new dairy, 400 cows. He wants a quote for the milking sensors. I'll send it by the 4th.", {"intent": LOG, "activity_type": VISIT, "contact": "Robert Kerr", "account": "Glenmore Farms", "due": ymd(2026, 12, 4)}),
        ("long", "Spoke to Daniela Rossi on Monday but forgot to log it. Venezia Glass need 2 more weeks. Follow up on the 10th.", {"intent": LOG, "activity_type": CALL, "contact": "Daniela Rossi", "account": "Venezia Glass", "due": ymd(2026, 12, 10)}),
        ("long", "Had a quick word with Jasper Wells after the webinar. Wells Outdoor have 30 stores. He asked for a call next week, I'll propose Tuesday at 9.", {"intent": LOG, "activity_type": MEET, "contact": "Jasper Wells", "account": "Wells Outdoor", "due": wd(TUE, 9)}),
        ("long", "Met Tariq Aziz and his finance director at Indus Cement. Tariq wants to move fast, she wants references. I'll send Tariq 3 references tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Tariq Aziz", "account": "Indus Cement", "due": d(1)}),
        ("long", "Call with Eleni Georgiou at Aegean Foods. Their old system goes off support in 2027. She wants a migration plan. I'll draft it and call her on Wednesday at 3.", {"intent": LOG, "activity_type": CALL, "contact": "Eleni Georgiou", "account": "Aegean Foods", "due": wd(WED, 15)}),
        ("long", "Visited Kirsty Bell at Tay Valley Homes. Show home number 7 is where they want the demo kit. She's got 4 developments going. Follow up Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Kirsty Bell", "account": "Tay Valley Homes", "due": wd(FRI)}),
        ("long", "Emailed Ahmed Khan at Crescent Hotels the final invoice for the project. It's the 3rd of 3. Nothing else to do.", {"intent": LOG, "activity_type": EMAIL, "contact": "Ahmed Khan", "account": "Crescent Hotels"}),
        ("long", "Spent the morning at Brookfield Hospital with Nurse Manager Joan Fry. They have 6 wards on paper rotas. Joan wants a pilot on 1 ward. Sending the pilot plan Tuesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Joan Fry", "account": "Brookfield Hospital", "due": wd(TUE)}),
        ("long", "Diego Herrera rang from Andes Coffee. They want to double the order for January. I'll confirm pricing with him on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Diego Herrera", "account": "Andes Coffee", "due": wd(MON)}),
        ("long", "Breakfast meeting with Nina Petrovic of Sava Bank. She's keen but procurement takes 3 months there. Next step: I'll send the RFI answers by the 9th.", {"intent": LOG, "activity_type": MEET, "contact": "Nina Petrovic", "account": "Sava Bank", "due": ymd(2026, 12, 9)}),
        ("long", "Had a frank talk with Gordon Blake at Blake Haulage. They're 2 months late paying. He promised to pay half by Friday. I'll call him Monday if nothing arrives.", {"intent": LOG, "activity_type": CALL, "contact": "Gordon Blake", "account": "Blake Haulage", "due": wd(MON)}),
        ("long", "Met Ayumi Sato at Sakura Hotels. They run 18 hotels and want one booking system. Ayumi's boss signs off. I'll send her the proposal on the 7th.", {"intent": LOG, "activity_type": MEET, "contact": "Ayumi Sato", "account": "Sakura Hotels", "due": ymd(2026, 12, 7)}),
        ("long", "Zoom call with Olu Adeyemi, CTO of Lagos Fintech. 45 minutes on security. He wants our pen test report, I'll email it tomorrow at 10.", {"intent": LOG, "activity_type": MEET, "contact": "Olu Adeyemi", "account": "Lagos Fintech", "due": d(1, 10)}),
        ("long", "Spoke with Charlotte Dunn at Dunn & Partners. They want to cut the contract from 40 to 25 seats. Not great. I'll call her back Wednesday with options.", {"intent": LOG, "activity_type": CALL, "contact": "Charlotte Dunn", "account": "Dunn & Partners", "due": wd(WED)}),
        ("long", "Meeting with Ali Hassan at Sahara Logistics. 350 trucks. He likes the fuel reports. Next meeting on the 14th at 11.", {"intent": LOG, "activity_type": MEET, "contact": "Ali Hassan", "account": "Sahara Logistics", "due": ymd(2026, 12, 14, 11)}),
        ("long", "Called Freya Nilsson. Nilsson Design is growing, 15 to 25 people next year. She'll need more licences in February. Nothing for now.", {"intent": LOG, "activity_type": CALL, "contact": "Freya Nilsson", "account": "Nilsson Design"}),
        ("long", "Sent Rosa Delgado the case study she asked for. Delgado Foods are comparing us with 2 others. Chase her Thursday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Rosa Delgado", "account": "Delgado Foods", "due": wd(THU)}),
        ("long", "Met Sean Kelly at Kelly's Pubs this afternoon. 8 pubs, 1 brewery. He wants new tills in all of them. I'll send him a quote on the 3rd.", {"intent": LOG, "activity_type": MEET, "contact": "Sean Kelly", "account": "Kelly's Pubs", "due": ymd(2026, 12, 3)}),
        ("long", "Great demo with Hendrik Visser at Zeeland Ports. 6 terminals, 900 staff. Hendrik wants a pilot at terminal 2. I'll call him on Tuesday at 11 to plan it.", {"intent": LOG, "activity_type": MEET, "contact": "Hendrik Visser", "account": "Zeeland Ports", "due": wd(TUE, 11)}),
        ("long", "Phoned Marek Dvorak at Prague Brewing. Their 2027 budget is 75k. They'll decide in January. I'll follow up on the 8th.", {"intent": LOG, "activity_type": CALL, "contact": "Marek Dvorak", "account": "Prague Brewing", "amount": "75000", "due": ymd(2026, 12, 8)}),
        ("long", "Visited Aoife Byrne at Wicklow Pharma. She's new, replaced Brian Walsh who retired. 3 sites. I'll send her the onboarding pack on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Aoife Byrne", "account": "Wicklow Pharma", "due": wd(MON)}),
        ("long", "Had a call with Jacob Levi at Carmel Wines. Sales down 10% but they still want the upgrade. He'll confirm next week. I'll call him Friday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Jacob Levi", "account": "Carmel Wines", "due": wd(FRI, 10)}),
        ("long", "Met the buyer at Harvest Grocers, Priya Singh. 22 stores. They want shelf labels for all. I'll send the quote Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Priya Singh", "account": "Harvest Grocers", "due": wd(WED)}),
        ("long", "Emailed Matthias Keller the pricing for Keller Pumps. 3 options, from 12 to 30 pumps. I'll call him on Monday to discuss.", {"intent": LOG, "activity_type": EMAIL, "contact": "Matthias Keller", "account": "Keller Pumps", "due": wd(MON)}),
        ("long", "Spoke with Selin Kaya at Istanbul Textiles. They need the quote in lira. I'll redo it and send it tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Selin Kaya", "account": "Istanbul Textiles", "due": d(1)}),
        ("long", "Met with Johan Berg at Berg Marine. 4 boatyards. He wants training for 20 staff. Next meeting on the 10th at 2pm.", {"intent": LOG, "activity_type": MEET, "contact": "Johan Berg", "account": "Berg Marine", "due": ymd(2026, 12, 10, 14)}),
        ("long", "Called Lina Park at Seoul Cosmetics. They launch in Europe in 2027, 3 countries first. I'll send her market data on Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Lina Park", "account": "Seoul Cosmetics", "due": wd(FRI)}),
    ]
    # fmt: on


# Rows whose right behaviour is to ask: a follow-up with no one reading, or two people met
# alike (no one contact).
_ASK = frozenset({"ask", "several-ask"})
_ASK_MESSAGES = frozenset(
    {
        "Met Jon Berg and Sara Dahl from Fjord Salmon at their Bergen office. Good first meeting, they want to see a demo.",
        "Had a call with Amy Ross and Kate Bell at Thistle Finance. Both were positive about the pilot.",
    }
)


def build() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for style, message, expected in rows():
        lang = style.split("-", 1)[1] if style.startswith("lang-") else "en"
        ask = style in _ASK or message in _ASK_MESSAGES
        out.append(
            record(
                f"ln{len(out) + 1:04d}",
                message,
                expected,
                style=style,
                clock=CLOCK,
                lang=lang,
                ask=ask,
            )
        )
    return out


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
