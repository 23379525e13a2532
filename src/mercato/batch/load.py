"""`mercato batch load DIR`: a batch job's Parquet output into the database.

No Spark needed: pyarrow reads the datasets, sorts every record by ``rec`` (the order
`mercato ingest` reads the same inputs in) and hands them, with their precomputed extraction and
MinHash signature, to the store half of the ingest pipeline (`mercato.pipeline.store_items`).
De-duplication (exact by content hash, near by MinHash, copies linked to the earliest version),
id clashes, batching and failure records are therefore the very code `ingest` runs: loading the
output of a job over some inputs gives the database that ingesting those inputs gives, and
loading twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds

from mercato.ingest import ReadFailure, ReadNotice
from mercato.ingest.dedupe import signature_from_bytes
from mercato.kb import KnowledgeBase
from mercato.model import Article, Claim, ClaimType, EntityKind, Extraction, Mention, Span, Stage
from mercato.pipeline import DEFAULT_BATCH, Analysed, IngestSummary, ProgressCallback, StoreItem, store_items

_PARTITIONS = ds.partitioning(pa.schema([("month", pa.string()), ("lang", pa.string())]), flavor="hive")


def _read(directory: Path, name: str, partitioned: bool = True) -> pa.Table | None:
    path = directory / name
    if not path.exists():
        return None
    dataset = ds.dataset(str(path), format="parquet", partitioning=_PARTITIONS if partitioned else None)
    return dataset.to_table()


def _sorted(table: pa.Table | None, keys: list[str]) -> pa.Table | None:
    if table is None or table.num_rows == 0:
        return None
    return table.sort_by([(k, "ascending") for k in keys])


class _Children:
    """Rows of a child table (mentions, claims) grouped by ``rec``, looked up by binary search."""

    def __init__(self, table: pa.Table | None) -> None:
        self.table = _sorted(table, ["rec", "seq"])
        self.recs = self.table.column("rec").to_numpy() if self.table is not None else np.array([], dtype=np.int64)

    def rows(self, rec: int) -> list[dict[str, Any]]:
        if self.table is None:
            return []
        lo = int(np.searchsorted(self.recs, rec, side="left"))
        hi = int(np.searchsorted(self.recs, rec, side="right"))
        return self.table.slice(lo, hi - lo).to_pylist() if hi > lo else []


def read_items(directory: Path) -> Iterator[StoreItem]:
    """Every read result of a job's output, in ingest order, with its analysis."""
    articles = _sorted(_read(directory, "articles"), ["rec"])
    events = _sorted(_read(directory, "events", partitioned=False), ["rec"])
    mentions = _Children(_read(directory, "mentions"))
    claims = _Children(_read(directory, "claims"))
    if articles is None and events is None and not (directory / "articles").exists():
        raise FileNotFoundError(f"no batch output (articles/, events/) in {directory}")
    article_rows = _iter_rows(articles)
    event_rows = _iter_rows(events)
    article = next(article_rows, None)
    event = next(event_rows, None)
    while article is not None or event is not None:
        if event is not None and (article is None or event["rec"] < article["rec"]):
            item: ReadFailure | ReadNotice = (
                ReadFailure(event["where"], event["message"])
                if event["kind"] == "failure"
                else ReadNotice(event["where"], event["message"])
            )
            yield item, event["input"], None
            event = next(event_rows, None)
        else:
            assert article is not None
            yield _article_item(article, mentions.rows(article["rec"]), claims.rows(article["rec"]))
            article = next(article_rows, None)


def _iter_rows(table: pa.Table | None, chunk: int = 2048) -> Iterator[dict[str, Any]]:
    if table is None:
        return
    for batch in table.to_batches(max_chunksize=chunk):
        yield from batch.to_pylist()


def _article_item(
    row: dict[str, Any], mention_rows: list[dict[str, Any]], claim_rows: list[dict[str, Any]]
) -> StoreItem:
    article = Article(
        id=row["id"],
        text=row["text"],
        title=row["title"] or "",
        lang=row["given_lang"],
        published=row["published"],
        url=row["url"],
        outlet=row["outlet"],
    )
    signature = signature_from_bytes(row["minhash"])
    if row["message"]:
        return article, row["input"], Analysed(None, signature, row["message"])
    mentions = [Mention(m["start"], m["end"], EntityKind(m["kind"]), m["entity_id"], m["text"]) for m in mention_rows]
    claims = [
        Claim(
            subject=c["subject"],
            type=ClaimType(c["type"]),
            club=c["club"],
            stage=Stage(c["stage"]),
            sources=list(c["sources"] or []),
            conditions=list(c["conditions"] or []),
            hedged=bool(c["hedged"]),
            confidence=float(c["confidence"]),
            evidence=[Span(e["start"], e["end"], e["text"]) for e in c["evidence"] or []],
            subject_id=c["subject_id"] or "",
            club_id=c["club_id"] or "",
            subject_is_new=bool(c["subject_is_new"]),
        )
        for c in claim_rows
    ]
    lang = row["lang"]
    extraction = Extraction(article_id=row["id"], lang=lang, text="", mentions=mentions, claims=claims)
    return article, row["input"], Analysed(extraction, signature)


def load(
    directory: Path,
    engine: Any,
    kb: KnowledgeBase,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Store a batch job's output in the database behind `engine` (see the module docstring)."""
    return store_items(read_items(directory), engine, kb, batch_size=batch_size, progress=progress)
