"""Seed-format and plain `.txt` articles (DESIGN.md, "Contracts")."""

from pathlib import Path

import pytest

from mercato.ingest import ReadFailure, ReadNotice
from mercato.ingest.results import ReadError
from mercato.ingest.text import parse_seed, read
from mercato.model import Article


def test_date_and_title_on_the_same_line():
    art = parse_seed(
        " date 2024-12 Allegri verso il West Ham\n\nContatti avviati con il club inglese.\n", "a1"
    )
    assert art == Article(
        id="a1",
        title="Allegri verso il West Ham",
        text="Contatti avviati con il club inglese.",
        published="2024-12",
    )
    assert art.published_precision == "month"


def test_title_on_the_line_after_the_date():
    art = parse_seed(
        "date 2025-05-06\nKompany resta al Bayern\n\nIl belga ha rinnovato.\n\nSecondo paragrafo.", "a2"
    )
    assert (art.published, art.title) == ("2025-05-06", "Kompany resta al Bayern")
    assert art.text == "Il belga ha rinnovato.\n\nSecondo paragrafo."
    assert art.published_precision == "day"


def test_without_a_date_line_the_first_line_is_the_title():
    art = parse_seed("Flick renews at Barcelona\n\nThe German signed until 2027.", "plain")
    assert (art.published, art.title, art.text) == (
        None,
        "Flick renews at Barcelona",
        "The German signed until 2027.",
    )


def test_a_single_line_is_the_text_not_a_title():
    art = parse_seed("Tudor stays at Juventus.", "one")
    assert (art.title, art.text) == ("", "Tudor stays at Juventus.")


def test_windows_line_endings_are_normalised():
    art = parse_seed("date 2025-01-02\r\nPorto name Anselmi\r\n\r\nOfficial.\r\n", "crlf")
    assert (art.title, art.text) == ("Porto name Anselmi", "Official.")


def test_a_word_starting_with_date_is_not_a_date_line():
    art = parse_seed("dated 2024 tactics piece\n\nBody.", "x")
    assert art.published is None and art.title == "dated 2024 tactics piece"


def test_an_impossible_date_is_an_error():
    with pytest.raises(ReadError, match="invalid date '2025-13'"):
        parse_seed("date 2025-13\nTitle\n\nBody", "bad")


def test_read_uses_the_file_stem_as_id(tmp_path: Path):
    path = tmp_path / "it-0099.txt"
    path.write_text("date 2024-11-13\nLa Roma sceglie Ranieri\n\nÈ ufficiale.", encoding="utf-8")
    (art,) = read(path)
    assert isinstance(art, Article) and art.id == "it-0099" and art.text == "È ufficiale."


def test_windows_1252_text_is_repaired_with_a_notice(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("date 2025-03\nPerò è già fatta\n\nLa società è pronta all’annuncio.".encode("cp1252"))
    notice, art = read(path)
    assert isinstance(notice, ReadNotice) and "decoded as Windows-1252" in notice.message
    assert isinstance(art, Article) and art.title == "Però è già fatta"


def test_bad_files_become_failures_not_exceptions(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (f1,) = read(empty)
    (f2,) = read(binary)
    assert f1 == ReadFailure(str(empty), "empty file (0 bytes)")
    assert isinstance(f2, ReadFailure) and f2.reason.startswith("binary file")
