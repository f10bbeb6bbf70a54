"""The hot write path: a new row goes in with one Core ``INSERT … RETURNING id`` and comes
back as a persistent ORM object, without an ORM flush.

Why: the service unit (a contact, a deal with its first stage, an activity, a reminder, one
commit) spent about half its time in three ORM flushes, each needed only to learn a new row's
id (issue 18, ``docs/performance.md``). A flush sorts the unit of work, fires events and keeps
per-object books; one prebuilt Core statement does the same insert for a fraction of that, and
on PostgreSQL dependent writes can ride along in the same round trip (``with_ctes``: the deal's
first stage-history row, the "last activity" touches of an activity's contact and deal).

What is kept: names and notes are cleaned as the flush hook would (storage.hygiene), every
column gets the model's Python default (so nothing is left expired and reloaded), and the
object is attached to the session as if loaded, so later attribute changes are flushed as
usual and audit snapshots (storage.audit) read it like any other row. Mapper-level
``before_insert``/``after_insert`` events and ``after_flush`` do not see these rows; a hook
that follows writes reads :func:`inserted_rows` as well (the lead score's does).

A rollback forgets the rows: they are expunged, as the ORM does with the rows it inserted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import (
    CTE,
    Column,
    Insert,
    Select,
    Table,
    bindparam,
    event,
    insert,
    inspect,
    select,
    true,
    update,
)
from sqlalchemy.orm import Mapper, Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from storage import fastsql
from storage.hygiene import clean_row
from storage.models import Base

_KEY = "crmbot_core_inserted"

# Per model: (attribute key, column, default) for every column but the primary key.
_COLUMNS: dict[type, tuple[tuple[str, Any, Any], ...]] = {}
# Prebuilt statements (their cache keys computed once), per (model, CTE names).
_STATEMENTS: dict[tuple[type, tuple[str, ...]], Insert] = {}


def _columns(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    cols = _COLUMNS.get(cls)
    if cols is None:
        mapper: Mapper[Any] = inspect(cls)
        out = []
        for prop in mapper.column_attrs:
            col = prop.columns[0]
            if col.primary_key:
                continue
            default = col.default
            if default is not None and not (default.is_callable or default.is_scalar):
                raise TypeError(f"{cls.__name__}.{prop.key}: only Python defaults are filled in")
            if default is None:
                value: Any = None
            elif default.is_callable:  # type: ignore[attr-defined]
                value = default.arg  # type: ignore[attr-defined]  # called with a context
            else:
                value = ("scalar", default.arg)  # type: ignore[attr-defined]
            out.append((prop.key, col, value))
        cols = _COLUMNS[cls] = tuple(out)
    return cols


# Per model: the keys of its column attributes (what new_row may write directly).
_COLUMN_KEYS: dict[type, frozenset[str]] = {}

_T = TypeVar("_T", bound=Base)


def new_row(cls: type[_T], **values: Any) -> _T:
    """A new transient ``cls`` with ``values``, as ``cls(**values)`` gives, for a row the hot
    path inserts (:func:`insert_row`).

    Why: the declarative constructor sets each value through the attribute instrumentation
    (history, modified flags, events), about 60 times per service unit, for objects whose
    history nobody reads (the insert writes every column and then marks them committed).
    Column values go straight into the instance's dict; anything else (a relationship)
    still goes through ``setattr``. The models have no validators or init listeners that this
    would skip (tests/storage/test_service_unit.py compares with the constructor).
    """
    keys = _COLUMN_KEYS.get(cls)
    if keys is None:
        keys = _COLUMN_KEYS[cls] = frozenset(p.key for p in inspect(cls).column_attrs)
    obj: _T = cls._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    state_dict = obj.__dict__
    for key, value in values.items():
        if key in keys:
            state_dict[key] = value
        else:
            setattr(obj, key, value)
    return obj


def loaded_value(obj: Any, key: str) -> Any:
    """``getattr(obj, key)`` for a mapped column: from the instance dict when it is loaded
    there (what the instrumented attribute returns then), else through the attribute.

    Why: an instrumented read goes through SQLAlchemy's descriptor and its attribute
    proxies, about ten times the cost of a dict lookup; the commit hooks read a dozen
    columns of each row the message wrote (issue 18).
    """
    found = obj.__dict__.get(key, _ABSENT)
    return getattr(obj, key) if found is _ABSENT else found


_ABSENT = object()


def put(obj: Base, **values: Any) -> None:
    """Set column ``values`` on ``obj``: straight into the instance dict while ``obj`` is
    a new row of :func:`new_row` (transient: no identity, in no session), through the
    attributes otherwise (a pending or persistent object keeps its change history).

    Why: a new row's attribute history is thrown away when :func:`insert_row` marks every
    column committed, and each instrumented set costs a few microseconds (issue 18); an
    edit of a stored row goes through the attributes as before.
    """
    state = obj._sa_instance_state  # type: ignore[attr-defined]
    cls = type(obj)
    keys = _COLUMN_KEYS.get(cls)
    if keys is None:
        keys = _COLUMN_KEYS[cls] = frozenset(p.key for p in inspect(cls).column_attrs)
    if state.key is None and state.session_id is None and keys.issuperset(values):
        obj.__dict__.update(values)
        return
    for key, value in values.items():
        setattr(obj, key, value)


# Per model: bound parameter name -> attribute key of each column, in _COLUMNS' order, and
# each column's default by key (worked out once).
_BINDS: dict[type, tuple[dict[str, str], dict[str, Any]]] = {}


def row_values(obj: Base) -> dict[str, Any]:
    """Every column of a new ``obj`` as it will be stored (cleaned, defaults filled in).

    The defaults are also written to the object, so it carries what the row holds.
    """
    state = obj.__dict__
    return {name: state[key] for name, key in _fill_row(obj).items()}


def _fill_row(obj: Base) -> dict[str, str]:
    """Clean new ``obj`` and write every column's default it was not given into its dict;
    give its model's bound parameter names with the attribute key each takes its value
    from (the insert's parameters are then ``obj.__dict__`` read through that mapping)."""
    clean_row(obj)
    state = obj.__dict__
    cls = type(obj)
    found = _BINDS.get(cls)
    if found is None:
        cols = _columns(cls)
        found = _BINDS[cls] = (
            {_bind(col): key for key, col, _ in cols},
            {key: default for key, _, default in cols},
        )
    rename, defaults = found
    # Only the columns the caller left out take their default (a set difference, in C).
    for key in defaults.keys() - state.keys():
        default = defaults[key]
        if default is None:
            value = None
        elif isinstance(default, tuple):
            value = default[1]
        else:
            value = default(None)  # SQLAlchemy wraps a no-argument default to take a context
        state[key] = value
    return rename


def _bind(col: Column[Any]) -> str:
    # Bound names never equal a column name: in a statement with DML in WITH, SQLAlchemy
    # would read a parameter named like a column of an UPDATE's table as a value to SET.
    return f"v_{col.key}"


def insert_statement(cls: type, ctes: Iterable[CTE] = ()) -> Insert:
    """``INSERT INTO <table> (every column) VALUES (:bound …) RETURNING id``, built once per
    model (and per set of riding CTEs: their names make the key, their bodies must be fixed)."""
    ctes = tuple(ctes)
    key = (cls, tuple(c.name for c in ctes))
    stmt = _STATEMENTS.get(key)
    if stmt is None:
        table: Table = inspect(cls).local_table
        values = {col.key: bindparam(_bind(col), type_=col.type) for _, col, _ in _columns(cls)}
        stmt = insert(table).values(values).returning(table.c.id)
        if ctes:
            stmt = stmt.add_cte(*ctes)
        _STATEMENTS[key] = stmt
    return stmt


def insert_row(
    session: Session,
    obj: Base,
    *,
    ctes: Iterable[CTE] = (),
    params: dict[str, Any] | None = None,
) -> Base:
    """Insert new ``obj`` with one statement and attach it to ``session`` as persistent.

    ``ctes`` are data-modifying statements sent in the same round trip (PostgreSQL only:
    SQLite has no DML in WITH); their bound values come in ``params``.
    """
    # The session's connection, not Session.execute: a Core statement needs no ORM layer.
    conn = fastsql.connection(session)
    if params or ctes:
        values = {**row_values(obj), **(params or {})}
        new_id = fastsql.execute(conn, insert_statement(type(obj), ctes), values)[0][0]
    else:  # the values straight from the object's dict (issue 18)
        rename = _fill_row(obj)
        new_id = fastsql.execute_from(conn, insert_statement(type(obj)), obj.__dict__, rename)
        new_id = new_id[0][0]
    return attach_inserted(session, obj, new_id)


def insert_parent_and_child(
    session: Session, parent: Base, child: Base, fk: str
) -> tuple[Base, Base]:
    """Insert new ``parent`` and new ``child`` (whose column ``fk`` points at the parent).

    PostgreSQL: one round trip (``WITH p AS (INSERT … RETURNING id), c AS (INSERT … SELECT
    p.id … RETURNING id) SELECT p.id, c.id``); SQLite: two statements, in process.
    """
    if not is_postgres(session):
        insert_row(session, parent)
        setattr(child, fk, parent.id)  # type: ignore[attr-defined]
        insert_row(session, child)
        return parent, child
    key = (type(parent), type(child), fk)
    stmt = _PAIRS.get(key)
    if stmt is None:
        p_table: Any = inspect(type(parent)).local_table
        c_table: Any = inspect(type(child)).local_table
        p_cte = (
            insert(p_table)
            .values(
                {c.key: bindparam(_bind(c), type_=c.type) for _, c, _ in _columns(type(parent))}
            )
            .returning(p_table.c.id)
            .cte("new_parent")
        )
        c_cols = [c for _, c, _ in _columns(type(child))]
        c_cte = (
            insert(c_table)
            .from_select(
                [c.key for c in c_cols],
                select(
                    *[
                        p_cte.c.id if c.key == fk else bindparam(f"child_{c.key}", type_=c.type)
                        for c in c_cols
                    ]
                ).select_from(p_cte),
            )
            .returning(c_table.c.id, c_table.c[fk])
            .cte("new_child")
        )
        stmt = _PAIRS[key] = select(p_cte.c.id, c_cte.c.id).join_from(
            p_cte, c_cte, c_cte.c[fk] == p_cte.c.id
        )
    values = row_values(parent)
    child_values = row_values(child)
    values.update({f"child_{k[2:]}": v for k, v in child_values.items() if k != f"v_{fk}"})
    ((parent_id, child_id),) = fastsql.execute(fastsql.connection(session), stmt, values)
    attach_inserted(session, parent, parent_id)
    child.__dict__[fk] = parent_id
    attach_inserted(session, child, child_id)
    return parent, child


_PAIRS: dict[tuple[type, type, str], Any] = {}


def find_or_insert(
    session: Session, obj: Base, lookup: Select[Any], params: dict[str, Any]
) -> tuple[Base, bool]:
    """The row ``lookup`` finds, or new ``obj`` inserted when it finds none (get-or-create).
    Gives the object and whether it is new.

    ``lookup`` is prebuilt (its cache key is its identity), selects :func:`row_columns` of
    ``obj``'s model and finds at most one row (``LIMIT 1``); ``params`` are its bound values.

    Why: the lookup and then the insert were two round trips on PostgreSQL, one of the
    service unit's seven (issue 18). There it is one statement: ``WITH found AS (<lookup's
    id>), ins AS (INSERT … SELECT … WHERE NOT EXISTS (SELECT FROM found) RETURNING id)
    SELECT <table>.*, ins.id FROM ins FULL JOIN found ON true LEFT JOIN <table> ON
    <table>.id = found.id``; every part sees the same snapshot, so the result is what the
    lookup and then the insert gave. SQLite has no DML
    in WITH, and its ``INSERT … SELECT … WHERE NOT EXISTS … RETURNING`` costs more than
    the two statements (measured: 33k more instructions in SQLite's VM than it saves in
    Python), so there it is the lookup, then the insert.
    """
    conn = fastsql.connection(session)
    if conn.dialect.name != "postgresql":
        found = load_rows(session, lookup, params, (type(obj),))
        if found:
            return found[0][0], False
        return insert_row(session, obj), True
    session._autoflush()  # the lookup sees this transaction's pending changes, as load_rows
    cls = type(obj)
    stmt = _FIND_OR_INSERT.get(id(lookup))
    if stmt is None or stmt[0] is not lookup:
        stmt = _FIND_OR_INSERT[id(lookup)] = (lookup, _find_or_insert_statement(cls, lookup))
    values = row_values(obj)
    values.update(params)
    # One row: the found one (its id column set) or the inserted one's id (after them).
    ((*found_row, new_id),) = fastsql.execute(conn, stmt[1], values)
    if new_id is None:
        loaded = _attach_loaded(session, cls, dict(zip(_all_keys(cls), found_row, strict=True)))
        return loaded, False
    return attach_inserted(session, obj, new_id), True


# id(lookup) -> (the lookup, kept alive with its statement; the PostgreSQL statement)
_FIND_OR_INSERT: dict[int, tuple[Any, Any]] = {}


def _find_or_insert_statement(cls: type, lookup: Select[Any]) -> Any:
    table: Any = inspect(cls).local_table
    cols = [c for _, c, _ in _columns(cls)]
    new_values = select(*[bindparam(_bind(c), type_=c.type) for c in cols])
    # The lookup's id only, and the row read by it outside: under psycopg's 4,096 characters
    # for a statement whose parsing it caches (this one is sent once a message).
    found = lookup.with_only_columns(table.c.id, maintain_column_froms=True).cte("found")
    ins = (
        insert(table)
        .from_select([c.key for c in cols], new_values.where(~select(found.c.id).exists()))
        .returning(table.c.id)
        .cte("ins")
    )
    # One of the two CTEs has one row, the other none: the full join gives that one row.
    return select(*table.c, ins.c.id.label("new_id")).select_from(
        ins.outerjoin(found, true(), full=True).outerjoin(table, table.c.id == found.c.id)
    )


def attach_inserted(session: Session, obj: Base, new_id: int) -> Base:
    """Make ``obj`` (whose row was just inserted with id ``new_id``) a persistent object of
    ``session``: in its identity map, nothing pending, every column loaded."""
    obj.__dict__["id"] = new_id
    _persist(session, obj)
    session.info.setdefault(_KEY, []).append(obj)
    return obj


def _persist(session: Session, obj: Any, *, fresh: bool = False) -> None:
    """Attach transient ``obj``, every column in its dict, to ``session`` as persistent.

    What ``make_transient_to_detached`` and ``Session.add`` do, without their generic work
    (the identity key worked out from the state, the save-update cascade over every
    relationship, attach events), when there is nothing for it to do: no relationship value
    in the object to cascade, no attach listener. Otherwise it takes that path.
    """
    cls = type(obj)
    state: Any = obj._sa_instance_state
    keys = _COLUMN_KEYS.get(cls)
    if keys is None:
        keys = _COLUMN_KEYS[cls] = frozenset(p.key for p in inspect(cls).column_attrs)
    dispatch = session.dispatch
    if (
        state.session_id
        or state.key
        or len(obj.__dict__) != len(keys) + 1  # every column and the state, nothing else
        or not obj.__dict__.keys() >= keys  # (issubset would copy the dict's keys to a set)
        or dispatch.before_attach
        or dispatch.after_attach
        or dispatch.detached_to_persistent
        or session._transaction is None
    ):
        make_transient_to_detached(obj)
        session.add(obj)
        return
    state.key = (_identity_class(cls), (obj.__dict__["id"],), None)  # the mapper's own key
    if not fresh:  # a row just read (``fresh``) has no history, expiry or loaders to clear
        state._commit_all(state.dict)
    session.identity_map.add(state)  # refuses a second object with the same identity
    state.session_id = session.hash_key


def inserted_rows(session: Session) -> list[Base]:
    """The rows this path inserted in the session's open transaction (no flush saw them):
    for hooks that follow writes, such as the lead score's (storage.scoring_hooks)."""
    return list(session.info.get(_KEY, ()))


_TAKEN = "crmbot_core_taken"  # consumer -> how many rows of the list it has taken


def take_inserted(session: Session, consumer: str) -> list[Base]:
    """The rows inserted since ``consumer`` last took them in this transaction.

    For a hook that adds something per row at commit (the lead score adds each new event's
    points once): ``before_commit`` also runs when a savepoint is released, so the rows it
    saw then must not be counted again at the final commit. A savepoint rolled back gives
    back the rows taken inside it, with what the hook wrote for them.
    """
    rows: list[Base] = session.info.get(_KEY, [])
    taken: dict[str, int] = session.info.setdefault(_TAKEN, {})
    start = taken.get(consumer, 0)
    taken[consumer] = len(rows)
    return rows[start:]


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# savepoint -> (rows inserted before it, what each consumer had taken when it began)
_SAVEPOINTS = "crmbot_core_savepoints"


@event.listens_for(Session, "after_transaction_create")
def _note_savepoint(session: Session, transaction: Any) -> None:
    if transaction.nested:
        marks = session.info.setdefault(_SAVEPOINTS, {})
        taken = dict(session.info.get(_TAKEN, {}))
        marks[transaction] = (len(session.info.get(_KEY, ())), taken)


@event.listens_for(Session, "after_soft_rollback")
def _forget_inserted(session: Session, previous: Any) -> None:
    """A rolled-back transaction never inserted the rows: drop them as the ORM would.

    A savepoint rolled back drops the rows inserted since it began (a dry run in a
    savepoint, a failed row of an import): a hook that reads the rows at commit (the lead
    score's) must not see rows that are not there.
    """
    if previous.parent is not None:
        found = session.info.get(_SAVEPOINTS, {}).pop(previous, None)
        if not previous.nested or found is None:  # a subtransaction: the outer one decides
            return
        mark, taken_then = found
        rows: list[Base] = session.info.get(_KEY, [])
        gone, rows[mark:] = rows[mark:], []
        # What a consumer wrote for rows it took inside the savepoint is rolled back too:
        # those rows (the ones still there) are for it to take again.
        session.info[_TAKEN] = taken_then
    else:
        session.info.pop(_SAVEPOINTS, None)
        session.info.pop(_TAKEN, None)
        gone = session.info.pop(_KEY, [])
    for obj in gone:
        if obj in session:
            session.expunge(obj)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the transaction goes on
        return
    session.info.pop(_KEY, None)
    session.info.pop(_SAVEPOINTS, None)
    session.info.pop(_TAKEN, None)
    session.info.pop(_WROTE, None)


_WROTE = "crmbot_wrote"


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _flush_context: Any) -> None:
    session.info[_WROTE] = True


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    if not session.in_nested_transaction():  # a savepoint's rollback keeps what came before
        session.info.pop(_WROTE, None)


def wrote_anything(session: Session) -> bool:
    """Whether the session's transaction holds a change: pending objects, a flush, or a row
    inserted here. A transaction that only read needs no COMMIT of its own (on PostgreSQL,
    a COMMIT and the next BEGIN are two round trips)."""
    return bool(
        session.new
        or session.dirty
        or session.deleted
        or session.info.get(_WROTE)
        or session.info.get(_KEY)
    )


_TOUCHES: dict[tuple[type, str], Any] = {}


def touch_statement(cls: type, prefix: str) -> Any:
    """``UPDATE <table> SET last_activity_at = :<prefix>_at, updated_at = :<prefix>_updated
    WHERE workspace_id = :<prefix>_ws AND id = :<prefix>_id``, built once (a CTE name on
    PostgreSQL, where it rides with the activity's insert)."""
    stmt = _TOUCHES.get((cls, prefix))
    if stmt is None:
        table: Table = inspect(cls).local_table
        stmt = (
            update(table)
            .where(
                table.c.workspace_id == bindparam(f"{prefix}_ws"),
                table.c.id == bindparam(f"{prefix}_id"),
            )
            .values(
                last_activity_at=bindparam(f"{prefix}_at", type_=table.c.last_activity_at.type),
                updated_at=bindparam(f"{prefix}_updated", type_=table.c.updated_at.type),
            )
        )
        _TOUCHES[(cls, prefix)] = stmt
    return stmt


_TOUCH_CTES: dict[tuple[type, str], CTE] = {}


def _touch_cte(cls: type, prefix: str) -> CTE:
    cte = _TOUCH_CTES.get((cls, prefix))
    if cte is None:
        cte = _TOUCH_CTES[(cls, prefix)] = touch_statement(cls, prefix).cte(f"touch_{prefix}")
    return cte


def insert_touching(
    session: Session, obj: Base, touches: list[tuple[Base, str, dict[str, Any]]]
) -> Base:
    """Insert new ``obj`` and run the ``touches`` (prefix, values of :func:`touch_statement`)
    on persistent rows: one round trip on PostgreSQL (the updates as CTEs of the insert),
    in process statements on SQLite. The touched objects carry the new values, unchanged
    (nothing left for a flush to write)."""
    # Each touch's bound values, named as touch_statement names them (prefixes differ).
    named = [
        (target, prefix, {f"{prefix}_{k}": v for k, v in values.items()})
        for target, prefix, values in touches
    ]
    if is_postgres(session):
        params: dict[str, Any] = {}
        for _, _, mine in named:
            params |= mine
        key_ctes = [_touch_cte(type(t), prefix) for t, prefix, _ in touches]
        insert_row(session, obj, ctes=key_ctes, params=params)
    else:
        conn = fastsql.connection(session)
        for target, prefix, mine in named:
            fastsql.execute(conn, touch_statement(type(target), prefix), mine)
        insert_row(session, obj)
    for target, _, values in touches:
        for key in ("at", "updated"):
            attr = "last_activity_at" if key == "at" else "updated_at"
            set_committed_value(target, attr, values[key])
    return obj


# ---- rows read without the ORM's loading ---------------------------------------------------

# Per model: the class its identity keys name (the base of an inheritance hierarchy).
_IDENTITY_CLASS: dict[type, type] = {}


def _identity_class(cls: type) -> type:
    """The class ``cls``'s identity keys name: ``(that class, (id,), None)`` is the key
    ``Mapper.identity_key_from_primary_key`` gives, without its call per row."""
    base = _IDENTITY_CLASS.get(cls)
    if base is None:
        mapper: Mapper[Any] = inspect(cls)
        base = _IDENTITY_CLASS[cls] = mapper._identity_class
    return base


def get_loaded(session: Session, cls: type[_T], ident: int) -> _T | None:
    """``session.get(cls, ident)``, answered from the identity map when the row is there
    and not expired (what ``Session.get`` then returns), else by ``Session.get`` itself.

    Why: the hot path asks for rows it already holds (the deal's contact, the message's
    workspace at commit); ``Session.get`` reaches the same identity-map lookup through its
    option handling and loader set-up, a few microseconds a call (issue 18).
    """
    obj = session.identity_map.get((_identity_class(cls), (ident,), None))
    if obj is not None and isinstance(obj, cls) and not obj._sa_instance_state.expired:
        return obj
    return session.get(cls, ident)


# Per model: the attribute key of every column of its table, in the table's column order.
_ALL_KEYS: dict[type, tuple[str, ...]] = {}


def _all_keys(cls: type) -> tuple[str, ...]:
    keys = _ALL_KEYS.get(cls)
    if keys is None:
        mapper: Mapper[Any] = inspect(cls)
        table: Table = mapper.local_table  # type: ignore[assignment]
        keys = _ALL_KEYS[cls] = tuple(mapper.get_property_by_column(c).key for c in table.c)
    return keys


def row_columns(cls: type) -> list[Column[Any]]:
    """Every column of ``cls``'s table, in the order :func:`load_rows` reads them."""
    table: Table = inspect(cls).local_table
    return list(table.c)


def load_rows(
    session: Session, stmt: Any, params: dict[str, Any], models: tuple[type, ...]
) -> list[tuple[Any, ...]]:
    """Run prebuilt Core ``stmt``, which selects :func:`row_columns` of each of ``models`` in
    turn, and give each row back as persistent ORM objects of ``session``, as a query for
    the entities would (without the ORM's per-query loading set-up: issue 18).

    As the ORM does: pending changes are flushed first (autoflush), and an object already in
    the session is returned as it is (its loaded values are not overwritten).
    """
    session._autoflush()
    out = []
    for row in fastsql.execute(fastsql.connection(session), stmt, params):
        objs = []
        start = 0
        for cls in models:
            keys = _all_keys(cls)
            values = dict(zip(keys, row[start : start + len(keys)], strict=True))
            start += len(keys)
            # No row on that side of an outer join: None, as the ORM gives it.
            objs.append(None if values["id"] is None else _attach_loaded(session, cls, values))
        out.append(tuple(objs))
    return out


def _attach_loaded(session: Session, cls: type, values: dict[str, Any]) -> Any:
    key = (_identity_class(cls), (values["id"],), None)
    existing = session.identity_map.get(key)
    if existing is not None:
        return existing
    obj = cls._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    obj.__dict__.update(values)
    _persist(session, obj, fresh=True)
    return obj
