"""Rendering of the store commands: ingest progress and summary, rumours, profiles, export.

Plain functions that take data (rows, profiles, summaries) and an output stream; no database
access and no argument parsing here.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

if TYPE_CHECKING:
    from mercato.pipeline import IngestSummary, ProgressCallback
    from mercato.store import profiles

Row = dict[str, Any]


class RumourFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class ProfileFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"


#: Table width when the output is not a terminal (a pipe, a file): wide enough for a claim per line.
PIPE_WIDTH = 160


def _console(out: TextIO) -> Console:
    return Console(file=out, width=None if out.isatty() else PIPE_WIDTH)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


# --------------------------------------------------------------------------- ingest


@contextmanager
def ingest_progress(total: int | None, console: Console) -> Iterator[ProgressCallback]:
    """A Rich progress bar on `console` (stderr), advanced by the pipeline after each committed batch."""
    columns = [
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn() if total else TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn() if total else TextColumn(""),
    ]
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as progress:
        task = progress.add_task("ingest", total=total, detail="")

        def update(summary: IngestSummary) -> None:
            detail = (
                f"new {summary.new} · dup {summary.duplicates} · near {summary.near_duplicates}"
                f" · failed {len(summary.failed)} · {summary.articles_per_second:.0f}/s"
            )
            done = summary.read
            progress.update(task, completed=done, detail=detail, total=max(total, done) if total else None)

        yield update


def print_summary(summary: IngestSummary, out: TextIO, db: str, show_failures: int = 50) -> None:
    console = _console(out)
    table = Table(title=f"ingest → {escape(db)}", header_style="bold", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [
        ("articles read", summary.read),
        ("new", summary.new),
        ("duplicates (skipped)", summary.duplicates),
        ("near-duplicates (stored as copies)", summary.near_duplicates),
        ("failed", len(summary.failed)),
        ("claims extracted", summary.claims),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    table.add_row("time", f"{summary.seconds:.1f} s ({summary.articles_per_second:.0f} articles/s)")
    console.print(table)
    if summary.interrupted:
        console.print("[yellow]interrupted: everything up to the last committed batch is stored; re-run to resume")
    if summary.failed:
        failures = Table(title="failed inputs", header_style="bold")
        failures.add_column("source", overflow="fold")
        failures.add_column("reason", overflow="fold")
        for source, reason in summary.failed[:show_failures]:
            failures.add_row(escape(source), escape(reason))
        if len(summary.failed) > show_failures:
            failures.add_row(f"… and {len(summary.failed) - show_failures} more", "")
        console.print(failures)


# --------------------------------------------------------------------------- rumours

RUMOUR_COLUMNS = (
    "published", "subject", "type", "club", "stage", "sources", "conditions", "hedged", "outlet",
    "article_id", "lang", "copy_of", "confidence", "title", "url", "claim_id", "subject_id", "club_id",
)  # fmt: skip


def render_rumours(rows: list[Row], fmt: RumourFormat, out: TextIO) -> None:
    if fmt is RumourFormat.JSON:
        out.write(_dump(rows) + "\n")
    elif fmt is RumourFormat.CSV:
        write_csv(rows, out)
    else:
        _rumours_table(rows, out)


def _rumours_table(rows: list[Row], out: TextIO) -> None:
    console = _console(out)
    if not rows:
        console.print("no matching claims")
        return
    table = Table(header_style="bold")
    for name in ("date", "subject", "type", "club", "stage", "sources", "outlet", "article", "lang", "notes"):
        table.add_column(name, overflow="fold")
    for r in rows:
        notes = []
        if r["hedged"]:
            notes.append("hedged")
        if r["conditions"]:
            notes.append("if: " + "; ".join(r["conditions"]))
        if r["copy_of"]:
            notes.append(f"copy of {r['copy_of']}")
        table.add_row(
            r["published"] or "",
            escape(r["subject"]),
            r["type"],
            escape(r["club"]),
            _stage(r["stage"]),
            escape(", ".join(r["sources"])),
            escape(r["outlet"] or ""),
            escape(r["article_id"]),
            r["lang"] or "",
            escape(", ".join(notes)),
        )
    console.print(table)


def _stage(stage: str) -> str:
    colour = {"official": "bold green", "agreement": "green", "negotiation": "cyan", "contact": "blue",
              "risk": "yellow", "off": "dim strike"}.get(stage)  # fmt: skip
    return f"[{colour}]{stage}[/]" if colour else stage


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False)
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(rows: Iterable[Row], out: TextIO, header: bool = True) -> None:
    """Claims as CSV: lists joined with "|", evidence as JSON."""
    columns = [*RUMOUR_COLUMNS, "evidence"]
    writer = csv.writer(out)
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow([_flat(row.get(c)) for c in columns])


# --------------------------------------------------------------------------- profiles


def render_person(profile: profiles.Profile, fmt: ProfileFormat, out: TextIO) -> None:
    from mercato.store import profiles

    data = profiles.person_profile_dict(profile)
    if fmt is ProfileFormat.JSON:
        out.write(_dump(data) + "\n")
        return
    console = _console(out)
    person = data["person"]
    role = f" ({person['role']})" if person["role"] else ""
    console.print(f"[bold]{escape(person['name'])}[/bold]{escape(role)}")
    _also(console, profile)
    labels = {"move": "linked with joining", "departure": "linked with leaving", "stay": "linked with staying at"}
    if not profile.links:
        console.print("no claims about this person")
    for kind, label in labels.items():
        links = [k for k in profile.links if k.type == kind]
        if links:
            console.print(_links_table(label, links, person_column=False))


def render_club(profile: profiles.Profile, fmt: ProfileFormat, out: TextIO) -> None:
    from mercato.store import profiles

    data = profiles.club_profile_dict(profile)
    if fmt is ProfileFormat.JSON:
        out.write(_dump(data) + "\n")
        return
    console = _console(out)
    console.print(f"[bold]{escape(data['club']['name'])}[/bold]")
    _also(console, profile)
    if not data["coaches"]:
        console.print("coach: no report of a coach at risk")
    for coach in data["coaches"]:
        since = f" since {coach['at_risk_since']}" if coach["at_risk_since"] else ""
        status = {
            "at risk": f"[yellow]at risk{since}[/yellow]",
            "left": f"left {coach['left'] or ''}" + (f" (at risk{since})" if since else ""),
            "stays": f"stays (was at risk{since})" if since else "stays",
        }[coach["status"]]
        console.print(f"coach {escape(coach['person'])}: {status}")
    if not profile.links:
        console.print("no claims about this club")
    sections = (("linked with joining", "move"), ("linked with leaving", "departure"), ("staying", "stay"))
    for label, kind in sections:
        links = [k for k in profile.links if k.type == kind]
        if links:
            console.print(_links_table(label, links, person_column=True, roles=profile.roles))


def _also(console: Console, profile: profiles.Profile) -> None:
    if profile.also_matched:
        names = ", ".join(e.name for e in profile.also_matched[:5])
        console.print(f"[dim]also matched: {escape(names)}[/dim]")


def _links_table(
    title: str, links: list[profiles.Link], person_column: bool, roles: dict[str, str | None] | None = None
) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    table.add_column("person" if person_column else "club", overflow="fold")
    for name in ("furthest", "latest", "first", "last", "articles", "outlets / sources", "conditions"):
        table.add_column(name, overflow="fold")
    for k in links:
        who = k.person if person_column else k.club
        role = (roles or {}).get(k.person_id)
        if person_column and role:
            who = f"{who} ({role})"
        copies = k.articles - k.originals
        count = f"{k.articles}" + (f" ({copies} copies)" if copies else "")
        table.add_row(
            escape(who),
            _stage(k.furthest_stage),
            _stage(k.latest_stage),
            k.first_reported or "",
            k.last_reported or "",
            count,
            escape(", ".join(sorted(set(k.outlets) | set(k.sources)))),
            escape("; ".join(k.conditions)),
        )
    return table


# --------------------------------------------------------------------------- export


def export_claims(chunks: Iterable[list[Row]], fmt: ExportFormat, out: TextIO | None, path: Path | None) -> int:
    """Write every claim (with its article's metadata) as JSON Lines, CSV or Parquet; returns the count.

    jsonl and csv go to `path` or, without one, to `out`; Parquet needs a path.
    """
    if fmt is ExportFormat.PARQUET:
        if path is None:
            raise ValueError("parquet export needs --out PATH")
        return _export_parquet(chunks, path)
    handle: TextIO
    if path is not None:
        handle = path.open("w", encoding="utf-8", newline="")
    else:
        assert out is not None
        handle = out
    count = 0
    try:
        first = True
        for rows in chunks:
            if fmt is ExportFormat.CSV:
                write_csv(rows, handle, header=first)
            else:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            first = False
            count += len(rows)
        if fmt is ExportFormat.CSV and first:
            write_csv([], handle)
    finally:
        if path is not None:
            handle.close()
        else:
            handle.flush()
    return count


def _parquet_schema() -> Any:
    import pyarrow as pa

    string = pa.string()
    evidence = pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", string)]))
    fields = [
        ("claim_id", string), ("article_id", string), ("subject", string), ("subject_id", string),
        ("type", string), ("club", string), ("club_id", string), ("stage", string),
        ("sources", pa.list_(string)), ("conditions", pa.list_(string)), ("hedged", pa.bool_()),
        ("confidence", pa.float64()), ("evidence", evidence), ("published", string), ("lang", string),
        ("outlet", string), ("outlet_id", string), ("title", string), ("url", string), ("copy_of", string),
    ]  # fmt: skip
    return pa.schema(fields)


def _export_parquet(chunks: Iterable[list[Row]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for rows in chunks:
            columns = {name: [row.get(name) for row in rows] for name in schema.names}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            count += len(rows)
    return count
