"""The machinery of the ledger's migrations: the ordered registry, the ``migration`` decorator
that appends to it, the script helper the bodies run their SQL with, and applying what is pending.

The bodies are in ``cchc.store.migrations`` (a module per era, imported in the order they apply);
callers go through ``cchc.store.schema``, which loads them: the registry is complete only then.
Each name is recorded in the ledger's ``_sqlite_migrations`` table by sqlite-utils
``Migrations``. This module must not import sqlite_utils at its top: it is read on every open to
see whether anything is pending, and sqlite-utils is only loaded when something is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = Callable[[Any], None]  # a function of a sqlite-utils ``Database``

MIGRATION_SET = "cchc"
MIGRATIONS: list[tuple[str, Migration]] = []  # (name, body), in the order they apply


def migration(fn: Migration) -> Migration:
    """Register a migration body under its function's name, after every one registered before."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def script(db: Any, sql: str) -> None:
    """Run a script whole, statement by statement as SQLite's own tokenizer ends them (a ``;``
    inside a string or a trigger body does not end a statement), in the migration's transaction
    (``executescript`` would commit first)."""
    import sqlite3

    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


def names() -> list[str]:
    return [name for name, _ in MIGRATIONS]


def apply_pending(conn: Any) -> list[str]:
    """Apply every pending migration with sqlite-utils ``Migrations``; return their names."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    db = Database(conn)
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
