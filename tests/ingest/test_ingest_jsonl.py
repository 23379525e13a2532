"""JSON Lines: one article per line; a bad line is reported as path:line and the rest goes on."""

import json
from pathlib import Path

import pytest

from mercato.ingest import ReadFailure, ReadNotice
from mercato.ingest.jsonl import article_from_record, read
from mercato.ingest.results import ReadError
from mercato.model import Article


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_all_fields():
    art = article_from_record(
        {
            "id": "x1",
            "text": "Kompany signs.",
            "title": "Bayern",
            "url": "https://example.org/a",
            "published": "2024-05-29T10:00:00Z",
            "lang": "EN-gb",
            "outlet": "Example News",
        },
        "fallback",
    )
    assert art == Article(
        id="x1",
        text="Kompany signs.",
        title="Bayern",
        url="https://example.org/a",
        published="2024-05-29",
        lang="en",
        outlet="Example News",
    )


def test_only_text_is_required():
    art = article_from_record({"text": "Sarri torna alla Lazio."}, "corpus-7")
    assert (art.id, art.title, art.lang, art.published) == ("corpus-7", "", None, None)


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ([1, 2], "expected a JSON object, got list"),
        ({"id": "a"}, "missing 'text' field"),
        ({"text": 42}, "'text' must be a string, got int"),
        ({"text": "  "}, "'text' is empty"),
        ({"text": "ok", "id": {"x": 1}}, "'id' must be a string or an integer, got dict"),
        ({"text": "ok", "title": ["t"]}, "'title' must be a string, got list"),
        ({"text": "ok", "published": "last week"}, "'published' must be an ISO date"),
        ({"text": "ok", "lang": "Italiano!"}, "'lang' must be a language code"),
    ],
)
def test_bad_records_say_which_field(record: object, reason: str):
    with pytest.raises(ReadError) as err:
        article_from_record(record, "d")
    assert err.value.reason.startswith(reason)


def test_a_malformed_line_is_skipped_and_the_rest_goes_on(tmp_path: Path):
    path = write_lines(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"id": "a", "text": "Flick rinnova."}),
            '{"id": "b", "text": "unterminated',
            "",
            json.dumps({"id": "c", "text": "Tudor resta."}),
        ],
    )
    results = list(read(path))
    assert [r.id for r in results if isinstance(r, Article)] == ["a", "c"]
    (failure,) = [r for r in results if isinstance(r, ReadFailure)]
    assert failure.source == f"{path}:2"
    assert failure.reason.startswith("malformed JSON: Unterminated string")


def test_an_oversized_line_is_skipped_without_reading_it_whole(tmp_path: Path):
    big = json.dumps({"id": "big", "text": "x" * 3000})
    path = write_lines(tmp_path / "f.jsonl", [big, json.dumps({"id": "ok", "text": "Fine."})])
    results = list(read(path, max_line_bytes=1000))
    assert isinstance(results[0], ReadFailure) and results[0].source == f"{path}:1"
    assert results[0].reason.startswith("line too large (0.0 MB > ")
    assert isinstance(results[1], Article) and results[1].id == "ok"


def test_a_line_that_is_not_utf8(tmp_path: Path):
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    results = list(read(path))
    assert results[1] == ReadFailure(f"{path}:2", "not valid UTF-8 (byte 0xe9 at column 14)")


def test_empty_and_binary_files(tmp_path: Path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\x00\x01\x02\x03")
    assert list(read(empty)) == [ReadFailure(str(empty), "empty file (no JSON lines)")]
    assert list(read(binary)) == [
        ReadFailure(str(binary), "binary file (contains NUL bytes), not JSON Lines")
    ]


def test_a_claims_file_is_passed_over_with_a_notice(tmp_path: Path):
    """mercato's own output and gold annotation files sit next to articles (../shared/eval/dev)."""
    path = write_lines(tmp_path / "gold.jsonl", [json.dumps({"id": "a", "lang": "it", "claims": []})])
    (notice,) = read(path)
    assert isinstance(notice, ReadNotice) and "claims file" in notice.message
