"""Ingest: read → de-duplicate → extract → store, in committed batches.

    summary = ingest(["inbox/", "feed.jsonl"], engine, kb)

- **Exact duplicates** (same ``content_hash`` as a stored or earlier article of the run) are
  skipped: ingesting the same input twice adds nothing.
- **Near duplicates** (MinHash LSH, :mod:`mercato.ingest.dedupe`) are stored as articles of
  their own with ``copy_of`` pointing to the earliest version (by publication date; an earlier
  original that arrives later takes over as the root of the group), so that copies never count
  as independent confirmation later.
- Every ``batch_size`` articles are written in one transaction. A process killed mid-run loses
  only its open batch; re-running skips what was committed (exact duplicates) and resumes.
- Inputs that cannot be read, and articles whose extraction fails, are recorded in
  ``ingest_failures`` with their reason and reported in the summary; the run goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Connection, Engine

from mercato.extract import extract
from mercato.ingest import READERS, ReadFailure, ReadNotice, ReadResult, read_paths
from mercato.ingest.dedupe import DuplicateIndex, minhash_signature, signature_from_bytes, signature_to_bytes
from mercato.kb import Alias, KnowledgeBase
from mercato.model import Article, Claim, EntityKind, Extraction, Mention
from mercato.store import repo
from mercato.store.migrate import ensure_current
from mercato.store.schema import articles, claim_sources, claims, mentions

DEFAULT_BATCH = 200
PHASES = ("read", "extract", "dedupe", "store")
_MAX_ID = 200


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    claims: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    notices: list[tuple[str, str]] = field(default_factory=list)
    batches: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    #: seconds spent per phase: read, extract, dedupe, store (the rest is bookkeeping)
    timings: dict[str, float] = field(default_factory=lambda: dict.fromkeys(PHASES, 0.0))

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": len(self.failed),
            "failures": [{"source": s, "reason": r} for s, r in self.failed],
            "claims": self.claims,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 1),
            "interrupted": self.interrupted,
            "timings": {phase: round(t, 3) for phase, t in self.timings.items()},
        }


ProgressCallback = Callable[[IngestSummary], None]


def ingest(
    sources: Sequence[str | Path],
    engine: Engine,
    kb: KnowledgeBase,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int | None = None,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Ingest files, directories (recursively) and URLs into the database behind `engine`.

    The schema is created or migrated first. A KeyboardInterrupt stops after the last committed
    batch and returns the summary so far with ``interrupted`` set.
    """
    kwargs = {"max_bytes": max_bytes} if max_bytes is not None else {}
    items = ((item, source, None) for item, source in _read_all(sources, kwargs))
    return store_items(items, engine, kb, batch_size=batch_size, progress=progress)


@dataclass(frozen=True)
class Analysed:
    """What `extract` and `minhash_signature` gave for one article, computed ahead of the store
    (by a Spark job, :mod:`mercato.batch`): the extraction, or the reason it failed, and the
    MinHash signature of the body."""

    extraction: Extraction | None
    signature: list[int]
    error: str | None = None


#: One read result, the source argument it came from, and its precomputed analysis (None: compute here).
StoreItem = tuple[ReadResult, str, Analysed | None]


def store_items(
    items: Iterator[StoreItem],
    engine: Engine,
    kb: KnowledgeBase,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """De-duplicate and store read results in committed batches, in the order given: the part of
    `ingest` after reading, shared with the bulk load of a Spark job's output (`mercato batch load`),
    so that both build identical databases from the same input in the same order."""
    started = time.perf_counter()
    ensure_current(engine)
    summary = IngestSummary()
    writer = _Writer(kb)
    with engine.connect() as conn:
        writer.load_index(conn)
    batch: list[tuple[Article, str, Analysed | None]] = []
    batch_failures: list[tuple[str, str]] = []
    try:
        while True:
            tick = time.perf_counter()
            next_item = next(items, None)
            summary.timings["read"] += time.perf_counter() - tick
            if next_item is None:
                break
            item, source, analysed = next_item
            if isinstance(item, ReadFailure):
                summary.failed.append((item.source, item.reason))
                batch_failures.append((item.source, item.reason))
                continue
            if isinstance(item, ReadNotice):
                summary.notices.append((item.source, item.message))
                continue
            summary.read += 1
            batch.append((item, source, analysed))
            if len(batch) >= batch_size:
                _commit(engine, writer, batch, batch_failures, summary)
                batch, batch_failures = [], []
                summary.seconds = time.perf_counter() - started
                if progress:
                    progress(summary)
        if batch or batch_failures:
            _commit(engine, writer, batch, batch_failures, summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    if progress:
        progress(summary)
    return summary


def _read_all(sources: Sequence[str | Path], kwargs: dict[str, int]) -> Iterator[tuple[ReadResult, str]]:
    for source in sources:
        for item in read_paths([source], **kwargs):
            yield item, str(source)


def _commit(
    engine: Engine,
    writer: _Writer,
    batch: list[tuple[Article, str, Analysed | None]],
    batch_failures: list[tuple[str, str]],
    summary: IngestSummary,
) -> None:
    timings = summary.timings
    elsewhere = timings["extract"] + timings["dedupe"]
    started = time.perf_counter()
    with engine.begin() as conn:
        stats = writer.write(conn, batch, timings)
        if batch_failures or stats.failures:
            repo.record_failures(conn, [*batch_failures, *stats.failures])
    # the transaction, commit included, less the extraction and de-duplication inside it
    timings["store"] += time.perf_counter() - started - (timings["extract"] + timings["dedupe"] - elsewhere)
    # counted only once the transaction is committed
    summary.new += stats.new
    summary.duplicates += stats.duplicates
    summary.near_duplicates += stats.near_duplicates
    summary.claims += stats.claims
    summary.failed.extend(stats.failures)
    summary.batches += 1


def estimate_total(sources: Iterable[str | Path]) -> int | None:
    """How many articles `sources` hold, cheaply (files counted, JSONL lines counted), or None
    when some source cannot be sized in advance (a URL, a feed, an archive)."""
    total = 0
    for source in sources:
        path = Path(source)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if any(part.startswith(".") for part in file.parts[len(path.parts) :]):
                continue
            suffix = file.suffix.lower()
            if suffix in (".txt", ".html", ".htm"):
                total += 1
            elif suffix in (".jsonl", ".ndjson"):
                total += _count_lines(file)
            elif suffix in READERS or not file.exists():
                return None
    return total


def _count_lines(path: Path) -> int:
    count = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                count += chunk.count(b"\n")
    except OSError:
        return 0
    return count


# --------------------------------------------------------------------------- batch writer


@dataclass
class _BatchStats:
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    claims: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


class _Writer:
    """Turns a batch of articles into rows; holds the run's near-duplicate index."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index = DuplicateIndex()
        self.root_of: dict[str, str] = {}  # article id → root of its copy group (itself for originals)
        self.date_of: dict[str, str] = {}  # article id → sortable publication key
        self._aliases: dict[str, list[Alias]] | None = None
        self._outlet_by_name = {repo.fold_name(o.name): o.id for o in kb.outlets.values()}

    # ---- near-duplicate index

    def load_index(self, conn: Connection) -> None:
        """Rebuild the index from the stored signatures, oldest first, keeping the stored copy links."""
        for article_id, signature, content_hash, copy_of, published in repo.article_signatures(conn):
            self.index.add_signature(article_id, signature_from_bytes(signature), content_hash, copy_of or article_id)
            self.root_of[article_id] = copy_of or article_id
            self.date_of[article_id] = _date_key(published)

    def _root(self, article_id: str) -> str:
        seen = {article_id}
        root = self.root_of.get(article_id, article_id)
        while root != article_id and root not in seen:
            seen.add(root)
            article_id, root = root, self.root_of.get(root, root)
        return root

    # ---- one batch

    def write(
        self, conn: Connection, batch: list[tuple[Article, str, Analysed | None]], timings: dict[str, float]
    ) -> _BatchStats:
        stats = _BatchStats()
        spent = dict.fromkeys(PHASES, 0.0)
        hashes = [a.content_hash for a, _, _ in batch]
        stored = repo.existing_hashes(conn, set(hashes))
        fresh: list[tuple[Article, str, str, Analysed | None]] = []
        seen: set[str] = set()
        for (article, source, analysed), content_hash in zip(batch, hashes, strict=True):
            if content_hash in stored or content_hash in seen:
                stats.duplicates += 1
                continue
            seen.add(content_hash)
            fresh.append((article, source, content_hash, analysed))
        if not fresh:
            return stats

        taken = repo.existing_article_ids(conn, {_clean_id(a.id) for a, _, _, _ in fresh})
        article_rows: list[repo.Row] = []
        claim_rows: list[repo.Row] = []
        source_rows: list[repo.Row] = []
        mention_rows: list[repo.Row] = []
        entity_rows: dict[str, repo.Row] = {}
        repoints: list[tuple[str, str, float]] = []
        now = repo.utcnow()
        for article, source, content_hash, analysed in fresh:
            article_id = _clean_id(article.id)
            if article_id in taken:
                article_id = f"{article_id[: _MAX_ID - 11]}~{content_hash[:10]}"
            taken.add(article_id)
            tick = time.perf_counter()
            if analysed is None:
                try:
                    extraction = extract(article, self.kb)
                except Exception as exc:  # one article must never stop the batch
                    analysed = Analysed(None, [], extraction_error(exc))
                else:
                    analysed = Analysed(extraction, [])
            spent["extract"] += time.perf_counter() - tick
            if analysed.extraction is None:
                stats.failures.append((f"{source} ({article.id})", analysed.error or "extraction failed"))
                continue
            extraction = analysed.extraction
            tick = time.perf_counter()
            published, precision = repo.parse_published(article.published)
            # the body only: copyists rewrite headlines first (see mercato.ingest.dedupe)
            signature = analysed.signature or minhash_signature(article.text)
            verdict = self.index.check_signature(article_id, signature, content_hash)
            copy_of: str | None = None
            similarity: float | None = None
            if verdict.kind != "new" and verdict.of is not None:
                stats.near_duplicates += 1
                root = self._root(verdict.of)
                if _date_key(published) < self.date_of.get(root, "9999"):
                    # published before the group's original: this article becomes the original
                    repoints.append((root, article_id, verdict.similarity))
                    self._reroot(root, article_id)
                else:
                    copy_of, similarity = root, verdict.similarity
            self.index.add_signature(article_id, signature, content_hash, copy_of or article_id)
            self.date_of[article_id] = _date_key(published)
            self.root_of[article_id] = copy_of or article_id
            spent["dedupe"] += time.perf_counter() - tick
            outlet_id = self._article_outlet(article)
            if outlet_id:
                self._add_entity(entity_rows, EntityKind.OUTLET, outlet_id)
            article_rows.append(
                {
                    "id": article_id,
                    "url": article.url,
                    "outlet": article.outlet,
                    "outlet_id": outlet_id,
                    "published": published,
                    "published_precision": precision,
                    "lang": extraction.lang,
                    "title": article.title,
                    "text": article.text,
                    "content_hash": content_hash,
                    "source": source,
                    "copy_of": copy_of,
                    "near_similarity": similarity,
                    "minhash": signature_to_bytes(signature),
                    "ingested_at": now,
                }
            )
            self._rows_for(article_id, published, extraction, claim_rows, source_rows, mention_rows, entity_rows)
            stats.new += 1
        stats.claims = len(claim_rows)

        repo.insert_entities(conn, list(entity_rows.values()), self._alias_rows(entity_rows))
        repo.insert_rows(conn, articles, article_rows)
        for old_root, new_root, similarity in repoints:
            repo.repoint_copies(conn, old_root, new_root, similarity)
        repo.insert_rows(conn, mentions, mention_rows)
        repo.insert_rows(conn, claims, claim_rows)
        repo.insert_rows(conn, claim_sources, source_rows)
        for phase in ("extract", "dedupe"):
            timings[phase] += spent[phase]
        return stats

    def _reroot(self, old_root: str, new_root: str) -> None:
        for article_id, root in self.root_of.items():
            if root == old_root:
                self.root_of[article_id] = new_root
        self.root_of[old_root] = new_root
        self.root_of[new_root] = new_root

    def _article_outlet(self, article: Article) -> str | None:
        if article.url:
            outlet = self.kb.outlet_by_domain(article.url)
            if outlet is not None:
                return outlet.id
        if article.outlet:
            return self._outlet_by_name.get(repo.fold_name(article.outlet))
        return None

    def _rows_for(
        self,
        article_id: str,
        published: object,
        extraction: Extraction,
        claim_rows: list[repo.Row],
        source_rows: list[repo.Row],
        mention_rows: list[repo.Row],
        entity_rows: dict[str, repo.Row],
    ) -> None:
        for seq, mention in enumerate(extraction.mentions):
            self._add_entity(entity_rows, mention.kind, mention.entity_id, mention)
            mention_rows.append(
                {
                    "article_id": article_id,
                    "seq": seq,
                    "entity_id": mention.entity_id,
                    "kind": mention.kind.value,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text[:300],
                }
            )
        for seq, claim in enumerate(extraction.claims):
            claim_id = f"{article_id}#{seq}"
            subject_id = claim.subject_id or _new_person_id(claim.subject)
            self._add_entity(entity_rows, EntityKind.PERSON, subject_id, claim=claim)
            self._add_entity(entity_rows, EntityKind.CLUB, claim.club_id)
            claim_rows.append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "seq": seq,
                    "subject_id": subject_id,
                    "subject": claim.subject,
                    "type": claim.type.value,
                    "club_id": claim.club_id,
                    "club": claim.club,
                    "stage": claim.stage.value,
                    "hedged": claim.hedged,
                    "confidence": round(claim.confidence, 4),
                    "conditions": list(claim.conditions),
                    "evidence": [span.to_dict() for span in claim.evidence],
                    "published": published,
                    "lang": extraction.lang,
                }
            )
            for n, name in enumerate(claim.sources):
                outlet_id = self._outlet_by_name.get(repo.fold_name(name))
                if outlet_id:
                    self._add_entity(entity_rows, EntityKind.OUTLET, outlet_id)
                source_rows.append({"claim_id": claim_id, "seq": n, "name": name, "outlet_id": outlet_id})

    def _add_entity(
        self,
        rows: dict[str, repo.Row],
        kind: EntityKind,
        entity_id: str,
        mention: Mention | None = None,
        claim: Claim | None = None,
    ) -> None:
        if entity_id in rows:
            return
        kb = self.kb
        name, role, country, new = entity_id, None, None, False
        if kind is EntityKind.CLUB and entity_id in kb.clubs:
            club = kb.clubs[entity_id]
            name, country = club.name, club.country or None
        elif kind is EntityKind.PERSON and entity_id in kb.people:
            person = kb.people[entity_id]
            name, role, country = person.name, person.role, person.nationality or None
        elif kind is EntityKind.OUTLET and entity_id in kb.outlets:
            outlet = kb.outlets[entity_id]
            name, role, country = outlet.name, outlet.kind, outlet.country or None
        else:
            new = True
            name = claim.subject if claim else mention.text if mention else entity_id
        rows[entity_id] = {
            "id": entity_id,
            "kind": kind.value,
            "name": name[:300],
            "slug": repo.slugify(name)[:280],
            "role": role,
            "country": country,
            "new": new,
        }

    def _alias_rows(self, entity_rows: dict[str, repo.Row]) -> list[repo.Row]:
        if self._aliases is None:
            self._aliases = {}
            for alias in self.kb.aliases:
                self._aliases.setdefault(alias.entity_id, []).append(alias)
        rows: list[repo.Row] = []
        for entity_id, entity in entity_rows.items():
            rows.append(_alias_row(entity_id, entity["name"], "", "name"))
            for alias in self._aliases.get(entity_id, ()):
                rows.append(_alias_row(entity_id, alias.surface, alias.lang or "", alias.alias_type))
        return rows


def _alias_row(entity_id: str, surface: str, lang: str, alias_type: str) -> repo.Row:
    return {
        "entity_id": entity_id,
        "surface": surface[:300],
        "folded": repo.fold_name(surface)[:300],
        "lang": lang,
        "alias_type": alias_type,
    }


def extraction_error(exc: Exception) -> str:
    """The reason recorded for an article whose extraction raised `exc`."""
    return f"extraction failed: {type(exc).__name__}: {exc}"


def _clean_id(article_id: str) -> str:
    """Article ids are kept as given unless too long for the column: then cut, with a hash for uniqueness."""
    article_id = article_id.strip() or "article"
    if len(article_id) <= _MAX_ID:
        return article_id
    digest = hashlib.sha256(article_id.encode()).hexdigest()[:10]
    return f"{article_id[: _MAX_ID - 11]}~{digest}"


def _new_person_id(name: str) -> str:
    return "new:" + repo.slugify(name)


def _date_key(published: object) -> str:
    return str(published) if published is not None else "9999"
