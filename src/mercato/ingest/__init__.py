"""Readers: source files → `Article`s, one module per source kind (text, html, jsonl).

`read_paths` is the entry point: it walks files and directories and yields, in a
deterministic order, each Article read plus a `ReadFailure` for every input that could not
be read (and `ReadNotice`s for things worth telling). It never raises for bad input, so one
broken file cannot stop a batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from mercato.ingest import html, jsonl, text
from mercato.ingest.decode import DEFAULT_MAX_BYTES
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "ReadError",
    "ReadFailure",
    "ReadNotice",
    "ReadResult",
    "read_path",
    "read_paths",
]

Reader = Callable[[Path, int], Iterator[ReadResult]]

#: File suffix (lower case) → reader. Files with other suffixes inside directories are passed over.
READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
}


def read_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read every path in order; a directory is read recursively, its files in sorted order.

    `max_bytes` limits one article: a whole `.txt`/`.html` file, or one line of a `.jsonl` file.
    """
    for path in paths:
        yield from read_path(Path(path), max_bytes)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    if path.is_dir():
        files = _article_files(path)
        if not files:
            yield ReadFailure(str(path), f"no article files ({_suffix_list()}) in this directory")
        for file in files:
            yield from _read_file(file, max_bytes)
    elif path.exists():
        yield from _read_file(path, max_bytes)
    else:
        yield ReadFailure(str(path), "no such file or directory")


def _read_file(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        shown = path.suffix or "no extension"
        yield ReadFailure(str(path), f"unsupported file type ({shown}); expected {_suffix_list()}")
        return
    if not path.is_file():
        yield ReadFailure(str(path), "not a regular file")
        return
    yield from reader(path, max_bytes)


def _article_files(directory: Path) -> list[Path]:
    """Files with a known suffix under `directory`, sorted by path (like `find | sort`); hidden
    files and directories are passed over."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READERS
        )
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def _suffix_list() -> str:
    return ", ".join(READERS)
