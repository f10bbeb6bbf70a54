"""The workspace's known contact, account and deal names, for the parser (a gazetteer).

Why: the parser reads names from the words alone ("cb ngozi re dangote quote fri" has no
capitals to go by), then the bot resolves them. Knowing that the workspace has a contact
"Ngozi Okafor" and an account "Dangote Cement plc" tells the parser which words are a name
and of which kind. Storage builds the set (handlers never write SQL); the parser only asks
"which kinds is this run of words?".

Compact on purpose: a name is kept as the 64-bit hash of its folded words (Python's string
hash, stable within a process, which is the cache's lifetime) in one sorted numpy array with
two bytes of flags beside it, ~10 bytes a name; 100k contacts with their first and last names,
accounts and deals take a few MB and a message's candidate spans are looked up in one
``searchsorted`` call.

Cached per database and workspace. A record added through a session of this process has its
name added to the cached copy at commit (no rebuild); a rename or a delete, or a bulk statement
on the three tables, drops the copy (session events below); writes by another process (an
import run from the CLI) are seen by a cheap stamp, the three tables' highest ids, checked at
most every ``STAMP_EVERY`` seconds, and no copy is older than ``MAX_AGE``. A stale copy only
biases how words are read; names are still resolved against the database afterwards.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from storage.context import Ctx
from storage.models import Account, Contact, Opportunity
from storage.text import name_key
from storage.write_path import inserted_rows

__all__ = [
    "ACCOUNT",
    "ACCOUNT_SHORT",
    "CONTACT",
    "CONTACT_FIRST",
    "CONTACT_LAST",
    "DEAL",
    "KnownNames",
    "for_workspace",
    "forget",
    "from_json",
    "known_names",
    "word_keys",
]

CONTACT = 1  # a contact's full name
CONTACT_FIRST = 2  # the first name of exactly one contact
CONTACT_LAST = 4  # the last name of exactly one contact
ACCOUNT = 8  # an account's full name
ACCOUNT_SHORT = 16  # an account's name without its legal suffix
DEAL = 32  # a deal's title

MAX_WORDS = 6  # longer names are kept whole but never matched (messages name them shorter)
STAMP_EVERY = 30.0  # seconds between checks for other processes' new records
MAX_AGE = 600.0  # seconds after which a copy is rebuilt whatever the stamp says
MAX_WORKSPACES = 16  # copies kept (least recently used dropped)

# folded legal suffixes, dots removed ("S.A." -> "sa"): "Dangote Cement plc" is also
# "Dangote Cement"
_SUFFIX_WORDS = (
    "inc corp corporation ltd llc gmbh ag sa sl slu as asa ab bv nv oy oyj aps plc co sarl sas "
    "spa srl kg se pcl dac limited pvt sab cv bhd pty kk llp lp ltda sro as/a a/s"
)
LEGAL_SUFFIXES = frozenset(_SUFFIX_WORDS.split())
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*_"


def split_key(key: str) -> list[str]:
    """The words of a folded name key (:func:`storage.text.name_key`), edge punctuation and a
    possessive off: what is hashed, for stored names and a message's words alike."""
    out = []
    for w in key.split():
        w = w.strip(_EDGE)
        if w.endswith(("'s", "’s")) and len(w) > 3:
            w = w[:-2]
        if w:
            out.append(w)
    return out


def word_keys(text: str) -> list[str]:
    """The folded words of a name or message: case- and accent-blind, edge punctuation off.

    The parser folds a message's words with this same function, so both sides agree.
    """
    return split_key(name_key(text))


def _bare(words: list[str]) -> list[str]:
    """The name without trailing legal suffixes ("dangote cement plc" -> "dangote cement")."""
    out = list(words)
    while len(out) > 1 and out[-1].replace(".", "") in LEGAL_SUFFIXES:
        out.pop()
    return out


# Bits kept so that a name added later can tell "one record has this first name" from
# "several have": the flags of a first name go CONTACT_FIRST -> FIRST_MANY on a second one.
FIRST_MANY = 64
LAST_MANY = 128
HEAD_MANY = 256
ACCOUNT_HEAD = 512  # the first word of exactly one account's name ("dangote")
# The first word of some stored name of two words or more: never a match by itself (outside
# _MATCHING), it tells :meth:`KnownNames.runs_of` which of a message's words can begin one.
HEAD_ANY = 1024


def _one_more(flags: int, one: int, many: int) -> int:
    """Flags after one more record has this word: none -> one, one -> many."""
    if flags & many:
        return flags
    if flags & one:
        return (flags & ~one) | many
    return flags | one


class _Table:
    """Name keys to flags while building or adding (plain dict, keyed by the key's hash)."""

    def __init__(self, get: Any = None) -> None:
        self.items: dict[int, int] = {}
        self._get = get  # flags of a key already known elsewhere (the built arrays)

    def flags(self, h: int) -> int:
        if h in self.items:
            return self.items[h]
        return self._get(h) if self._get is not None else 0

    def put(self, words: list[str], flag: int) -> None:
        if words and len(words) <= MAX_WORDS:
            h = hash(" ".join(words))
            self.items[h] = self.flags(h) | flag
            if len(words) > 1:
                h = hash(words[0])
                self.items[h] = self.flags(h) | HEAD_ANY

    def count(self, word: str, one: int, many: int) -> None:
        h = hash(word)
        self.items[h] = _one_more(self.flags(h), one, many)

    def contact(self, words: list[str]) -> None:
        self.put(words, CONTACT)
        if len(words) >= 2:
            self.count(words[0], CONTACT_FIRST, FIRST_MANY)
            self.count(words[-1], CONTACT_LAST, LAST_MANY)

    def account(self, words: list[str]) -> None:
        self.put(words, ACCOUNT)
        bare = _bare(words)
        if bare != words:
            self.put(bare, ACCOUNT_SHORT)
        if len(bare) >= 2:
            self.count(bare[0], ACCOUNT_HEAD, HEAD_MANY)

    def deal(self, words: list[str]) -> None:
        self.put(words, DEAL)


_MATCHING = CONTACT | CONTACT_FIRST | CONTACT_LAST | ACCOUNT | ACCOUNT_SHORT | ACCOUNT_HEAD | DEAL


@dataclass(frozen=True)
class KnownNames:
    """Sorted hashes of known name keys and, beside each, the flags of what it names; names
    added since it was built (this process's writes) in a small dict beside them."""

    hashes: np.ndarray  # int64, sorted, unique
    flags: np.ndarray  # uint16, same length
    counts: tuple[int, int, int]  # contacts, accounts, deals it was built from
    added: dict[int, int] = field(default_factory=dict)  # hash -> flags, over the arrays

    @classmethod
    def build(
        cls,
        contacts: Iterable[str],
        accounts: Iterable[str] = (),
        deals: Iterable[str] = (),
        *,
        folded: bool = False,
    ) -> KnownNames:
        """From names as written (any case and accents), or as stored name keys when
        ``folded`` (already :func:`storage.text.name_key`: no folding to redo)."""
        words_of = split_key if folded else word_keys
        table = _Table()
        n = [0, 0, 0]
        for i, (names, put) in enumerate(
            ((contacts, table.contact), (accounts, table.account), (deals, table.deal))
        ):
            for name in names:
                put(words_of(name))
                n[i] += 1
        keys = np.fromiter(table.items.keys(), dtype=np.int64, count=len(table.items))
        vals = np.fromiter(table.items.values(), dtype=np.uint16, count=len(table.items))
        order = np.argsort(keys, kind="stable")
        return cls(keys[order], vals[order], (n[0], n[1], n[2]))

    def __len__(self) -> int:
        return int(self.hashes.size) + len(self.added)

    @property
    def nbytes(self) -> int:
        return int(self.hashes.nbytes + self.flags.nbytes)

    def _built_flags(self, h: int) -> int:
        at = int(np.searchsorted(self.hashes, h))
        if at < self.hashes.size and int(self.hashes[at]) == h:
            return int(self.flags[at])
        return 0

    def add(
        self, contacts: Iterable[str] = (), accounts: Iterable[str] = (), deals: Iterable[str] = ()
    ) -> None:
        """Names written since the build (new records), without rebuilding the arrays."""
        table = _Table(lambda h: self.added.get(h, self._built_flags(h)))
        for name in contacts:
            table.contact(word_keys(name))
        for name in accounts:
            table.account(word_keys(name))
        for name in deals:
            table.deal(word_keys(name))
        self.added.update(table.items)

    def flags_of(self, phrases: list[str]) -> list[int]:
        """What each phrase (folded words joined by one space) names: 0 for nothing."""
        return [f & _MATCHING for f in self._stored_flags(phrases)]

    def _stored_flags(self, phrases: list[str]) -> list[int]:
        """Each phrase's flags as stored (HEAD_ANY included), 0 for an unknown phrase."""
        if not phrases:
            return []
        out = [0] * len(phrases)
        if self.hashes.size:
            probe = np.fromiter(map(hash, phrases), dtype=np.int64, count=len(phrases))
            at = np.searchsorted(self.hashes, probe)
            at[at >= self.hashes.size] = 0
            hit = self.hashes[at] == probe
            out = np.where(hit, self.flags[at], 0).tolist()
        if self.added:
            for i, p in enumerate(phrases):
                extra = self.added.get(hash(p))
                if extra is not None:
                    out[i] = extra
        return out

    def runs_of(self, words: list[str]) -> list[tuple[int, int, int]]:
        """``(i, j, flags)`` for each run ``words[i..j]`` of at most MAX_WORDS words, none of
        them empty, that names something: what :meth:`flags_of` gives over every such run
        (joined by one space), in the order i, then j.

        Why not simply that: a message of 14 words has ~70 runs, and each is a string, a
        hash and a probe. A stored name of two words or more marks its first word HEAD_ANY,
        so a longer run is built and looked up only from a word that begins one: the words
        are probed first, then the few runs that can match (equal to the full lookup:
        ``test_known_names.py::test_runs_of_equals_every_run``).
        """
        n = len(words)
        at = [i for i in range(n) if words[i]]
        singles = self._stored_flags([words[i] for i in at])
        found: list[tuple[int, int, int]] = []
        spans: list[tuple[int, int]] = []
        runs: list[str] = []
        for i, f in zip(at, singles, strict=True):
            if f & _MATCHING:
                found.append((i, i, f & _MATCHING))
            if f & HEAD_ANY:
                run = words[i]
                for j in range(i + 1, min(i + MAX_WORDS, n)):
                    if not words[j]:
                        break
                    run = f"{run} {words[j]}"
                    spans.append((i, j))
                    runs.append(run)
        for (i, j), f in zip(spans, self._stored_flags(runs), strict=True):
            if f & _MATCHING:
                found.append((i, j, f & _MATCHING))
        found.sort()
        return found


EMPTY = KnownNames(np.zeros(0, np.int64), np.zeros(0, np.uint16), (0, 0, 0))


def from_json(data: Any) -> KnownNames:
    """From ``{"contacts": [...], "accounts": [...], "deals": [...]}`` (each list optional):
    ``crmbot parse --known FILE`` and ``crmbot eval-parser --known FILE``."""
    if not isinstance(data, dict) or not set(data) <= {"contacts", "accounts", "deals"}:
        raise ValueError(
            'expected a JSON object {"contacts": [...], "accounts": [...], "deals": [...]}'
        )
    lists = []
    for key in ("contacts", "accounts", "deals"):
        names = data.get(key) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"{key!r} must be a list of names (strings)")
        lists.append(names)
    return KnownNames.build(*lists)


# --------------------------------------------------------------------------- from the database


def for_workspace(session: Session, name: str) -> KnownNames:
    """A named workspace's names, read now (``crmbot parse --workspace NAME``)."""
    from storage.errors import UserError
    from storage.workspaces import get_workspace

    ws = get_workspace(session, name)
    if ws is None:
        raise UserError(f"no workspace named '{name}'")
    return _load(session, ws.id)


def _load(s: Session, ws: int) -> KnownNames:
    """Read the stored name keys (already folded: nothing to fold again) and build."""
    contacts = s.scalars(
        select(Contact.name_key).where(Contact.workspace_id == ws, Contact.deleted_at.is_(None))
    )
    accounts = s.scalars(
        select(Account.name_key).where(Account.workspace_id == ws, Account.deleted_at.is_(None))
    )
    deals = s.scalars(
        select(Opportunity.title_key).where(
            Opportunity.workspace_id == ws, Opportunity.deleted_at.is_(None)
        )
    )
    return KnownNames.build(contacts, accounts, deals, folded=True)


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


_BIND_KEYS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _bind_key(session: Session) -> str:
    """The database's key in the cache: its URL, rendered once per engine (rendering a URL
    costs about 5 µs, and every commit that wrote a name asks; issue 18)."""
    bind = session.get_bind()
    key = _BIND_KEYS.get(bind)
    if key is None:
        key = _BIND_KEYS[bind] = str(getattr(bind, "url", bind))
    return key


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
    names = _load(ctx.session, ctx.ws_id)
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


# --------------------------------------------------------------------------- writes

_WRITES = "crmbot_known_names_writes"
_NAME_ATTRS: dict[type, tuple[str, str]] = {
    Contact: ("name", "deleted_at"),
    Account: ("name", "deleted_at"),
    Opportunity: ("title", "deleted_at"),
}
_KIND = {Contact: 0, Account: 1, Opportunity: 2}
_TABLES = {"contacts", "accounts", "opportunities"}
_NAME_COLUMNS = {"name", "title", "name_key", "title_key", "deleted_at", "workspace_id"}


@dataclass
class _Writes:
    """What a session changed in names, applied to the cache when it commits."""

    added: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # ws -> rows
    stale: set[int | str] = field(default_factory=set)  # workspaces to rebuild ("*": all)


def _writes(session: Session) -> _Writes:
    w = session.info.get(_WRITES)
    if w is None:
        w = session.info[_WRITES] = _Writes()
    return w


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _ctx: object) -> None:
    for obj in session.new:
        attrs = _NAME_ATTRS.get(type(obj))
        if attrs is not None:  # a new record: its name is added to the cached copy
            row = (_KIND[type(obj)], obj.id, getattr(obj, attrs[0]) or "")
            _writes(session).added.setdefault(obj.workspace_id, []).append(row)
    for obj in session.deleted:
        if type(obj) in _NAME_ATTRS:
            _writes(session).stale.add(obj.workspace_id)
    for obj in session.dirty:
        attrs = _NAME_ATTRS.get(type(obj))
        if attrs is None or obj in session.new:
            continue
        state = inspect(obj)
        if any(state.attrs[a].history.has_changes() for a in attrs):
            _writes(session).stale.add(obj.workspace_id)  # renamed or deleted: rebuild


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
    _writes(state.session).stale.add("*")


@event.listens_for(Session, "before_commit")
def _note_core_inserts(session: Session) -> None:
    """Rows the hot write path inserted without a flush (storage.write_path)."""
    for obj in inserted_rows(session):
        if isinstance(obj, Contact | Account | Opportunity):
            name = obj.title if isinstance(obj, Opportunity) else obj.name
            row = (_KIND[type(obj)], obj.id, name or "")
            w = _writes(session)
            if row not in w.added.get(obj.workspace_id, ()):
                w.added.setdefault(obj.workspace_id, []).append(row)


@event.listens_for(Session, "after_commit")
def _apply_writes(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the transaction goes on
        return
    w: _Writes | None = session.info.pop(_WRITES, None)
    if w is None:
        return
    bind = _bind_key(session)
    with _lock:
        for what in w.stale:
            key: tuple[str, int] | str = bind if what == "*" else (bind, int(what))
            _generation[key] = _generation.get(key, 0) + 1
        for ws, rows in w.added.items():
            entry = _cache.get((bind, ws))
            if entry is None or ws in w.stale or "*" in w.stale:
                continue
            lists: tuple[list[str], list[str], list[str]] = ([], [], [])
            stamp = list(entry.stamp)
            for kind, rid, name in rows:
                lists[kind].append(name)
                stamp[kind] = max(stamp[kind] or 0, rid or 0)
            entry.names.add(*lists)
            entry.stamp = tuple(stamp)  # our own new rows are no sign of another writer


@event.listens_for(Session, "after_rollback")
def _drop_writes(session: Session) -> None:
    session.info.pop(_WRITES, None)
