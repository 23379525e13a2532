"""Planning a batch job on the driver: INPUT arguments → ordered work units.

A unit is what one Spark task reads: a whole file, a byte range of a large JSON Lines file, a
file on a Hadoop-compatible file system (read by Spark, handed over as bytes), or a failure
known before reading (a missing path, an empty directory). Units are numbered in the order
`mercato ingest` would read the same arguments (argument order; a directory's files sorted as
`mercato.ingest.read_paths` sorts them; a file's records in file order), and every record a
unit yields is keyed ``rec = unit << 32 | position``: sorting by `rec` replays the ingest order,
which is what makes `mercato batch load` build the same database as `mercato ingest`.

No Spark here: remote listings are asked of a `Lister` the job provides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mercato.ingest import _article_files, jsonl, reader_for
from mercato.ingest.meta import is_url

#: Large JSON Lines files are cut into ranges of about this many bytes (at line ends).
DEFAULT_SPLIT_BYTES = 4 << 20
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")

#: (qualified URI, size in bytes) of every file under a Hadoop-compatible URI, recursively.
Lister = Callable[[str], list[tuple[str, int]]]


@dataclass(frozen=True)
class Unit:
    no: int
    #: the INPUT argument the unit came from, as given (stored as the article's `source`)
    source: str
    #: "file" (a local file read whole), "range" (lines of a local JSONL file), "remote"
    #: (a file Spark reads from a Hadoop URI), "failure" (nothing to read, `reason` says why)
    kind: str
    path: str = ""
    start: int = 0
    end: int = -1
    first_line: int = 1
    reason: str = ""

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


def is_remote(arg: str) -> bool:
    """A Hadoop-compatible URI (``hdfs://``, ``s3a://``, ``file:/``…), not a local path or web URL."""
    return bool(_SCHEME.match(arg)) and not _WINDOWS_DRIVE.match(arg) and not is_url(arg)


def plan_units(
    inputs: Sequence[str],
    *,
    split_bytes: int = DEFAULT_SPLIT_BYTES,
    max_line_bytes: int | None = None,
    lister: Lister | None = None,
) -> list[Unit]:
    """The work units for `inputs`, in ingest order."""
    units: list[Unit] = []

    def add(**fields: Any) -> None:
        units.append(Unit(no=len(units), **fields))

    for arg in inputs:
        if arg == "-" or is_url(arg):
            add(source=arg, kind="failure", path=arg, reason=_NOT_FILES)
        elif is_remote(arg):
            if lister is None:
                add(source=arg, kind="failure", path=arg, reason="no Spark session to list a remote URI")
                continue
            try:
                listed = [(uri, size) for uri, size in lister(arg) if reader_for(Path(uri.rsplit("/", 1)[-1]))]
            except Exception as exc:  # a file system that cannot be reached or listed
                add(source=arg, kind="failure", path=arg, reason=f"cannot list: {type(exc).__name__}: {exc}")
                continue
            if not listed:
                add(source=arg, kind="failure", path=arg, reason="no article files under this URI")
            for uri, _ in sorted(listed):
                add(source=arg, kind="remote", path=uri)
        else:
            path = Path(arg)
            if path.is_dir():
                files = _article_files(path)
                if not files:
                    # what read_path says, so that both runs record the same failure
                    add(source=arg, kind="file", path=str(path))
                for file in files:
                    for fields in _file_units(file, split_bytes, max_line_bytes):
                        add(source=arg, **fields)
            else:
                for fields in _file_units(path, split_bytes, max_line_bytes):
                    add(source=arg, **fields)
    return units


_NOT_FILES = "batch jobs read files and Hadoop-compatible URIs; use `mercato ingest` for stdin and web URLs"


def _file_units(path: Path, split_bytes: int, max_line_bytes: int | None) -> list[dict[str, Any]]:
    whole = [{"kind": "file", "path": str(path)}]
    if reader_for(path) is not jsonl.read or not path.is_file():
        return whole
    try:
        size = path.stat().st_size
        if size <= split_bytes:
            return whole
        ranges = jsonl_ranges(path, split_bytes, max_line_bytes or (20 << 20))
    except OSError:
        return whole
    if ranges is None:
        return whole
    return [{"kind": "range", "path": str(path), "start": s, "end": e, "first_line": n} for s, e, n in ranges]


def jsonl_ranges(path: Path, split_bytes: int, max_line_bytes: int) -> list[tuple[int, int, int]] | None:
    """(start, end, first line number) of byte ranges of about `split_bytes`, cut at line ends;
    None when the file should be read whole: its first content line decides what the whole file
    is (a claims file, a binary file) and must lie in the first range."""
    with path.open("rb") as fh:
        first_end = _first_content_line_end(fh, max_line_bytes)
        if first_end is None:
            return None
        size = fh.seek(0, 2)
        cuts = [0]
        target = max(split_bytes, first_end)
        while target < size:
            fh.seek(target)
            fh.readline()  # to the end of the line the target falls in
            cut = fh.tell()
            if cut >= size:
                break
            cuts.append(cut)
            target = cut + split_bytes
        cuts.append(size)
        ranges: list[tuple[int, int, int]] = []
        line = 1
        fh.seek(0)
        for start, end in zip(cuts, cuts[1:], strict=False):
            ranges.append((start, end, line))
            remaining = end - start
            while remaining > 0:
                chunk = fh.read(min(remaining, 16 << 20))
                if not chunk:
                    break
                line += chunk.count(b"\n")
                remaining -= len(chunk)
    return ranges if len(ranges) > 1 else None


def _first_content_line_end(fh: Any, limit: int) -> int | None:
    """Where the first non-blank line ends, if it is an ordinary line (not too long, no NUL, not a
    claims object): then what the reader decides at the file's start is settled in range one."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return None
        if len(line) > limit and not line.endswith(b"\n"):
            return None
        if not line.strip():
            continue
        if b"\x00" in line or (b'"claims"' in line and b'"text"' not in line):
            return None
        return int(fh.tell())
