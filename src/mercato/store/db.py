"""Opening the database: which URL, the engine, SQLite pragmas, and the schema version.

The URL comes from ``--db`` if given, else ``MERCATO_DB``, else a SQLite file in the user's
data directory (``platformdirs.user_data_dir("mercato")/mercato.db``). A bare path is taken as
a SQLite file. PostgreSQL URLs (``postgresql://…``) use psycopg 3.

SQLite connections run in WAL mode (readers never block the writer, a killed writer loses only
its open transaction) with foreign keys enforced.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from platformdirs import user_data_dir
from sqlalchemy.engine import Engine

ENV_VAR = "MERCATO_DB"


class DatabaseError(Exception):
    """A database that cannot be used as asked (missing, not migrated, bad URL); the message says why."""


def default_url() -> str:
    return f"sqlite:///{Path(user_data_dir('mercato', appauthor=False)) / 'mercato.db'}"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the argument, else $MERCATO_DB, else the default file; paths become SQLite URLs."""
    chosen = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if chosen.startswith(prefix):
            chosen = "postgresql+psycopg://" + chosen[len(prefix) :]
    return chosen


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
    finally:
        cursor.close()


def make_engine(url: str | None = None, *, create_dir: bool = True) -> Engine:
    """An engine for the resolved URL; for a SQLite file the parent directory is created."""
    resolved = resolve_url(url)
    try:
        parsed = sa.make_url(resolved)
    except sa.exc.ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {resolved!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and create_dir:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return sa.create_engine(parsed, pool_pre_ping=True)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from exc


def describe(engine: Engine) -> str:
    """The URL to show a person (password hidden)."""
    return engine.url.render_as_string(hide_password=True)


def sqlite_path(engine: Engine) -> Path | None:
    if engine.url.get_backend_name() == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        return Path(str(engine.url.database))
    return None
