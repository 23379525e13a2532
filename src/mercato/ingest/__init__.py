"""Readers: sources → `Article`s, one module per source kind (text, html, jsonl, feeds, warc, urls).

`read_paths` is the entry point: it walks files and directories and yields, in a
deterministic order, each Article read plus a `ReadFailure` for every input that could not
be read (and `ReadNotice`s for things worth telling). It never raises for bad input, so one
broken file cannot stop a batch.

What a path argument means:
- ``-``: standard input, JSON Lines or one text article (`stdin`);
- ``http://…`` / ``https://…``: a page or a feed, fetched (`urls.read_url`);
- a directory: every known file under it, recursively, in sorted order;
- a file, by its name: ``*.txt`` seed/plain text; ``*.html``/``*.htm``; ``*.jsonl``/``*.ndjson``;
  ``*.xml``/``*.rss``/``*.atom``/``*.feed`` RSS/Atom; ``*.warc``/``*.warc.gz``; and URL lists
  ``*.urls``, ``*.urls.txt`` or ``urls.txt`` (checked before ``.txt``, which stays seed format).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from mercato.ingest import feeds, html, jsonl, stdin, text, urls, warc
from mercato.ingest.decode import DEFAULT_MAX_BYTES
from mercato.ingest.meta import is_url
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
    "reader_for",
]

Reader = Callable[[Path, int], Iterator[ReadResult]]

#: File suffix (lower case) → reader. Files with other suffixes inside directories are passed over.
READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
    **dict.fromkeys(feeds.SUFFIXES, feeds.read),
    ".warc": warc.read,
    ".urls": urls.read,
}
_MANGLED_URL = re.compile(r"^(https?):/(?!/)")
#: Whole-name endings checked before the suffix: ``x.warc.gz`` is not a ``.gz``, ``x.urls.txt``
#: is not a seed-format ``.txt``.
_NAME_READERS: tuple[tuple[str, Reader], ...] = ((".warc.gz", warc.read), (".urls.txt", urls.read))


def read_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read every path in order; a directory is read recursively, its files in sorted order.

    `max_bytes` limits one article: a whole `.txt`/`.html` file, one line of a `.jsonl` file,
    one WARC record, one fetched response (at most 10 MB there).
    ``-`` (stdin) and ``http(s)://`` URLs are recognised before being taken as paths; a URL
    that went through ``Path`` (which turns ``https://`` into ``https:/``) is repaired.
    """
    for path in paths:
        raw = str(path)
        if raw == "-":
            yield from stdin.read_stdin(max_bytes=max_bytes)
        elif is_url(raw) or (isinstance(path, Path) and _MANGLED_URL.match(raw)):
            yield from urls.read_url(_MANGLED_URL.sub(r"\1://", raw, count=1), max_bytes)
        else:
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


def reader_for(path: Path) -> Reader | None:
    """The reader for a file, by its name; None for a file mercato does not read."""
    name = path.name.lower()
    for ending, reader in _NAME_READERS:
        if name.endswith(ending):
            return reader
    if name == "urls.txt":
        return urls.read
    return READERS.get(path.suffix.lower())


def _read_file(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    reader = reader_for(path)
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
            if not name.startswith(".") and reader_for(Path(name)) is not None
        )
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def _suffix_list() -> str:
    """".txt, .html, …, .warc, .warc.gz, .urls, .urls.txt": each whole-name ending after its suffix."""
    names = list(READERS)
    for ending, _ in _NAME_READERS:
        names.insert(names.index(ending.rsplit(".", 1)[0]) + 1, ending)
    return ", ".join(names)
