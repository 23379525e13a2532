"""`batch extract` + `batch load` build the database `ingest` builds from the same input.

The corpus is generated here: JSON Lines and WARC.gz shards with exact and near copies (some
crossing formats), plus a JSONL file with a malformed line in a later byte range, an id that
clashes with another article's, and a truncated WARC. Both runs use SQLite.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from mercato.batch.job import run_extract
from mercato.batch.plan import plan_units
from mercato.cli import app
from mercato.dev.scale import write_corpus_dir
from mercato.store.schema import aliases, articles, claim_sources, claims, entities, ingest_failures, mentions

runner = CliRunner()


def _corpus(root: Path) -> list[str]:
    stats = write_corpus_dir(root / "news", 240, seed=11, shard_size=60, warc_share=0.25, copy_rate=0.2)
    assert stats.exact_copies and stats.near_copies
    extra = root / "extra"
    extra.mkdir()
    first = json.loads((root / "news" / "jsonl" / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()[0])
    lines = [
        json.dumps(
            {
                "id": "clash",
                "title": "Allegri, il punto",
                "text": "Il Milan ha avviato i contatti con Massimiliano Allegri.",
                "published": "2025-01-03",
            }
        ),
        json.dumps(
            {
                "id": "clash",
                "text": "West Ham have sacked Julen Lopetegui after a run of defeats.",
                "published": "2025-01-04",
            }
        ),
        *[
            json.dumps({"text": f"Roma e Claudio Ranieri: accordo raggiunto fino al 2026. Nota {i}."})
            for i in range(30)
        ],
        '{"id": "broken", "text": ',
        json.dumps({**first, "id": "resent"}),  # an exact copy of an article read earlier
        json.dumps({"id": "late", "text": "Laut Kicker hat Bayern Kontakt zu Xabi Alonso aufgenommen."}),
    ]
    (extra / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = (root / "news" / "warc" / "part-00000.warc.gz").read_bytes()
    (extra / "cut.warc.gz").write_bytes(whole[: len(whole) // 3])
    assert gzip.decompress(whole)  # the original is whole
    return [str(root / "news"), str(extra / "mixed.jsonl"), str(extra / "cut.warc.gz"), str(root / "missing")]


def _dump(url: str) -> dict[str, Any]:
    engine = sa.create_engine(url)
    skip = {"ingested_at", "at"}
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for table in (articles, entities, aliases, mentions, claims, claim_sources, ingest_failures):
            columns = [c for c in table.c if c.name not in skip]
            rows = conn.execute(sa.select(*columns).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    engine.dispose()
    return out


def test_batch_extract_then_load_equals_ingest(spark: Any, tmp_path: Path) -> None:
    inputs = _corpus(tmp_path)
    split = 16_000  # small ranges: the JSONL files are read in several parts
    assert any(u.kind == "range" and u.start > 0 for u in plan_units(inputs, split_bytes=split))

    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    result = runner.invoke(app, ["ingest", *inputs, "--db", ingest_url])
    assert result.exit_code == 1, result.output  # the missing path, the cut WARC, the broken line

    out = tmp_path / "parquet"
    summary = run_extract(spark, inputs, out, split_bytes=split, partitions=5)
    assert summary.articles > 240 and summary.claims > 0 and summary.failures >= 3
    assert (out / "articles").is_dir() and any((out / "articles").glob("month=*/lang=*/*.parquet"))
    assert any((out / "claims").glob("month=*/lang=*/*.parquet"))
    claims_frame = spark.read.parquet(str(out / "claims"))  # Spark reads it back, partitions as columns
    assert claims_frame.count() == summary.claims and {"month", "lang", "stage"} <= set(claims_frame.columns)

    batch_url = f"sqlite:///{tmp_path / 'batch.db'}"
    result = runner.invoke(app, ["batch", "load", str(out), "--db", batch_url])
    assert result.exit_code == 1, result.output

    expected, got = _dump(ingest_url), _dump(batch_url)
    for table in expected:
        assert got[table] == expected[table], table
    assert any(row[articles.c.keys().index("copy_of")] for row in got["articles"])  # near copies linked
    assert {r[2] for r in got["ingest_failures"]} >= {"no such file or directory"}

    # idempotent: loading again adds nothing
    result = runner.invoke(app, ["batch", "load", str(out), "--db", batch_url])
    again = _dump(batch_url)
    assert {t: len(r) for t, r in again.items() if t != "ingest_failures"} == {
        t: len(r) for t, r in got.items() if t != "ingest_failures"
    }
    assert json.loads(result.stdout.strip().splitlines()[-1])["new"] == 0


def test_batch_extract_command_and_remote_uri(spark: Any, tmp_path: Path) -> None:
    """The CLI, reading a Hadoop URI (file://) through Spark's binaryFile source."""
    write_corpus_dir(tmp_path / "c", 30, seed=2, shard_size=20, warc_share=0.3)
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", "extract", f"file://{tmp_path / 'c'}", "--output", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 30 and summary["failures"] == 0
    local = run_extract(spark, [str(tmp_path / "c")], tmp_path / "local")
    assert (local.articles, local.mentions, local.claims) == (30, summary["mentions"], summary["claims"])


@pytest.mark.parametrize("n", [0])
def test_gen_corpus_is_reproducible(tmp_path: Path, n: int) -> None:
    for name in ("a", "b"):
        result = runner.invoke(
            app, ["dev", "gen-corpus", "--articles", "50", "--out", str(tmp_path / name), "--seed", "5"]
        )
        assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files and all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    stats = json.loads(result.stdout)
    assert set(stats["per_lang"]) == {"it", "en", "es", "fr", "de", "pt"}
