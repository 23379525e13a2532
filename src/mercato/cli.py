"""The `mercato` command: parse arguments, call the library, render. Nothing else lives here."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from mercato import __version__
from mercato.batch.cli import app as batch_app
from mercato.dev.cli import app as dev_app
from mercato.extract import extract as extract_claims
from mercato.ingest import DEFAULT_MAX_BYTES, ReadFailure, ReadNotice, read_paths
from mercato.ingest.decode import MB
from mercato.kb import load_kb
from mercato.model import ClaimType, Stage
from mercato.render import OutputFormat, make_renderer
from mercato.views import ExportFormat, ProfileFormat, RumourFormat

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

app = typer.Typer(
    help="Extract transfer and coaching-carousel claims from football news (it, en, es, fr, de, pt).",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="The database: create or migrate its schema, show what it holds.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(batch_app, name="batch")
app.add_typer(dev_app, name="dev")


StageName = StrEnum("StageName", {s.name: s.value for s in Stage})  # type: ignore[misc]
ClaimTypeName = StrEnum("ClaimTypeName", {t.name: t.value for t in ClaimType})  # type: ignore[misc]


class Lang(StrEnum):
    IT = "it"
    EN = "en"
    ES = "es"
    FR = "fr"
    DE = "de"
    PT = "pt"


_PATHS_HELP = "Article files (.txt seed format, .html, .jsonl) or directories (read recursively)."
_KB_HELP = "Your own knowledge-base file (YAML or CSV), merged over the shipped one."
_LANG_HELP = "Force this language for every article."
_DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / MB
_MAX_HELP = "Skip any article (a file, or one JSONL line) larger than this many MB."


def _say(message: str) -> None:
    print(f"mercato: {message}", file=sys.stderr)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help=_PATHS_HELP, show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.JSONL,
    kb: Annotated[Path | None, typer.Option("--kb", help=_KB_HELP)] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help=_LANG_HELP)] = None,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", min=0.001, help=_MAX_HELP)] = _DEFAULT_MAX_MB,
) -> None:
    """Print the claims each article makes. Unreadable inputs are reported on stderr and skipped.

    Exit code: 0 all inputs read, 1 some input failed (the rest is still printed), 2 usage error.
    """
    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    try:
        knowledge = load_kb(kb)
    except (ValueError, OSError) as exc:
        _say(f"error: cannot load knowledge base{f' {kb}' if kb else ''}: {exc}")
        raise typer.Exit(2) from exc

    renderer = make_renderer(fmt, sys.stdout)
    failed = False
    for item in read_paths(paths, max_bytes=int(max_file_mb * MB)):
        if isinstance(item, ReadFailure):
            _say(f"skipped {item.source}: {item.reason}")
            failed = True
            continue
        if isinstance(item, ReadNotice):
            _say(f"note: {item.source}: {item.message}")
            continue
        article = dataclasses.replace(item, lang=lang.value) if lang else item
        try:
            extraction = extract_claims(article, knowledge)
        except Exception as exc:  # one article must never stop the batch
            _say(f"skipped article {article.id}: extraction failed ({type(exc).__name__}: {exc})")
            failed = True
            continue
        renderer.add(extraction)
    renderer.close()
    raise typer.Exit(1 if failed else 0)


_DB_HELP = "Database URL or SQLite file (default: $MERCATO_DB, else mercato.db in the user data directory)."
_AS_OF_HELP = "Only articles published up to this day (YYYY-MM-DD): the picture as it was then."
_OUT_HELP = "Output file (default: stdout; parquet needs one)."
_SOURCES_HELP = "Files, directories (recursive), URLs of pages or feeds, or - for stdin."


def _engine(db: str | None, *, read_only: bool) -> Engine:
    """The database for a command; read-only commands need it to exist at the current schema."""
    from mercato.store import DatabaseError, make_engine, require_current

    try:
        engine = make_engine(db)
        if read_only:
            require_current(engine)
    except DatabaseError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from exc
    return engine


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help=_SOURCES_HELP, show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help=_KB_HELP)] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Articles per committed transaction.")] = 200,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", min=0.001, help=_MAX_HELP)] = _DEFAULT_MAX_MB,
) -> None:
    """Read, de-duplicate, extract and store articles; then print a summary.

    Idempotent (the same input twice adds nothing) and resumable (a killed run keeps every
    committed batch; run it again). Exit code: 0 all inputs read, 1 some failed, 130 interrupted.
    """
    from rich.console import Console

    from mercato.pipeline import estimate_total
    from mercato.pipeline import ingest as ingest_sources
    from mercato.store import describe
    from mercato.views import ingest_progress, print_summary

    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    try:
        knowledge = load_kb(kb)
    except (ValueError, OSError) as exc:
        _say(f"error: cannot load knowledge base{f' {kb}' if kb else ''}: {exc}")
        raise typer.Exit(2) from exc
    engine = _engine(db, read_only=False)
    with ingest_progress(estimate_total(sources), Console(stderr=True)) as progress:
        summary = ingest_sources(
            sources, engine, knowledge, batch_size=batch, max_bytes=int(max_file_mb * MB), progress=progress
        )
    print_summary(summary, sys.stdout, describe(engine))
    raise typer.Exit(130 if summary.interrupted else 1 if summary.failed else 0)


@app.command()
def rumours(
    person: Annotated[str | None, typer.Option("--person", help="A person: full name, surname or alias.")] = None,
    club: Annotated[str | None, typer.Option("--club", help="A club: name, short form or nickname.")] = None,
    since: Annotated[datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="Articles from.")] = None,
    stage: Annotated[StageName | None, typer.Option("--stage", help="Only claims at this stage.")] = None,
    claim_type: Annotated[ClaimTypeName | None, typer.Option("--type", help="move, departure or stay.")] = None,
    lang: Annotated[Lang | None, typer.Option("--lang", help="Only articles in this language.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Newest N claims; 0 for all.")] = 100,
    fmt: Annotated[RumourFormat, typer.Option("--format", "-f", help="Output format.")] = RumourFormat.TABLE,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Stored claims, newest first, with article, outlet, date, stage and sources.

    Names go through the knowledge base's aliases: `--club Hammers`, `--person Allegri`.
    """
    from mercato.store import repo
    from mercato.views import render_rumours

    engine = _engine(db, read_only=True)
    with engine.connect() as conn:
        subject_ids = _resolve(conn, person, "person") if person else None
        club_ids = _resolve(conn, club, "club") if club else None
        rows = repo.query_claims(
            conn,
            repo.ClaimFilter(
                subject_ids=subject_ids,
                club_ids=club_ids,
                since=since.date() if since else None,
                stage=stage.value if stage else None,
                type=claim_type.value if claim_type else None,
                lang=lang.value if lang else None,
                limit=limit or None,
            ),
        )
    render_rumours(rows, fmt, sys.stdout)


def _resolve(conn: Connection, name: str, kind: str) -> list[str]:
    from mercato.store import repo

    matches = repo.resolve_entities(conn, name, kind)
    if not matches:
        _say(f"no {kind} called {name!r} in the database")
    return [m.id for m in matches]


def _show_profile(kind: str, name: str, fmt: ProfileFormat, as_of: datetime | None, db: str | None) -> None:
    from mercato.store.profiles import club_profile, person_profile
    from mercato.views import render_club, render_person

    build, render = (person_profile, render_person) if kind == "person" else (club_profile, render_club)
    engine = _engine(db, read_only=True)
    with engine.connect() as conn:
        profile = build(conn, name, as_of.date() if as_of else None)
    if profile is None:
        _say(f"no {kind} called {name!r} in the database")
        raise typer.Exit(1)
    render(profile, fmt, sys.stdout)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="Full name, surname or alias.", show_default=False)],
    fmt: Annotated[ProfileFormat, typer.Option("--format", "-f", help="Output format.")] = ProfileFormat.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """A person's profile: every club linked, and the furthest stage per claim type."""
    _show_profile("person", name, fmt, as_of, db)


@app.command()
def club(
    name: Annotated[str, typer.Argument(help="Club name, short form or nickname.", show_default=False)],
    fmt: Annotated[ProfileFormat, typer.Option("--format", "-f", help="Output format.")] = ProfileFormat.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """A club's profile: who is linked with joining and leaving, and whether its coach is at risk."""
    _show_profile("club", name, fmt, as_of, db)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.JSONL,
    out: Annotated[Path | None, typer.Option("--out", "-o", help=_OUT_HELP)] = None,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Every stored claim with its article's metadata, as JSON Lines, CSV or Parquet."""
    from mercato.store import repo
    from mercato.views import export_claims

    if fmt is ExportFormat.PARQUET and out is None:
        _say("error: --format parquet needs --out PATH")
        raise typer.Exit(2)
    engine = _engine(db, read_only=True)
    with engine.connect() as conn:
        count = export_claims(repo.iter_claims(conn), fmt, sys.stdout, out)
    if out is not None:
        _say(f"wrote {count} claims to {out}")


@db_app.command("upgrade")
def db_upgrade(db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None) -> None:
    """Create the database or migrate it to this version's schema."""
    from mercato.store import DatabaseError, describe, upgrade

    engine = _engine(db, read_only=False)
    try:
        before, after = upgrade(engine)
    except (DatabaseError, SQLAlchemyError) as exc:
        _say(f"error: cannot migrate {describe(engine)}: {exc}")
        raise typer.Exit(1) from exc
    if before == after:
        print(f"{describe(engine)}: already at schema {after}")
    else:
        print(f"{describe(engine)}: schema {before or '(empty)'} → {after}")


@db_app.command("status")
def db_status(db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None) -> None:
    """Schema version and row counts."""
    from mercato.store import describe, head_revision, repo
    from mercato.store.migrate import current_revision

    engine = _engine(db, read_only=True)
    with engine.connect() as conn:
        print(f"{describe(engine)}: schema {current_revision(conn)} (this mercato: {head_revision()})")
        for table, count in repo.counts(conn).items():
            print(f"  {table:16} {count}")


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the web dashboard and the REST API (/api, schema at /openapi.json).

    Writes (POST /api/articles, /api/outcomes) need `Authorization: Bearer $MERCATO_API_TOKEN`.
    """
    import uvicorn

    from mercato.store import DatabaseError
    from mercato.web import create_app

    try:
        web_app = create_app(db)
    except DatabaseError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from exc
    uvicorn.run(web_app, host=host, port=port, log_level="info")


def _register_thread_commands() -> None:
    from mercato.cli_threads import register

    register(app)


_register_thread_commands()


@app.command()
def version() -> None:
    """Print mercato's version."""
    print(f"mercato {__version__}")


def main() -> None:
    """Console entry point: the app, plus a quiet exit when stdout is closed early (`| head`)."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
