"""What runs inside a Spark task: read a unit, analyse each article, emit Arrow record batches.

Plain Python and pyarrow (no Spark import), so it is tested without a cluster. Each article
gets the same pure functions `mercato ingest` calls: `extract` (which identifies the language
when the source does not give it) and `minhash_signature` over the body. Rows follow
`mercato.batch.schema.RECORDS`: one per read result (article, failure or notice), with the
article's mentions and claims nested, keyed by `rec` (see `mercato.batch.plan`).

The knowledge base is loaded once per Python worker process and kept (Spark reuses workers
across tasks): the shipped one from the installed package, merged with the user's file whose
bytes the driver broadcast.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from mercato.batch.schema import RECORDS
from mercato.extract import extract
from mercato.ingest import ReadFailure, ReadNotice, ReadResult, jsonl, read_path
from mercato.ingest.decode import DEFAULT_MAX_BYTES
from mercato.ingest.dedupe import minhash_signature, signature_to_bytes
from mercato.kb import KnowledgeBase, load_kb
from mercato.model import Article
from mercato.pipeline import extraction_error
from mercato.store.repo import parse_published

ROWS_PER_BATCH = 256
#: A task writes its files every this many records (about 60 MB of Arrow data).
FLUSH_ROWS = 10_000
_KB_CACHE: dict[str, KnowledgeBase] = {}


def knowledge_base(user_file: tuple[str, bytes] | None) -> KnowledgeBase:
    """The knowledge base for this worker process: loaded on first use, then kept."""
    key = hashlib.sha256(user_file[1]).hexdigest() if user_file else ""
    kb = _KB_CACHE.get(key)
    if kb is None:
        if user_file is None:
            kb = load_kb()
        else:
            name, data = user_file
            with tempfile.TemporaryDirectory(prefix="mercato-kb-") as tmp:
                path = Path(tmp) / Path(name).name
                path.write_bytes(data)
                kb = load_kb(path)
        _KB_CACHE[key] = kb
    return kb


class _Range:
    """A binary file seen from `start` to `end` only, for the JSON Lines reader."""

    def __init__(self, handle: Any, start: int, end: int) -> None:
        handle.seek(start)
        self._handle, self._left = handle, end - start

    def readline(self, size: int = -1, /) -> bytes:
        if self._left <= 0:
            return b""
        line: bytes = self._handle.readline(self._left if size < 0 else min(size, self._left))
        self._left -= len(line)
        return line


def read_unit(unit: dict[str, Any], content: bytes | None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """The read results of one unit, exactly as `read_paths` gives them for the same file."""
    kind, path = unit["kind"], unit["path"]
    if kind == "failure":
        yield ReadFailure(path, unit["reason"])
    elif kind == "file":
        yield from read_path(Path(path), max_bytes)
    elif kind == "range":
        with open(path, "rb") as handle:
            yield from jsonl.read_stream(
                _Range(handle, unit["start"], unit["end"]),
                str(Path(path)),
                Path(path).stem,
                max_bytes,
                first_line=unit["first_line"],
                at_start=unit["start"] == 0,
            )
    elif kind == "remote":
        yield from _read_remote(path, content or b"", max_bytes)
    else:
        yield ReadFailure(path, f"unknown unit kind {kind!r}")


def _read_remote(uri: str, content: bytes, max_bytes: int) -> Iterator[ReadResult]:
    """A file Spark read from a Hadoop URI: the readers run on a local copy of the same name,
    and what they report names the URI."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    with tempfile.TemporaryDirectory(prefix="mercato-remote-") as tmp:
        local = os.path.join(tmp, name)
        with open(local, "wb") as fh:
            fh.write(content)
        for item in read_path(Path(local), max_bytes):
            if isinstance(item, ReadFailure):
                yield ReadFailure(item.source.replace(local, uri), item.reason)
            elif isinstance(item, ReadNotice):
                yield ReadNotice(item.source.replace(local, uri), item.message)
            else:
                yield item


def analyse(article: Article, kb: KnowledgeBase, rec: int, source: str) -> dict[str, Any]:
    """The output row of one article: its fields, language, extraction and signature."""
    error: str | None = None
    mentions: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    try:
        extraction = extract(article, kb)
    except Exception as exc:  # one article must never stop the task
        error, lang = extraction_error(exc), article.lang or "und"
    else:
        lang = extraction.lang or "und"
        mentions = [
            {"seq": n, "entity_id": m.entity_id, "kind": m.kind.value, "start": m.start, "end": m.end, "text": m.text}
            for n, m in enumerate(extraction.mentions)
        ]
        claims = [
            {
                "seq": n,
                "subject_id": c.subject_id,
                "subject": c.subject,
                "type": c.type.value,
                "club_id": c.club_id,
                "club": c.club,
                "stage": c.stage.value,
                "hedged": c.hedged,
                "confidence": float(c.confidence),
                "subject_is_new": c.subject_is_new,
                "sources": list(c.sources),
                "conditions": list(c.conditions),
                "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in c.evidence],
            }
            for n, c in enumerate(extraction.claims)
        ]
    day, _ = parse_published(article.published)
    return {
        "rec": rec,
        "kind": "article",
        "input": source,
        "where": None,
        "message": error,
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "title": article.title,
        "text": article.text,
        "given_lang": article.lang,
        "content_hash": article.content_hash,
        "minhash": signature_to_bytes(minhash_signature(article.text)),
        "month": f"{day.year:04d}-{day.month:02d}" if day else "unknown",
        "lang": lang,
        "mentions": mentions,
        "claims": claims,
    }


def _event_row(item: ReadFailure | ReadNotice, rec: int, source: str) -> dict[str, Any]:
    failure = isinstance(item, ReadFailure)
    return {
        "rec": rec,
        "kind": "failure" if failure else "notice",
        "input": source,
        "where": item.source,
        "message": item.reason if isinstance(item, ReadFailure) else item.message,
        "month": "none",
        "lang": "none",
        "mentions": [],
        "claims": [],
    }


def process_units(
    units: Iterable[dict[str, Any]],
    user_kb: tuple[str, bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rows_per_batch: int = ROWS_PER_BATCH,
) -> Iterator[pa.RecordBatch]:
    """Read and analyse `units` (dicts with the `Unit` fields and `content`), as record batches."""
    kb = knowledge_base(user_kb)
    rows: list[dict[str, Any]] = []
    for unit in units:
        base = int(unit["no"]) << 32
        for position, item in enumerate(read_unit(unit, unit.get("content"), max_bytes)):
            rec = base | position
            if isinstance(item, Article):
                rows.append(analyse(item, kb, rec, unit["source"]))
            else:
                rows.append(_event_row(item, rec, unit["source"]))
            if len(rows) >= rows_per_batch:
                yield pa.RecordBatch.from_pylist(rows, schema=RECORDS)
                rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=RECORDS)


# --------------------------------------------------------------------------- Parquet output

#: What a task reports of each file it wrote (the driver commits the files of successful attempts).
MANIFEST = pa.schema(
    [
        ("table", pa.string()),
        ("base", pa.string()),
        ("path", pa.string()),
        ("rows", pa.int64()),
        ("failures", pa.int64()),
        ("notices", pa.int64()),
    ]
)


def split_tables(records: pa.Table) -> dict[str, pa.Table]:
    """The four output tables (with ``month`` and ``lang`` columns still on) of a task's records."""
    import pyarrow.compute as pc

    from mercato.batch.schema import ARTICLE_COLUMNS

    kinds = records.column("kind")
    arts = records.filter(pc.equal(kinds, "article"))
    tables = {
        "articles": arts.select(list(ARTICLE_COLUMNS)),
        "events": records.filter(pc.not_equal(kinds, "article")).select(["rec", "kind", "input", "where", "message"]),
    }
    for name in ("mentions", "claims"):
        lists = arts.column(name).combine_chunks()
        parents = pc.list_parent_indices(lists)
        children = pc.list_flatten(lists)
        columns = {key: arts.column(key).take(parents) for key in ("rec", "month", "lang")}
        fields = {f.name: children.field(i) for i, f in enumerate(children.type)}
        tables[name] = pa.table({"rec": columns["rec"], **fields, "month": columns["month"], "lang": columns["lang"]})
    return tables


def write_tables(tables: dict[str, pa.Table], base: str, tag: str) -> list[dict[str, Any]]:
    """Write each table under ``base/<table>/month=…/lang=…/part-<tag>.parquet`` (events unpartitioned)."""
    import pyarrow.compute as pc
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs, root = pafs.FileSystem.from_uri(base)
    manifest: list[dict[str, Any]] = []
    for name, table in tables.items():
        if table.num_rows == 0:
            continue
        if name == "events":
            kinds = table.column("kind")
            groups: list[tuple[str, pa.Table]] = [("", table)]
            failures = int(pc.sum(pc.equal(kinds, "failure")).as_py() or 0)
            counts = (failures, table.num_rows - failures)
        else:
            keys = table.select(["month", "lang"]).group_by(["month", "lang"]).aggregate([]).to_pylist()
            groups = []
            for key in sorted(keys, key=lambda k: (k["month"], k["lang"])):
                mask = pc.and_(
                    pc.equal(table.column("month"), key["month"]), pc.equal(table.column("lang"), key["lang"])
                )
                part = table.filter(mask).drop_columns(["month", "lang"])
                groups.append((f"month={key['month']}/lang={key['lang']}/", part))
            counts = (0, 0)
        for prefix, part in groups:
            directory = f"{root}/{name}/{prefix}".rstrip("/")
            fs.create_dir(directory, recursive=True)
            path = f"{directory}/part-{tag}.parquet"
            pq.write_table(part, path, filesystem=fs, compression="snappy")
            manifest.append(
                {
                    "table": name,
                    "base": root,
                    "path": path[len(root) + 1 :],
                    "rows": part.num_rows,
                    "failures": counts[0],
                    "notices": counts[1],
                }
            )
    return manifest


def run_partition(
    units: Iterable[dict[str, Any]],
    staging: str,
    tag: str,
    user_kb: tuple[str, bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    flush_rows: int = FLUSH_ROWS,
) -> list[dict[str, Any]]:
    """A whole task: read and analyse its units, write its Parquet files under `staging` every
    `flush_rows` records (memory stays bounded whatever the partition's size), and return the
    manifest of what it wrote."""
    manifest: list[dict[str, Any]] = []
    pending: list[pa.RecordBatch] = []
    rows = flushes = 0

    def flush() -> None:
        nonlocal pending, rows, flushes
        if pending:
            tables = split_tables(pa.Table.from_batches(pending, schema=RECORDS))
            manifest.extend(write_tables(tables, staging, f"{tag}-{flushes:04d}"))
            flushes += 1
        pending, rows = [], 0

    for batch in process_units(units, user_kb, max_bytes):
        pending.append(batch)
        rows += batch.num_rows
        if rows >= flush_rows:
            flush()
    flush()
    return manifest
