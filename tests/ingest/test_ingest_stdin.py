"""Standard input (`-`): JSON Lines or one seed-format article, told apart by the first byte."""

import io
import json

import pytest

from mercato.ingest import ReadFailure, read_paths
from mercato.ingest.stdin import SOURCE, read_stdin
from mercato.model import Article


def test_json_lines_are_streamed_with_stdin_ids():
    data = "\n" + json.dumps({"id": "a1", "text": "Primo."}) + "\n" + json.dumps({"text": "Secondo."}) + "\n{bad\n"
    first, second, bad = read_stdin(io.BytesIO(data.encode()))
    assert isinstance(first, Article) and first.id == "a1"
    assert isinstance(second, Article) and second.id == "stdin-3"  # line numbers count the blank line
    assert isinstance(bad, ReadFailure) and bad.source == f"{SOURCE}:4"


def test_a_seed_format_text_is_one_article():
    (article,) = read_stdin(io.BytesIO(b" date 2024-12 Allegri verso Londra\n\nCorpo dell'articolo."))
    assert article == Article(
        id="stdin", title="Allegri verso Londra", text="Corpo dell'articolo.", published="2024-12"
    )


def test_a_byte_order_mark_before_json_is_skipped():
    (article,) = read_stdin(io.BytesIO(b"\xef\xbb\xbf" + json.dumps({"text": "Uno."}).encode()))
    assert isinstance(article, Article) and article.text == "Uno."


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty input"), (b" \n\t\n", "empty input"), (b"\x00\x01\x02binary", "binary file (contains NUL bytes)")],
)
def test_bad_input_fails_with_a_reason(data: bytes, reason: str):
    (failure,) = read_stdin(io.BytesIO(data))
    assert isinstance(failure, ReadFailure) and failure.reason.startswith(reason)


def test_input_over_the_limit_is_refused():
    (failure,) = read_stdin(io.BytesIO(b"x" * 3000), max_bytes=1000)
    assert failure == ReadFailure(SOURCE, "input too large (0.0 MB > 0.000953674 MB limit)")


def test_dash_reads_stdin_in_read_paths(monkeypatch: pytest.MonkeyPatch):
    fake = io.TextIOWrapper(io.BytesIO(b"Titolo\n\nTesto."), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    (article,) = read_paths(["-"])
    assert isinstance(article, Article) and article.id == "stdin" and article.title == "Titolo"
