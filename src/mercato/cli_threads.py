"""The thread, outcome, outlet and forecast commands (registered on the `mercato` app in cli.py)."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mercato.outcomes import DEFAULT_HORIZON_DAYS

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

_DB_HELP = "Database URL or SQLite file (default: $MERCATO_DB, else mercato.db in the user data directory)."
_AS_OF_HELP = "The day to judge on (YYYY-MM-DD; default: the newest article's date)."
_HORIZON_HELP = "Days after the first report within which a move must happen."


class Fmt(StrEnum):
    TABLE = "table"
    JSON = "json"


class Status(StrEnum):
    OPEN = "open"
    MATERIALISED = "materialised"
    FAILED = "failed"


def _say(message: str) -> None:
    print(f"mercato: {message}", file=sys.stderr)


def _engine(db: str | None, *, read_only: bool = True) -> Engine:
    from mercato.store import DatabaseError, ensure_current, make_engine, require_current
    from mercato.threads import ensure_threads

    try:
        engine = make_engine(db)
        if read_only:
            require_current(engine)
        else:
            ensure_current(engine)
        ensure_threads(engine)
    except DatabaseError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from exc
    return engine


def _ids(conn: Connection, name: str | None, kind: str) -> list[str] | None:
    from mercato.store import repo

    if not name:
        return None
    found = [m.id for m in repo.resolve_entities(conn, name, kind)]
    if not found:
        _say(f"no {kind} called {name!r} in the database")
    return found


def threads(
    person: Annotated[str | None, typer.Option("--person", help="A person: full name, surname or alias.")] = None,
    club: Annotated[str | None, typer.Option("--club", help="A club: name, short form or nickname.")] = None,
    status: Annotated[Status | None, typer.Option("--status", help="Only threads with this status.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Most recently active N; 0 for all.")] = 100,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, help=_HORIZON_HELP)] = DEFAULT_HORIZON_DAYS,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Rumour threads: claims grouped by (person, type, club), with first report, stages,
    independent sources, status (open / materialised / failed) and competing threads."""
    from mercato.thread_views import render_threads
    from mercato.threads import summaries

    engine = _engine(db)
    with engine.connect() as conn:
        found = summaries(
            conn,
            subject_ids=_ids(conn, person, "person"),
            club_ids=_ids(conn, club, "club"),
            status=status.value if status else None,
            as_of=as_of.date() if as_of else None,
            horizon_days=horizon,
        )
    render_threads(found[:limit] if limit else found, fmt.value, sys.stdout)


def thread(
    thread_id: Annotated[str, typer.Argument(help="Thread id, as `mercato threads` lists it.", show_default=False)],
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, help=_HORIZON_HELP)] = DEFAULT_HORIZON_DAYS,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """One thread's timeline: every article with outlet, date, stage, evidence and origin chain."""
    from mercato.thread_views import render_thread
    from mercato.threads import thread_detail

    engine = _engine(db)
    with engine.connect() as conn:
        detail = thread_detail(conn, thread_id, as_of=as_of.date() if as_of else None, horizon_days=horizon)
    if detail is None:
        _say(f"no thread {thread_id!r}: `mercato threads --person NAME` lists ids")
        raise typer.Exit(1)
    render_thread(detail, fmt.value, sys.stdout)


def outlets(
    min_claims: Annotated[int, typer.Option("--min-claims", min=1, help="Only outlets with this many claims.")] = 1,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, help=_HORIZON_HELP)] = DEFAULT_HORIZON_DAYS,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Outlet and journalist leaderboard: claims, resolved, hit rate with a credible interval,
    by stage and league (JSON), median lead time, share first and copied."""
    from mercato.thread_views import render_outlets
    from mercato.trackrecord import outlet_leaderboard

    engine = _engine(db)
    with engine.connect() as conn:
        records = outlet_leaderboard(
            conn, as_of=as_of.date() if as_of else None, horizon_days=horizon, min_claims=min_claims
        )
    render_outlets(records, fmt.value, sys.stdout)


forecast_app = typer.Typer(help="Forecasts for open threads, and their evaluation.", invoke_without_command=True)


@forecast_app.callback()
def forecast(
    ctx: typer.Context,
    person: Annotated[str | None, typer.Option("--person", help="A person: full name, surname or alias.")] = None,
    club: Annotated[str | None, typer.Option("--club", help="A club: name, short form or nickname.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Most likely N; 0 for all.")] = 50,
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, help=_HORIZON_HELP)] = DEFAULT_HORIZON_DAYS,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Probability that each open thread materialises within the horizon, with its explanation.
    Candidates for one job, and one person's clubs, share probability (each group sums to ≤ 1)."""
    if ctx.invoked_subcommand is not None:
        return
    from mercato.forecast import forecast as run_forecast
    from mercato.thread_views import render_forecasts

    engine = _engine(db)
    with engine.connect() as conn:
        found = run_forecast(
            conn,
            as_of=as_of.date() if as_of else None,
            horizon_days=horizon,
            subject_ids=_ids(conn, person, "person"),
            club_ids=_ids(conn, club, "club"),
        )
    render_forecasts(found[:limit] if limit else found, fmt.value, sys.stdout)


@forecast_app.command("evaluate")
def forecast_evaluate(
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    as_of: Annotated[datetime | None, typer.Option("--as-of", formats=["%Y-%m-%d"], help=_AS_OF_HELP)] = None,
    horizon: Annotated[int, typer.Option("--horizon", min=1, help=_HORIZON_HELP)] = DEFAULT_HORIZON_DAYS,
    train_share: Annotated[
        float,
        typer.Option("--train-share", min=0.1, max=0.95, help="Share of resolved threads (oldest first) to train on."),
    ] = 0.7,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Brier score, log loss and expected calibration error on a time-ordered split, against a
    stage-only rule and the base rate, with a reliability table."""
    from mercato.forecast import NotEnoughHistory, evaluate
    from mercato.thread_views import render_evaluation

    engine = _engine(db)
    with engine.connect() as conn:
        try:
            report = evaluate(
                conn, as_of=as_of.date() if as_of else None, horizon_days=horizon, train_share=train_share
            )
        except NotEnoughHistory as exc:
            _say(f"error: cannot evaluate: {exc}")
            raise typer.Exit(1) from exc
    render_evaluation(report, fmt.value, sys.stdout)


outcomes_app = typer.Typer(help="What really happened: load outcomes that resolve threads.", no_args_is_help=True)


@outcomes_app.command("load")
def outcomes_load(
    path: Annotated[Path, typer.Argument(help="CSV with columns person,role,event,club,date.", show_default=False)],
    fmt: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.TABLE,
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Load an outcomes file (events: appointed, sacked, resigned, left, caretaker, joined,
    contract_extended). Names go through the aliases; bad rows are reported and skipped."""
    from mercato.outcomes import load_csv
    from mercato.thread_views import render_load

    if not path.is_file():
        _say(f"error: no file {path}")
        raise typer.Exit(2)
    engine = _engine(db, read_only=False)
    with engine.begin() as conn:
        report = load_csv(conn, path)
    render_load(report, fmt.value, sys.stdout)
    raise typer.Exit(1 if report.skipped else 0)


def register(app: typer.Typer) -> None:
    app.command()(threads)
    app.command()(thread)
    app.command()(outlets)
    app.add_typer(forecast_app, name="forecast")
    app.add_typer(outcomes_app, name="outcomes")
