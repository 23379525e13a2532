"""Benchmark extraction: throughput per core, peak memory, knowledge-base load time.

- throughput: one process (one core), the whole corpus extracted in one timed loop per run;
  the median of ``--runs`` runs (default 5) is reported. Reading and parsing the JSONL is not
  in the timed loop (it is timed separately as "ingest").
- peak memory: ``ru_maxrss`` of this process after loading the full knowledge base and
  extracting every article.
- KB load: *cold* is ``load_kb()`` in a fresh Python process (no in-process state; the
  compiled-KB cache on disk is used as a user would get it), median of 3 processes; *without
  cache* is the same with ``use_cache=False`` (the build a machine's first run pays); *warm* is
  a repeated ``load_kb()`` in an already-loaded process, median of 5.
- end to end: ``mercato extract CORPUS --format jsonl > /dev/null`` wall time, once.

Writes ``bench/out/extract.json`` and prints a table. ``make bench`` runs this.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from gen_corpus import DEFAULT_OUT as DEFAULT_CORPUS
from gen_corpus import write_corpus
from rich.console import Console
from rich.table import Table

from mercato.extract import extract
from mercato.extract.compiled import compiled_modules
from mercato.ingest import ReadFailure, read_paths
from mercato.kb import load_kb
from mercato.model import Article

HERE = Path(__file__).resolve().parent
BARS = {"throughput_per_core": 1000.0, "peak_rss_mb": 500.0, "kb_load_cold_s": 1.0}
_COLD_LOAD = (
    "import json, sys, time\n"
    "t0 = time.perf_counter()\n"
    "from mercato.kb import load_kb\n"
    "t1 = time.perf_counter()\n"
    "load_kb(use_cache=sys.argv[1] == 'cache')\n"
    "t2 = time.perf_counter()\n"
    "print(json.dumps({'import_s': t1 - t0, 'load_s': t2 - t1}))\n"
)


def cold_kb_load(cache: bool, repeats: int = 3) -> dict[str, float]:
    """`load_kb()` in fresh processes: with the compiled cache (a user's normal start) or without
    it (building from the shipped data files, as on the very first run on a machine)."""
    runs = []
    argv = [sys.executable, "-c", _COLD_LOAD, "cache" if cache else "no-cache"]
    for _ in range(repeats):
        out = subprocess.run(argv, capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    return {
        "import_s": statistics.median(r["import_s"] for r in runs),
        "load_s": statistics.median(r["load_s"] for r in runs),
    }


def warm_kb_load(repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        load_kb()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def read_corpus(path: Path) -> tuple[list[Article], float]:
    t0 = time.perf_counter()
    articles = []
    for item in read_paths([path]):
        if isinstance(item, ReadFailure):
            raise SystemExit(f"corpus line unreadable: {item.source}: {item.reason}")
        if isinstance(item, Article):
            articles.append(item)
    return articles, time.perf_counter() - t0


def end_to_end(path: Path) -> float:
    mercato = Path(sys.executable).with_name("mercato")
    t0 = time.perf_counter()
    subprocess.run(
        [str(mercato), "extract", str(path), "--format", "jsonl"], stdout=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - t0


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE)
    return out.stdout.strip() or "unknown"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark mercato extraction.")
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL corpus (generated if missing)"
    )
    parser.add_argument("--n", type=int, default=5000, help="articles to generate when the corpus is missing")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--runs", type=int, default=5, help="timed runs over the whole corpus (median reported)"
    )
    parser.add_argument("--out", type=Path, default=HERE / "out" / "extract.json")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end CLI run")
    args = parser.parse_args()

    if not args.corpus.exists():
        write_corpus(args.corpus, args.n, args.seed)

    no_cache = cold_kb_load(cache=False)
    cold = cold_kb_load(cache=True)
    t0 = time.perf_counter()
    kb = load_kb()
    first_in_process = time.perf_counter() - t0
    warm = warm_kb_load()
    articles, ingest_s = read_corpus(args.corpus)

    extract(articles[0], kb)  # let lazily compiled tables build before timing
    run_times: list[float] = []
    claims = 0
    for _ in range(max(args.runs, 1)):
        t0 = time.perf_counter()
        claims = sum(len(extract(article, kb).claims) for article in articles)
        run_times.append(time.perf_counter() - t0)
    median_s = statistics.median(run_times)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    e2e_s = None if args.no_e2e else end_to_end(args.corpus)

    n = len(articles)
    result = {
        "articles": n,
        "corpus_mb": round(args.corpus.stat().st_size / 1e6, 2),
        "runs": len(run_times),
        "run_seconds": [round(t, 3) for t in run_times],
        "median_seconds": round(median_s, 3),
        "throughput_per_core": round(n / median_s, 1),
        "claims_per_article": round(claims / n, 2),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "kb_import_cold_s": round(cold["import_s"], 3),
        "kb_load_cold_s": round(cold["load_s"], 3),
        "kb_build_no_cache_s": round(no_cache["load_s"], 3),
        "kb_load_first_in_process_s": round(first_in_process, 3),
        "kb_load_warm_s": round(warm, 4),
        "ingest_articles_per_s": round(n / ingest_s, 1),
        "end_to_end_seconds": None if e2e_s is None else round(e2e_s, 2),
        "python": platform.python_version(),
        "extractor": "compiled (mypyc)" if compiled_modules() else "pure Python",
        "cpu": cpu_model(),
        "commit": commit(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print_table(result)
    Console().print(f"written to {args.out}")


def print_table(r: dict) -> None:
    def bar(key: str, higher_is_better: bool = False) -> str:
        value, limit = r[key], BARS[key]
        ok = value >= limit if higher_is_better else value < limit
        return f"{'pass' if ok else 'FAIL'} ({'≥' if higher_is_better else '<'} {limit:g})"

    table = Table(
        title=f"mercato extract benchmark — {r['articles']} articles, {r['corpus_mb']} MB, {r['cpu']}"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("bar")
    table.add_row(
        "throughput (articles/s, 1 core, median)",
        f"{r['throughput_per_core']:,.0f}",
        bar("throughput_per_core", higher_is_better=True),
    )
    table.add_row("extractor build", r["extractor"], "")
    table.add_row("run times (s)", ", ".join(f"{t:.2f}" for t in r["run_seconds"]), "")
    table.add_row("claims per article", f"{r['claims_per_article']}", "")
    table.add_row("peak memory (MB, full KB loaded)", f"{r['peak_rss_mb']:.0f}", bar("peak_rss_mb"))
    table.add_row("KB load, cold (s, fresh process)", f"{r['kb_load_cold_s']:.3f}", bar("kb_load_cold_s"))
    table.add_row("KB build without cache (s, first run)", f"{r['kb_build_no_cache_s']:.3f}", "")
    table.add_row("KB import of mercato.kb, cold (s)", f"{r['kb_import_cold_s']:.3f}", "")
    table.add_row("KB load, warm (s, same process)", f"{r['kb_load_warm_s']:.4f}", "")
    table.add_row("ingest JSONL (articles/s)", f"{r['ingest_articles_per_s']:,.0f}", "")
    if r["end_to_end_seconds"] is not None:
        table.add_row("end to end: mercato extract → jsonl (s)", f"{r['end_to_end_seconds']:.2f}", "")
    Console().print(table)


if __name__ == "__main__":
    main()
