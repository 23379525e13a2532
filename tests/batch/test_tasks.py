"""The task side without Spark: units, byte ranges, flushes and the loader's replay order."""

from __future__ import annotations

from pathlib import Path

from mercato.batch.load import read_items
from mercato.batch.plan import plan_units
from mercato.batch.tasks import run_partition
from mercato.dev.scale import write_corpus_dir
from mercato.ingest import ReadFailure, read_paths
from mercato.model import Article


def test_ranges_and_flushes_replay_the_ingest_order(tmp_path: Path) -> None:
    write_corpus_dir(tmp_path / "c", 90, seed=4, shard_size=45, warc_share=0.2)
    bad = tmp_path / "c" / "jsonl" / "part-00000.jsonl"
    lines = bad.read_text(encoding="utf-8").splitlines()
    lines.insert(25, '{"text": ')  # a malformed line deep in the file: its line number must survive
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [str(tmp_path / "c")]
    units = plan_units(inputs, split_bytes=20_000)
    assert sum(u.kind == "range" for u in units) > 3

    out = tmp_path / "out"
    # two "tasks" over interleaved units, each flushing every 20 records
    for part, mine in enumerate((units[0::2], units[1::2])):
        run_partition([u.to_row() for u in mine], str(out), f"{part:05d}", flush_rows=20)
    replay = [item for item, _, _ in read_items(out)]
    expected = list(read_paths(inputs))
    assert [getattr(i, "id", None) or (i.source, i.reason) for i in replay] == [
        getattr(i, "id", None) or (i.source, i.reason) for i in expected
    ]
    assert any(isinstance(i, ReadFailure) and i.source.endswith(":26") for i in replay)
    assert all(
        a.content_hash == b.content_hash for a, b in zip(replay, expected, strict=True) if isinstance(a, Article)
    )
