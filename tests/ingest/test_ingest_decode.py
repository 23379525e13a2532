"""Bytes → text: UTF-8 first, a Windows-1252 fallback only when the result reads as text."""

import codecs

import pytest

from mercato.ingest.decode import decode_bytes, looks_like_text
from mercato.ingest.results import ReadError


def test_utf8_with_or_without_bom():
    assert decode_bytes("Müller bleibt".encode()) == ("Müller bleibt", None)
    assert decode_bytes(codecs.BOM_UTF8 + "Müller".encode()) == ("Müller", None)


def test_utf16_with_bom_is_text_not_binary():
    text, notice = decode_bytes("Ancelotti lascia il Real".encode("utf-16"))
    assert (text, notice) == ("Ancelotti lascia il Real", None)


def test_a_few_stray_bytes_in_utf8_are_replaced_with_a_notice():
    data = "Conceição é o novo treinador; a equipa já treinou.".encode() + b" \xff fim"
    text, notice = decode_bytes(data)
    assert "Conceição" in text and "\ufffd" in text
    assert notice is not None and "1 invalid UTF-8 byte" in notice


def test_latin1_text_is_decoded_as_windows_1252():
    text, notice = decode_bytes("L'entraîneur a signé à Marseille.".encode("latin-1"))
    assert text == "L'entraîneur a signé à Marseille." and notice and "Windows-1252" in notice


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"  \n\t\n", "empty file (only whitespace)"),
        (b"PK\x03\x04\x00\x00", "binary file (contains NUL bytes), not a text article"),
        (b"\x81\x8d\x8f\x90\x9d garbage", "undecodable bytes: not UTF-8 (invalid byte 0x81 at offset 0)"),
        (bytes(range(1, 32)) + b"\xe9\xe8", "undecodable bytes"),
    ],
)
def test_what_cannot_be_read_says_why(data: bytes, reason: str):
    with pytest.raises(ReadError) as err:
        decode_bytes(data)
    assert err.value.reason.startswith(reason)


def test_looks_like_text():
    assert looks_like_text("Già fatta: è ufficiale — «colpo» da 30 milioni €")
    assert not looks_like_text("\x01\x02 control characters")
    assert not looks_like_text("ÿþýüûúùø÷öõôóòñðïîíìëêéèçæåäãâáàß")
