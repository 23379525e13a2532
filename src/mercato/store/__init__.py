"""The store: SQLAlchemy Core schema, Alembic migrations, engine set-up and queries.

    engine = make_engine(url)          # --db URL, else $MERCATO_DB, else a SQLite file in the data dir
    ensure_current(engine)             # create / migrate the schema (what `mercato db upgrade` does)
    with engine.connect() as conn:
        rows = repo.query_claims(conn, repo.ClaimFilter(club_ids=[...]))
"""

from mercato.store.db import DatabaseError, default_url, describe, make_engine, resolve_url
from mercato.store.migrate import ensure_current, head_revision, require_current, upgrade

__all__ = [
    "DatabaseError",
    "default_url",
    "describe",
    "ensure_current",
    "head_revision",
    "make_engine",
    "require_current",
    "resolve_url",
    "upgrade",
]
