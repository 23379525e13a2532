"""Schema versions: run the Alembic migrations in ``migrations/`` from code (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from mercato.store.db import DatabaseError, describe

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # '%' is ConfigParser's interpolation character
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Migrate the database to `revision`; returns (revision before, revision after)."""
    with engine.begin() as conn:
        before = current_revision(conn)
        config = alembic_config(engine)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        after = current_revision(conn)
    return before, after or ""


def ensure_current(engine: Engine) -> None:
    """Migrate a fresh or older database to head (what ingest does before writing)."""
    with engine.connect() as conn:
        if current_revision(conn) == head_revision():
            return
    upgrade(engine)


def require_current(engine: Engine) -> None:
    """For read-only commands: a clear error unless the database exists and is at head."""
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
            has_articles = sa.inspect(conn).has_table("articles")
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"cannot open the database {describe(engine)}: {exc.orig}") from exc
    if current is None and not has_articles:
        raise DatabaseError(f"no mercato data in {describe(engine)}: run `mercato ingest PATH…` first")
    if current != head_revision():
        raise DatabaseError(
            f"the database {describe(engine)} is at schema version {current}, this mercato needs "
            f"{head_revision()}: run `mercato db upgrade`"
        )
