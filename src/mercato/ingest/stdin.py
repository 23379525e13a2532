"""Standard input (the path ``-``): JSON Lines or one seed-format/plain text article.

The format is told by the first non-blank byte: ``{`` starts JSON Lines (streamed, ids
``stdin-<line>`` where a line has none), anything else is read as one text article (id
``stdin``, the whole input limited to `max_bytes`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import IO

from mercato.ingest import jsonl
from mercato.ingest.decode import DEFAULT_MAX_BYTES, decode_bytes, over_limit
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult
from mercato.ingest.text import parse_seed

SOURCE = "<stdin>"
_BLANK = b" \t\r\n\x0b\x0c"


def read_stdin(stream: IO[bytes] | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Read standard input (or `stream`, for tests)."""
    handle = stream if stream is not None else sys.stdin.buffer
    try:
        consumed = _skip_blank(handle)
        if consumed.endswith(b"\xef"):
            bom_rest = handle.read(2)
            if bom_rest == b"\xbb\xbf":  # a UTF-8 byte-order mark: dropped
                consumed = consumed[:-1] + _skip_blank(handle)
            else:
                consumed += bom_rest
    except OSError as exc:
        yield ReadFailure(SOURCE, f"cannot read standard input: {exc.strerror or exc}")
        return
    leading = consumed.lstrip(_BLANK)[:1]
    if not leading:
        yield ReadFailure(SOURCE, "empty input")
        return
    if leading == b"{":
        # the blank lines consumed go back in front, so that line numbers stay right
        yield from jsonl.read_stream(_Prefixed(consumed, handle), SOURCE, "stdin", max_bytes)
        return
    try:
        data = consumed + handle.read(max_bytes)
        if len(data) > max_bytes:
            extra = len(handle.read(64 * 1024 * 1024))  # tell the size up to a point, not forever
            raise ReadError(f"input too large {over_limit(len(data) + extra, max_bytes)}")
        text, notice = decode_bytes(data)
        article = parse_seed(text, "stdin")
    except ReadError as exc:
        yield ReadFailure(SOURCE, exc.reason)
        return
    except OSError as exc:
        yield ReadFailure(SOURCE, f"cannot read standard input: {exc.strerror or exc}")
        return
    if notice:
        yield ReadNotice(SOURCE, notice)
    yield article


def _skip_blank(handle: IO[bytes]) -> bytes:
    """Consume leading whitespace and the first other byte; return all the bytes consumed."""
    consumed = bytearray()
    while True:
        byte = handle.read(1)
        consumed += byte
        if not byte or byte not in _BLANK:
            return bytes(consumed)


class _Prefixed:
    """Lines of `handle` as if `prefix` (bytes already consumed from it) were still in front."""

    def __init__(self, prefix: bytes, handle: IO[bytes]) -> None:
        self._prefix = prefix
        self._handle = handle

    def readline(self, limit: int = -1, /) -> bytes:
        if not self._prefix:
            return self._handle.readline(limit)
        end = self._prefix.find(b"\n") + 1 or len(self._prefix)
        if limit >= 0:
            end = min(end, limit)
        head, self._prefix = self._prefix[:end], self._prefix[end:]
        if head.endswith(b"\n") or self._prefix or (limit >= 0 and len(head) >= limit):
            return head
        return head + self._handle.readline(-1 if limit < 0 else limit - len(head))
