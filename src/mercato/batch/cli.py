"""`mercato batch …`: Spark extraction to Parquet, and the bulk load of that Parquet into the database."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from mercato.batch.plan import DEFAULT_SPLIT_BYTES
from mercato.ingest import DEFAULT_MAX_BYTES
from mercato.ingest.decode import MB

app = typer.Typer(help="Batch extraction on Apache Spark and bulk load into the database.", no_args_is_help=True)

_INPUT_HELP = "Files or directories (WARC/WARC.gz, JSONL, txt, html; recursive), local paths or Hadoop URIs."
_MASTER_HELP = "Spark master: local[*] (default), local[N], spark://host:7077, yarn, …"


def _say(message: str) -> None:
    print(f"mercato: {message}", file=sys.stderr)


@app.command("extract")
def extract_command(
    inputs: Annotated[list[str], typer.Argument(help=_INPUT_HELP, show_default=False)],
    output: Annotated[str, typer.Option("--output", "-o", help="Output directory or URI for the Parquet datasets.")],
    master: Annotated[str, typer.Option("--master", help=_MASTER_HELP)] = "local[*]",
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Spark partitions (default: 3 per core).")
    ] = None,
    kb: Annotated[
        Path | None, typer.Option("--kb", help="Your own knowledge-base file, merged over the shipped one.")
    ] = None,
    split_mb: Annotated[
        float, typer.Option("--split-mb", min=0.01, help="Cut JSONL files into ranges of this size.")
    ] = DEFAULT_SPLIT_BYTES / MB,
    max_file_mb: Annotated[
        float, typer.Option("--max-file-mb", min=0.001, help="Skip any article larger than this.")
    ] = DEFAULT_MAX_BYTES / MB,
    conf: Annotated[
        list[str] | None, typer.Option("--conf", help="Extra Spark setting KEY=VALUE (repeatable).")
    ] = None,
) -> None:
    """Extract claims with Spark and write Parquet (articles, mentions, claims by month and language).

    Exit code: 0 every input read, 1 some input failed (listed on stderr), 2 Spark or usage error.
    """
    from mercato.batch.job import run_extract, spark_session

    settings = dict(item.split("=", 1) for item in conf or [] if "=" in item)
    if kb is not None and not kb.is_file():
        _say(f"error: knowledge-base file not found: {kb}")
        raise typer.Exit(2)
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()  # a caller's session (tests, notebooks) stays up
    try:
        spark = spark_session(master, settings)
    except Exception as exc:  # no Java, bad master URL…
        _say(f"error: cannot start Spark ({master}): {exc}")
        raise typer.Exit(2) from exc
    try:
        summary = run_extract(
            spark,
            inputs,
            output,
            partitions=partitions,
            kb_file=kb,
            max_bytes=int(max_file_mb * MB),
            split_bytes=int(split_mb * MB),
        )
    finally:
        if running is None:
            spark.stop()
    for kind, where, message in summary.events:
        _say(f"{'skipped' if kind == 'failure' else 'note:'} {where}: {message}")
    print(json.dumps(summary.to_dict()))
    raise typer.Exit(1 if summary.failures else 0)


@app.command("load")
def load_command(
    directory: Annotated[Path, typer.Argument(help="The --output directory of `mercato batch extract`.")],
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default as for ingest).")] = None,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge-base file used for the extraction.")] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Articles per committed transaction.")] = 200,
) -> None:
    """Bulk-load a batch job's Parquet into the database, de-duplicated exactly as `ingest` does.

    Idempotent: loading the same output twice adds nothing. Exit code 1 when the job had failed inputs.
    """
    from mercato.batch.load import load
    from mercato.kb import load_kb
    from mercato.store import DatabaseError, make_engine

    logging.getLogger("py4j").setLevel(logging.ERROR)
    try:
        knowledge = load_kb(kb)
        engine = make_engine(db)
    except (ValueError, OSError, DatabaseError) as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from exc
    try:
        summary = load(directory, engine, knowledge, batch_size=batch)
    except FileNotFoundError as exc:
        _say(f"error: {exc}")
        raise typer.Exit(2) from exc
    for source, reason in summary.failed:
        _say(f"skipped {source}: {reason}")
    print(json.dumps(summary.to_dict()))
    raise typer.Exit(1 if summary.failed else 0)
