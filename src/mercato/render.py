"""Output renderers for `mercato extract`: jsonl (the DESIGN.md contract), json (a list), table.

Each renderer takes extractions one at a time (`add`) and finishes with `close`, so jsonl
and json stream: a large batch is never held in memory just to print it.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Protocol, TextIO

from rich.console import Console
from rich.table import Table

from mercato.model import Extraction


class OutputFormat(StrEnum):
    JSONL = "jsonl"
    JSON = "json"
    TABLE = "table"


class Renderer(Protocol):
    def add(self, extraction: Extraction) -> None: ...

    def close(self) -> None: ...


def to_json_line(extraction: Extraction) -> str:
    """One article as one line of the output contract, non-ASCII kept as is."""
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


class JsonlRenderer:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def add(self, extraction: Extraction) -> None:
        self.out.write(to_json_line(extraction) + "\n")

    def close(self) -> None:
        self.out.flush()


class JsonRenderer:
    """A JSON array of the same objects as jsonl, written element by element."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def add(self, extraction: Extraction) -> None:
        item = json.dumps(extraction.to_dict(), ensure_ascii=False, indent=2)
        self.out.write(("[\n" if self.count == 0 else ",\n") + _indent(item))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


class TableRenderer:
    """A Rich table for people: one row per claim, one dimmed row for an article without claims."""

    #: Width when stdout is not a terminal (a pipe, a file): Rich's default of 80 squeezes 8 columns.
    PIPE_WIDTH = 160

    def __init__(self, out: TextIO) -> None:
        self.console = Console(file=out, width=None if out.isatty() else self.PIPE_WIDTH)
        self.table = claims_table()

    def add(self, extraction: Extraction) -> None:
        add_rows(self.table, extraction)

    def close(self) -> None:
        self.console.print(self.table)


def claims_table() -> Table:
    table = Table(show_lines=False, header_style="bold")
    for name in ("article", "subject", "type", "club", "stage", "sources", "conditions", "hedged"):
        table.add_column(name, overflow="fold")
    return table


def add_rows(table: Table, extraction: Extraction) -> None:
    label = f"{extraction.article_id} ({extraction.lang})"
    if not extraction.claims:
        table.add_row(label, "[dim]no claims[/dim]", "", "", "", "", "", "", end_section=True)
        return
    last = len(extraction.claims) - 1
    for i, claim in enumerate(extraction.claims):
        table.add_row(
            label if i == 0 else "",
            claim.subject,
            claim.type.value,
            claim.club,
            claim.stage.value,
            ", ".join(claim.sources),
            "; ".join(claim.conditions),
            "yes" if claim.hedged else "",
            end_section=i == last,
        )


def make_renderer(fmt: OutputFormat, out: TextIO) -> Renderer:
    if fmt is OutputFormat.JSON:
        return JsonRenderer(out)
    if fmt is OutputFormat.TABLE:
        return TableRenderer(out)
    return JsonlRenderer(out)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
