"""A realistic generated team: users, accounts, contacts, deals, activities, reminders.

Used by ``crmbot demo-data`` and by the benchmarks. Rows are inserted in bulk
(Core inserts, not ORM objects) so 100k contacts take seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from storage.members import add_identity
from storage.models import (
    LEAD_SOURCES,
    STAGES,
    Account,
    Activity,
    Contact,
    Opportunity,
    Reminder,
    StageChange,
    Team,
    Workspace,
)
from storage.text import name_key, phone_reversed
from storage.types import utcnow
from storage.workspaces import ensure_user, find_identity

FIRST = (
    "María",
    "José",
    "Ana",
    "Lucía",
    "Søren",
    "Chloé",
    "Jon",
    "Ingrid",
    "Nikos",
    "Eleni",
    "Aitor",
    "Miren",
    "Aigerim",
    "Nurlan",
    "Laura",
    "Pablo",
    "Hans",
    "Greta",
    "Lucas",
    "Emma",
    "Olivia",
    "Noah",
    "Liam",
    "Mia",
    "Jakob",
    "Elena",
    "Marco",
    "Sofia",
    "Yuki",
    "Omar",
    "Fatima",
    "Pierre",
    "Camille",
    "Ole",
    "Kari",
    "Dimitris",
    "Ander",
    "Asel",
    "Timur",
    "Bruno",
)
LAST = (
    "López",
    "García",
    "Martínez",
    "Ruiz",
    "Kierkegaard",
    "Dubois",
    "Andersen",
    "Hansen",
    "Papadopoulos",
    "Georgiou",
    "Etxeberria",
    "Agirre",
    "Nurlanova",
    "Seitkali",
    "Müller",
    "Schmidt",
    "Rossi",
    "Bianchi",
    "Silva",
    "Santos",
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Novak",
    "Kowalski",
    "Nielsen",
    "Larsen",
    "Ivanova",
    "Petrov",
    "Moreau",
    "Lefebvre",
    "Berg",
    "Lund",
    "Oyarzabal",
    "Tanaka",
    "Haddad",
    "Costa",
    "Fischer",
)
COMPANY_A = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Ørsted",
    "Hooli",
    "Vandelay",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
    "Wonka",
    "Gringotts",
    "Oscorp",
    "Nakatomi",
    "Monarch",
    "Aperture",
    "Pied",
    "Blue",
)
COMPANY_B = (
    "Corp",
    "Industries",
    "Labs",
    "Systems",
    "Logistics",
    "Foods",
    "Energy",
    "Bank",
    "Retail",
    "Media",
    "Health",
    "Motors",
    "Partners",
    "Group",
    "Solutions",
)
INDUSTRIES = (
    "Retail",
    "Energy",
    "Finance",
    "Software",
    "Manufacturing",
    "Healthcare",
    "Logistics",
    "Media",
    "Telecom",
    "Food",
)
REGIONS = ("Iberia", "Nordics", "DACH", "France", "Greece", "Central Asia", "UK", "Benelux")
NOTES = (
    "wants a quote",
    "asked for a demo",
    "budget approved",
    "call back next week",
    "sent the price list",
    "needs sign-off from finance",
    "interested in the pro plan",
    "comparing with a competitor",
    "happy with the pilot",
    "renewal coming up",
)
CURRENCIES = ("EUR", "EUR", "EUR", "USD", "GBP")


@dataclass
class DemoCounts:
    users: int
    accounts: int
    contacts: int
    deals: int
    activities: int
    reminders: int


# What one unit of each demo currency is worth in EUR (rounded market rates, late 2026).
EUR_VALUE = {"EUR": Decimal(1), "USD": Decimal("0.92"), "GBP": Decimal("1.17")}


def _set_demo_rates(ws: Workspace) -> None:
    """Exchange rates for the demo's currencies into the workspace's, unless it has some:
    reports then sum EUR, USD and GBP deals into one total (settings fx changes them)."""
    from storage.workspaces import settings, update_settings

    if settings(ws).get("fx_rates") or ws.currency not in EUR_VALUE:
        return
    base = EUR_VALUE[ws.currency]
    rates = {
        c: str((v / base).quantize(Decimal("0.0001")))
        for c, v in EUR_VALUE.items()
        if c != ws.currency
    }
    update_settings(ws, {"fx_rates": rates})


def generate(
    session: Session,
    ws: Workspace,
    contacts: int = 200,
    *,
    activities_per_contact: int = 2,
    seed: int = 7,
    reps: int = 5,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoCounts:
    """Generate the team; ``progress`` is told of contacts and activities as they are
    inserted (a command-line progress bar)."""
    step = progress or (lambda n: None)
    rnd = random.Random(seed)
    now = now or utcnow()
    _set_demo_rates(ws)
    manager = ensure_user(session, ws, "demo", "manager", "Marta Manager", role="manager")
    users = [manager] + [
        ensure_user(
            session, ws, "demo", f"rep{i}", f"{FIRST[i * 3 % len(FIRST)]} Rep{i}", role="rep"
        )
        for i in range(1, reps + 1)
    ]
    team = session.scalar(select(Team).where(Team.workspace_id == ws.id, Team.name == "Demo team"))
    if team is None:
        team = Team(workspace_id=ws.id, name="Demo team", region="Iberia", manager_id=manager.id)
        session.add(team)
        session.flush()
    for u in users:
        u.team_id = team.id
        # `crmbot console --user "Lucía Rep1"` speaks as that demo rep (not a new namesake)
        if find_identity(session, ws, "console", u.display_name) is None:
            add_identity(session, ws, u, "console", u.display_name)
    uid = [u.id for u in users]
    n_accounts = max(5, contacts // 10)
    existing = {
        k for (k,) in session.execute(select(Account.name_key).where(Account.workspace_id == ws.id))
    }
    acc_rows = []
    for i in range(n_accounts):
        base = (
            f"{COMPANY_A[i % len(COMPANY_A)]} {COMPANY_B[(i // len(COMPANY_A)) % len(COMPANY_B)]}"
        )
        name = base if i < len(COMPANY_A) * len(COMPANY_B) else f"{base} {i}"
        if name_key(name) in existing:
            continue
        existing.add(name_key(name))
        acc_rows.append(
            dict(
                workspace_id=ws.id,
                name=name,
                name_key=name_key(name),
                industry=rnd.choice(INDUSTRIES),
                region=rnd.choice(REGIONS),
                size=rnd.choice(("1-10", "11-50", "51-200", "201-1000", "1000+")),
                website=f"https://{name_key(name).replace(' ', '')}.example",
                lead_source=rnd.choice(LEAD_SOURCES),
                owner_id=rnd.choice(uid),
                tags=[],
                created_at=now,
                updated_at=now,
                created_by_id=manager.id,
                updated_by_id=manager.id,
            )
        )
    if acc_rows:
        session.execute(insert(Account), acc_rows)
    acc_ids = list(session.scalars(select(Account.id).where(Account.workspace_id == ws.id)))
    start = session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) or 0
    contact_rows = []
    for i in range(contacts):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        name = f"{first} {last}"
        key = name_key(name)
        parts = key.split(" ")
        phone = f"+34 6{rnd.randint(10, 99)} {rnd.randint(100, 999)} {start + i:06d}"
        bday = date(rnd.randint(1960, 1999), rnd.randint(1, 12), rnd.randint(1, 28))
        contact_rows.append(
            dict(
                workspace_id=ws.id,
                name=name,
                name_key=key,
                first_key=parts[0],
                last_key=parts[-1],
                email=f"{parts[0]}.{parts[-1]}.{start + i}@example.com".replace(" ", ""),
                email_key=f"{parts[0]}.{parts[-1]}.{start + i}@example.com".replace(" ", ""),
                phone=phone,
                phone_rev=phone_reversed(phone),
                title=rnd.choice(("CEO", "CFO", "Buyer", "Head of IT", "Ops manager", None)),
                account_id=rnd.choice(acc_ids),
                lifecycle=rnd.choice(("prospect", "lead", "customer", "inactive")),
                lead_source=rnd.choice(LEAD_SOURCES),
                do_not_contact=rnd.random() < 0.03,
                birthday=bday,
                birthday_md=bday.strftime("%m-%d"),
                tags=[],
                owner_id=rnd.choice(uid),
                created_at=now,
                updated_at=now,
                created_by_id=manager.id,
                updated_by_id=manager.id,
            )
        )
    for chunk in range(0, len(contact_rows), 2000):
        session.execute(insert(Contact), contact_rows[chunk : chunk + 2000])
        step(len(contact_rows[chunk : chunk + 2000]))
    contact_ids = list(
        session.scalars(select(Contact.id).where(Contact.workspace_id == ws.id, Contact.id > start))
    )
    deal_rows = []
    for i, cid in enumerate(contact_ids[: max(1, len(contact_ids) // 2)]):
        stage = rnd.choices(STAGES, weights=(30, 20, 18, 12, 12, 8))[0]
        cur = rnd.choice(CURRENCIES)
        title = f"{rnd.choice(('Renewal', 'Expansion', 'Pilot', 'New licence', 'Upgrade'))} {i}"
        created = now - timedelta(days=rnd.randint(1, 200), hours=rnd.randint(0, 23))
        closed = None
        close_date = (now + timedelta(days=rnd.randint(-30, 120))).date()
        if stage in ("won", "lost"):
            # Closed some weeks after it was opened, in the past: the won date is the close
            # date, and the sales cycle (created -> closed) has a real, varied length.
            created = now - timedelta(days=rnd.randint(20, 240), hours=rnd.randint(0, 23))
            age = (now - created).days
            cycle = timedelta(days=rnd.randint(5, max(6, min(age - 1, 150))), hours=4)
            closed = min(created + cycle, now - timedelta(hours=1))
            close_date = closed.date()
        deal_rows.append(
            dict(
                workspace_id=ws.id,
                title=title,
                title_key=name_key(title),
                contact_id=cid,
                account_id=rnd.choice(acc_ids),
                amount_minor=rnd.randint(10, 500) * 100_000,
                currency=cur,
                stage=stage,
                status=stage if stage in ("won", "lost") else "open",
                close_date=close_date,
                owner_id=rnd.choice(uid),
                created_at=created,
                updated_at=closed or created,
                stage_entered_at=closed or created,
                closed_at=closed,
                created_by_id=manager.id,
                updated_by_id=manager.id,
            )
        )
    for chunk in range(0, len(deal_rows), 5000):
        session.execute(insert(Opportunity), deal_rows[chunk : chunk + 5000])
    deals = session.execute(
        select(
            Opportunity.id, Opportunity.stage, Opportunity.created_at, Opportunity.closed_at
        ).where(Opportunity.workspace_id == ws.id, Opportunity.contact_id > start)
    ).all()
    moves = []
    for d in deals:  # closed deals: opened in prospecting, then won or lost on their day
        first = "prospecting" if d.closed_at else d.stage
        moves.append(dict(workspace_id=ws.id, opportunity_id=d.id, from_stage=None,
                          to_stage=first, user_id=manager.id, at=d.created_at))  # fmt: skip
        if d.closed_at:
            moves.append(dict(workspace_id=ws.id, opportunity_id=d.id, from_stage=first,
                              to_stage=d.stage, user_id=manager.id, at=d.closed_at))  # fmt: skip
    for chunk in range(0, len(moves), 5000):
        session.execute(insert(StageChange), moves[chunk : chunk + 5000])
    act_rows = []
    for cid in contact_ids:
        for _ in range(activities_per_contact):
            act_rows.append(
                dict(
                    workspace_id=ws.id,
                    type=rnd.choice(("call", "meeting", "visit", "email", "note")),
                    body=rnd.choice(NOTES),
                    occurred_at=now - timedelta(hours=rnd.randint(1, 2000)),
                    contact_id=cid,
                    user_id=rnd.choice(uid),
                    created_at=now,
                )
            )
            if len(act_rows) >= 5000:
                session.execute(insert(Activity), act_rows)
                step(len(act_rows))
                act_rows = []
    if act_rows:
        session.execute(insert(Activity), act_rows)
        step(len(act_rows))
    rem_rows = [
        dict(
            workspace_id=ws.id,
            user_id=rnd.choice(uid),
            created_by_id=manager.id,
            text=f"Follow up: {rnd.choice(NOTES)}",
            due_at=now + timedelta(hours=rnd.randint(1, 24 * 30)),
            linked_type="contact",
            linked_id=cid,
            kind="manual",
            status="pending",
            attempts=0,
            created_at=now,
            updated_at=now,
        )
        for cid in contact_ids[: max(1, len(contact_ids) // 10)]
    ]
    if rem_rows:
        session.execute(insert(Reminder), rem_rows)
    return DemoCounts(
        len(users),
        len(acc_rows),
        len(contact_rows),
        len(deal_rows),
        len(contact_ids) * activities_per_contact,
        len(rem_rows),
    )
