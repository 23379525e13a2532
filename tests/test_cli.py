"""`mercato extract` as a user runs it: output formats, the jsonl contract, and bad input.

Bad input never stops a batch: each unreadable file gets one line on stderr,
``mercato: skipped PATH: reason``, the other files are still extracted and printed, and the
exit code is 1 (2 is for usage errors, 0 when every input was read).
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mercato import __version__
from mercato.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ARTICLE_KEYS = {"id", "lang", "claims"}
CLAIM_KEYS = {"subject", "type", "club", "stage", "sources", "conditions", "hedged", "confidence", "evidence"}
EVIDENCE_KEYS = {"start", "end", "text"}

runner = CliRunner()

GOOD = (
    "date 2025-06-02\nSarri torna alla Lazio\n\nUfficiale: Maurizio Sarri è il nuovo allenatore della Lazio."
)


def run(*args: str | Path):
    return runner.invoke(app, ["extract", *map(str, args)])


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


# --- output --------------------------------------------------------------------------------


def test_jsonl_lines_have_exactly_the_contract_keys():
    result = run(SAMPLES, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    rows = jsonl(result.stdout)
    assert [row["id"] for row in rows] == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    for row in rows:
        assert set(row) == ARTICLE_KEYS
        assert row["lang"] in {"it", "en", "es", "fr", "de", "pt"}
        for claim in row["claims"]:
            assert set(claim) == CLAIM_KEYS
            assert all(set(span) == EVIDENCE_KEYS for span in claim["evidence"])


def test_jsonl_keeps_non_ascii_characters(good: Path):
    result = run(good)
    assert result.exit_code == 0
    assert "\\u" not in result.stdout
    (row,) = jsonl(result.stdout)
    assert row["id"] == "good"


def test_json_is_one_list_of_the_jsonl_objects(good: Path):
    as_json = json.loads(run(good, SAMPLES, "--format", "json").stdout)
    as_jsonl = jsonl(run(good, SAMPLES, "--format", "jsonl").stdout)
    assert as_json == as_jsonl


def test_json_with_nothing_read_is_an_empty_list(tmp_path: Path):
    result = run(tmp_path / "missing.txt", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_table_has_the_documented_columns_and_every_article(good: Path):
    result = run(good, "--format", "table")
    assert result.exit_code == 0
    for column in ("article", "subject", "type", "club", "stage", "sources", "conditions", "hedged"):
        assert column in result.stdout
    assert "good" in result.stdout


def test_lang_forces_the_language_of_every_article(good: Path):
    (row,) = jsonl(run(good, "--lang", "pt").stdout)
    assert row["lang"] == "pt"


def test_version():
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"mercato {__version__}"


# --- bad input: one clear line on stderr, the rest still processed, exit code 1 -----------


def _binary(path: Path) -> None:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 8)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _undecodable(path: Path) -> None:
    path.write_bytes(b"date 2025-01\n\x81\x8d\x8f\x90\x9d\x81\x8d\n\nAncelotti \x81\x90\x9d Brasil")


def _huge(path: Path) -> None:
    with path.open("wb") as f:  # a sparse 50 MB file: instant and takes no disk space
        f.truncate(50 * 1024 * 1024)


def _broken_html(path: Path) -> None:
    path.write_text("<html><head><title>Mercato</title></head><body><div class='ad'><script>x=1</script><p")


def _malformed_jsonl(path: Path) -> None:
    path.write_text('{"id": "j1", "text": "Flick rinnova con il Barcellona."}\n{"id": "j2", "text": \n')


BAD_INPUTS = [
    ("binary.txt", _binary, "binary.txt: binary file (contains NUL bytes), not a text article"),
    ("empty.txt", _empty, "empty.txt: empty file (0 bytes)"),
    (
        "garbled.txt",
        _undecodable,
        "garbled.txt: undecodable bytes: not UTF-8 (invalid byte 0x81 at offset 13)",
    ),
    ("huge.txt", _huge, "huge.txt: file too large (50.0 MB > 20 MB limit)"),
    ("broken.html", _broken_html, "broken.html: no main text found in the HTML (broken or empty page)"),
    ("feed.jsonl", _malformed_jsonl, "feed.jsonl:2: malformed JSON: Expecting value (column 22)"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_a_bad_file_is_reported_and_the_others_still_processed(tmp_path, good, name, make, message):
    bad = tmp_path / name
    make(bad)
    result = run(bad, good)
    assert result.exit_code == 1
    assert any(
        line.startswith(f"mercato: skipped {tmp_path}/{message}") for line in result.stderr.splitlines()
    )
    assert "good" in [row["id"] for row in jsonl(result.stdout)]


def test_a_directory_of_mixed_good_and_bad_files(tmp_path: Path, good: Path):
    for name, make, _ in BAD_INPUTS:
        make(tmp_path / name)
    result = run(tmp_path)
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("mercato: skipped ")]
    assert len(skipped) == len(BAD_INPUTS)
    assert [row["id"] for row in jsonl(result.stdout)] == ["j1", "good"]  # feed.jsonl line 1, good.txt


def test_a_missing_path_is_a_failure_not_a_crash(tmp_path: Path, good: Path):
    result = run(tmp_path / "nope", good)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"mercato: skipped {tmp_path}/nope: no such file or directory"
    assert len(jsonl(result.stdout)) == 1


def test_a_windows_1252_file_is_read_with_a_note_and_is_not_a_failure(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(GOOD.encode("cp1252"))
    result = run(path)
    assert result.exit_code == 0
    assert result.stderr.startswith(f"mercato: note: {path}: not valid UTF-8")
    assert [row["id"] for row in jsonl(result.stdout)] == ["legacy"]


def test_a_claims_file_next_to_the_articles_is_passed_over(tmp_path: Path, good: Path):
    """As in ../shared/eval/dev, where gold.jsonl sits beside the article files."""
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "good", "lang": "it", "claims": []}) + "\n")
    result = run(tmp_path)
    assert result.exit_code == 0
    assert "ignored: a claims file" in result.stderr
    assert [row["id"] for row in jsonl(result.stdout)] == ["good"]


# --- usage errors: exit code 2 -------------------------------------------------------------


def test_no_paths_is_a_usage_error():
    assert runner.invoke(app, ["extract"]).exit_code == 2


def test_an_unsupported_language_is_a_usage_error(good: Path):
    assert run(good, "--lang", "xx").exit_code == 2


def test_an_unknown_format_is_a_usage_error(good: Path):
    assert run(good, "--format", "xml").exit_code == 2


def test_a_malformed_kb_file_is_a_usage_error_with_a_message(tmp_path: Path, good: Path):
    kb = tmp_path / "mine.yaml"
    kb.write_text("clubs: [unclosed\n  - {name: \n")
    result = run(good, "--kb", kb)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"mercato: error: cannot load knowledge base {kb}: ")
    assert result.stdout == ""
