# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_long2.jsonl``, a second development set of long messages (run by hand; the
output is committed and a test checks the two agree).

Why: on the blind sets the ``long`` style and ``log_activity`` were read fully right about 82%
of the time (goal 95%). ``dev_long`` had become the set those fixes were tuned on, so the
``plong2`` helper wrote these rows by hand in one sitting, before the parser was run on any of
them, to see whether fixes made on ``dev_long`` and ``dev_logs3`` hold on notes nobody tuned on:

- ``recap``: multi-sentence recaps after a call, meeting, visit or email, the person and the
  company anywhere, the rep's next step among a customer's own dates and deadlines;
- ``smalltalk``: small talk before or after the note ("Morning! Coffee's terrible today.");
- ``several``: more than one person named (a boss, a colleague of ours, a cc); the contact is
  the one the rep dealt with; ``several-ask``: two people met alike, no one contact (asked);
- ``headings``: meeting notes with headings or fields ("Attendees:", "Next steps:", "CALL
  SUMMARY") and bullets;
- ``forwarded``: a customer's email pasted in, with its signature (a phone or address there is
  the contact's);
- ``numbers``: phone numbers, extensions, seat counts, percentages, versions, ticket numbers,
  counts with a scale, a budget range;
- ``note``: news with no verb of contact ("Maria at Acme wants a discount …"): a ``note``;
- ``dictated``: lower case, no punctuation, numbers as words;
- ``ask``: a follow-up with no one reading (asked);
- ``remind``, ``deal-new``, ``deal-update``, ``deal-move``, ``unknown``: long messages that are
  no log: an obligation or a reminder asked for, a deal created, changed or moved, small talk
  and messages meant for colleagues.

Labels follow ``docs/understanding.md`` and ``TEST_README.md``'s choices: a log lists its type,
contact, account, its follow-up ``due`` (the rep's own next step only), money said in it (not a
range, not a count, not the customer's revenue), a phone or email written in it; a text message
is a call, a video call a meeting; ``text`` only for reminders and an update's next step; a move
lists no amount. ``expect_ask`` rows list only what is certain.

Every ``due`` and ``close`` is computed here with plain ``datetime`` + ``zoneinfo`` from the
row's ``now`` (Thursday 2026-11-26 10:00 Europe/Madrid), never by running crmbot.

    python tests/data/nlu_eval/make_dev_long2.py
"""

from __future__ import annotations

from pathlib import Path

from devkit import (
    CALL,
    CD,
    EMAIL,
    EUR,
    FRI,
    GBP,
    LOG,
    MD,
    MEET,
    MON,
    NOTE,
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

CLOCK = Clock("2026-11-26T10:00", "Europe/Madrid")  # a Thursday
d, wd, ymd, later = CLOCK.d, CLOCK.wd, CLOCK.ymd, CLOCK.later
close_on, month_end = CLOCK.close_on, CLOCK.month_end
OUT = Path(__file__).with_name("dev_long2.jsonl")

Row = tuple[str, str, dict[str, str]]


def rows() -> list[Row]:
    # fmt: off
    return [
        # ------------------------------------------------ recaps
        ("recap", "Had a good call with Maria Lopez from Acme this morning. She wants a quote for 40 seats by Friday, budget around 25k. Follow up next Tuesday 9am.", {"intent": LOG, "activity_type": CALL, "contact": "Maria Lopez", "account": "Acme", "amount": "25000", "due": wd(TUE, 9)}),
        ("recap", "Just wrapped up with Tom Reyes at Bluewave Marine. Long call, mostly about the engine telemetry, they have 23 vessels and want 5 on a pilot. I'll send the pilot terms on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Tom Reyes", "account": "Bluewave Marine", "due": wd(MON)}),
        ("recap", "Great meeting today with Priyanka Das and her team at Lotus Pharma. They're on SAP 6.0 and plan to upgrade in 2028. Priyanka asked for a reference customer; I'll line one up by Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Priyanka Das", "account": "Lotus Pharma", "due": wd(WED)}),
        ("recap", "Stopped by Kessler Bakery on the way back. Jonas Kessler says the new oven line doubled output to 4,000 loaves a day. He wants to talk about the cold store next month. Follow up on the 10th.", {"intent": LOG, "activity_type": VISIT, "contact": "Jonas Kessler", "account": "Kessler Bakery", "due": ymd(2026, 12, 10)}),
        ("recap", "Phoned Aisha Bello at Sahel Telecom. She confirmed the PO for 18k is with finance, 30 day payment terms. Nothing to do until the money lands.", {"intent": LOG, "activity_type": CALL, "contact": "Aisha Bello", "account": "Sahel Telecom", "amount": "18000"}),
        ("recap", "Emailed Gregor Novak at Alpine Rail the revised SLA (99.9% uptime, 4h response). He'll take it to their board on the 14th. Chase him on the 16th if I hear nothing.", {"intent": LOG, "activity_type": EMAIL, "contact": "Gregor Novak", "account": "Alpine Rail", "due": ymd(2026, 12, 16)}),
        ("recap", "Good lunch with Camille Laurent from Maison Verte. We talked about her trip to Japan for a while. On business: they want 12 more licences in Q1. I'll send the order form tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Camille Laurent", "account": "Maison Verte", "due": d(1)}),
        ("recap", "Caught up with Ben Adeyemi at Eko Foods over Teams. 3 of their 5 depots are live. The other 2 go live in January. Next check-in Tuesday at 2.", {"intent": LOG, "activity_type": MEET, "contact": "Ben Adeyemi", "account": "Eko Foods", "due": wd(TUE, 14)}),
        ("recap", "Rang Hilde Berg at Nordkapp Fisk, no answer, left a voicemail. Her direct line is +47 912 34 567. Try again Friday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Hilde Berg", "account": "Nordkapp Fisk", "phone": "+47 912 34 567", "due": wd(FRI, 10)}),
        ("recap", "Visited the Cortez Motors showroom in Valencia. Met Luis Cortez and their service manager. 60 cars on the floor, 8 bays in the workshop. Luis wants a proposal for the workshop system. Sending it Wednesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Luis Cortez", "account": "Cortez Motors", "due": wd(WED)}),
        ("recap", "Talked to Grace Mwangi at Savanna Airways for about 20 minutes. They've cut the budget by 15% for 2027 but our project survives. I'll call her back on Monday at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Grace Mwangi", "account": "Savanna Airways", "due": wd(MON, 11)}),
        ("recap", "Sent Oliver Grant at Thames Legal the contract, v3 with the changes to clause 12. He'll get it signed next week. Nothing from me.", {"intent": LOG, "activity_type": EMAIL, "contact": "Oliver Grant", "account": "Thames Legal"}),
        ("recap", "Meeting with Farah Khan at Crescent Bank went well. 4 people from their side, 2 from ours. They want a second demo for the risk team. I'm booking it for December 9 at 10am.", {"intent": LOG, "activity_type": MEET, "contact": "Farah Khan", "account": "Crescent Bank", "due": ymd(2026, 12, 9, 10)}),
        ("recap", "Had a quick chat with Diego Torres from Andes Coffee. Their harvest was down 20% this year so the order shrinks to 300 bags. Follow up Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Diego Torres", "account": "Andes Coffee", "due": wd(FRI)}),
        ("recap", "Lunch at the Grand with Rebecca Stone, CFO of Stone & Partners. She's keen but won't decide before their year end on March 31. I'll check in on the 15th.", {"intent": LOG, "activity_type": MEET, "contact": "Rebecca Stone", "account": "Stone & Partners", "due": ymd(2026, 12, 15)}),
        ("recap", "Called back Yuki Tanaka at Sakura Electronics. She wanted to know if version 4.2 fixes the export bug. It does. I promised release notes by tomorrow at 5.", {"intent": LOG, "activity_type": CALL, "contact": "Yuki Tanaka", "account": "Sakura Electronics", "due": d(1, 17)}),
        ("recap", "Went to see Patrick Byrne at Claddagh Foods in Galway today. Nice plant, 250 staff. He needs the quote before their budget meeting on the 12th. I'll send it on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Patrick Byrne", "account": "Claddagh Foods", "due": wd(MON)}),
        ("recap", "Spoke with Hannah Weiss at Edelweiss Hotels. They have 14 properties, 2 under renovation. She asked for 3 references, sending them Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Hannah Weiss", "account": "Edelweiss Hotels", "due": wd(FRI)}),
        ("recap", "Right, so the Tesco Ireland review happened. Niamh Kelly chaired, the category team was there too. Our numbers were good, 12% up on last year. She wants the 2027 plan by the 18th; I'll send it on the 15th.", {"intent": LOG, "activity_type": MEET, "contact": "Niamh Kelly", "account": "Tesco Ireland", "due": ymd(2026, 12, 15)}),
        ("recap", "Finally heard back from Malik Johnson at Cityline Buses by email. They've approved the trial on 10 buses starting January 4. I'll confirm the install team tomorrow.", {"intent": LOG, "activity_type": EMAIL, "contact": "Malik Johnson", "account": "Cityline Buses", "due": d(1)}),
        ("recap", "Dropped in at Greenway Garden Centre to see Rose Hill. The autumn range sold out. She'd like the spring catalogue, I'm posting it on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Rose Hill", "account": "Greenway Garden Centre", "due": wd(MON)}),
        ("recap", "Two hour workshop with Hiroshi Sato's team at Fuji Logistics. Hiroshi wants the integration estimate, I'll send it next Thursday.", {"intent": LOG, "activity_type": MEET, "contact": "Hiroshi Sato", "account": "Fuji Logistics", "due": wd(THU)}),
        ("recap", "Texted Chidi Obi at Lagos Fresh to confirm tomorrow's delivery window. He replied ok. Nothing else.", {"intent": LOG, "activity_type": CALL, "contact": "Chidi Obi", "account": "Lagos Fresh"}),
        ("recap", "Andrea Costa from Venezia Glass called me this morning, unhappy about 3 broken crates. I've asked the warehouse to resend. Will call her back at 4 today.", {"intent": LOG, "activity_type": CALL, "contact": "Andrea Costa", "account": "Venezia Glass", "due": d(0, 16)}),
        ("recap", "Spent the afternoon at Nordwind Windparks with Klaus Richter. They have 48 turbines, 6 need new sensors. Quote to Klaus on Wednesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Klaus Richter", "account": "Nordwind Windparks", "due": wd(WED)}),
        ("recap", "Webinar follow-up: spoke with Fatima Zahra from Atlas Argan, she attended with 2 colleagues. She wants a call with our product lead. Booking it for Tuesday at 4.", {"intent": LOG, "activity_type": CALL, "contact": "Fatima Zahra", "account": "Atlas Argan", "due": wd(TUE, 16)}),
        ("recap", "Quick recap after my call with Ivan Petrov (Ural Metals): they need 3 quotes before year end for compliance, ours is one of them. I'll send ours Monday at 9.", {"intent": LOG, "activity_type": CALL, "contact": "Ivan Petrov", "account": "Ural Metals", "due": wd(MON, 9)}),
        ("recap", "Meeting moved from 2pm to 4pm, but we made it: met Oskar Nilsson at Malmo Marin with their tech lead. Oskar wants the API sandbox; I'll set it up by Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Oskar Nilsson", "account": "Malmo Marin", "due": wd(TUE)}),
        ("recap", "Good chat on the phone with Leila Ahmadi from Zagros Carpets, 25 min. She's ordering the 2 big looms in March. No follow-up needed.", {"intent": LOG, "activity_type": CALL, "contact": "Leila Ahmadi", "account": "Zagros Carpets"}),
        ("recap", "Ran into Bruno Costa from Lisbon Port Authority at the conference dinner. He mentioned a tender for 6 cranes next spring. Email him the capability statement Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Bruno Costa", "account": "Lisbon Port Authority", "due": wd(MON)}),
        ("recap", "Called Helga Schmidt at Bavaria Brau. 30 min. They renewed last year for 2 years; this year she wants to add the brewery app. I'll send pricing on the 2nd.", {"intent": LOG, "activity_type": CALL, "contact": "Helga Schmidt", "account": "Bavaria Brau", "due": ymd(2026, 12, 2)}),
        # ------------------------------------------------ small talk around the note
        ("smalltalk", "Morning! Coffee's terrible today. Anyway, called Ravi Kumar at Indigo Software yesterday, he wants the API docs. I'll email them on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Ravi Kumar", "account": "Indigo Software", "due": wd(MON)}),
        ("smalltalk", "What a week. Finally met Sofia Marques from Atlantico Resorts face to face. She's lovely. They want a pilot at 2 hotels from February. I'll send the pilot plan next Wednesday. Off for the weekend soon!", {"intent": LOG, "activity_type": MEET, "contact": "Sofia Marques", "account": "Atlantico Resorts", "due": wd(WED)}),
        ("smalltalk", "Ugh, traffic. Anyway: visited Brennan Hardware, saw Kieran Brennan. They want 3 more tills. Follow up Tuesday. Now lunch.", {"intent": LOG, "activity_type": VISIT, "contact": "Kieran Brennan", "account": "Brennan Hardware", "due": wd(TUE)}),
        ("smalltalk", "Happy Thursday all. Quick one: emailed Nadia Petrov at Baltic Amber the samples list. She'll come back next week.", {"intent": LOG, "activity_type": EMAIL, "contact": "Nadia Petrov", "account": "Baltic Amber"}),
        ("smalltalk", "Back from the dentist, finally. Phoned Joao Pereira at Douro Cork while waiting. He's happy with the last shipment. Next call on the 9th at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Joao Pereira", "account": "Douro Cork", "due": ymd(2026, 12, 9, 11)}),
        ("smalltalk", "Snowing here! Met Anders Lund at Lund Timber before the roads closed. They want 20 more scanners. Sending the quote Friday. Stay warm everyone.", {"intent": LOG, "activity_type": MEET, "contact": "Anders Lund", "account": "Lund Timber", "due": wd(FRI)}),
        # ------------------------------------------------ several people named
        ("several", "Met Carlos Ruiz at Iberia Steel with his boss Marta Gil. Carlos runs the project day to day. I'll send Carlos the plan on Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Carlos Ruiz", "account": "Iberia Steel", "due": wd(FRI)}),
        ("several", "Call with Eva Novak at Moravia Glass. Her colleague Petr Dvorak from IT joined to ask about SSO. Eva wants the security pack; I'll send it tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Eva Novak", "account": "Moravia Glass", "due": d(1)}),
        ("several", "My colleague Anna and I visited Kowalski Transport. We met Jan Kowalski, the owner. He wants 40 trackers. Follow up on the 3rd.", {"intent": LOG, "activity_type": VISIT, "contact": "Jan Kowalski", "account": "Kowalski Transport", "due": ymd(2026, 12, 3)}),
        ("several", "Spoke to Mark Ellis at Hartley Foods. He said his CEO, Diane Hartley, signs off all new suppliers. I'll call Mark again Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Mark Ellis", "account": "Hartley Foods", "due": wd(MON)}),
        ("several", "Emailed Tom Baker at Baker Brothers, cc Sue Jones from our legal team. Asked him to confirm the delivery address. Follow up Monday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Tom Baker", "account": "Baker Brothers", "due": wd(MON)}),
        ("several", "Lunch with Meera Iyer from Ganga Textiles. She brought along Vikram, her new buyer. Sending Meera the contract draft on Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Meera Iyer", "account": "Ganga Textiles", "due": wd(FRI)}),
        ("several", "Our CTO Paul joined my call with Selin Kaya at Anatolia Telecom to answer the technical questions. Selin seemed convinced. Next call Wednesday at 3.", {"intent": LOG, "activity_type": CALL, "contact": "Selin Kaya", "account": "Anatolia Telecom", "due": wd(WED, 15)}),
        ("several", "Visited Hollis Dairy. Frank Hollis was out, so I met his daughter Emma Hollis who runs the office now. Emma wants the invoicing module. I'll send Emma a quote Tuesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Emma Hollis", "account": "Hollis Dairy", "due": wd(TUE)}),
        ("several-ask", "Zoom with Lars Holm and Pia Lund at Dansk Energi this morning. Both want a trial, both seemed keen.", {"intent": LOG, "activity_type": MEET, "account": "Dansk Energi"}),
        ("several-ask", "Met Ruth Klein and Daniel Roth from Klein Roth Architects for dinner. Good evening, lots of ideas.", {"intent": LOG, "activity_type": MEET, "account": "Klein Roth Architects"}),
        # ------------------------------------------------ notes with headings and fields
        ("headings", "Meeting notes - Pinewood Schools\nAttendees: Helen Shaw (bursar), me\nDiscussed: 6 schools, 1,800 pupils, budget for 2027\nNext steps: I send the quote by Dec 4", {"intent": LOG, "activity_type": MEET, "contact": "Helen Shaw", "account": "Pinewood Schools", "due": ymd(2026, 12, 4)}),
        ("headings", "CALL SUMMARY\nClient: Redstone Mining\nContact: Peter Okoro\nNotes: wants 2 more sites, 120 sensors each\nFollow-up: Tuesday 3pm", {"intent": LOG, "activity_type": CALL, "contact": "Peter Okoro", "account": "Redstone Mining", "due": wd(TUE, 15)}),
        ("headings", "Visit report - Fenwick Farms\n* met Alice Fenwick in the yard\n* 400 cows, 2 milking parlours\n* interested in the herd app\nAction: send brochure Monday", {"intent": LOG, "activity_type": VISIT, "contact": "Alice Fenwick", "account": "Fenwick Farms", "due": wd(MON)}),
        ("headings", "Notes from my call with Omar Haddad (Levant Foods):\n1) prices up 8% in January\n2) they want 90 day terms\n3) I call him back Friday at 4", {"intent": LOG, "activity_type": CALL, "contact": "Omar Haddad", "account": "Levant Foods", "due": wd(FRI, 16)}),
        ("headings", "Recap\n\nMet Ingrid Dahl at Fjord Logistics. Main points:\n- 3 warehouses, 1 in Bergen\n- budget 60k\n- decision by end of January\n\nNext: send proposal Wednesday", {"intent": LOG, "activity_type": MEET, "contact": "Ingrid Dahl", "account": "Fjord Logistics", "amount": "60000", "due": wd(WED)}),
        ("headings", "Demo - Halcyon Health\nWho: Dr. Sam Patel + 4 nurses\nHow it went: good, 2 bugs showed\nTodo: fix list to Sam by tomorrow", {"intent": LOG, "activity_type": MEET, "contact": "Sam Patel", "account": "Halcyon Health", "due": d(1)}),
        ("headings", "Email to Laura Chen @ Pacific Pearl, sent 10:40\n- price list 2027\n- 3 samples ordered\nchase Tuesday", {"intent": LOG, "activity_type": EMAIL, "contact": "Laura Chen", "account": "Pacific Pearl", "due": wd(TUE)}),
        ("headings", "Subject: site visit Quarry Hill Aggregates\nPeople: Neil Watts (ops)\nSummary: 2 crushers down, need parts fast\nMy action: call Neil back Monday 10am", {"intent": LOG, "activity_type": VISIT, "contact": "Neil Watts", "account": "Quarry Hill Aggregates", "due": wd(MON, 10)}),
        # ------------------------------------------------ customers' emails pasted in
        ("forwarded", "Logging the reply from Jorge Silva at Amazonia Timber:\n> Hi, thanks for the proposal. We can go ahead with 25 units. Best, Jorge\n--\nJorge Silva\nHead of Operations\nTel +55 11 4567 8900\nI'll send the order confirmation tomorrow.", {"intent": LOG, "activity_type": EMAIL, "contact": "Jorge Silva", "account": "Amazonia Timber", "phone": "+55 11 4567 8900", "due": d(1)}),
        ("forwarded", "Got this from Nina Berg at Polaris Shipping: 'We need the revised offer before Dec 15, our budget is 45k.' Her signature says Procurement Lead, nina.berg@polarisship.com. I'll send the offer Friday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Nina Berg", "account": "Polaris Shipping", "email": "nina.berg@polarisship.com", "amount": "45000", "due": wd(FRI)}),
        ("forwarded", "Email thread with Kwame Asante (Volta Cocoa): he confirmed 2 containers for March and asked for our 2027 prices. Sent them back within the hour. Nothing open.", {"intent": LOG, "activity_type": EMAIL, "contact": "Kwame Asante", "account": "Volta Cocoa"}),
        ("forwarded", "Fwd note for the file. Emailed with Agnes Varga at Danubia Water:\n\"Dear all, the tender closes on 20 December. Kind regards, Agnes Varga, Danubia Water, +36 1 234 5678\"\nI'll submit ours on the 17th.", {"intent": LOG, "activity_type": EMAIL, "contact": "Agnes Varga", "account": "Danubia Water", "phone": "+36 1 234 5678", "due": ymd(2026, 12, 17)}),
        # ------------------------------------------------ numbers that are no date or amount
        ("numbers", "Called Sean Murphy at Liffey Brewing, mobile 086 555 1234. They brew 40,000 hectolitres a year and want to track all 12 tanks. Follow up Wednesday 10am.", {"intent": LOG, "activity_type": CALL, "contact": "Sean Murphy", "account": "Liffey Brewing", "phone": "086 555 1234", "due": wd(WED, 10)}),
        ("numbers", "Met Elena Rossi at Milano Moda. 35% of their sales are online now, up from 20% in 2024. She wants a demo of version 5. Demo booked for Dec 8 at 3pm.", {"intent": LOG, "activity_type": MEET, "contact": "Elena Rossi", "account": "Milano Moda", "due": ymd(2026, 12, 8, 15)}),
        ("numbers", "Visited Unit 7, Harbour Park with Dan Fox from Fox Joinery. 14 staff, 3 vans, 2 saws from 1995. He'd like a quote by Friday. I'll send it Thursday.", {"intent": LOG, "activity_type": VISIT, "contact": "Dan Fox", "account": "Fox Joinery", "due": wd(THU)}),
        ("numbers", "Spoke with Lina Haddad at Cedar Clinics about ticket #4471. 2 of their 9 clinics can't print. Support fixed it this morning. Call her back tomorrow at 10 to check.", {"intent": LOG, "activity_type": CALL, "contact": "Lina Haddad", "account": "Cedar Clinics", "due": d(1, 10)}),
        ("numbers", "Emailed Arif Rahman at Bengal Jute the quote for 500 bales, same price as last year. He'll reply after their meeting on the 2nd.", {"intent": LOG, "activity_type": EMAIL, "contact": "Arif Rahman", "account": "Bengal Jute"}),
        ("numbers", "Meeting at Orbit Gyms with Jake Moss. They have 22 gyms and 9,000 members, growing 10% a year. He liked the app. Next meeting December 11 at 2pm.", {"intent": LOG, "activity_type": MEET, "contact": "Jake Moss", "account": "Orbit Gyms", "due": ymd(2026, 12, 11, 14)}),
        ("numbers", "Call with Sara Lind at Lind Dental, she's on extension 214. 3 chairs, 2 hygienists. Wants to start in January. I'll ring her Monday at 9.", {"intent": LOG, "activity_type": CALL, "contact": "Sara Lind", "account": "Lind Dental", "due": wd(MON, 9)}),
        ("numbers", "Had coffee with Paolo Ricci from Ricci Vini. They exported 1.2 million bottles last year. He wants the label printer quote, 3 lines. Follow up on the 9th.", {"intent": LOG, "activity_type": MEET, "contact": "Paolo Ricci", "account": "Ricci Vini", "due": ymd(2026, 12, 9)}),
        ("numbers", "Phoned Zara Ahmed at Crescent Foods. Their revenue is about 40m and they're opening 6 stores. Budget for us is 35k. Follow-up call Friday 11am.", {"intent": LOG, "activity_type": CALL, "contact": "Zara Ahmed", "account": "Crescent Foods", "amount": "35000", "due": wd(FRI, 11)}),
        ("numbers", "Lunch with Ben Carter from Carter Cranes. They want 2 cranes serviced, budget 20-25k. Follow up Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Ben Carter", "account": "Carter Cranes", "due": wd(MON)}),
        ("numbers", "Visited Apex Print at 14 Mill Lane. Met Gary Stone, 2nd generation owner. Their 2 presses run 24/7. He wants a service plan; I'll send it on the 1st.", {"intent": LOG, "activity_type": VISIT, "contact": "Gary Stone", "account": "Apex Print", "due": ymd(2026, 12, 1)}),
        ("numbers", "Called Mei Lin at Jade Logistics, 3rd try this week. Got her at last. 150 drivers, 10k deliveries a month. She wants a trial. Follow up on Dec 7 at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Mei Lin", "account": "Jade Logistics", "due": ymd(2026, 12, 7, 10)}),
        # ------------------------------------------------ news with no verb of contact: a note
        ("note", "Maria Lopez at Acme wants a discount on the renewal, 10% if they sign for 3 years. Follow up Monday.", {"intent": LOG, "activity_type": NOTE, "contact": "Maria Lopez", "account": "Acme", "due": wd(MON)}),
        ("note", "FYI Orion Pharma is merging with Helix Bio in Q2. Our contact Jane Doe stays on. Nothing to do yet.", {"intent": LOG, "activity_type": NOTE, "contact": "Jane Doe", "account": "Orion Pharma"}),
        ("note", "Note on Greenfield Energy: their CFO left, the new one starts on January 5. Budget frozen till then. Check back on the 7th.", {"intent": LOG, "activity_type": NOTE, "account": "Greenfield Energy", "due": ymd(2026, 12, 7)}),
        ("note", "Rajesh at Tata Motors wants the quote split into 2 phases. Phase 1 by March. Sending him the split quote on Tuesday.", {"intent": LOG, "activity_type": NOTE, "contact": "Rajesh", "account": "Tata Motors", "due": wd(TUE)}),
        ("note", "bluebird cafe wants to pause their subscription for january and february, the owner is linda. follow up next monday", {"intent": LOG, "activity_type": NOTE, "contact": "linda", "account": "bluebird cafe", "due": wd(MON)}),
        ("note", "Heads up: Tomas Vidal at Iberica Seguros got an offer from a competitor that's 20% cheaper. He still prefers us. Follow up Friday at 10.", {"intent": LOG, "activity_type": NOTE, "contact": "Tomas Vidal", "account": "Iberica Seguros", "due": wd(FRI, 10)}),
        ("note", "Karen Wu from Pacific Rim Travel is moving to their Singapore office in January. Her replacement isn't named yet.", {"intent": LOG, "activity_type": NOTE, "contact": "Karen Wu", "account": "Pacific Rim Travel"}),
        # ------------------------------------------------ dictated
        ("dictated", "so um just got back from the meeting with gary holt at holt engineering they want twenty units at about eight thousand euros total i'll send the quote on tuesday", {"intent": LOG, "activity_type": MEET, "contact": "gary holt", "account": "holt engineering", "amount": "8000", "currency": EUR, "due": wd(TUE)}),
        ("dictated", "okay quick log called priya menon at lotus textiles she's on leave until the fourth so i'll call her back on the seventh", {"intent": LOG, "activity_type": CALL, "contact": "priya menon", "account": "lotus textiles", "due": ymd(2026, 12, 7)}),
        ("dictated", "had a video call with daniel kim from seoul robotics they have like fifty engineers and want a pilot for ten of them follow up next friday at three", {"intent": LOG, "activity_type": MEET, "contact": "daniel kim", "account": "seoul robotics", "due": wd(FRI, 15)}),
        ("dictated", "visited the folks at riverside vets met dr claire nolan she wants the booking module and asked about pricing i'll email her on monday", {"intent": LOG, "activity_type": VISIT, "contact": "claire nolan", "account": "riverside vets", "due": wd(MON)}),
        ("dictated", "right so i spoke with abdul karim at desert rose hotels for ages they have nine hotels and two more opening in twenty twenty seven i'll send him the case study tomorrow morning", {"intent": LOG, "activity_type": CALL, "contact": "abdul karim", "account": "desert rose hotels", "due": d(1, 9)}),
        ("dictated", "emailed the pricing to laura bianchi at bianchi foods she said their budget is thirty thousand pounds so we're close follow up on wednesday", {"intent": LOG, "activity_type": EMAIL, "contact": "laura bianchi", "account": "bianchi foods", "amount": "30000", "currency": GBP, "due": wd(WED)}),
        # ------------------------------------------------ follow-ups with no one reading: ask
        ("ask", "Called Ahmed Nasser at Gulf Pearl. Good chat. I'll get back to him sometime next week.", {"intent": LOG, "activity_type": CALL, "contact": "Ahmed Nasser", "account": "Gulf Pearl"}),
        ("ask", "Met Olga Ivanova at Neva Paper. She wants a quote. I'll send it Tuesday or Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Olga Ivanova", "account": "Neva Paper"}),
        ("ask", "Visited Kamala Foods, met Sunil Rao. They want to go live after Diwali. I'll follow up after the holidays.", {"intent": LOG, "activity_type": VISIT, "contact": "Sunil Rao", "account": "Kamala Foods"}),
        ("ask", "Had a call with Victor Dumas at Lumiere Paints. He's keen on the bundle. Let's touch base again early January.", {"intent": LOG, "activity_type": CALL, "contact": "Victor Dumas", "account": "Lumiere Paints"}),
        ("ask", "Met Tariq Aziz at Indus Textiles. Positive meeting. I'll call him on Friday at 3 or 4.", {"intent": LOG, "activity_type": MEET, "contact": "Tariq Aziz", "account": "Indus Textiles"}),
        ("ask", "Emailed Rosa Blanco at Sevilla Olives the catalogue. Follow up in 2-3 weeks.", {"intent": LOG, "activity_type": EMAIL, "contact": "Rosa Blanco", "account": "Sevilla Olives"}),
        # ------------------------------------------------ reminders (no log)
        ("remind", "Busy day tomorrow with back-to-back meetings. Remind me at 8am to print the contracts for Acme.", {"intent": R, "account": "Acme", "due": d(1, 8), "text": "print the contracts for Acme"}),
        ("remind", "Note to self: I must call Henrik Lund at Lund Marine on Monday at 10 about the renewal.", {"intent": R, "contact": "Henrik Lund", "account": "Lund Marine", "due": wd(MON, 10), "text": "call Henrik Lund at Lund Marine about the renewal"}),
        ("remind", "Can you remind me tomorrow at 3 to send Olivia the revised deck? She asked for it on our call today.", {"intent": R, "contact": "Olivia", "due": d(1, 15), "text": "send Olivia the revised deck"}),
        ("remind", "Don't let me forget: Friday at 11, chase the PO from Westfield Retail.", {"intent": R, "account": "Westfield Retail", "due": wd(FRI, 11), "text": "chase the PO from Westfield Retail"}),
        ("remind", "Trade fair planning is a mess. Ping me on the 3rd at 9 to book the trade fair flights.", {"intent": R, "due": ymd(2026, 12, 3, 9), "text": "book the trade fair flights"}),
        ("remind", "Set a reminder for Wednesday at 4pm: call Sofia Alves at Porto Wines about the 2027 prices.", {"intent": R, "contact": "Sofia Alves", "account": "Porto Wines", "due": wd(WED, 16), "text": "call Sofia Alves at Porto Wines about the 2027 prices"}),
        ("remind", "After today's call I have a lot to do. Remind me tomorrow at 9 to draft the proposal for Northgate Clinics.", {"intent": R, "account": "Northgate Clinics", "due": d(1, 9), "text": "draft the proposal for Northgate Clinics"}),
        ("remind", "accounts lost the invoice again. gotta email Pedro Gomez a copy friday morning", {"intent": R, "contact": "Pedro Gomez", "due": wd(FRI, 9), "text": "email Pedro Gomez a copy"}),
        ("remind", "Housekeeping item. Remind me on December 10 at 10am to renew the Vega Labs support contract.", {"intent": R, "account": "Vega Labs", "due": ymd(2026, 12, 10, 10), "text": "renew the Vega Labs support contract"}),
        ("remind", "Remind me monday at 8:30 to prep for the Halden Bank pitch. 3 slides max this time.", {"intent": R, "account": "Halden Bank", "due": wd(MON, 8, 30), "text": "prep for the Halden Bank pitch"}),
        ("remind", "I'm driving, remind me in 30 minutes to call Lucy Grant back.", {"intent": R, "contact": "Lucy Grant", "due": later(minutes=30), "text": "call Lucy Grant back"}),
        ("remind", "Tomorrow at 2pm remind me to send the onboarding checklist to Marco Ferri.", {"intent": R, "contact": "Marco Ferri", "due": d(1, 14), "text": "send the onboarding checklist to Marco Ferri"}),
        # ------------------------------------------------ new deals
        ("deal-new", "New deal from today's meeting: Harbor Cold Storage expansion, 85k EUR, closing in March.", {"intent": CD, "deal": "Harbor Cold Storage expansion", "amount": "85000", "currency": EUR, "close": month_end(2027, 3)}),
        ("deal-new", "Add a new opportunity with Kestrel Foods, 40k, expected to close end of January. Came in through the website.", {"intent": CD, "account": "Kestrel Foods", "amount": "40000", "close": month_end(2027, 1)}),
        ("deal-new", "Good news from the trade show! New deal: Sunrise Hotels wifi upgrade, $120,000, proposal stage, close by Q1.", {"intent": CD, "deal": "Sunrise Hotels wifi upgrade", "amount": "120000", "currency": USD, "stage": "presentation", "close": month_end(2027, 3)}),
        ("deal-new", "Open a deal for Oakridge Dental worth 9,500 euros. They have 3 clinics and 12 chairs. Closing on December 18.", {"intent": CD, "account": "Oakridge Dental", "amount": "9500", "currency": EUR, "close": close_on(2026, 12, 18)}),
        ("deal-new", "new deal Atlas Freight telematics 60k closing this quarter, 200 trucks", {"intent": CD, "deal": "Atlas Freight telematics", "amount": "60000", "close": month_end(2026, 12)}),
        ("deal-new", "After the call with their CFO: log a 250k opportunity with Meridian Bank, close in June.", {"intent": CD, "account": "Meridian Bank", "amount": "250000", "close": month_end(2027, 6)}),
        ("deal-new", "New deal: Lindqvist Bygg site software, 300k SEK for 30 sites, closing end of February.", {"intent": CD, "deal": "Lindqvist Bygg site software", "amount": "300000", "currency": "SEK", "close": month_end(2027, 2)}),
        ("deal-new", "we just got a verbal yes! new deal Crane & Co payroll, 18k, presentation stage", {"intent": CD, "deal": "Crane & Co payroll", "amount": "18000", "stage": "presentation"}),
        # ------------------------------------------------ deal updates
        ("deal-update", "Update on the Vireo Labs expansion: they cut the scope to 4 sites, so it's 48k now.", {"intent": UD, "deal": "Vireo Labs expansion", "amount": "48000"}),
        ("deal-update", "Bad news on the Harlow Stores renewal, their budget round slipped, so the close moves to end of February.", {"intent": UD, "deal": "Harlow Stores renewal", "close": month_end(2027, 2)}),
        ("deal-update", "The Brightwater pilot is now worth 32k after they added 2 depots. Expected close January 15.", {"intent": UD, "deal": "Brightwater pilot", "amount": "32000", "close": close_on(2027, 1, 15)}),
        ("deal-update", "Next step for the Castlegate Foods trial: send the proposal with the 5 buyer logins.", {"intent": UD, "deal": "Castlegate Foods trial", "text": "send the proposal with the 5 buyer logins"}),
        ("deal-update", "Push the Medina Textiles deal to Q2, procurement won't move before their ERP upgrade.", {"intent": UD, "deal": "Medina Textiles", "close": month_end(2027, 6)}),
        ("deal-update", "Saffron Health app: bump to 150k, they want the patient portal too (2 more modules).", {"intent": UD, "deal": "Saffron Health app", "amount": "150000"}),
        ("deal-update", "Kestrel Air renewal - change the close date to 20 December, the 3 year term is agreed.", {"intent": UD, "deal": "Kestrel Air renewal", "close": close_on(2026, 12, 20)}),
        ("deal-update", "Greystone Property deal: amount down to €75,000 after the discount, closing now expected in March.", {"intent": UD, "deal": "Greystone Property", "amount": "75000", "currency": EUR, "close": month_end(2027, 3)}),
        # ------------------------------------------------ deal moves
        ("deal-move", "Great news everyone, the Ferro Marine phase 2 deal is won! Marco signed this morning.", {"intent": MD, "deal": "Ferro Marine phase 2", "stage": "won"}),
        ("deal-move", "Lost the Dragon Water deal. They went with a competitor 10% cheaper. Oh well.", {"intent": MD, "deal": "Dragon Water", "stage": "lost"}),
        ("deal-move", "Move Saturn Retail loyalty to negotiation, Kaveh accepted the 3 year terms in principle.", {"intent": MD, "deal": "Saturn Retail loyalty", "stage": "closing"}),
        ("deal-move", "Birch Clinics expansion moved to proposal stage after yesterday's demo with 6 clinic managers.", {"intent": MD, "deal": "Birch Clinics expansion", "stage": "presentation"}),
        ("deal-move", "Mark the Liffey Print press deal as lost - they bought a used press for 40k instead.", {"intent": MD, "deal": "Liffey Print press", "stage": "lost"}),
        ("deal-move", "Polar Fisk is closed won!! 3 years, 45 users. Champagne time.", {"intent": MD, "deal": "Polar Fisk", "stage": "won"}),
        # ------------------------------------------------ no CRM action
        ("unknown", "Long day at the fair. Must have talked to 50 people. My feet hurt and the coffee was awful.", {"intent": U}),
        ("unknown", "Team, please update your pipelines before Friday's forecast call, 10am sharp. Thanks!", {"intent": U}),
        ("unknown", "Can someone from support call Jorge at Amazonia back? He's been waiting 2 days.", {"intent": U}),
        ("unknown", "Lol the demo gods were not with me today. Laptop died twice. Anyway, how is everyone?", {"intent": U}),
        ("unknown", "What's the capital of Australia? Settling a bet with the team.", {"intent": U}),
        ("unknown", "Thanks for covering for me yesterday, Sam. I owe you a coffee. The Acme people seemed happy.", {"intent": U}),
        ("unknown", "Reminder to all: the office is closed on December 24 and 25, and the Christmas party is on the 18th at 7pm.", {"intent": U}),
        ("unknown", "Did anyone see the email from Finance about expense reports? The new limit is 50 euros a day for meals.", {"intent": U}),
        ("unknown", "Is it just me or is the CRM slow today? Took 30 seconds to load the Globex page.", {"intent": U}),
    ]
    # fmt: on


# Rows whose right behaviour is to ask: a follow-up with no one reading, or two people met
# alike (no one contact).
_ASK = frozenset({"ask", "several-ask"})


def build() -> list[dict[str, object]]:
    return [
        record(f"lo{i:04d}", message, expected, style=style, clock=CLOCK, ask=style in _ASK)
        for i, (style, message, expected) in enumerate(rows(), start=1)
    ]


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
