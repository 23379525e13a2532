"""The migrations build exactly the schema in schema.py, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from mercato.cli import app
from mercato.store import ensure_current, head_revision, make_engine, upgrade
from mercato.store.migrate import current_revision
from mercato.store.schema import metadata


def test_migrations_match_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    before, after = upgrade(engine)
    assert before is None and after == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    engine.dispose()


def test_upgrade_is_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    ensure_current(engine)
    ensure_current(engine)
    before, after = upgrade(engine)
    assert before == after == head_revision()
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert set(sa.inspect(conn).get_table_names()) >= {t.name for t in metadata.sorted_tables}
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:
    engine = make_engine(str(tmp_path / "sub" / "m.db"))  # a bare path; the directory is created
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_db_upgrade_command(db_url: str) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["db", "upgrade", "--db", db_url])
    assert first.exit_code == 0, first.output
    assert f"→ {head_revision()}" in first.output
    again = runner.invoke(app, ["db", "upgrade", "--db", db_url])
    assert again.exit_code == 0 and "already at schema" in again.output
    status = runner.invoke(app, ["db", "status", "--db", db_url])
    assert status.exit_code == 0 and "articles" in status.output


def test_read_commands_on_missing_database_say_so(tmp_path) -> None:
    result = CliRunner().invoke(app, ["rumours", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "run `mercato ingest" in result.output


def test_default_url_from_environment(monkeypatch, tmp_path) -> None:
    from mercato.store import resolve_url

    monkeypatch.setenv("MERCATO_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    monkeypatch.delenv("MERCATO_DB")
    assert resolve_url().startswith("sqlite:///") and resolve_url().endswith("mercato.db")
