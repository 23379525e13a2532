"""The benchmark corpus is reproducible; the benchmark itself runs only with `-m slow`."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_seeded_varied_and_news_sized():
    gen = load("gen_corpus")
    first = list(gen.generate(60, seed=3))
    assert first == list(gen.generate(60, seed=3))
    assert first != list(gen.generate(60, seed=4))
    assert len({a["text"] for a in first}) == 60
    assert all(1500 <= len(a["text"].encode()) <= 4000 for a in first)
    assert set(gen.LANGS) == {"it", "en", "es", "fr", "de", "pt"}


def test_the_corpus_is_valid_reader_input(tmp_path: Path):
    from mercato.ingest import read_paths
    from mercato.model import Article

    path = load("gen_corpus").write_corpus(tmp_path / "c.jsonl", 12, seed=1)
    assert all(isinstance(item, Article) for item in read_paths([path]))


@pytest.mark.slow
def test_the_benchmark_runs_and_writes_its_report(tmp_path: Path):
    out = tmp_path / "extract.json"
    corpus = tmp_path / "corpus.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "bench_extract.py"),
            "--corpus",
            str(corpus),
            "--n",
            "300",
            "--runs",
            "3",
            "--out",
            str(out),
            "--no-e2e",
        ],
        check=True,
    )
    report = json.loads(out.read_text())
    assert report["articles"] == 300 and report["runs"] == 3
    assert report["throughput_per_core"] > 0 and report["peak_rss_mb"] > 0
