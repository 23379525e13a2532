"""Shared fixtures. `db_url`: a fresh, empty database per test, on SQLite always and on PostgreSQL
too when MERCATO_TEST_PG_URL is set (each test gets its own PostgreSQL schema, dropped after)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa

PG_ENV = "MERCATO_TEST_PG_URL"


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test an old compiled build of the extractor in place of its edited sources."""
    import mercato.extract  # noqa: F401  (loads the compiled modules, if any)
    from mercato.extract.compiled import stale_modules

    if stale := stale_modules():
        pytest.exit(f"compiled modules older than their sources: {', '.join(stale)}; run `make install`", 2)


def _pg_base() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        return None
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix) :]
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mercato.db'}"
        return
    base = _pg_base()
    if base is None:
        pytest.skip(f"{PG_ENV} not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
