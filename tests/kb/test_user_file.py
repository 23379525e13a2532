"""Merging a user file over the shipped knowledge base, and malformed-file errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mercato.kb import load_kb
from mercato.model import EntityKind

YAML_FILE = """
clubs:
  - id: it:fc-test
    name: FC Testolandia
    country: Italy
    league: it.3
    prominence: 30
    aliases: [Testolandia, {surface: i testolini, type: nickname, lang: it}]
people:
  - name: Gianfranco Provetta
    role: coach
    nationality: Italy
    birthplace: Livorno
    region: Tuscany
    clubs: [Juventus, it:fc-test]
  - id: massimiliano-allegri
    name: Massimiliano Allegri
    role: director
    nationality: Italy
    birthplace: Livorno
outlets:
  - {name: Gazzetta di Prova, domain: gazzettadiprova.it, country: Italy, aliases: [GdP]}
aliases:
  - {surface: la Signora in bianconero, kind: club, entity_id: it:juventus, type: nickname, lang: it}
"""

CSV_FILE = (
    "entity,id,name,country,league,prominence,role,nationality,birthplace,clubs,kind,domain,aliases,"
    "surface,entity_id,lang,type\n"
    """club,es:cd-prueba,CD Prueba,Spain,es.3,20,,,,,,,Prueba|Los Pruebas,,,,
person,,Pablo Ensayo Gómez,,,,coach,Spain,Madrid,CD Prueba|Real Madrid,,,,,,,
outlet,diario-prueba,Diario Prueba,Spain,,,,,,,outlet,diarioprueba.es,,,,,
alias,,,,,,,,,,club,,,los merengones,es:real-madrid,es,nickname
"""
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MERCATO_CACHE_DIR", str(tmp_path / "cache"))


def test_yaml_merge(tmp_path: Path) -> None:
    base = load_kb()
    kb = load_kb(extra=_write(tmp_path, "extra.yaml", YAML_FILE))
    assert kb.clubs["it:fc-test"].name == "FC Testolandia"
    assert kb.club_prominence["it:fc-test"] == 30
    person = kb.people["gianfranco-provetta"]
    assert person.clubs == ("it:juventus", "it:fc-test")
    assert kb.region_of["gianfranco-provetta"] == "Tuscany"
    surfaces = {(a.surface, a.alias_type) for a in kb.aliases if a.entity_id == "gianfranco-provetta"}
    assert ("Provetta", "surname") in surfaces
    assert kb.people["massimiliano-allegri"].role == "director"  # overridden by id
    assert any(a.surface == "Allegri" for a in kb.aliases if a.entity_id == "massimiliano-allegri")  # aliases kept
    assert kb.outlet_by_domain("www.gazzettadiprova.it").name == "Gazzetta di Prova"  # type: ignore[union-attr]
    nick = [a for a in kb.aliases if a.surface == "i testolini"]
    assert nick and nick[0].kind is EntityKind.CLUB and nick[0].lang == "it" and nick[0].alias_type == "nickname"
    assert any(a.surface == "la Signora in bianconero" and a.entity_id == "it:juventus" for a in kb.aliases)
    assert len(kb.clubs) == len(base.clubs) + 1
    assert "it:fc-test" not in load_kb().clubs  # the shipped KB is untouched


def test_csv_merge(tmp_path: Path) -> None:
    kb = load_kb(extra=_write(tmp_path, "extra.csv", CSV_FILE))
    assert kb.clubs["es:cd-prueba"].country == "Spain"
    assert kb.people["pablo-ensayo-gomez"].clubs == ("es:cd-prueba", "es:real-madrid")
    surnames = {a.surface for a in kb.aliases if a.entity_id == "pablo-ensayo-gomez" and a.alias_type == "surname"}
    assert surnames == {"Gómez", "Gomez", "Ensayo"}
    assert kb.outlets["diario-prueba"].domain == "diarioprueba.es"
    assert any(a.surface == "los merengones" and a.lang == "es" for a in kb.aliases)
    assert any(a.surface == "Los Pruebas" and a.entity_id == "es:cd-prueba" for a in kb.aliases)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "clubs: [\n", "invalid YAML"),
        ("list.yaml", "- a\n- b\n", "top level must be a mapping"),
        ("section.yaml", "teams: []\n", "unknown section"),
        ("entry.yaml", "people: [just a name]\n", "list of mappings"),
        ("noname.yaml", "people:\n  - role: coach\n", "missing or empty 'name'"),
        ("alias.yaml", "aliases:\n  - {surface: X, kind: club, entity_id: zz:nope}\n", "unknown club id"),
        ("atype.yaml", "aliases:\n  - {surface: X, kind: club, entity_id: it:juventus, type: weird}\n", "alias type"),
        ("prom.yaml", "clubs:\n  - {name: X, prominence: high}\n", "prominence must be an integer"),
        ("nohead.csv", "id,name\nx,y\n", "'entity' column"),
        ("entity.csv", "entity,id,name\nteam,x,y\n", "entity must be"),
        ("wide.csv", "entity,id,name\nclub,x,y,z\n", "more fields"),
    ],
)
def test_malformed_user_file(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(ValueError, match=message) as info:
        load_kb(extra=path)
    assert str(path) in str(info.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        load_kb(extra=tmp_path / "nope.yaml")
