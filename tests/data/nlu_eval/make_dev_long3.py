# A table of labelled rows reads best one row a line:
# ruff: noqa: E501
"""Build ``dev_long3.jsonl``, a third development set of long notes (run by hand; the output is
committed and a test checks the two agree).

Why: on the blind sets ``long`` notes were still the weakest style (about 73-80% fully right)
and the one where dates were still read wrong. ``dev_long`` and ``dev_long2`` had become sets
fixes were tuned on, so the ``plong3`` helper wrote these rows by hand in one sitting, before
the parser was run on any of them, in the shapes those sets did not stress:

- ``recap``: multi-sentence notes pasted after a meeting, with a customer's own dates and
  deadlines beside the rep's next step;
- ``numbers``: headcounts, seats, versions, percentages, rooms and wards, "Q3", "2-3 weeks",
  "5-year": numbers that are neither amounts nor dates;
- ``moved``: a time or day that changed ("moved from 2pm to 4pm", "at 4 not 3"): when the
  changed time is the slot the note sets it is asked about; a moved meeting that already
  happened is context and the note's own next step is the follow-up;
- ``pasttime``: a time already past as context ("we spoke at 10", "the 8am call") next to a
  follow-up still to come;
- ``leadin``: lead-in words that are no names ("Bad news on …", "Quick update:", "FYI",
  "Heads up", "Long story short", "Good news!");
- ``botq``: a complaint or question to the bot inside a note ("Is the CRM slow today?"); alone
  it is ``unknown``;
- ``several``: several people and companies in one note; the contact is the one the rep
  dealt with, two met alike are asked about (``several-ask``);
- ``email``: pasted email bodies; with the rep's own framing ("Logging an email from …") a log
  (a phone in the customer's signature is the contact's), bare ("Fwd: …", "Hi Rania, …",
  "Dear Mr. Osei, …") a message to someone else: ``unknown``;
- ``dictated``: notes dictated while driving, lower case, numbers as words;
- ``ask``: a follow-up with no one reading (asked);
- ``remind``, ``deal``, ``unknown``: long messages that are no log.

Labels follow ``docs/understanding.md``: a log lists its type, contact, account, its follow-up
``due`` (the rep's own next step only; "wants a demo on the 9th at 2pm" is one, as in the
contract; "nxt wk" as a follow-up is the next Monday, as ``dev_logs3`` labels it), money said in
it, a phone or email written in it. A video call is a meeting. ``expect_ask`` rows list only
what is certain.

Every ``due`` and ``close`` is computed here with plain ``datetime`` + ``zoneinfo`` from the
row's ``now`` (Thursday 2026-11-26 10:00 Europe/Madrid), never by running crmbot.

    python tests/data/nlu_eval/make_dev_long3.py
"""

from __future__ import annotations

from pathlib import Path

from devkit import (
    ASK,
    CALL,
    CD,
    EMAIL,
    EUR,
    FRI,
    LOG,
    MD,
    MEET,
    MON,
    NOTE,
    THU,
    TUE,
    UD,
    VISIT,
    WED,
    Clock,
    R,
    U,
    rows_marked,
    write,
)

CLOCK = Clock("2026-11-26T10:00", "Europe/Madrid")  # a Thursday
d, wd, ymd = CLOCK.d, CLOCK.wd, CLOCK.ymd
close_on, month_end = CLOCK.close_on, CLOCK.month_end
OUT = Path(__file__).with_name("dev_long3.jsonl")


def rows() -> list[tuple[str, str, dict[str, object]]]:
    # fmt: off
    return [
        # ------------------------------------------------ recaps
        ("recap", "Just left Kaveh Farahani's office at Persepolis Trading. They're running version 2.7 of our old client and want to jump straight to 4.1. Kaveh asked for a migration plan, I'll have it to him by Wednesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Kaveh Farahani", "account": "Persepolis Trading", "due": wd(WED)}),
        ("recap", "Call with Ngozi Eze at Lekki Logistics went long, almost 90 minutes. They run 240 trucks out of 3 depots and lose about 5% of deliveries to bad addresses. She wants to see the routing module. Demo on Tuesday at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Ngozi Eze", "account": "Lekki Logistics", "due": wd(TUE, 11)}),
        ("recap", "Met Henrik Solberg from Fjellvann Energi at their Oslo office, 6th floor, room 612. Good session, 8 people in the room. He wants a price for 120 seats before Christmas; I'll send it Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Henrik Solberg", "account": "Fjellvann Energi", "due": wd(MON)}),
        ("recap", "Sat down with Lucia Ferraro at Ferraro Ceramiche this morning. They export 70% of production, mostly to the US. Lucia is worried about the 2-3 weeks lead time on our side. I promised an answer by Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Lucia Ferraro", "account": "Ferraro Ceramiche", "due": wd(FRI)}),
        ("recap", "Long call with Dmitri Volkov at Baikal Systems. We went through the security questionnaire, 140 questions, all but 6 answered. Their audit is in Q3 so no rush, but I'll send the missing answers on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Dmitri Volkov", "account": "Baikal Systems", "due": wd(MON)}),
        ("recap", "Spent the morning at Thanh Long Seafood with Nguyen Van An. 2 processing plants, 1,100 workers, 3 shifts. He wants the traceability pilot in plant 1. Next visit December 10.", {"intent": LOG, "activity_type": VISIT, "contact": "Nguyen Van An", "account": "Thanh Long Seafood", "due": ymd(2026, 12, 10)}),
        ("recap", "Had a video call with Isabela Santos from Rio Verde Agro. Connection kept dropping. They want 15 sensors for the coffee farms and maybe 30 more next harvest. Follow up Tuesday 3pm.", {"intent": LOG, "activity_type": MEET, "contact": "Isabela Santos", "account": "Rio Verde Agro", "due": wd(TUE, 15)}),
        ("recap", "Coffee with Youssef Benali from Marrakech Riads at 8:30 this morning, before his flight. He manages 11 riads and wants one booking system for all of them. I'll send the proposal tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Youssef Benali", "account": "Marrakech Riads", "due": d(1)}),
        ("recap", "Phoned Astrid Lindqvist at Göta Kanal Bolaget. She's back from parental leave and taking over the account from Erik. They're on 3.4, happy, no plans to change until 2028. Check in again on the 14th.", {"intent": LOG, "activity_type": CALL, "contact": "Astrid Lindqvist", "account": "Göta Kanal Bolaget", "due": ymd(2026, 12, 14)}),
        ("recap", "Visited Mahlangu Construction in Pretoria. Met Thabo Mahlangu and his site foreman. 4 sites active, 180 workers. They lost 2 excavators to theft this year so the tracker story landed well. Sending Thabo the quote on Wednesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Thabo Mahlangu", "account": "Mahlangu Construction", "due": wd(WED)}),
        ("recap", "Good meeting with Siobhán O'Neill at Burren Dairy Co-op. 62 farms in the co-op now. They want a 10% discount for a 3 year deal. I'll check with my manager and call her back Friday at 2.", {"intent": LOG, "activity_type": MEET, "contact": "Siobhán O'Neill", "account": "Burren Dairy Co-op", "due": wd(FRI, 14)}),
        ("recap", "Emailed Rahul Mehta at Mehta Pharma the revised SOW (v5, 14 pages). He'll review it with legal over the next 2-3 weeks. I'll nudge him on December 9.", {"intent": LOG, "activity_type": EMAIL, "contact": "Rahul Mehta", "account": "Mehta Pharma", "due": ymd(2026, 12, 9)}),
        ("recap", "Dinner last night with Chen Wei and the Shenzhen Bright team. Chen wants us to quote the 2 new lines by end of month. Follow up Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Chen Wei", "account": "Shenzhen Bright", "due": wd(MON)}),
        ("recap", "Talked with Olusegun Adebayo at Zenith Paints. Their plant manager left in October, Olusegun is covering. Budget is 40k for next year. Call back Thursday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Olusegun Adebayo", "account": "Zenith Paints", "amount": "40000", "due": wd(THU, 10)}),
        ("recap", "Stopped at Kaufhaus Brandt on the way home. Greta Brandt showed me the plans for 3 new stores, opening in April, May and September. Quote to Greta by the 4th.", {"intent": LOG, "activity_type": VISIT, "contact": "Greta Brandt", "account": "Kaufhaus Brandt", "due": ymd(2026, 12, 4)}),
        ("recap", "Catch-up with Tomasz Wójcik at Wisła Foods on Teams. They moved to the new warehouse last week, 12,000 pallet spaces. Tomasz wants us on site in January. I'll send dates on Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Tomasz Wójcik", "account": "Wisła Foods", "due": wd(FRI)}),
        ("recap", "Quick one after the call with Amara Diallo from Sahel Solar: she's approved 25 panels for the pilot, 2 sites. PO should come next week. I'll confirm delivery dates with ops tomorrow at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Amara Diallo", "account": "Sahel Solar", "due": d(1, 11)}),
        ("recap", "Met Rafael Mendoza and his CFO at Pampas Beef. Rafael is my contact, the CFO only listened. They process 800 head a week. Second meeting booked for Dec 15 at 10am.", {"intent": LOG, "activity_type": MEET, "contact": "Rafael Mendoza", "account": "Pampas Beef", "due": ymd(2026, 12, 15, 10)}),
        ("recap", "Called Moana Tane at Kiwi Orchards in Hawke's Bay. The apple harvest starts in February and they need the pickers' app live by then. 65 pickers, 3 orchards. I'll send the rollout plan by Tuesday.", {"intent": LOG, "activity_type": CALL, "contact": "Moana Tane", "account": "Kiwi Orchards", "due": wd(TUE)}),
        ("recap", "Visited Ozturk Tekstil in Bursa with our distributor Mehmet. Met Zeynep Öztürk, the owner's daughter, who runs sales now. 200 looms. She wants a price for 10 sensors. Quote on Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Zeynep Öztürk", "account": "Ozturk Tekstil", "due": wd(FRI)}),
        ("recap", "Met the new buyer at Heinemann Foods, Lukas Braun, in their canteen. They serve 2,500 meals a day across 4 sites. He wants our menu planner demoed to the chefs on the 9th at 2pm.", {"intent": LOG, "activity_type": MEET, "contact": "Lukas Braun", "account": "Heinemann Foods", "due": ymd(2026, 12, 9, 14)}),
        ("recap", "Spoke with Daniela Schwarz at Alpen Sport on the phone. 18 shops, 3 in Austria. Their tills are 12 years old. She wants a visit, I'm going on Tuesday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Daniela Schwarz", "account": "Alpen Sport", "due": wd(TUE, 10)}),
        ("recap", "Talked to Ahmed Al-Farsi of Muscat Trading. Ramadan starts in February so they want everything live by end of January. I'll send the project plan on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Ahmed Al-Farsi", "account": "Muscat Trading", "due": wd(MON)}),
        ("recap", "Visited Sørlandet Sykehus with Kari Nordmann from procurement. Ward 7, 32 beds, 2 pilots running. She needs the final offer before 15 December. I'll send it on the 10th.", {"intent": LOG, "activity_type": VISIT, "contact": "Kari Nordmann", "account": "Sørlandet Sykehus", "due": ymd(2026, 12, 10)}),
        ("recap", "Zoom with Maria Gonzalez and her team at Monterrey Steel. 7 people, 2 hours, lots of questions about version 6. Maria will share their requirements doc next week. I'll follow up next Thursday.", {"intent": LOG, "activity_type": MEET, "contact": "Maria Gonzalez", "account": "Monterrey Steel", "due": wd(THU)}),
        ("recap", "Emailed Blessing Okonkwo at Eko Hospitals the case study. She's presenting it to 12 doctors on Monday. I'll call her Tuesday to ask how it went.", {"intent": LOG, "activity_type": EMAIL, "contact": "Blessing Okonkwo", "account": "Eko Hospitals", "due": wd(TUE)}),
        ("recap", "Phone call with Giulia Conti at Conti Vini: the 2025 vintage is 20% smaller, prices up 8%. She'll send the new list after the 15th. Follow up on the 16th.", {"intent": LOG, "activity_type": CALL, "contact": "Giulia Conti", "account": "Conti Vini", "due": ymd(2026, 12, 16)}),
        ("recap", "Visited Ahuja Pharma's plant in Pune. Met Sanjay Ahuja and the QA head. 6 lines, 2 need new checkweighers. He wants a quote by Friday; sending it tomorrow.", {"intent": LOG, "activity_type": VISIT, "contact": "Sanjay Ahuja", "account": "Ahuja Pharma", "due": d(1)}),
        # ------------------------------------------------ numbers that are no amount or date
        ("numbers", "Called Ji-woo Park at Hanbit Games. 340 employees, 60 of them in QA. They want 75 seats now, maybe 100 in Q3. Sending the quote Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Ji-woo Park", "account": "Hanbit Games", "due": wd(MON)}),
        ("numbers", "Visited St. Brigid's Hospital with Dr. Aoife Walsh, ward 4B, room 217. 28 beds on the ward, 6 nurses a shift. She'll take the trial proposal to the board. Follow up December 8.", {"intent": LOG, "activity_type": VISIT, "contact": "Aoife Walsh", "account": "St. Brigid's Hospital", "due": ymd(2026, 12, 8)}),
        ("numbers", "Spoke to Marek Horvat at Adriatic Yachts. They're on firmware 3.2.1 and 40% of units haven't updated. The fix rolls out in 2 weeks according to our engineers. I'll call Marek back Tuesday.", {"intent": LOG, "activity_type": CALL, "contact": "Marek Horvat", "account": "Adriatic Yachts", "due": wd(TUE)}),
        ("numbers", "Meeting with Keiko Yamamoto at Osaka Precision: 3 plants, 95% on-time delivery, target 98% by 2028. She wants 12 licences for the quality team. I'll send the order form on the 1st.", {"intent": LOG, "activity_type": MEET, "contact": "Keiko Yamamoto", "account": "Osaka Precision", "due": ymd(2026, 12, 1)}),
        ("numbers", "Call with Bilal Chaudhry at Punjab Mills, line 2 is down 30% since the upgrade. He wants an engineer on site within 48 hours. Our engineer Kofi goes on Saturday. I'll call Bilal tomorrow at 9 to confirm.", {"intent": LOG, "activity_type": CALL, "contact": "Bilal Chaudhry", "account": "Punjab Mills", "due": d(1, 9)}),
        ("numbers", "Emailed Valentina Greco at Greco Hotels the spec sheet. 4 hotels, 620 rooms, 1 conference centre with 12 meeting rooms. She asked for pricing per room; sending it Friday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Valentina Greco", "account": "Greco Hotels", "due": wd(FRI)}),
        ("numbers", "Phoned Sipho Dlamini at Karoo Wines. Harvest was 18% down. They still want the 2 bottling line sensors, budget 14k euros. Call again on the 7th.", {"intent": LOG, "activity_type": CALL, "contact": "Sipho Dlamini", "account": "Karoo Wines", "amount": "14000", "currency": EUR, "due": ymd(2026, 12, 7)}),
        ("numbers", "Call with Hamid Karimi at Caspian Freight, our 3rd call this week, he's stressed. 70 containers stuck in port, our team cleared 20 of them today. I'll ring him back at 5.", {"intent": LOG, "activity_type": CALL, "contact": "Hamid Karimi", "account": "Caspian Freight", "due": d(0, 17)}),
        ("numbers", "Visited Pacheco Farms, met Rosa Pacheco. 1,200 hectares, 4 pivots, 2 of them 10 years old. She'd like a 5-year service plan. Send proposal Wednesday.", {"intent": LOG, "activity_type": VISIT, "contact": "Rosa Pacheco", "account": "Pacheco Farms", "due": wd(WED)}),
        ("numbers", "Had a 30 minute call with Ravi Shankar at Chennai Motors yesterday. They're on v2.3 and want 4.0 by April. Next call on Dec 8 at 11:30.", {"intent": LOG, "activity_type": CALL, "contact": "Ravi Shankar", "account": "Chennai Motors", "due": ymd(2026, 12, 8, 11, 30)}),
        ("numbers", "Call with Oleksandr Shevchenko at Dnipro Grain. 5 silos, 120,000 tonnes. They're tendering in Q1 and want our bid by January 15. Call again Wednesday at 4.", {"intent": LOG, "activity_type": CALL, "contact": "Oleksandr Shevchenko", "account": "Dnipro Grain", "due": wd(WED, 16)}),
        ("numbers", "Met Tariq Rahman at Dhaka Knit: 3,500 workers, 4 factories, they supply 2 big European brands. He wants audit software before the Q3 inspections. Send brochure tomorrow.", {"intent": LOG, "activity_type": MEET, "contact": "Tariq Rahman", "account": "Dhaka Knit", "due": d(1)}),
        ("numbers", "Meeting with Hana Novotná at Praha Glass went from 45 minutes to almost 2 hours. Great sign. She wants the premium tier for 25 users. Sending the contract Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Hana Novotná", "account": "Praha Glass", "due": wd(MON)}),
        ("numbers", "Called Fiona Campbell at Highland Distillers, extension 4410. 9 warehouses, 60,000 casks. She wants 3 more handhelds for warehouse 7. Follow up Wednesday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Fiona Campbell", "account": "Highland Distillers", "due": wd(WED, 10)}),
        # ------------------------------------------------ a time or day that changed
        ("moved", "Meeting moved from 2pm to 4pm yesterday, but I met Sunita Rao at Deccan Chemicals in the end. They want the compliance module, 20 users. I'll send the quote Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Sunita Rao", "account": "Deccan Chemicals", "due": wd(FRI)}),
        ("moved", "Kofi Mensah at Accra Fintech moved our call from 8 to 9:30, we just finished. He's fine with the pricing. Next call Monday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Kofi Mensah", "account": "Accra Fintech", "due": wd(MON, 10)}),
        ("moved", "The call with Pieter de Vries at Zeeland Dairy moved from 10 to 11:30 tomorrow.", {"intent": LOG, "activity_type": CALL, "contact": "Pieter de Vries", "account": "Zeeland Dairy", ASK: True}),
        ("moved", "Heads up, my meeting with Fernanda Lima at Bahia Cacau moved from Tuesday to Wednesday, same time, 3pm.", {"intent": LOG, "activity_type": MEET, "contact": "Fernanda Lima", "account": "Bahia Cacau", ASK: True}),
        ("moved", "Rescheduled: the site visit at Qasr Builders is now on Dec 9 at 1pm instead of Dec 4. Khalid Al-Mansouri asked for it.", {"intent": LOG, "activity_type": VISIT, "account": "Qasr Builders", ASK: True}),
        ("moved", "Call with Elif Demir at Bosphorus Textiles: she moved our follow-up from Friday to Monday. They want 3 colours added to the catalogue, price list unchanged.", {"intent": LOG, "activity_type": CALL, "contact": "Elif Demir", "account": "Bosphorus Textiles", ASK: True}),
        ("moved", "Correction to my last note: the call with Mateus Rocha at Minas Steel is at 4 not 3.", {"intent": LOG, "activity_type": CALL, "contact": "Mateus Rocha", "account": "Minas Steel", ASK: True}),
        ("moved", "Original meeting with Priscilla Owusu at Volta Energy was 3pm today, she moved it to tomorrow at 10.", {"intent": LOG, "activity_type": MEET, "contact": "Priscilla Owusu", "account": "Volta Energy", ASK: True}),
        ("moved", "Missed the 9am with Nikos Georgiou at Aegean Olive because of traffic, we did it by phone at 9:30 instead. He wants 2 more pallets. Follow up Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Nikos Georgiou", "account": "Aegean Olive", "due": wd(MON)}),
        ("moved", "The Kowalczyk Meble demo was pushed from last Wednesday to today, but it finally happened. Met Agnieszka Kowalczyk and 3 of her designers. They liked it. Proposal by Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Agnieszka Kowalczyk", "account": "Kowalczyk Meble", "due": wd(TUE)}),
        ("moved", "Spoke with Ivana Petrović at Dalmacija Tours. Our call on Monday got moved twice. She wants to meet on the 3rd at 2, or maybe at 3.", {"intent": LOG, "activity_type": CALL, "contact": "Ivana Petrović", "account": "Dalmacija Tours", ASK: True}),
        # ------------------------------------------------ a past time as context
        ("pasttime", "Spoke with Grace Chen at Lumen Optics at 9 this morning. They want samples of the 3 lenses. I'll call her Monday at 2 to confirm shipping.", {"intent": LOG, "activity_type": CALL, "contact": "Grace Chen", "account": "Lumen Optics", "due": wd(MON, 14)}),
        ("pasttime", "Called Pablo Herrera at Cantabria Seguros at 8 before his meetings started. He confirmed the renewal terms. Follow up Tuesday at 11.", {"intent": LOG, "activity_type": CALL, "contact": "Pablo Herrera", "account": "Cantabria Seguros", "due": wd(TUE, 11)}),
        ("pasttime", "Met Ayesha Siddiqui at Indus Health yesterday at 3. 2 hospitals, 400 beds. She'll present our proposal to their board on the 9th. I'll call her on the 10th.", {"intent": LOG, "activity_type": MEET, "contact": "Ayesha Siddiqui", "account": "Indus Health", "due": ymd(2026, 12, 10)}),
        ("pasttime", "Ikechukwu Nwosu from Niger Delta Oil called at 9:15, he missed my email from Monday. Resent it. I'll call him back at 3 to walk through it.", {"intent": LOG, "activity_type": CALL, "contact": "Ikechukwu Nwosu", "account": "Niger Delta Oil", "due": d(0, 15)}),
        ("pasttime", "Had the 8am call with Mirela Popescu at Carpathia Timber. Short, 15 minutes. She wants the invoice split in 2. I'll send the new invoices by end of day.", {"intent": LOG, "activity_type": CALL, "contact": "Mirela Popescu", "account": "Carpathia Timber", "due": d(0, 17)}),
        ("pasttime", "We spoke at 10 on Tuesday, and today Beatriz Nunes of Algarve Resorts replied by email: they'll go with the 2 year plan. I'll draft the contract tomorrow morning.", {"intent": LOG, "activity_type": EMAIL, "contact": "Beatriz Nunes", "account": "Algarve Resorts", "due": d(1, 9)}),
        ("pasttime", "The CRM was down for an hour this morning, so logging this late: called Ewa Zielinska at Krakow Pharma at 9, she wants 20 more seats. I'll send the quote at 2 today.", {"intent": LOG, "activity_type": CALL, "contact": "Ewa Zielinska", "account": "Krakow Pharma", "due": d(0, 14)}),
        ("pasttime", "Met Jonas Petraitis at Baltic Amber Works at 7:30 for breakfast. They want 4 more engravers. He's away until Monday, so I'll call him Tuesday at 10.", {"intent": LOG, "activity_type": MEET, "contact": "Jonas Petraitis", "account": "Baltic Amber Works", "due": wd(TUE, 10)}),
        ("pasttime", "Spoke to Soo-ah Kim at Busan Ports at 9 their time. They're 8 hours ahead, so next call at 8am my time on Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Soo-ah Kim", "account": "Busan Ports", "due": wd(FRI, 8)}),
        # ------------------------------------------------ lead-ins that are no names
        ("leadin", "Bad news on the renewal: Jana Kovac at Tatra Bus says the board froze all spend until Q2. Called her this morning. Follow up in February.", {"intent": LOG, "activity_type": CALL, "contact": "Jana Kovac", "account": "Tatra Bus", ASK: True}),
        ("leadin", "Quick update: spoke with Omari Juma at Kilimanjaro Coffee, the 2 roasters are installed and running. He wants training for 6 staff. I'll book it for Tuesday at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Omari Juma", "account": "Kilimanjaro Coffee", "due": wd(TUE, 10)}),
        ("leadin", "FYI met Ingrid Johansson from Vasa Shipping at the Gothenburg fair. 14 vessels, all need new nav software by 2028. Email her the brochure Monday.", {"intent": LOG, "activity_type": MEET, "contact": "Ingrid Johansson", "account": "Vasa Shipping", "due": wd(MON)}),
        ("leadin", "Heads up - Carmen Vidal at Sol Hoteles called, she's leaving the company at the end of December. Her replacement starts January 4. I'll call Carmen back on Monday to plan the handover.", {"intent": LOG, "activity_type": CALL, "contact": "Carmen Vidal", "account": "Sol Hoteles", "due": wd(MON)}),
        ("leadin", "Good news! Wang Fang at Golden Dragon Foods confirmed on the phone they're going ahead with all 9 stores. Contract to her by Friday.", {"intent": LOG, "activity_type": CALL, "contact": "Wang Fang", "account": "Golden Dragon Foods", "due": wd(FRI)}),
        ("leadin", "Update from the road: visited Bakker Bloemen, saw Sanne Bakker. Greenhouse 3 is being rebuilt after the storm. They need 40 new sensors. Quote on Monday.", {"intent": LOG, "activity_type": VISIT, "contact": "Sanne Bakker", "account": "Bakker Bloemen", "due": wd(MON)}),
        ("leadin", "FYI: Otieno Logistics is now part of Rift Valley Group. Spoke with Wanjiru Otieno, she stays on as MD. Nothing changes for us. Touch base again on the 15th.", {"intent": LOG, "activity_type": CALL, "contact": "Wanjiru Otieno", "account": "Otieno Logistics", "due": ymd(2026, 12, 15)}),
        ("leadin", "Long story short, Alejandro Vega at Patagonia Wool wants the cheaper plan. Met him at their Punta Arenas office this morning. He needs 2 weeks to get sign-off. Follow up December 11.", {"intent": LOG, "activity_type": MEET, "contact": "Alejandro Vega", "account": "Patagonia Wool", "due": ymd(2026, 12, 11)}),
        ("leadin", "Ugh. Bad news from Pinnacle Labs: Dr. Rebecca Moyo says they're going with the other vendor. Called her to ask why, it was price, we were 15% higher. No follow-up.", {"intent": LOG, "activity_type": CALL, "contact": "Rebecca Moyo", "account": "Pinnacle Labs"}),
        ("leadin", "Just a heads up, Lindiwe Khumalo at Ubuntu Telecom asked for our ISO certificate. I emailed it over. She'll forward it to procurement.", {"intent": LOG, "activity_type": EMAIL, "contact": "Lindiwe Khumalo", "account": "Ubuntu Telecom"}),
        ("leadin", "Quick note before I forget: Sergio Bianchi of Bianchi Moto wants 5 demo bikes fitted by March. Follow up Tuesday.", {"intent": LOG, "activity_type": NOTE, "contact": "Sergio Bianchi", "account": "Bianchi Moto", "due": wd(TUE)}),
        ("leadin", "Update: the Hoang Minh Electronics meeting went well. Met Le Thi Mai and two of their engineers. They want the API docs. Sending them Friday.", {"intent": LOG, "activity_type": MEET, "contact": "Le Thi Mai", "account": "Hoang Minh Electronics", "due": wd(FRI)}),
        ("leadin", "Heads up: Kenan Yilmaz at Anadolu Gida is unhappy about the last delivery, 2 pallets damaged. He wants a credit note. Call him at 4 today.", {"intent": LOG, "activity_type": NOTE, "contact": "Kenan Yilmaz", "account": "Anadolu Gida", "due": d(0, 16)}),
        ("leadin", "Not great news. Visited Harbour Fish Co, Declan Murphy says they lost their biggest client. Budget cut by half. Check back on the 18th.", {"intent": LOG, "activity_type": VISIT, "contact": "Declan Murphy", "account": "Harbour Fish Co", "due": ymd(2026, 12, 18)}),
        # ------------------------------------------------ questions to the bot inside a note
        ("botq", "Is the CRM slow today? Took ages to open this. Anyway, called Farid Haddad at Levantine Foods, they want 200 cases for January. Follow up Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Farid Haddad", "account": "Levantine Foods", "due": wd(MON)}),
        ("botq", "Why does the app keep logging me out? Annoying. Met Chiara Romano at Romano Arredi, 3 showrooms, they want the POS. Quote by Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Chiara Romano", "account": "Romano Arredi", "due": wd(WED)}),
        ("botq", "This bot never understands me lol. Ok: emailed Jonas Weber at Weber Maschinenbau the 2027 prices, 4% up. Chase him next Thursday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Jonas Weber", "account": "Weber Maschinenbau", "due": wd(THU)}),
        ("botq", "Hey bot, are you there? Just had a call with Tatiana Morozova from Volga Agro. 3,000 hectares of wheat, they want drone mapping. Call back on the 2nd at 10.", {"intent": LOG, "activity_type": CALL, "contact": "Tatiana Morozova", "account": "Volga Agro", "due": ymd(2026, 12, 2, 10)}),
        ("botq", "Is there a way to attach a PDF here? Visited Oakwell Joinery today, met Liam Doyle, he gave me their spec sheet. Follow up Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Liam Doyle", "account": "Oakwell Joinery", "due": wd(FRI)}),
        ("botq", "Did my last message go through? The app froze. Repeating: met Hassan Mahmoud at Nile Cotton, they want 3 more looms serviced. Follow up Tuesday at 9.", {"intent": LOG, "activity_type": MEET, "contact": "Hassan Mahmoud", "account": "Nile Cotton", "due": wd(TUE, 9)}),
        ("botq", "Is the CRM slow today or is it just me? The Globex page took a minute to load.", {"intent": U}),
        ("botq", "Why is the sync so slow this week? It took 20 minutes to get my contacts on the new phone.", {"intent": U}),
        ("botq", "Did my last message save? The app showed an error after I hit send at 9:40.", {"intent": U}),
        ("botq", "Honestly the search is useless today, typed Acme 3 times and got nothing. Is something broken?", {"intent": U}),
        # ------------------------------------------------ several people and companies
        ("several", "Meeting at Al Noor Hospital with Dr. Samir Haddad and Dr. Leila Nasser. Samir runs IT and is our main contact; Leila is head of nursing. 300 beds. I'll send Samir the integration plan on Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Samir Haddad", "account": "Al Noor Hospital", "due": wd(TUE)}),
        ("several", "My boss Richard and I had dinner with Akosua Boateng from Ashanti Gold. Richard did most of the talking. Akosua wants a proposal for 3 mines. Sending it by the 4th.", {"intent": LOG, "activity_type": MEET, "contact": "Akosua Boateng", "account": "Ashanti Gold", "due": ymd(2026, 12, 4)}),
        ("several", "Called Nils Eriksson at Nordic Paper. He put me onto Maja Holm at their sister company Holm Pulp, who runs purchasing there. I'll email Maja on Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Nils Eriksson", "account": "Nordic Paper", "due": wd(MON)}),
        ("several", "Spoke with Rui Almeida at Lusitania Wines, then with his brother Nuno who runs the Douro estate. Rui signs the orders. Call Rui back Thursday.", {"intent": LOG, "activity_type": CALL, "contact": "Rui Almeida", "account": "Lusitania Wines", "due": wd(THU)}),
        ("several", "Met Emeka Okafor at Lagos Build. His colleague Funmi from procurement joined for the price part. Our engineer Dave answered the tech questions. I owe Emeka a revised quote by Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Emeka Okafor", "account": "Lagos Build", "due": wd(TUE)}),
        ("several", "Visited Mapleleaf Dental in Toronto and met the owner, Dr. Priya Singh. Her husband Raj joined at the end. She wants a quote for 6 chairs. Quote to Priya Friday.", {"intent": LOG, "activity_type": VISIT, "contact": "Priya Singh", "account": "Mapleleaf Dental", "due": wd(FRI)}),
        ("several", "Lunch with Dong-hyun Lee from Hanil Cement. He mentioned his old boss Mr. Cho now runs Daewon Concrete and might need us too. Sending Dong-hyun the pilot terms Wednesday.", {"intent": LOG, "activity_type": MEET, "contact": "Dong-hyun Lee", "account": "Hanil Cement", "due": wd(WED)}),
        ("several", "Call with Julien Moreau at Bordeaux Logistique, our partner Sarah from Axis Consulting on the line too. Julien wants the Axis integration quoted separately. I'll send both quotes Monday.", {"intent": LOG, "activity_type": CALL, "contact": "Julien Moreau", "account": "Bordeaux Logistique", "due": wd(MON)}),
        ("several-ask", "Lunch with Anna Kowalczyk and Piotr Zielinski from Vistula Bank. Both heads of department, both want the analytics package. Follow up Tuesday.", {"intent": LOG, "activity_type": MEET, "account": "Vistula Bank", "due": wd(TUE), ASK: True}),
        ("several-ask", "Conference call with Tessa van Dijk (Rotterdam Port Services) and Jan Peeters (Antwerp Terminals). Both ports want the same berth planner. I'll send both a proposal on Monday.", {"intent": LOG, "activity_type": CALL, "due": wd(MON), ASK: True}),
        # ------------------------------------------------ pasted emails
        ("email", "Logging an email from Mateo Fernández at Andina Mining:\n\"Hi, thanks for the quick turnaround. We accept the 3 year term. Please send the final contract. Regards, Mateo Fernández, Procurement, Andina Mining, +56 2 2345 6789\"\nI'll send it tomorrow.", {"intent": LOG, "activity_type": EMAIL, "contact": "Mateo Fernández", "account": "Andina Mining", "phone": "+56 2 2345 6789", "due": d(1)}),
        ("email", "Pasting my email to Hugo Lefebvre at Lefebvre Transports for the record: 'Hugo, attached are the 2027 rates, 3% up as agreed. Let me know if anything is unclear.' Follow up Wednesday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Hugo Lefebvre", "account": "Lefebvre Transports", "due": wd(WED)}),
        ("email", "Got a reply from Aaliyah Brooks (Brooks & Lane Realty):\n> Thanks, the demo was great. Our team of 14 agents is keen. Can we start December 1?\nYes we can. I'll send her the onboarding pack on Monday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Aaliyah Brooks", "account": "Brooks & Lane Realty", "due": wd(MON)}),
        ("email", "Email from Nadia Rahimi at Herat Carpets today: they loved the samples and want 80 rugs in 3 sizes. She signs off 'Nadia, +93 79 555 0101'. Replying with prices on Friday.", {"intent": LOG, "activity_type": EMAIL, "contact": "Nadia Rahimi", "account": "Herat Carpets", "phone": "+93 79 555 0101", "due": wd(FRI)}),
        ("email", "Sent Ahmad Tehrani at Zagros Steel the follow-up email after yesterday's meeting: summary, 3 options, prices valid until December 31. He'll answer after their board meets on the 8th. I'll call him on the 9th.", {"intent": LOG, "activity_type": EMAIL, "contact": "Ahmad Tehrani", "account": "Zagros Steel", "due": ymd(2026, 12, 9)}),
        ("email", "email thread w/ Beatriz Costa @ Tejo Cork, 6 emails back and forth today about the 15% discount. agreed on 10%. sending the updated quote monday", {"intent": LOG, "activity_type": EMAIL, "contact": "Beatriz Costa", "account": "Tejo Cork", "due": wd(MON)}),
        ("email", "Replied to Kenji Watanabe at Hokkaido Agri about the 40 units for March, sent him the delivery schedule. His mail: k.watanabe@hokkaido-agri.jp. Call Kenji Tuesday at 9.", {"intent": LOG, "activity_type": EMAIL, "contact": "Kenji Watanabe", "account": "Hokkaido Agri", "email": "k.watanabe@hokkaido-agri.jp", "due": wd(TUE, 9)}),
        ("email", "Fwd: Re: pricing\n\nHi Tom, thanks for the call yesterday. We'd like to go ahead with the 50 seat option. Can you send the contract? Best, Laila Ahmadi | Head of IT | Kabul Fresh | +93 20 123 4567", {"intent": U}),
        ("email", "Hi Rania, thanks for your time today. As discussed, I'll send the proposal for the 12 clinics by Friday. Kind regards, Tom", {"intent": U}),
        ("email", "Fwd from Sven: Hi team, Vattenfall Nord wants a call about the outage report before the 10th. Can someone take it?", {"intent": U}),
        ("email", "Dear Mr. Osei, following our meeting on Tuesday, please find attached our offer for the 4 warehouses. We look forward to hearing from you. Best regards", {"intent": U}),
        ("email", "Re: your question about Q3\nHi Lena, yes we can deliver 300 units in Q3. Tom", {"intent": U}),
        # ------------------------------------------------ dictated while driving
        ("dictated", "ok logging this while driving just left the meeting with sofia andersson at nordlys media they have about sixty people in the newsroom and want the planning tool for all of them i'll send the quote on monday", {"intent": LOG, "activity_type": MEET, "contact": "sofia andersson", "account": "nordlys media", "due": wd(MON)}),
        ("dictated", "voice note called juan carlos mejia at cafe del valle he says the container is stuck in cartagena for two more weeks nothing for us to do call him back next friday at ten", {"intent": LOG, "activity_type": CALL, "contact": "juan carlos mejia", "account": "cafe del valle", "due": wd(FRI, 10)}),
        ("dictated", "driving so keep it short visited harrow motors saw deepak patel they want twelve trackers for the vans follow up tuesday at two", {"intent": LOG, "activity_type": VISIT, "contact": "deepak patel", "account": "harrow motors", "due": wd(TUE, 14)}),
        ("dictated", "just spoke to amina yusuf at kano textiles at nine she wants the price list in naira not dollars sending it tomorrow at three", {"intent": LOG, "activity_type": CALL, "contact": "amina yusuf", "account": "kano textiles", "due": d(1, 15)}),
        ("dictated", "dictating this so sorry for typos met with lars petersen from aarhus wind at the airport they have two hundred turbines and want the maintenance app on all of them follow up on the third", {"intent": LOG, "activity_type": MEET, "contact": "lars petersen", "account": "aarhus wind", "due": ymd(2026, 12, 3)}),
        ("dictated", "quick voice memo had a call with olga smirnova at neva foods she said the budget is fifty thousand euros but only after january i'll send the proposal on the first", {"intent": LOG, "activity_type": CALL, "contact": "olga smirnova", "account": "neva foods", "amount": "50000", "currency": EUR, "due": ymd(2026, 12, 1)}),
        ("dictated", "ok so called back ricardo gomez at pampa seeds he wasn't in his assistant said try after four so i'll try him again at half four", {"intent": LOG, "activity_type": CALL, "contact": "ricardo gomez", "account": "pampa seeds", "due": d(0, 16, 30)}),
        ("dictated", "hands free so bear with me met chinedu obi at enugu foods version three of their ordering app is a mess they want us to rebuild it budget around eighty k follow up wednesday at eleven", {"intent": LOG, "activity_type": MEET, "contact": "chinedu obi", "account": "enugu foods", "amount": "80000", "due": wd(WED, 11)}),
        ("dictated", "right visited the warehouse at mersey freight with paul jones they have four docks and thirty forklifts the old scanners are from twenty fifteen i'll email paul the quote on friday", {"intent": LOG, "activity_type": VISIT, "contact": "paul jones", "account": "mersey freight", "due": wd(FRI)}),
        # ------------------------------------------------ follow-ups with no one reading
        ("ask", "Met Dominika Král at Brno Machinery. Very positive. I'll get back to her after the trade fair.", {"intent": LOG, "activity_type": MEET, "contact": "Dominika Král", "account": "Brno Machinery", ASK: True}),
        ("ask", "Called Haruto Sato at Kyoto Ceramics, he's out until the 7th or 8th. I'll try again on the 7th or 8th.", {"intent": LOG, "activity_type": CALL, "contact": "Haruto Sato", "account": "Kyoto Ceramics", ASK: True}),
        ("ask", "Visited Greenhill Nurseries, met Owen Price. They want the irrigation quote. Follow up mid December.", {"intent": LOG, "activity_type": VISIT, "contact": "Owen Price", "account": "Greenhill Nurseries", ASK: True}),
        ("ask", "Emailed Camila Ortiz at Lima Textiles the catalogue. Chase her in a few days.", {"intent": LOG, "activity_type": EMAIL, "contact": "Camila Ortiz", "account": "Lima Textiles", ASK: True}),
        ("ask", "Lunch with Arash Karimi from Persian Silk Co. He wants samples. I'll call him Monday or Tuesday.", {"intent": LOG, "activity_type": MEET, "contact": "Arash Karimi", "account": "Persian Silk Co", ASK: True}),
        ("ask", "Meeting with Chloé Martin at Lyon Biotech went fine. Follow up on 3/4 about the lab order.", {"intent": LOG, "activity_type": MEET, "contact": "Chloé Martin", "account": "Lyon Biotech", ASK: True}),
        ("ask", "Called Stavros Papadopoulos at Aegean Ferries. He'll be in the office after the holidays, so follow up then.", {"intent": LOG, "activity_type": CALL, "contact": "Stavros Papadopoulos", "account": "Aegean Ferries", ASK: True}),
        ("ask", "Lunch with Aleksander Nowak from Baltic Ferries. 9 ships, 2 routes, 1.4 million passengers last year. They're tendering the onboard wifi in Q2. Follow up in January.", {"intent": LOG, "activity_type": MEET, "contact": "Aleksander Nowak", "account": "Baltic Ferries", ASK: True}),
        ("ask", "Spoke to Gunnar Olsen at Fjord Fisk, their CFO signs off in Q1. I'll follow up in 2-3 weeks.", {"intent": LOG, "activity_type": CALL, "contact": "Gunnar Olsen", "account": "Fjord Fisk", ASK: True}),
        # ------------------------------------------------ reminders
        ("remind", "The install went fine today, 2 roasters running. Remind me tomorrow at 10 to send Omari the training dates.", {"intent": R, "contact": "Omari", "due": d(1, 10), "text": "send Omari the training dates"}),
        ("remind", "Quick update: the customer confirmed 40 seats. Remind me on Monday at 9 to raise the PO with finance.", {"intent": R, "due": wd(MON, 9), "text": "raise the PO with finance"}),
        ("remind", "Is the CRM slow today? Anyway, remind me at 4 to call Yusuf Demir back about the 3 missing pallets.", {"intent": R, "contact": "Yusuf Demir", "due": d(0, 16), "text": "call Yusuf Demir back about the 3 missing pallets"}),
        ("remind", "The Q3 numbers are due soon. Remind me on the 3rd at 11 to prepare the Q3 review deck.", {"intent": R, "due": ymd(2026, 12, 3, 11), "text": "prepare the Q3 review deck"}),
        ("remind", "My 2pm got moved to 4pm. Remind me at 3:30 to prep the slides for Kestrel Air.", {"intent": R, "account": "Kestrel Air", "due": d(0, 15, 30), "text": "prep the slides for Kestrel Air"}),
        ("remind", "Heads up to myself: version 2.4 ships next week. Remind me Monday at 10 to email the release notes to Sibusiso Ndlovu.", {"intent": R, "contact": "Sibusiso Ndlovu", "due": wd(MON, 10), "text": "email the release notes to Sibusiso Ndlovu"}),
        # ------------------------------------------------ deals
        ("deal", "Bad news on the Harbour Foods renewal: they're delaying the decision, close moves to end of March.", {"intent": UD, "deal": "Harbour Foods renewal", "close": month_end(2027, 3)}),
        ("deal", "Good news, the Sakura Bank pilot is won! 3 branches, 45 users, go-live in Q1.", {"intent": MD, "deal": "Sakura Bank pilot", "stage": "won"}),
        ("deal", "FYI the Kovalenko Agro expansion is now 65k, they added 2 more silos.", {"intent": UD, "deal": "Kovalenko Agro expansion", "amount": "65000"}),
        ("deal", "Quick update on the Tamarind Hotels deal: move it to negotiation, they accepted the 3 year term for 120 rooms.", {"intent": MD, "deal": "Tamarind Hotels", "stage": "closing"}),
        ("deal", "New deal after today's meeting: Olympia Ferries onboard wifi, 14 ships, 90k EUR, closing in Q2.", {"intent": CD, "deal": "Olympia Ferries onboard wifi", "amount": "90000", "currency": EUR, "close": month_end(2027, 6)}),
        ("deal", "Heads up, the Kaspian Freight deal slipped: close date moved from December 15 to January 31.", {"intent": UD, "deal": "Kaspian Freight", "close": close_on(2027, 1, 31)}),
        # ------------------------------------------------ no CRM action
        ("unknown", "Heads up team: the office wifi is down again, IT says 2-3 hours. Use the guest network.", {"intent": U}),
        ("unknown", "Quick question for the team: does anyone know if the Q3 price list is still valid? The client in room 204 is asking.", {"intent": U}),
        ("unknown", "Bad news, my laptop died in the middle of the demo. Borrowing Sam's for the 3pm.", {"intent": U}),
        ("unknown", "Meeting moved from 2pm to 4pm, sorry all, the boardroom is booked.", {"intent": U}),
        ("unknown", "Can someone tell Marta at Iberia Steel that her invoice was resent? She called twice this morning.", {"intent": U}),
        ("unknown", "FYI I'm out Friday, back Monday at 9. Call my mobile if anything urgent comes up.", {"intent": U}),
    ]
    # fmt: on


def build() -> list[dict[str, object]]:
    return rows_marked("lt", rows(), CLOCK)


def main() -> None:
    write(OUT, build())


if __name__ == "__main__":
    main()
