"""JSON Lines: one article per line, ``{"id", "text", "title", "url", "published", "lang", "outlet"}``.

Only ``text`` is required; a missing ``id`` becomes ``<file stem>-<line number>``. A bad line
(malformed JSON, wrong field types, missing text) is reported as ``path:line`` and skipped;
the rest of the file goes on. The file is streamed, so the size limit applies per line (one
article), not to the file: a corpus of many thousand articles is a normal input.

A file whose first object has ``claims`` and no ``text`` is mercato's own output or a gold
annotation file (as in ``../shared/eval/dev``): it is passed over with a notice, not a failure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from mercato.ingest.decode import DEFAULT_MAX_BYTES, MB, over_limit
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult
from mercato.model import Article


class LineReader(Protocol):
    """What the reader needs of a stream: a binary file, stdin, or a wrapper of either."""

    def readline(self, size: int = -1, /) -> bytes: ...


_DATE = re.compile(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?")
_LANG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*")
_OPTIONAL_STRINGS = ("title", "url", "outlet")
_CLAIMS_FILE = "ignored: a claims file (lines have 'claims' and no 'text'), not articles"


def article_from_record(record: Any, default_id: str) -> Article:
    """Validate one decoded JSON value and build its Article; raises ReadError naming the bad field."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise ReadError("missing 'text' field")
    if not isinstance(text, str):
        raise ReadError(f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise ReadError("'text' is empty")
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise ReadError(f"'id' must be a string or an integer, got {type(raw_id).__name__}")
    article_id = str(raw_id) if raw_id not in (None, "") else default_id
    strings = {key: _optional_str(record, key) for key in _OPTIONAL_STRINGS}
    return Article(
        id=article_id,
        text=text,
        title=(strings["title"] or "").strip(),
        url=strings["url"],
        outlet=strings["outlet"],
        published=_published(_optional_str(record, "published")),
        lang=_lang(_optional_str(record, "lang")),
    )


def read(path: Path, max_line_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Stream the articles of one `.jsonl` file, with a ReadFailure for each bad line."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadFailure(source, f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        yield from read_stream(handle, source, path.stem, max_line_bytes)


def read_stream(
    handle: LineReader,
    source: str,
    stem: str,
    max_line_bytes: int = DEFAULT_MAX_BYTES,
    *,
    first_line: int = 1,
    at_start: bool = True,
) -> Iterator[ReadResult]:
    """Stream the articles of JSON Lines from an open binary stream (a file or stdin); `stem`
    prefixes the ids made up for lines without one.

    A stream may also be a later part of a file (a Spark task's byte range, `mercato.batch`):
    `first_line` numbers its first line, and ``at_start=False`` says the file's start (BOM, the
    claims-file and binary checks, "empty file") was already read by another part."""
    seen_content = not at_start
    for lineno, raw, size in _lines(handle, max_line_bytes, first_line):
        where = f"{source}:{lineno}"
        if raw is None:
            yield ReadFailure(where, f"line too large {over_limit(size, max_line_bytes)}")
            continue
        if not raw.strip():
            continue
        if b"\x00" in raw:
            if not seen_content:
                yield ReadFailure(source, "binary file (contains NUL bytes), not JSON Lines")
                return
            yield ReadFailure(where, "line contains NUL bytes")
            continue
        first = not seen_content
        seen_content = True
        try:
            record = _decode_line(raw, first)
            if first and _is_claims_file(record):
                yield ReadNotice(source, _CLAIMS_FILE)
                return
            yield article_from_record(record, f"{stem}-{lineno}")
        except ReadError as exc:
            yield ReadFailure(where, exc.reason)
    if not seen_content:
        yield ReadFailure(source, "empty file (no JSON lines)")


def _lines(handle: LineReader, limit: int, first_line: int = 1) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line bytes or None if longer than `limit`, line size) without ever
    holding more than `limit` bytes of one line in memory."""
    lineno = first_line - 1
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield lineno, line, len(line)
            continue
        size = len(line)
        while True:  # drain the rest of the oversized line
            chunk = handle.readline(MB)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield lineno, None, size


def _decode_line(raw: bytes, first: bool) -> Any:
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from exc
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed JSON: {exc.msg} (column {exc.colno})") from exc


def _is_claims_file(record: Any) -> bool:
    return isinstance(record, dict) and "claims" in record and "text" not in record


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise ReadError(f"{key!r} must be a string, got {type(value).__name__}")


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise ReadError(f"'published' must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return match.group(1)


def _lang(value: str | None) -> str | None:
    if value is None:
        return None
    match = _LANG.fullmatch(value.strip().lower())
    if not match:
        raise ReadError(f"'lang' must be a language code such as 'it' or 'en', got {value!r}")
    return match.group(1)
