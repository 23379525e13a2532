"""WARC and WARC.gz web archives (as Common Crawl's CC-NEWS holds news pages), read with warcio.

Every HTML ``response`` (or ``resource``) record with a 2xx status becomes an Article through
the HTML reader, its url the record's ``WARC-Target-URI`` (hashed into the article id, so
re-reading an archive gives the same ids). When the page states no publication date, the
crawl date (``WARC-Date``) stands in: CC-NEWS fetches articles within hours of publication.
Other records (requests, metadata, images, redirects) are passed over and counted in a notice.

Archives are streamed record by record, so the size limit applies per record, not per file.
warcio reads a truncated archive without complaint (a cut gzip member or a short last record
just ends the stream), so completeness is checked here: a record is yielded only once its
bytes were all read, and an unfinished gzip member at the end is noticed. Either way the
records read so far are kept and a failure "truncated WARC after N records" is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from mercato.ingest.decode import DEFAULT_MAX_BYTES, over_limit
from mercato.ingest.html import decode_html, parse_html
from mercato.ingest.meta import article_id_for_url, charset_of
from mercato.ingest.results import ReadError, ReadFailure, ReadNotice, ReadResult

SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _CheckedIterator(ArchiveIterator):  # type: ignore[misc]
    """ArchiveIterator that remembers whether the gzip stream ended inside a member."""

    gzip_unfinished = False

    def close(self) -> None:
        reader = getattr(self, "reader", None)
        decompressor = getattr(reader, "decompressor", None) if reader is not None else None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.gzip_unfinished = True
        super().close()


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Stream the articles of one `.warc` / `.warc.gz` file; `max_bytes` limits one record."""
    try:
        handle = path.open("rb")
        empty = path.stat().st_size == 0
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        if empty:
            yield ReadFailure(str(path), "empty file (0 bytes)")
            return
        yield from read_stream(handle, str(path), max_bytes)


def read_stream(handle: IO[bytes], source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    records = _CheckedIterator(handle)
    complete = 0  # records known to be whole
    skipped = 0
    pending: list[ReadResult] = []  # results of the last record, held until it is known whole
    previous: Any = None
    try:
        for number, record in enumerate(records, start=1):
            if number == 1 and getattr(record, "format", "warc") != "warc":
                yield ReadFailure(source, f"not a WARC file (reads as {record.format!r} records)")
                return
            if previous is not None:
                if _incomplete(previous):
                    break
                complete += 1
                yield from pending
            previous = record
            pending = list(_record_results(record, f"{source}:record-{number}", max_bytes))
            if not pending:
                skipped += 1
    except Exception as exc:  # warcio fails in many ways on damaged input (ArchiveLoadFailed, ...)
        if previous is None:
            yield ReadFailure(source, f"not a WARC file, or damaged before its first record ({_short(exc)})")
            return
        if not _incomplete(previous):
            complete += 1
            yield from pending
        yield _truncated(source, complete)
        return
    if previous is None:
        if records.gzip_unfinished:
            yield _truncated(source, 0)
        else:
            yield ReadFailure(source, "empty file (no WARC records)")
        return
    if _incomplete(previous) or records.gzip_unfinished:
        if not _incomplete(previous):
            complete += 1
            yield from pending
        yield _truncated(source, complete)
        return
    yield from pending
    if skipped:
        yield ReadNotice(source, f"{skipped} non-HTML or non-2xx record(s) passed over")


def _record_results(record: Any, where: str, max_bytes: int) -> list[ReadResult]:
    """The Article (or failure) of one record; [] for records that are not HTML pages."""
    if record.rec_type not in ("response", "resource"):
        return []
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return []
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return []
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{where} {url}" if url else where
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return [ReadFailure(where, f"record too large {over_limit(len(data), max_bytes)}")]
    try:
        html, _ = decode_html(data, charset_of(content_type))
        article = parse_html(html, article_id_for_url(url) if url else where, url or None)
    except ReadError as exc:
        return [ReadFailure(where, exc.reason)]
    if not article.published:
        crawl_date = record.rec_headers.get_header("WARC-Date") or ""
        article.published = crawl_date[:10] if len(crawl_date) >= 10 else None
    return [article]


def _incomplete(record: Any) -> bool:
    """True when the archive ended before the record's declared length was read."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _truncated(source: str, complete: int) -> ReadFailure:
    return ReadFailure(source, f"truncated WARC after {complete} records")


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:120] + ("…" if len(text) > 120 else "")
