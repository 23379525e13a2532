"""`read_paths`: files and directories in, Articles and per-item failures out, never an exception."""

import json
from pathlib import Path

from mercato.ingest import ReadFailure, read_paths
from mercato.model import Article


def make_tree(root: Path) -> None:
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "z.txt").write_text("date 2025-01\nZ\n\nZeta.", encoding="utf-8")
    (root / "a.txt").write_text("A\n\nAlpha.", encoding="utf-8")
    (root / "b" / "c.html").write_text(
        "<html><body><article><p>Gamma is a long enough paragraph of text "
        "about a coach and a club.</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "b" / "deeper" / "d.jsonl").write_text(json.dumps({"id": "d1", "text": "Delta."}) + "\n")
    (root / "b" / "notes.md").write_text("not an article")
    (root / ".hidden" / "e.txt").write_text("Hidden.")


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path):
    make_tree(tmp_path)
    ids = [r.id for r in read_paths([tmp_path]) if isinstance(r, Article)]
    assert ids == [
        "a",
        "c",
        "d1",
        "z",
    ]  # a.txt, b/c.html, b/deeper/d.jsonl, z.txt; .hidden and .md passed over


def test_paths_keep_the_order_given(tmp_path: Path):
    make_tree(tmp_path)
    ids = [r.id for r in read_paths([tmp_path / "z.txt", tmp_path / "a.txt"]) if isinstance(r, Article)]
    assert ids == ["z", "a"]


def test_missing_unsupported_and_empty_directory(tmp_path: Path):
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7")
    results = list(read_paths([tmp_path / "nope.txt", tmp_path / "report.pdf", tmp_path / "empty-dir"]))
    assert results == [
        ReadFailure(str(tmp_path / "nope.txt"), "no such file or directory"),
        ReadFailure(
            str(tmp_path / "report.pdf"),
            "unsupported file type (.pdf); expected .txt, .html, .htm, .jsonl, .ndjson, "
            ".xml, .rss, .atom, .feed, .warc, .warc.gz, .urls, .urls.txt",
        ),
        ReadFailure(
            str(tmp_path / "empty-dir"),
            "no article files (.txt, .html, .htm, .jsonl, .ndjson, "
            ".xml, .rss, .atom, .feed, .warc, .warc.gz, .urls, .urls.txt) in this directory",
        ),
    ]


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: instant, takes no disk
        f.truncate(50 * 1024 * 1024)
    (failure,) = read_paths([huge])
    assert failure == ReadFailure(str(huge), "file too large (50.0 MB > 20 MB limit)")
