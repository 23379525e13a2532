"""A corpus for scale work: `mercato dev gen-corpus --articles N --out DIR`.

Builds on the benchmark's article generator (:mod:`mercato.dev.corpus`: six languages, real
club, people and outlet names, 1.5-3 KB per article) and adds what an archive of real news has:

- an outlet and a url per article (outlets of the article's language, made-up paths);
- **copies**: a share of articles (`copy_rate`) re-publish an earlier one under another outlet:
  a third verbatim (an exact duplicate: same title and text), the rest with a new headline and
  one sentence rewritten (a near-duplicate), a few days later;
- sharded output: ``DIR/jsonl/part-NNNNN.jsonl`` (one article per line, no ``lang``: language
  identification runs) and, for a share of the articles (`warc_share`), HTML pages in
  ``DIR/warc/part-NNNNN.warc.gz`` (WARC/1.0 response records, as CC-NEWS holds them).

Everything follows from the seed: the same arguments give the same files (WARC record ids and
dates included).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import html
import io
import json
import random
import re
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mercato.dev.corpus import FILLER, LANGS, OUTLETS, make_article

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class CorpusStats:
    articles: int = 0
    exact_copies: int = 0
    near_copies: int = 0
    per_lang: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    bytes: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "exact_copies": self.exact_copies,
            "near_copies": self.near_copies,
            "per_lang": dict(sorted(self.per_lang.items())),
            "files": self.files,
            "bytes": self.bytes,
        }


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:60] or "x"


def _domain(outlet: str) -> str:
    return _slug(outlet).replace("-", "") + ".example"


def _lang_of(record: dict[str, str]) -> str:
    return record["_lang"]


def generate_records(n: int, seed: int = 7, copy_rate: float = 0.08) -> Iterator[dict[str, str]]:
    """`n` article records with outlet and url; a `copy_rate` share are copies of earlier ones.

    Records carry the generator's own ``_lang`` and ``_copy`` keys (for statistics); writers
    drop keys starting with ``_``.
    """
    rng = random.Random(seed)
    body_rng = random.Random(seed * 1_000_003 + 1)
    made: deque[dict[str, str]] = deque(maxlen=2000)  # copies draw from the recent past
    for i in range(n):
        if made and rng.random() < copy_rate:
            record = _copy_of(rng, rng.choice(made), i)
        else:
            record = make_article(body_rng, i)
            lang = LANGS[i % len(LANGS)] if i < len(LANGS) else _guess_lang(record)
            record["_lang"] = lang
            record["_copy"] = ""
            record["outlet"] = rng.choice([o for o in OUTLETS[lang] if " " in o or "." in o] or OUTLETS[lang])
        record["id"] = f"gen-{i:07d}"
        record["url"] = f"https://www.{_domain(record['outlet'])}/{record['published']}/{_slug(record['title'])}-{i}"
        made.append(record)
        yield record


def _guess_lang(record: dict[str, str]) -> str:
    """The language `make_article` chose: the one whose filler sentences the text uses."""
    text = record["text"]
    best, score = LANGS[0], -1
    for lang in LANGS:
        hits = sum(1 for sentence in FILLER[lang] if sentence.split("{")[0][:25] in text)
        if hits > score:
            best, score = lang, hits
    return best


def _copy_of(rng: random.Random, original: dict[str, str], index: int) -> dict[str, str]:
    lang = original["_lang"]
    published = dt.date.fromisoformat(original["published"]) + dt.timedelta(days=rng.randint(0, 3))
    outlet = rng.choice([o for o in OUTLETS[lang] if o != original["outlet"]] or OUTLETS[lang])
    record = dict(original, published=published.isoformat(), outlet=outlet, _copy="exact")
    if rng.random() < 2 / 3:
        # a rewritten headline and one sentence changed: a near-duplicate
        paragraphs = record["text"].split("\n\n")
        k = rng.randrange(len(paragraphs))
        sentences = paragraphs[k].split(". ")
        j = rng.randrange(len(sentences))
        replacement = rng.choice(FILLER[lang]).replace("{n}", str(rng.randint(2, 90))).replace("{m}", "")
        sentences[j] = replacement.rstrip(".")
        paragraphs[k] = ". ".join(sentences)
        record["text"] = "\n\n".join(paragraphs)
        record["title"] = f"{original['title']} ({outlet})"
        record["_copy"] = "near"
    return record


def page_html(record: dict[str, str]) -> str:
    """An outlet's page for one article: title, publication date and site name in the head."""
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n\n"))
    title = html.escape(record["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{record["_lang"]}"><head><meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:site_name" content="{html.escape(record["outlet"])}">\n'
        f'<meta property="article:published_time" content="{record["published"]}T09:00:00Z">\n'
        f'</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>\n'
        f"<article><h1>{title}</h1>\n{paragraphs}\n</article>\n"
        f"<footer>© {html.escape(record['outlet'])}</footer></body></html>\n"
    )


def _warc_record(record: dict[str, str]) -> bytes:
    """One gzip member holding a WARC/1.0 response record (deterministic: ids from the url)."""
    body = page_html(record).encode("utf-8")
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    record_id = uuid.UUID(hashlib.sha256(record["url"].encode()).hexdigest()[:32])
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Record-ID", f"<urn:uuid:{record_id}>"),
        ("WARC-Date", f"{record['published']}T12:00:00Z"),
        ("WARC-Target-URI", record["url"]),
        ("Content-Type", "application/http; msgtype=response"),
        ("Content-Length", str(len(http))),
    ]
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    raw = head.encode("utf-8") + http + b"\r\n\r\n"
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return out.getvalue()


def write_corpus_dir(
    out: Path,
    articles: int,
    *,
    seed: int = 7,
    shard_size: int = 5000,
    warc_share: float = 0.2,
    copy_rate: float = 0.08,
) -> CorpusStats:
    """Write the corpus under `out` (``jsonl/`` and ``warc/`` shards); returns what was written.

    An article goes to the WARC shards when its seeded draw falls under `warc_share`, so the
    two formats interleave (and copies cross formats, as they do on the web).
    """
    stats = CorpusStats()
    route = random.Random(seed * 7919 + 3)
    writers: dict[str, _ShardWriter] = {
        "jsonl": _ShardWriter(out / "jsonl", ".jsonl", shard_size),
        "warc": _ShardWriter(out / "warc", ".warc.gz", shard_size),
    }
    for record in generate_records(articles, seed, copy_rate):
        stats.articles += 1
        lang = _lang_of(record)
        stats.per_lang[lang] = stats.per_lang.get(lang, 0) + 1
        if record["_copy"] == "exact":
            stats.exact_copies += 1
        elif record["_copy"] == "near":
            stats.near_copies += 1
        if route.random() < warc_share:
            writers["warc"].write(_warc_record(record))
        else:
            public = {k: v for k, v in record.items() if not k.startswith("_")}
            writers["jsonl"].write((json.dumps(public, ensure_ascii=False) + "\n").encode("utf-8"))
    for writer in writers.values():
        writer.close()
        stats.files.extend(str(p) for p in writer.paths)
        stats.bytes += sum(p.stat().st_size for p in writer.paths)
    return stats


class _ShardWriter:
    def __init__(self, directory: Path, suffix: str, shard_size: int) -> None:
        self.directory, self.suffix, self.shard_size = directory, suffix, max(1, shard_size)
        self.paths: list[Path] = []
        self._handle: io.BufferedWriter | None = None
        self._count = 0

    def write(self, data: bytes) -> None:
        if self._handle is None or self._count >= self.shard_size:
            self.close()
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self.directory / f"part-{len(self.paths):05d}{self.suffix}"
            self.paths.append(path)
            self._handle = path.open("wb")
            self._count = 0
        self._handle.write(data)
        self._count += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
