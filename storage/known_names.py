"""The workspace's known contact, account and deal names, for the parser (a gazetteer).

Why: the parser reads names from the words alone ("cb ngozi re dangote quote fri" has no
capitals to go by), then the bot resolves them. Knowing that the workspace has a contact
"Ngozi Okafor" and an account "Dangote Cement plc" tells the parser which words are a name
and of which kind. Storage builds the set (handlers never write SQL); the parser only asks
"which kinds is this run of words?".

Compact on purpose: a name is kept as the 64-bit hash of its folded words (Python's string
hash, stable within a process, which is the cache's lifetime) in one sorted numpy array with
a byte of flags beside it, ~9 bytes a name; 100k contacts with their first and last names,
accounts and deals take a few MB and a message's candidate spans are looked up in one
``searchsorted`` call.

Cached per database and workspace. A write that adds, renames or deletes a contact, account
or deal through a session of this process drops the workspace's copy at commit (session
events below); writes by another process (an import run from the CLI) are seen by a cheap
stamp, the three tables' highest ids, checked at most every ``STAMP_EVERY`` seconds, and no
copy is older than ``MAX_AGE``. A stale copy only biases how words are read; names are still
resolved against the database afterwards.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from storage.context import Ctx
from storage.models import Account, Contact, Opportunity
from storage.text import name_key

__all__ = [
    "ACCOUNT",
    "ACCOUNT_SHORT",
    "CONTACT",
    "CONTACT_FIRST",
    "CONTACT_LAST",
    "DEAL",
    "KnownNames",
    "forget",
    "known_names",
    "word_keys",
]

CONTACT = 1  # a contact's full name
CONTACT_FIRST = 2  # the first name of exactly one contact
CONTACT_LAST = 4  # the last name of exactly one contact
ACCOUNT = 8  # an account's full name
ACCOUNT_SHORT = 16  # an account's name without its legal suffix, or its one first word
DEAL = 32  # a deal's title

MAX_WORDS = 6  # longer names are kept whole but never matched (messages name them shorter)
STAMP_EVERY = 30.0  # seconds between checks for other processes' new records
MAX_AGE = 600.0  # seconds after which a copy is rebuilt whatever the stamp says
MAX_WORKSPACES = 16  # copies kept (least recently used dropped)

# folded legal suffixes, dots removed ("S.A." -> "sa"): "Dangote Cement plc" is also
# "Dangote Cement"
LEGAL_SUFFIXES = frozenset(
    "inc corp corporation ltd llc gmbh ag sa sl slu as asa ab bv nv oy oyj aps plc co sarl sas "
    "spa srl kg se pcl dac limited pvt sab cv bhd pty kk llp lp ltda sro as/a a/s".split()
)
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*_"


def word_keys(text: str) -> list[str]:
    """The folded words of a name or message: case- and accent-blind, edge punctuation off.

    The parser folds a message's words with this same function, so both sides agree.
    """
    out = []
    for w in name_key(text).split():
        w = w.strip(_EDGE)
        if w.endswith(("'s", "’s")) and len(w) > 3:
            w = w[:-2]
        if w:
            out.append(w)
    return out


def _h(words: Iterable[str]) -> int:
    return hash(" ".join(words))


def _bare(words: list[str]) -> list[str]:
    """The name without trailing legal suffixes ("dangote cement plc" -> "dangote cement")."""
    out = list(words)
    while len(out) > 1 and out[-1].replace(".", "") in LEGAL_SUFFIXES | {"a/s"}:
        out.pop()
    return out


@dataclass(frozen=True)
class KnownNames:
    """Sorted hashes of known name keys and, beside each, the flags of what it names."""

    hashes: np.ndarray  # int64, sorted, unique
    flags: np.ndarray  # uint8, same length
    counts: tuple[int, int, int]  # contacts, accounts, deals it was built from

    @classmethod
    def build(
        cls,
        contacts: Iterable[str],
        accounts: Iterable[str] = (),
        deals: Iterable[str] = (),
    ) -> KnownNames:
        """From names as stored (any case and accents)."""
        table: dict[int, int] = {}
        firsts: Counter[str] = Counter()
        lasts: Counter[str] = Counter()
        n_c = n_a = n_d = 0

        def put(words: list[str], flag: int) -> None:
            if words and len(words) <= MAX_WORDS:
                h = _h(words)
                table[h] = table.get(h, 0) | flag

        for name in contacts:
            words = word_keys(name)
            n_c += 1
            put(words, CONTACT)
            if len(words) >= 2:
                firsts[words[0]] += 1
                lasts[words[-1]] += 1
        for first, n in firsts.items():
            if n == 1:
                put([first], CONTACT_FIRST)
        for last, n in lasts.items():
            if n == 1:
                put([last], CONTACT_LAST)
        heads: Counter[str] = Counter()
        for name in accounts:
            words = word_keys(name)
            n_a += 1
            put(words, ACCOUNT)
            bare = _bare(words)
            if bare != words:
                put(bare, ACCOUNT_SHORT)
            if len(bare) >= 2:
                heads[bare[0]] += 1
        for head, n in heads.items():
            if n == 1:
                put([head], ACCOUNT_SHORT)
        for title in deals:
            n_d += 1
            put(word_keys(title), DEAL)
        keys = np.fromiter(table.keys(), dtype=np.int64, count=len(table))
        vals = np.fromiter(table.values(), dtype=np.uint8, count=len(table))
        order = np.argsort(keys, kind="stable")
        return cls(keys[order], vals[order], (n_c, n_a, n_d))

    def __len__(self) -> int:
        return int(self.hashes.size)

    @property
    def nbytes(self) -> int:
        return int(self.hashes.nbytes + self.flags.nbytes)

    def flags_of(self, phrases: list[list[str]]) -> list[int]:
        """The flags of each run of folded words (0: not a known name), in one lookup."""
        if not phrases or not self.hashes.size:
            return [0] * len(phrases)
        probe = np.fromiter((_h(p) for p in phrases), dtype=np.int64, count=len(phrases))
        at = np.searchsorted(self.hashes, probe)
        at[at >= self.hashes.size] = 0
        hit = self.hashes[at] == probe
        return [int(f) if h else 0 for f, h in zip(self.flags[at], hit, strict=True)]


EMPTY = KnownNames(np.zeros(0, np.int64), np.zeros(0, np.uint8), (0, 0, 0))


# --------------------------------------------------------------------------- from the database


def _load(ctx: Ctx) -> KnownNames:
    s, ws = ctx.session, ctx.ws_id
    contacts = s.scalars(
        select(Contact.name).where(Contact.workspace_id == ws, Contact.deleted_at.is_(None))
    )
    accounts = s.scalars(
        select(Account.name).where(Account.workspace_id == ws, Account.deleted_at.is_(None))
    )
    deals = s.scalars(
        select(Opportunity.title).where(
            Opportunity.workspace_id == ws, Opportunity.deleted_at.is_(None)
        )
    )
    return KnownNames.build(contacts, accounts, deals)


def _stamp(ctx: Ctx) -> tuple[Any, ...]:
    """The three tables' highest ids in the workspace: one round trip, three index reads."""
    ws = ctx.ws_id
    row = ctx.session.execute(
        select(
            select(func.max(Contact.id)).where(Contact.workspace_id == ws).scalar_subquery(),
            select(func.max(Account.id)).where(Account.workspace_id == ws).scalar_subquery(),
            select(func.max(Opportunity.id))
            .where(Opportunity.workspace_id == ws)
            .scalar_subquery(),
        )
    ).one()
    return tuple(row)


@dataclass
class _Entry:
    names: KnownNames
    generation: int
    stamp: tuple[Any, ...]
    built: float
    checked: float


_cache: OrderedDict[tuple[str, int], _Entry] = OrderedDict()
_generation: dict[tuple[str, int] | str, int] = {}
_lock = threading.Lock()


def _bind_key(session: Session) -> str:
    bind = session.get_bind()
    return str(getattr(bind, "url", bind))


def _gen(key: tuple[str, int]) -> int:
    return _generation.get(key, 0) + _generation.get(key[0], 0)


def known_names(ctx: Ctx) -> KnownNames:
    """The workspace's known names, from the cache when it is current."""
    key = (_bind_key(ctx.session), ctx.ws_id)
    now = time.monotonic()
    with _lock:
        entry = _cache.get(key)
        if entry is not None:
            _cache.move_to_end(key)
    gen = _gen(key)
    if entry is not None and entry.generation == gen and now - entry.built < MAX_AGE:
        if now - entry.checked < STAMP_EVERY:
            return entry.names
        stamp = _stamp(ctx)
        entry.checked = now
        if stamp == entry.stamp:
            return entry.names
    stamp = _stamp(ctx)
    names = _load(ctx)
    with _lock:
        _cache[key] = _Entry(names, gen, stamp, now, now)
        _cache.move_to_end(key)
        while len(_cache) > MAX_WORKSPACES:
            _cache.popitem(last=False)
    return names


def forget(session: Session | None = None, workspace_id: int | None = None) -> None:
    """Drop cached copies: one workspace's, a database's, or all (tests that truncate)."""
    with _lock:
        if session is None:
            _cache.clear()
            return
        bind = _bind_key(session)
        for k in [k for k in _cache if k[0] == bind and workspace_id in (None, k[1])]:
            del _cache[k]


# --------------------------------------------------------------------------- invalidation

_DIRTY = "crmbot_known_names_dirty"
_NAME_ATTRS = {Contact: ("name", "deleted_at"), Account: ("name", "deleted_at")}
_NAME_ATTRS[Opportunity] = ("title", "deleted_at")
_TABLES = {"contacts", "accounts", "opportunities"}
_NAME_COLUMNS = {"name", "title", "deleted_at", "workspace_id"}


def _mark(session: Session, what: int | str) -> None:
    session.info.setdefault(_DIRTY, set()).add(what)


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _ctx: object) -> None:
    for obj in session.new | session.deleted:
        if type(obj) in _NAME_ATTRS:
            _mark(session, obj.workspace_id)
    for obj in session.dirty:
        attrs = _NAME_ATTRS.get(type(obj))
        if attrs is None:
            continue
        state = inspect(obj)
        if any(state.attrs[a].history.has_changes() for a in attrs):
            _mark(session, obj.workspace_id)


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    """Bulk writes (imports, demo data) bypass the flush: any insert or delete on the three
    tables, or an update of a name, drops every copy of that database at commit."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) not in _TABLES:
        return
    if state.is_update:
        cols = {getattr(c, "key", str(c)) for c in getattr(state.statement, "_values", None) or {}}
        params = state.parameters
        if isinstance(params, list | tuple) and params:
            params = params[0]
        cols |= set(params or {})
        if cols and not cols & _NAME_COLUMNS:
            return  # a stage change, an amount: no name changed
    _mark(session=state.session, what="*")


@event.listens_for(Session, "after_commit")
def _bump(session: Session) -> None:
    dirty = session.info.pop(_DIRTY, None)
    if not dirty:
        return
    bind = _bind_key(session)
    with _lock:
        for what in dirty:
            key: tuple[str, int] | str = bind if what == "*" else (bind, int(what))
            _generation[key] = _generation.get(key, 0) + 1


@event.listens_for(Session, "after_rollback")
def _drop_dirty(session: Session) -> None:
    session.info.pop(_DIRTY, None)
