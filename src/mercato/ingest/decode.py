"""Bytes to text, with the checks every file reader shares (size, emptiness, binary, encoding).

Encoding policy: UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read as such. A
file that is *mostly* valid UTF-8 with a few stray bytes keeps its UTF-8 reading, the bad
bytes replaced by U+FFFD and a notice given. Otherwise the only fallback is Windows-1252
(a superset of Latin-1 in practice): for the six languages mercato reads, a non-UTF-8 news
file is nearly always in that code page. The fallback is accepted only when its result looks
like text; anything else fails with a reason. General charset detection (charset-normalizer)
was tried and rejected: on short Latin-script texts it picks code pages such as cp1257/cp1258
that silently corrupt accented letters, which is worse than failing loudly.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult
from mercato.model import Article

MB = 1024 * 1024
#: Default size limit for one article file: a news article is a few KB; 20 MB is surely not one.
DEFAULT_MAX_BYTES = 20 * MB

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Non-letter characters that are normal in Western European news text.
_COMMON_SYMBOLS = frozenset("’‘“”„‚–—…€«»°·•§ªº¡¿×£$%\u00a0´¨")


def over_limit(size: int, limit: int) -> str:
    """`(50.0 MB > 20 MB limit)`: the wording of every size-limit message."""
    return f"({size / MB:.1f} MB > {limit / MB:g} MB limit)"


def read_limited(path: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing files over `max_bytes` before reading a byte of them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file too large {over_limit(size, max_bytes)}")
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode a file's bytes; returns (text, notice or None) or raises ReadError with the reason."""
    if not data:
        raise ReadError("empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _non_empty(data.decode(encoding)), None
            except UnicodeDecodeError as exc:
                reason = f"undecodable bytes: starts with a {encoding} byte-order mark but {exc.reason}"
                raise ReadError(reason) from exc
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes), not a text article")
    try:
        return _non_empty(data.decode("utf-8")), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    where = f"invalid byte 0x{data[first_bad]:02x} at offset {first_bad}"

    replaced = data.decode("utf-8", errors="replace")
    n_bad = replaced.count("\ufffd")
    n_good_multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if n_good_multibyte >= 4 * n_bad:
        return _non_empty(replaced), f"{n_bad} invalid UTF-8 byte sequence(s) replaced (first: {where})"

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"undecodable bytes: not UTF-8 ({where}) and not Windows-1252 either") from exc
    if not looks_like_text(text):
        raise ReadError(f"undecodable bytes: not UTF-8 ({where}); as Windows-1252 it is not readable text")
    return _non_empty(text), f"not valid UTF-8 ({where}); decoded as Windows-1252"


def looks_like_text(text: str) -> bool:
    """True when `text` reads like Latin-script prose: no control characters, few odd symbols."""
    non_ascii = 0
    odd = 0
    for ch in text:
        if ch in "\t\n\r\f":
            continue
        if unicodedata.category(ch) == "Cc":
            return False
        if ord(ch) > 127:
            non_ascii += 1
            if not (ch.isalpha() or ch in _COMMON_SYMBOLS):
                odd += 1
    return non_ascii <= 0.3 * max(len(text), 1) and odd <= max(2, 0.1 * non_ascii)


def _non_empty(text: str) -> str:
    if not text.strip():
        raise ReadError("empty file (only whitespace)")
    return text


def read_text_file(
    path: Path, parse: Callable[[str, str], Article], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Read, decode and parse one text file (`parse(text, file stem)`): yields the Article, after
    a notice if decoding needed a fallback, or a failure with its reason."""
    try:
        text, notice = decode_bytes(read_limited(path, max_bytes))
        article = parse(text, path.stem)
    except ReadError as exc:
        yield ReadFailure(str(path), exc.reason)
        return
    if notice:
        yield ReadNotice(str(path), notice)
    yield article
