"""The `mercato` command: parse arguments, call the library, render. Nothing else lives here."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mercato import __version__
from mercato.extract import extract as extract_claims
from mercato.ingest import DEFAULT_MAX_BYTES, ReadFailure, ReadNotice, read_paths
from mercato.ingest.decode import MB
from mercato.kb import load_kb
from mercato.render import OutputFormat, make_renderer

app = typer.Typer(
    help="Extract transfer and coaching-carousel claims from football news (it, en, es, fr, de, pt).",
    no_args_is_help=True,
    add_completion=False,
)


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
