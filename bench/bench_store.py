"""Benchmark the store: ingest throughput into SQLite, and `rumours --club` query latency.

- ingest: a generated corpus (``gen_corpus.py``, ``--ingest-n`` articles) ingested end to end
  (read → de-duplicate → extract → store, committed in batches of 200) into a fresh SQLite file,
  in this process, on one core; articles/s over the whole run, plus seconds per phase. The
  knowledge base is loaded before the clock starts (a CLI run pays it once, ~0.5 s).
- query: a database of ``--query-n`` articles (default 100,000) with ~3 claims each, generated
  by bulk insert straight into the tables (real club and person entities from the knowledge
  base, their aliases, synthetic articles); then ``--queries`` look-ups of what
  ``mercato rumours --club X --format json`` does: resolve the name through the aliases
  (canonical names, short forms and nicknames such as "Hammers"), fetch the newest 100 claims
  with their sources, render JSON. p50/p95/max in milliseconds, measured in process (the
  command's own start-up, Python and imports, is timed once separately).

Writes ``bench/out/store.json`` and prints a table. ``make bench`` runs this.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from gen_corpus import write_corpus
from rich.console import Console
from rich.table import Table

from mercato.kb import load_kb
from mercato.pipeline import ingest
from mercato.store import ensure_current, make_engine, repo
from mercato.store.schema import articles, claim_sources, claims, entities
from mercato.views import RumourFormat, render_rumours

HERE = Path(__file__).resolve().parent
LANGS = ("it", "en", "es", "fr", "de", "pt")
BARS = {"ingest_articles_per_s": 300.0, "rumours_club_p95_ms": 50.0}
STAGES = {"move": ["speculation", "contact", "negotiation", "agreement", "official", "off"],
          "departure": ["risk", "official", "off"], "stay": ["speculation", "agreement", "official"]}  # fmt: skip
OUTLETS = ["Sky Sport", "Calciomercato.it", "The Athletic", "Marca", "L'Équipe", "Kicker", "A Bola", "Relevo"]


def bench_ingest(n: int, workdir: Path, runs: int) -> dict[str, Any]:
    """`runs` whole ingests of the same corpus, each into a new SQLite file; the median run is
    reported. The first run also pays the one-time compilation of the language tables."""
    corpus = workdir / "ingest-corpus.jsonl"
    write_corpus(corpus, n, seed=5)
    kb = load_kb()
    results = []
    for run in range(runs):
        engine = make_engine(str(workdir / f"ingest-{run}.db"))
        ensure_current(engine)
        started = time.perf_counter()
        summary = ingest([str(corpus)], engine, kb)
        seconds = time.perf_counter() - started
        engine.dispose()
        results.append(
            {
                "articles": summary.read,
                "new": summary.new,
                "claims": summary.claims,
                "near_duplicates": summary.near_duplicates,
                "seconds": round(seconds, 3),
                "articles_per_s": round(summary.read / seconds, 1),
                "phase_seconds": {k: round(v, 3) for k, v in summary.timings.items()},
                "store_only_articles_per_s": round(summary.read / max(summary.timings["store"], 1e-9), 1),
            }
        )
    median = sorted(results, key=lambda r: r["seconds"])[len(results) // 2]
    return {**median, "runs_seconds": [r["seconds"] for r in results]}


def build_query_db(path: Path, n: int, seed: int = 13) -> dict[str, Any]:
    """Bulk-insert `n` synthetic articles with ~3 claims each over real KB clubs and coaches/players."""
    rng = random.Random(seed)
    kb = load_kb()
    clubs = sorted(kb.clubs.values(), key=lambda c: (-kb.club_prominence.get(c.id, 10), c.id))[:300]
    people = sorted(kb.people.values(), key=lambda p: p.id)[:1000]
    engine = make_engine(str(path))
    ensure_current(engine)
    started = time.perf_counter()
    alias_index: dict[str, list[Any]] = {}
    for alias in kb.aliases:
        alias_index.setdefault(alias.entity_id, []).append(alias)
    entity_rows, alias_rows = [], []
    for kind, items in (("club", clubs), ("person", people)):
        for item in items:
            entity_rows.append({"id": item.id, "kind": kind, "name": item.name, "slug": repo.slugify(item.name),
                                "role": getattr(item, "role", None), "country": None, "new": False})  # fmt: skip
            alias_rows.append({"entity_id": item.id, "surface": item.name, "folded": repo.fold_name(item.name),
                               "lang": "", "alias_type": "name"})  # fmt: skip
            for a in alias_index.get(item.id, []):
                alias_rows.append({"entity_id": item.id, "surface": a.surface, "folded": repo.fold_name(a.surface),
                                   "lang": a.lang or "", "alias_type": a.alias_type})  # fmt: skip
    # popular clubs get more claims, as in the news
    weights = [1.0 / (i + 5) for i in range(len(clubs))]
    start_day = dt.date(2023, 1, 1)
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as conn:
        repo.insert_entities(conn, entity_rows, alias_rows)
    chunk = 5000
    n_claims = 0
    for base in range(0, n, chunk):
        article_rows, claim_rows, source_rows = [], [], []
        for i in range(base, min(base + chunk, n)):
            article_id = f"gen-{i:06d}"
            day = start_day + dt.timedelta(days=rng.randrange(900))
            outlet = rng.choice(OUTLETS)
            article_rows.append({
                "id": article_id, "url": f"https://example.org/{article_id}", "outlet": outlet, "outlet_id": None,
                "published": day, "published_precision": "day", "lang": rng.choice(LANGS),
                "title": f"Transfer news {i}", "text": f"Generated article {i} about the transfer market.",
                "content_hash": f"{i:064d}", "source": "bench", "copy_of": None, "near_similarity": None,
                "minhash": None, "ingested_at": now,
            })  # fmt: skip
            for seq in range(rng.choice((2, 3, 3, 4))):
                club = rng.choices(clubs, weights)[0]
                person = rng.choice(people)
                kind = rng.choice(("move", "move", "departure", "stay"))
                claim_id = f"{article_id}#{seq}"
                claim_rows.append({
                    "id": claim_id, "article_id": article_id, "seq": seq, "subject_id": person.id,
                    "subject": person.name, "type": kind, "club_id": club.id, "club": club.name,
                    "stage": rng.choice(STAGES[kind]), "hedged": rng.random() < 0.4,
                    "confidence": round(rng.uniform(0.4, 0.95), 3), "conditions": [],
                    "evidence": [{"start": 0, "end": 20, "text": "Generated article"}], "published": day,
                    "lang": article_rows[-1]["lang"],
                })  # fmt: skip
                source_rows.append({"claim_id": claim_id, "seq": 0, "name": outlet, "outlet_id": None})
        with engine.begin() as conn:
            repo.insert_rows(conn, articles, article_rows)
            repo.insert_rows(conn, claims, claim_rows)
            repo.insert_rows(conn, claim_sources, source_rows)
        n_claims += len(claim_rows)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return {"articles": n, "claims": n_claims, "clubs": len(clubs), "people": len(people),
            "build_seconds": round(time.perf_counter() - started, 1)}  # fmt: skip


def bench_queries(path: Path, queries: int, seed: int = 17) -> dict[str, Any]:
    kb = load_kb()
    engine = make_engine(str(path))
    rng = random.Random(seed)
    with engine.connect() as conn:
        club_ids = list(conn.scalars(sa.select(entities.c.id).where(entities.c.kind == "club")))
    names: list[str] = []
    for club_id in club_ids[:60]:
        surfaces = [a.surface for a in kb.aliases if a.entity_id == club_id and a.alias_type in ("name", "nickname")]
        names.extend([kb.clubs[club_id].name, *surfaces[:2]])
    names.append("Hammers")
    latencies: list[float] = []
    rows_returned: list[int] = []
    with engine.connect() as conn:
        for i in range(queries + 20):
            name = rng.choice(names)
            out = io.StringIO()
            tick = time.perf_counter()
            ids = [e.id for e in repo.resolve_entities(conn, name, "club")]
            rows = repo.query_claims(conn, repo.ClaimFilter(club_ids=ids, limit=100))
            render_rumours(rows, RumourFormat.JSON, out)
            elapsed = (time.perf_counter() - tick) * 1000
            if i >= 20:  # the first queries warm the page cache
                latencies.append(elapsed)
                rows_returned.append(len(rows))
    engine.dispose()
    latencies.sort()
    cli = [sys.executable, "-c", "from mercato.cli import main; main()", "rumours", "--club", "Hammers",
           "--format", "json", "--db", str(path)]  # fmt: skip
    tick = time.perf_counter()
    subprocess.run(cli, stdout=subprocess.DEVNULL, check=True)
    cli_seconds = time.perf_counter() - tick
    return {
        "queries": len(latencies),
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "max_ms": round(latencies[-1], 2),
        "mean_rows": round(statistics.mean(rows_returned), 1),
        "cli_wall_s": round(cli_seconds, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the mercato store.")
    parser.add_argument("--ingest-n", type=int, default=2000, help="articles in the ingest benchmark")
    parser.add_argument("--ingest-runs", type=int, default=3, help="whole ingest runs; the median is reported")
    parser.add_argument("--query-n", type=int, default=100_000, help="articles in the query database")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "store.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mercato-bench-") as tmp:
        workdir = Path(tmp)
        ingest_result = bench_ingest(args.ingest_n, workdir, args.ingest_runs)
        db = workdir / "query.db"
        build = build_query_db(db, args.query_n)
        query_result = bench_queries(db, args.queries)
        build["db_mb"] = round(db.stat().st_size / 1e6, 1)
    result = {
        "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()},
        "ingest_sqlite": ingest_result,
        "query_db": build,
        "rumours_club": query_result,
        "bars": BARS,
        "meets_bars": {
            "ingest_articles_per_s": ingest_result["articles_per_s"] >= BARS["ingest_articles_per_s"],
            "rumours_club_p95_ms": query_result["p95_ms"] <= BARS["rumours_club_p95_ms"],
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    table = Table(title="store benchmark", header_style="bold")
    for column in ("measure", "value", "bar"):
        table.add_column(column)
    runs = ", ".join(f"{s} s" for s in ingest_result["runs_seconds"])
    rate = f"{ingest_result['articles_per_s']} articles/s"
    table.add_row(f"ingest into SQLite (end to end), median of runs: {runs}", rate, "≥ 300")
    phases = ", ".join(f"{k} {v}s" for k, v in ingest_result["phase_seconds"].items())
    table.add_row(f"  phases ({ingest_result['articles']} articles)", phases, "")
    table.add_row(f"rumours --club p50 ({build['articles']} articles)", f"{query_result['p50_ms']} ms", "")
    table.add_row("rumours --club p95", f"{query_result['p95_ms']} ms", "< 50 ms")
    table.add_row("rumours --club, whole CLI process", f"{query_result['cli_wall_s']} s", "")
    Console().print(table)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
